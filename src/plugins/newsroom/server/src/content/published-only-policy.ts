import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { pluginConfig } from '../plugin-config';
import { DRAFTS_NOT_PUBLIC, PUBLICATION_FILTER_NOT_PUBLIC } from '../http/public-request';
import { markDraftRead, requestMayReadDrafts } from '../http/draft-access';

/** Query parameters that read drafts or reveal them (which published documents have pending edits). */
const DRAFT_PARAMETERS = ['publicationFilter', 'hasPublishedVersion'] as const;

const refuse = (path: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: [path], message }] });

/**
 * Public reads get published documents only. Plain Strapi 5.54 hands drafts to any role with `find`
 * through `?status=draft`; here any status but "published" is a 400 that names the parameter, as is
 * `publicationFilter`. Draft mode (http/draft-access.ts): a caller granted draft reads may ask for them, and the
 * response is then private and never cached.
 */
const publishedOnly: Core.PolicyHandler = (policyContext, _config, { strapi }) => {
  if (!pluginConfig(strapi, 'publicDraftGuard')) return true;
  // The policy context copies the Koa context's own properties: `query` is a getter on its prototype, `request` is not.
  const query = (policyContext.request?.query as Record<string, unknown> | undefined) ?? {};
  const { status } = query;
  const asksForDrafts = status !== undefined && status !== 'published';
  const draftParameter = DRAFT_PARAMETERS.find((name) => query[name] !== undefined);
  if (!asksForDrafts && draftParameter === undefined) return true;
  if (requestMayReadDrafts(strapi)) {
    markDraftRead(strapi);
    return true;
  }
  if (asksForDrafts) throw refuse('status', DRAFTS_NOT_PUBLIC);
  throw refuse(draftParameter ?? 'publicationFilter', PUBLICATION_FILTER_NOT_PUBLIC);
};

export default publishedOnly;
