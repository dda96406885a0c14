import type { Core } from '@strapi/strapi';
import type { DirectionSettingsResponse } from '../../../shared/contracts/direction';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

const directionController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Admin: which locales are RTL, and the default locale, for the edit form's `dir`; the site's address. */
  async settings(ctx: KoaContext) {
    const site = pluginConfig(strapi, 'site');
    const body: DirectionSettingsResponse = {
      data: {
        rtlLocales: [...pluginConfig(strapi, 'rtlLocales')],
        defaultLocale: await getService(strapi, 'locales').defaultLocale(),
        site: { url: site.url, articlePaths: { ...site.paths.article } },
      },
    };
    ctx.body = body;
  },
});

export default directionController;
