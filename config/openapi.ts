/**
 * Read by Strapi's OpenAPI generator (`npm run openapi`, `strapi openapi generate`): the document's paths are
 * relative to the REST prefix (`/articles`, `/newsroom/site/…`), so the server is the CMS's URL with `/api`.
 * A site points its client at its own CMS URL; this is the local default.
 */
export default {
  servers: [{ url: 'http://localhost:1337/api', description: 'The local CMS (a site sets its own CMS URL + /api)' }],
};
