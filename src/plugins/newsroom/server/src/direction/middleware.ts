import type { Core } from '@strapi/strapi';
import { withDirection } from '../domain/content/with-direction';
import { queryWithLocaleFields, type LocaleSchema } from '../domain/content/locale-fields';
import { directionOf } from '../../../core/locale/direction';
import { pluginConfig } from '../plugin-config';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];
interface Schema {
  kind?: string;
  info?: { pluralName?: string };
  pluginOptions?: { i18n?: { localized?: boolean } };
  attributes: Record<string, { type?: string; target?: string }>;
}

/** The core REST route a path is (`/api/articles`, `/api/articles/:documentId`): its content type. */
const REST_PATH = /^\/api\/([a-z0-9-]+)(?:\/[^/]+)?$/;

const localeSchema = (strapi: Core.Strapi): LocaleSchema => ({
  isLocalized: (uid) =>
    (strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as Schema | undefined)?.pluginOptions?.i18n
      ?.localized === true,
  relationTarget: (uid, attribute) => {
    const found = (strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as Schema | undefined)?.attributes[
      attribute
    ];
    return found?.type === 'relation' && typeof found.target === 'string' ? found.target : null;
  },
});

const restTypeOf = (strapi: Core.Strapi, path: string): string | null => {
  const plural = REST_PATH.exec(path)?.[1];
  if (!plural) return null;
  const found = Object.entries(strapi.contentTypes).find(
    ([uid, schema]) =>
      uid.startsWith('api::') &&
      (schema as Schema).kind === 'collectionType' &&
      (schema as Schema).info?.pluralName === plural,
  );
  return found ? found[0] : null;
};

/**
 * REST responses under /api carry `dir` on every localized document in `data` (GraphQL gets a `dir` field: see
 * register.ts). Which locales are right to left is the plugin's `rtlLocales` configuration. A `fields` list
 * always selects `locale` (which `dir` is computed from) and may name `dir` (domain/content/locale-fields.ts).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: KoaContext, next: () => Promise<void>) => {
    if (ctx.method === 'GET' && ctx.querystring.includes('fields')) {
      const uid = restTypeOf(strapi, ctx.path);
      if (uid) ctx.query = queryWithLocaleFields(ctx.query as Record<string, unknown>, uid, localeSchema(strapi));
    }
    await next();
    if (
      !ctx.path.startsWith('/api/') ||
      ctx.status !== 200 ||
      ctx.body === null ||
      typeof ctx.body !== 'object' ||
      Buffer.isBuffer(ctx.body)
    )
      return;
    const rtl = pluginConfig(strapi, 'rtlLocales');
    // The documents are under `data`; `meta` (pagination, redirectTo) is about the response, not a document.
    withDirection((ctx.body as { data?: unknown }).data, (locale) => directionOf(locale, rtl));
  };
