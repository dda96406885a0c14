import direction from './direction';
import graphqlDraftGuard from './graphql-draft-guard';
import jsonBody from './json-body';
import responseCache from './response-cache';
import slugRedirectMeta from './slug-redirect-meta';

/**
 * Koa middlewares: `graphql-draft-guard` and `direction` are enabled app-wide in config/middlewares.ts; `slug-redirect-meta`
 * on the public find routes in src/api/<type>/routes. Document Service middlewares are in documents.ts.
 */
export default {
  direction,
  'graphql-draft-guard': graphqlDraftGuard,
  'json-body': jsonBody,
  'response-cache': responseCache,
  'slug-redirect-meta': slugRedirectMeta,
};
