import { factories } from '@strapi/strapi';

// Public reads go through the newsroom policy that refuses any status but "published" (drafts never leak).
export default factories.createCoreRouter('api::topic.topic', {
  config: {
    find: { policies: ['plugin::newsroom.published-only'] },
    findOne: { policies: ['plugin::newsroom.published-only'] },
  },
});
