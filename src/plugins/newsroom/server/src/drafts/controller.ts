import type { Core } from '@strapi/strapi';
import { authMayReadDrafts } from '../http/draft-access';
import type { KoaContext } from '../http/requests';

/**
 * `plugin::newsroom.drafts.read`: the content-API action an admin grants (to a users-permissions role or a
 * custom API token) for draft mode. Its route tells a site whether its credential reads drafts.
 */
const draftsController = (_: { strapi: Core.Strapi }) => ({
  async read(ctx: KoaContext) {
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = { data: { drafts: authMayReadDrafts(ctx.state.auth as Parameters<typeof authMayReadDrafts>[0]) } };
  },
});

export default draftsController;
