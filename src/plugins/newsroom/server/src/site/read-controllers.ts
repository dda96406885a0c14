import type { Core } from '@strapi/strapi';
import siteController from './controller';
import { SITE_READS, type SiteReadController } from './routes';

type SiteReads = ReturnType<typeof siteController>;

/** One controller per site read (see site/routes.ts: why each is a `find` or `findOne` action). */
export const siteReadControllers = Object.fromEntries(
  (Object.keys(SITE_READS) as SiteReadController[]).map((name) => {
    const { action, read } = SITE_READS[name];
    const controller = ({ strapi }: { strapi: Core.Strapi }): Record<string, SiteReads[typeof read]> => ({
      [action]: siteController({ strapi })[read],
    });
    return [name, controller];
  }),
) as Record<SiteReadController, (args: { strapi: Core.Strapi }) => Record<string, SiteReads[keyof SiteReads]>>;
