import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { pluginConfig } from '../plugin-config';
import { isPublicRequest } from '../http/public-request';
import type { DocumentMiddleware } from './document-call';

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

const REFUSAL = {
  en: 'The public API does not write: sign in as a newsroom user or use an API token',
  ar: 'الواجهة العامة لا تكتب: سجّل الدخول بحساب من غرفة الأخبار أو استعمل رمز واجهة برمجية',
};

/** Is the current content-API request anonymous (the Public role: no user, no token)? */
const isAnonymous = (strapi: Core.Strapi): boolean => {
  const auth = strapi.requestContext.get()?.state?.auth as { credentials?: unknown } | undefined;
  return !auth?.credentials;
};

/**
 * Permissions are the admin's (setup/access.ts never removes a grant), so the Public role may be granted
 * `create`, `update` or `delete` in Settings by mistake: no anonymous request writes a document, whatever the
 * Public role carries (REST, GraphQL, any code run for the request).
 */
export const publicWritesRefused =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (call, next) => {
    if (
      WRITE_ACTIONS.has(call.action) &&
      pluginConfig(strapi, 'publicDraftGuard') &&
      isPublicRequest(strapi) &&
      isAnonymous(strapi)
    ) {
      throw new errors.ForbiddenError(REFUSAL.en, { message: REFUSAL });
    }
    return next();
  };
