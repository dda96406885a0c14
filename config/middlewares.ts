import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  // Strapi's request log line, with credentials in the query (the iCal feed's token) redacted.
  'plugin::newsroom.request-log',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // JSON bodies: nesting checked while they stream in, before parsing (limits.jsonDepth), then parsed here;
  // 8 MB is above the tagging routes' own 1 MB text limit, so they can answer 413 naming it.
  { name: 'plugin::newsroom.json-body', config: { maxBytes: 8 * 1024 * 1024 } },
  // Forms and uploads; JSON is parsed above.
  { name: 'strapi::body', config: { json: false } },
  // Refuses GraphQL `status: DRAFT` arguments anywhere in a query (needs the parsed body).
  'plugin::newsroom.graphql-draft-guard',
  // Public GET responses cached (Redis or memory) with ETag/304; outside `direction`, so it stores the final body.
  'plugin::newsroom.response-cache',
  // `dir` (rtl/ltr) on every localized document in REST responses.
  'plugin::newsroom.direction',
  // `x-newsroom-version` (the draft's version) on article draft reads and saves: the base a next save sends back.
  'plugin::newsroom.draft-version',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
