import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { pluginConfig } from '../plugin-config';
import { DRAFTS_NOT_PUBLIC } from '../http/public-request';

/**
 * Public reads get published documents only. Plain Strapi 5.54 hands drafts to any role with `find`
 * through `?status=draft`; here any status but "published" is a 400 that names the parameter.
 */
const publishedOnly: Core.PolicyHandler = (policyContext, _config, { strapi }) => {
  if (!pluginConfig(strapi, 'publicDraftGuard')) return true;
  // The policy context copies the Koa context's own properties: `query` is a getter on its prototype, `request` is not.
  const status: unknown = (policyContext.request?.query as Record<string, unknown> | undefined)?.status;
  if (status === undefined || status === 'published') return true;
  throw new errors.ValidationError(DRAFTS_NOT_PUBLIC, { errors: [{ path: ['status'], message: DRAFTS_NOT_PUBLIC }] });
};

export default publishedOnly;
