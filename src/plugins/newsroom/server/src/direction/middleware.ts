import type { Core } from '@strapi/strapi';
import { withDirection } from '../domain/content/with-direction';
import { directionOf } from '../../../core/locale/direction';
import { pluginConfig } from '../plugin-config';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

/**
 * REST responses under /api carry `dir` on every localized document in `data` (GraphQL gets a `dir` field: see
 * register.ts). Which locales are right to left is the plugin's `rtlLocales` configuration.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: KoaContext, next: () => Promise<void>) => {
    await next();
    if (!ctx.path.startsWith('/api/') || ctx.status !== 200 || ctx.body === null || typeof ctx.body !== 'object')
      return;
    const rtl = pluginConfig(strapi, 'rtlLocales');
    // The documents are under `data`; `meta` (pagination, redirectTo) is about the response, not a document.
    withDirection((ctx.body as { data?: unknown }).data, (locale) => directionOf(locale, rtl));
  };
