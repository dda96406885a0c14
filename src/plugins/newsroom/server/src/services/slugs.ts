import type { Core } from '@strapi/strapi';
import { makeSlug, uniqueSlug, type SlugMode } from '../domain/slug';
import { pluginConfig } from '../plugin-config';
import { DEFAULT_LOCALE } from './locales';

/** The field each newsroom type derives its slug from. */
export const SLUG_SOURCE_FIELD: Record<string, string> = {
  'api::article.article': 'title',
  'api::author.author': 'name',
  'api::topic.topic': 'name',
  'api::source.source': 'name',
};

interface SlugParams {
  documentId?: string;
  locale?: string;
}

const slugs = ({ strapi }: { strapi: Core.Strapi }) => {
  const modeFor = (locale: string): SlugMode => (locale === 'ar' ? pluginConfig(strapi, 'slugMode') : 'latin');

  /** True when another document of the same type already uses `slug` in `locale`. */
  const isTaken = async (uid: string, slug: string, locale: string, documentId?: string): Promise<boolean> => {
    const where: Record<string, unknown> = { slug, locale };
    if (documentId) where.documentId = { $ne: documentId };
    const row = await strapi.db.query(uid as 'api::article.article').findOne({ select: ['id'], where });
    return row !== null;
  };

  return {
    modeFor,

    /**
     * Fills `data.slug` from the title or name when the document has none yet, unique per locale.
     * A slug the editor typed is kept as it is (the text core's slug lifecycle decides the rest).
     */
    async fillSlug(uid: string, data: Record<string, unknown>, params: SlugParams): Promise<void> {
      const sourceField = SLUG_SOURCE_FIELD[uid];
      const source = data[sourceField];
      if (!sourceField || (typeof data.slug === 'string' && data.slug.trim() !== '')) return;
      if (typeof source !== 'string' || source.trim() === '') return;
      const locale = params.locale ?? DEFAULT_LOCALE;
      if (params.documentId && !('slug' in data)) {
        const current = (await strapi.db
          .query(uid as 'api::article.article')
          .findOne({ select: ['slug'], where: { documentId: params.documentId, locale, publishedAt: null } })) as {
          slug?: string | null;
        } | null;
        if (current?.slug) return;
      }
      const maxBytes = pluginConfig(strapi, 'slugMaxBytes');
      const base = makeSlug(source, { mode: modeFor(locale), maxBytes });
      data.slug = await uniqueSlug(base, (candidate) => isTaken(uid, candidate, locale, params.documentId), { maxBytes });
    },
  };
};

export default slugs;
