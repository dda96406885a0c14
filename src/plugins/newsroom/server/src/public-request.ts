import type { Core } from '@strapi/strapi';

/**
 * True while serving a content-API request (REST under /api, GraphQL): the public face of the CMS.
 * Admin requests, cron jobs, scripts and seeds have no such request context.
 */
export const isPublicRequest = (strapi: Core.Strapi): boolean => {
  const ctx = strapi.requestContext.get();
  const route = ctx?.state?.route as { info?: { type?: string } } | undefined;
  return route?.info?.type === 'content-api';
};

export const DRAFTS_NOT_PUBLIC =
  'status: only "published" is available from the public API (drafts are never public)';
