import type { Core } from '@strapi/strapi';

type Action = (ctx: unknown) => unknown;
interface RouteInput {
  handler?: unknown;
}

/** The i18n plugin's public locale list, under the action name a read-only API token may call. */
export const LOCALES_READ_ACTION = 'plugin::i18n.locales.find';

/**
 * `GET /api/i18n/locales` (a site's language switcher) is i18n's `locales.listLocales` action, which a read-only
 * API token may not call: Strapi lets read-only tokens call actions named `find` and `findOne` only. The content-API
 * route is pointed at `locales.find`, the same function under that name (the admin's route keeps `listLocales`);
 * setup/access.ts grants it to the Public role. Run at register, before Strapi builds its routes.
 */
export const exposeLocalesAsFind = (strapi: Core.Strapi): void => {
  strapi.get('controllers').extend('plugin::i18n.locales', (controller: Record<string, Action>) => ({
    ...controller,
    find: controller.listLocales,
  }));
  const routers = strapi.plugin('i18n').routes as unknown as Record<string, { routes?: RouteInput[] } | undefined>;
  const router = routers['content-api'];
  for (const route of router?.routes ?? []) {
    if (route.handler === 'locales.listLocales') route.handler = 'locales.find';
  }
};
