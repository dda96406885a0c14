import type { Core } from '@strapi/strapi';
import type { DirectionSettingsResponse } from '../../../shared/contracts/direction';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

const directionController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Admin: which locales are RTL, and the default locale, for the edit form's `dir`. */
  async settings(ctx: KoaContext) {
    const body: DirectionSettingsResponse = {
      data: {
        rtlLocales: [...pluginConfig(strapi, 'rtlLocales')],
        defaultLocale: await getService(strapi, 'locales').defaultLocale(),
      },
    };
    ctx.body = body;
  },
});

export default directionController;
