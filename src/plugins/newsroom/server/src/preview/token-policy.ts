import type { Core } from '@strapi/strapi';

/**
 * The preview page is public by URL but only with a token: the controller verifies the token's signature,
 * expiry and target, and the service its version (410 once that version was edited); this policy marks the
 * request so the public draft guard lets the token's version (a draft, possibly) be read, and refuses requests
 * without any token at all.
 */
const previewToken: Core.PolicyHandler = (policyContext) => {
  // `query` is a getter on the Koa context's prototype, which the policy context does not copy; `request` is.
  if (typeof (policyContext.request?.query as Record<string, unknown> | undefined)?.token !== 'string') return false;
  // PolicyContext omits `state` from its type, but it is the request's Koa context.
  (policyContext as unknown as { state: Record<string, unknown> }).state.newsroomPreview = true;
  return true;
};

export default previewToken;
