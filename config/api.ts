import type { Core } from '@strapi/strapi';

const config: Core.Config.Api = {
  rest: {
    defaultLimit: 20,
    maxLimit: 100,
    withCount: true,
    // Unknown query parameters get 400 instead of being ignored.
    strictParams: true,
  },
  documents: {
    strictParams: true,
    strictRelations: true,
  },
};

export default config;
