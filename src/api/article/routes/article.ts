import { factories } from '@strapi/strapi';

// Public reads: the newsroom policy refuses any status but "published" (drafts never leak), and a lookup by
// a former slug answers with meta.redirectTo.
export default factories.createCoreRouter('api::article.article', {
  config: {
    find: {
      policies: ['plugin::newsroom.published-only'],
      middlewares: [{ name: 'plugin::newsroom.slug-redirect-meta', config: { uid: 'api::article.article' } }],
    },
    findOne: { policies: ['plugin::newsroom.published-only'] },
  },
});
