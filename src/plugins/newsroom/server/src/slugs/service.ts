import type { Core } from '@strapi/strapi';
import { makeSlug, uniqueSlug, type SlugMode } from '../domain/slug';
import { pluginConfig } from '../plugin-config';
import { ARTICLE_UID, AUTHOR_UID, DEFAULT_LOCALE, SLUG_REDIRECT_UID, SOURCE_UID, TOPIC_UID } from '../../../core/model';

/** The field each newsroom type derives its slug from, and the name sites use for it in URLs. */
export const SLUGGED_TYPES = {
  [ARTICLE_UID]: { sourceField: 'title', plural: 'articles' },
  [AUTHOR_UID]: { sourceField: 'name', plural: 'authors' },
  [TOPIC_UID]: { sourceField: 'name', plural: 'topics' },
  [SOURCE_UID]: { sourceField: 'name', plural: 'sources' },
} as const;
export type SluggedType = keyof typeof SLUGGED_TYPES;
export const isSluggedType = (uid: string): uid is SluggedType => uid in SLUGGED_TYPES;

interface SlugParams {
  documentId?: string;
  locale?: string;
}
interface LocaleSlug {
  locale: string;
  slug: string | null;
}
export interface SlugResolution {
  documentId: string;
  locale: string;
  slug: string;
  /** Set when the slug asked for is a former one: the slug the document answers to now. */
  redirectTo?: string;
}

/**
 * The slug lifecycle: generated from the title or name when empty, unique per locale, never moved by a
 * later title edit (a non-empty slug is only ever changed by an editor), and every slug a published document
 * gave up keeps resolving to it.
 */
const slugs = ({ strapi }: { strapi: Core.Strapi }) => {
  const modeFor = (locale: string): SlugMode => (locale === 'ar' ? pluginConfig(strapi, 'slugMode') : 'latin');
  const query = (uid: SluggedType) => strapi.db.query(uid);
  const redirects = () => strapi.db.query(SLUG_REDIRECT_UID);

  /** Taken when another document uses it in this locale, or used it once (its old links must keep working). */
  const isTaken = async (uid: SluggedType, slug: string, locale: string, documentId?: string): Promise<boolean> => {
    const other = documentId ? { $ne: documentId } : undefined;
    const current = await query(uid).findOne({
      select: ['id'],
      where: { slug, locale, ...(other ? { documentId: other } : {}) },
    });
    if (current) return true;
    const former = await redirects().findOne({
      select: ['id'],
      where: { contentType: uid, locale, slug, ...(other ? { targetDocumentId: other } : {}) },
    });
    return former !== null;
  };

  const generate = async (uid: SluggedType, source: string, locale: string, documentId?: string): Promise<string> => {
    const maxBytes = pluginConfig(strapi, 'slugMaxBytes');
    const base = makeSlug(source, { mode: modeFor(locale), maxBytes });
    return uniqueSlug(base, (candidate) => isTaken(uid, candidate, locale, documentId), { maxBytes });
  };

  const publishedSlugs = async (uid: SluggedType, documentId: string): Promise<LocaleSlug[]> =>
    (await query(uid).findMany({
      select: ['locale', 'slug'],
      where: { documentId, publishedAt: { $notNull: true } },
    })) as LocaleSlug[];

  return {
    modeFor,
    generate,
    publishedSlugs,
    sourceFieldOf: (uid: SluggedType): string => SLUGGED_TYPES[uid].sourceField,
    /**
     * Slugs for many new documents at once (archive loads): one query for every plain slug, a lookup only
     * for the ones taken; the slugs chosen earlier in the list count as taken for the later ones.
     */
    async generateMany(uid: SluggedType, sources: readonly string[], locale: string): Promise<string[]> {
      const maxBytes = pluginConfig(strapi, 'slugMaxBytes');
      const bases = sources.map((source) => makeSlug(source, { mode: modeFor(locale), maxBytes }));
      const plain = { $in: [...new Set(bases)] };
      const current = (await query(uid).findMany({ select: ['slug'], where: { locale, slug: plain } })) as Array<{
        slug: string;
      }>;
      const former = (await redirects().findMany({
        select: ['slug'],
        where: { contentType: uid, locale, slug: plain },
      })) as Array<{ slug: string }>;
      const stored = new Set([...current, ...former].map((row) => row.slug));
      const chosen = new Set<string>();
      const slugsChosen: string[] = [];
      for (const base of bases) {
        const slug = await uniqueSlug(
          base,
          async (candidate) =>
            chosen.has(candidate) || (candidate === base ? stored.has(candidate) : isTaken(uid, candidate, locale)),
          { maxBytes },
        );
        chosen.add(slug);
        slugsChosen.push(slug);
      }
      return slugsChosen;
    },

    /** Fills `data.slug` when the document has none yet; a slug that exists is left as it is. */
    async fillSlug(uid: SluggedType, data: Record<string, unknown>, params: SlugParams): Promise<void> {
      const { sourceField } = SLUGGED_TYPES[uid];
      const source = data[sourceField];
      if (typeof data.slug === 'string' && data.slug.trim() !== '') return;
      const locale = params.locale ?? DEFAULT_LOCALE;
      let text = typeof source === 'string' ? source : '';
      const keepsStoredSlug = !('slug' in data);
      if (params.documentId && (keepsStoredSlug || text.trim() === '')) {
        // One read of the stored draft: its slug (kept when the update does not touch it) and its title
        // (a cleared slug is regenerated from it when the update does not carry one).
        const stored = (await query(uid).findOne({
          select: ['slug', sourceField],
          where: { documentId: params.documentId, locale, publishedAt: null },
        })) as Record<string, unknown> | null;
        if (keepsStoredSlug && typeof stored?.slug === 'string' && stored.slug !== '') return;
        if (text.trim() === '' && typeof stored?.[sourceField] === 'string') text = stored[sourceField] as string;
      }
      if (text.trim() === '') return;
      data.slug = await generate(uid, text, locale, params.documentId);
    },

    /** After a publish: every published slug that changed becomes a redirect to the document. */
    async recordFormerSlugs(uid: SluggedType, documentId: string, before: LocaleSlug[]): Promise<void> {
      const after = new Map((await publishedSlugs(uid, documentId)).map((row) => [row.locale, row.slug]));
      for (const { locale, slug } of before) {
        const current = after.get(locale);
        if (current) {
          // A slug the document answers to again is no longer a redirect.
          await redirects().deleteMany({ where: { contentType: uid, locale, slug: current } });
        }
        if (!slug || current === undefined || current === slug) continue;
        const exists = await redirects().findOne({ select: ['id'], where: { contentType: uid, locale, slug } });
        if (!exists)
          await redirects().create({ data: { contentType: uid, locale, slug, targetDocumentId: documentId } });
      }
    },

    /** Drops the redirects of a deleted document: its old links should 404 like its current one. */
    async forgetDocument(uid: SluggedType, documentId: string): Promise<void> {
      await redirects().deleteMany({ where: { contentType: uid, targetDocumentId: documentId } });
    },

    /** The published document a slug names in a locale, following a former slug to the current one. */
    async resolve(uid: SluggedType, slug: string, locale: string): Promise<SlugResolution | null> {
      const published = { publishedAt: { $notNull: true }, locale };
      const current = (await query(uid).findOne({ select: ['documentId', 'slug'], where: { slug, ...published } })) as {
        documentId: string;
        slug: string;
      } | null;
      if (current) return { documentId: current.documentId, locale, slug: current.slug };
      const former = (await redirects().findOne({ where: { contentType: uid, locale, slug } })) as {
        targetDocumentId: string;
      } | null;
      if (!former) return null;
      const target = (await query(uid).findOne({
        select: ['documentId', 'slug'],
        where: { documentId: former.targetDocumentId, ...published },
      })) as { documentId: string; slug: string } | null;
      return target ? { documentId: target.documentId, locale, slug: target.slug, redirectTo: target.slug } : null;
    },
  };
};

export default slugs;

declare module '../services-registry' {
  interface NewsroomServices {
    slugs: ReturnType<typeof slugs>;
  }
}
