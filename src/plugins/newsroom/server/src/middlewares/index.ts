import graphqlDraftGuard from './graphql-draft-guard';

/** App-level (Koa) middlewares, enabled in config/middlewares.ts. Document Service middlewares are in documents.ts. */
export default {
  'graphql-draft-guard': graphqlDraftGuard,
};
