import direction from './direction/middleware';
import draftVersion from './concurrency/version-header';
import graphqlDraftGuard from './http/graphql-draft-guard';
import jsonBody from './http/json-body';
import requestLog from './http/request-log';
import responseCache from './site/response-cache';
import slugRedirectMeta from './slugs/redirect-meta';

/**
 * Koa middlewares: `request-log`, `graphql-draft-guard`, `direction` and `draft-version` are enabled app-wide in config/middlewares.ts; `slug-redirect-meta`
 * on the public find routes in src/api/<type>/routes. Document Service middlewares are in documents.ts.
 */
export default {
  direction,
  'draft-version': draftVersion,
  'graphql-draft-guard': graphqlDraftGuard,
  'json-body': jsonBody,
  'request-log': requestLog,
  'response-cache': responseCache,
  'slug-redirect-meta': slugRedirectMeta,
};
