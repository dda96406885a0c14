import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Above the tagging routes' own 1 MB text limit, so they can answer 413 naming it.
  { name: 'strapi::body', config: { jsonLimit: '8mb' } },
  // Refuses GraphQL `status: DRAFT` arguments anywhere in a query (needs the parsed body).
  'plugin::newsroom.graphql-draft-guard',
  // Public GET responses cached (Redis or memory) with ETag/304; outside `direction`, so it stores the final body.
  'plugin::newsroom.response-cache',
  // `dir` (rtl/ltr) on every localized document in REST responses.
  'plugin::newsroom.direction',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
