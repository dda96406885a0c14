import { factories, type Core, type UID } from '@strapi/strapi';
import { z } from 'zod';
import { DRAFTS_READ_ACTION } from '../http/draft-access';

/**
 * Route configuration for the core routers of the newsroom types (src/api/<type>/routes): public reads
 * go through the policy that refuses any status but "published" (drafts never leak), and a list looked up
 * by a former slug answers with meta.redirectTo.
 */
export const publicReadConfig = (uid: string) => ({
  config: {
    find: {
      policies: ['plugin::newsroom.published-only'],
      middlewares: [{ name: 'plugin::newsroom.slug-redirect-meta', config: { uid } }],
    },
    findOne: { policies: ['plugin::newsroom.published-only'] },
  },
});

const READ_HANDLERS = ['find', 'findOne'];
/** Strapi's query parameters that only draft mode answers (the published-only policy refuses them otherwise). */
const DRAFT_MODE_PARAMS = ['publicationFilter', 'hasPublishedVersion'];

/** `status` as the public reads take it: what the OpenAPI document shows (the policy enforces it). */
export const publicStatus = z
  .enum(['published'])
  .optional()
  .describe(
    `Only "published" (the default) for the public and read-only tokens. Draft mode: "draft" is answered for a ` +
      `full-access token or a credential granted ${DRAFTS_READ_ACTION} (GET /newsroom/drafts/access), ` +
      `a 400 naming status otherwise.`,
  );

/**
 * The route documentation of the public reads says what the guards enforce: Strapi describes `status` as
 * draft or published, and `publicationFilter`/`hasPublishedVersion`, on every find and findOne. These are
 * Strapi's own query keys, checked at run time against its fixed list and never against a route's `request`
 * schema (@strapi/utils validate/sanitize), so changing the schema changes the document only.
 */
const documentPublishedOnly = (route: Core.Route): void => {
  const query = route.request?.query;
  if (!query) return;
  const [, action] = String(route.handler).split(/\.(?=[^.]+$)/);
  if (!READ_HANDLERS.includes(action)) return;
  const documented = { ...query };
  if ('status' in documented) documented.status = publicStatus;
  for (const key of DRAFT_MODE_PARAMS) delete documented[key];
  route.request = { ...route.request, query: documented };
};

/** The core router of a newsroom type: `publicReadConfig`, with its reads documented as published-only. */
export const newsroomCoreRouter = (uid: UID.ContentType): Core.CoreAPI.Router.Router => {
  const core = factories.createCoreRouter(uid, publicReadConfig(uid));
  // Strapi builds the routes lazily (the content type must be loaded) and keeps them: adjust them once, then.
  let documented: Core.CoreAPI.Router.Route[] | undefined;
  return {
    type: core.type,
    prefix: core.prefix,
    get routes() {
      if (!documented) {
        documented = typeof core.routes === 'function' ? core.routes() : core.routes;
        documented.forEach((route) => documentPublishedOnly(route as Core.Route));
      }
      return documented;
    },
  };
};
