import graphqlDraftGuard from './graphql-draft-guard';
import slugRedirectMeta from './slug-redirect-meta';

/**
 * Koa middlewares: `graphql-draft-guard` is enabled app-wide in config/middlewares.ts; `slug-redirect-meta`
 * on the public find routes in src/api/<type>/routes. Document Service middlewares are in documents.ts.
 */
export default {
  'graphql-draft-guard': graphqlDraftGuard,
  'slug-redirect-meta': slugRedirectMeta,
};
