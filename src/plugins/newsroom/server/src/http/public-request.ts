import type { Core } from '@strapi/strapi';

interface RequestState {
  route?: { info?: { type?: string }; handler?: unknown };
  /** Set by the preview-token policy: the preview page reads the version its signed token names. */
  newsroomPreview?: boolean;
}

const currentRequest = (strapi: Core.Strapi) =>
  strapi.requestContext.get() as { state?: RequestState; query?: Record<string, unknown> } | undefined;

/**
 * True while serving a content-API request (REST under /api, GraphQL): the public face of the CMS.
 * Admin requests, cron jobs, scripts and seeds have no such request context.
 */
export const isPublicRequest = (strapi: Core.Strapi): boolean => {
  const state = currentRequest(strapi)?.state;
  return state?.route?.info?.type === 'content-api' && state.newsroomPreview !== true;
};

/**
 * The `?search=` of a public REST list request for `uid` (its `find` route), if any. Registered as a query
 * parameter of those routes in register.ts, so strict parameter checking accepts it.
 */
export const publicSearchFor = (strapi: Core.Strapi, uid: string): string | undefined => {
  const request = currentRequest(strapi);
  if (request?.state?.route?.info?.type !== 'content-api' || request.state.route.handler !== `${uid}.find`)
    return undefined;
  const search = request.query?.search;
  return typeof search === 'string' ? search : undefined;
};

export const DRAFTS_NOT_PUBLIC = 'status: only "published" is available from the public API (drafts are never public)';

export const PUBLICATION_FILTER_NOT_PUBLIC =
  'publicationFilter: only for callers granted draft reads (it tells which published documents have unpublished edits)';
