import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import draftLinks from './draft-links';

/**
 * What the newsroom sets up once Strapi has booted: locales, editorial roles and the Public role's
 * permissions, the first admin, the demo content. It must run after every module's bootstrap (the admin
 * registers its permission conditions and default roles there, users-permissions its roles), which plugin
 * bootstraps cannot guarantee; the application's bootstrap in src/index.ts runs last and calls it.
 * Every step is idempotent.
 */
const setup = ({ strapi }: { strapi: Core.Strapi }) => ({
  async afterBoot(): Promise<void> {
    await getService(strapi, 'readIndexes').ensure();
    await draftLinks({ strapi }).removeCrossStateLinks();
    await getService(strapi, 'search').backfill();
    await getService(strapi, 'locales').ensureNewsroomLocales();
    await getService(strapi, 'access').ensureEditorialRoles();
    await getService(strapi, 'access').ensurePublicReadAccess();
    await getService(strapi, 'access').ensureApiRoles();
    await getService(strapi, 'firstAdmin').ensureFirstAdmin();
    await getService(strapi, 'seed').seedOnFirstBoot();
  },
});

export default setup;

declare module '../services-registry' {
  interface NewsroomServices {
    setup: ReturnType<typeof setup>;
  }
}
