import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { renderPreview, previewSecurityHeaders, type PreviewArticle } from '../domain/preview';
import {
  isSameVersion,
  previewVersion,
  signPreviewToken,
  verifyPreviewToken,
  type PreviewClaims,
  type PreviewTarget,
  type TokenCheck,
} from '../domain/preview/token';
import type { Block } from '../../../core/text/word-count';
import { pluginConfig } from '../plugin-config';
import { ARTICLE_UID } from '../../../core/model';
import { lastPublicChange, publicCorrections } from '../domain/corrections';
import { getService } from '../get-service';
import type { PreviewSeo } from '../domain/preview/seo-head';
import type { NamedTopicRow } from '../domain/outputs/sections';
import { seoOfArticle, toNamedTopic, type SeoRowFields } from '../site/article-seo';

export const PREVIEW_LIFETIME_SECONDS = 10 * 60;
export const PREVIEW_PATH = '/api/newsroom/preview';
export const FONTS_PATH = '/api/newsroom/preview-fonts';

type Target = PreviewTarget;

/** The page, or why there is none: that version does not exist, or it changed since the link was made. */
export type PreviewPage =
  | { kind: 'page'; html: string; headers: Record<string, string> }
  | { kind: 'missing' }
  | { kind: 'changed' };

const secret = (): string => {
  const value = process.env.PREVIEW_SECRET;
  if (!value) throw new Error('PREVIEW_SECRET is not set: preview links cannot be signed');
  return value;
};

/** Signed preview links and the rendered page (server side, escaped, direction from the locale). */
const preview = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * A link to one version of one article, valid for 10 minutes and only while that version stays as it is now:
   * the token carries the version's identity, and an edit of it (a new `updatedAt`) makes the link refused.
   */
  async linkFor(target: Target, lifetimeSeconds = PREVIEW_LIFETIME_SECONDS): Promise<string> {
    const exp = Math.floor(Date.now() / 1000) + lifetimeSeconds;
    const row = await strapi.documents(ARTICLE_UID).findOne({ ...target, fields: ['updatedAt'] });
    const version = previewVersion(row?.updatedAt);
    const token = signPreviewToken({ ...target, version, exp }, secret());
    const query = new URLSearchParams({ locale: target.locale, status: target.status, token });
    return `${PREVIEW_PATH}/${encodeURIComponent(target.documentId)}?${query.toString()}`;
  },

  check(token: unknown, target: Target): TokenCheck {
    return verifyPreviewToken(token, target, secret(), Math.floor(Date.now() / 1000));
  },

  /**
   * The page and its headers, for the version the (already verified) token was made for; `changed` when the
   * stored version is another one (edited, or republished, since the link was made), `missing` when none.
   */
  async render(target: Target, claims: PreviewClaims): Promise<PreviewPage> {
    const article = (await strapi.documents(ARTICLE_UID).findOne({
      documentId: target.documentId,
      locale: target.locale,
      status: target.status,
      // Only what the page shows: the article row also holds the search key (a folded copy of the body).
      fields: [
        'title',
        'standfirst',
        'body',
        'dateline',
        'sourceUrl',
        'originalPublishedAt',
        'publishedAt',
        'updatedAt',
        'readingTime',
        'slug',
      ],
      populate: {
        authors: { fields: ['name', 'jobTitle', 'slug'] },
        topics: { fields: ['name', 'slug', 'kind'], populate: { parent: { fields: ['name', 'slug', 'kind'] } } },
        sources: { fields: ['name', 'homepageUrl'] },
        cover: { fields: ['url', 'alternativeText', 'caption', 'width', 'height'] },
        seo: { populate: { socialImage: { fields: ['url', 'alternativeText', 'width', 'height'] } } },
      },
    })) as (Record<string, unknown> & { body?: Block[] }) | null;
    if (!article) return { kind: 'missing' };
    if (pluginConfig(strapi, 'previewVersionBinding') && !isSameVersion(claims, previewVersion(article.updatedAt)))
      return { kind: 'changed' };
    const nonce = randomBytes(18).toString('base64url');
    // What readers see of the changes published since; they also date the story ("Updated"), as on the site.
    const changes = await getService(strapi, 'workflow').corrections(target.documentId, target.locale);
    const modified = lastPublicChange(changes);
    const view: PreviewArticle = {
      documentId: target.documentId,
      locale: target.locale,
      status: target.status,
      title: String(article.title ?? ''),
      standfirst: (article.standfirst as string | null) ?? null,
      body: article.body ?? null,
      dateline: (article.dateline as string | null) ?? null,
      authors: (article.authors as PreviewArticle['authors']) ?? [],
      topics: (article.topics as PreviewArticle['topics']) ?? [],
      sources: (article.sources as PreviewArticle['sources']) ?? [],
      sourceUrl: (article.sourceUrl as string | null) ?? null,
      cover: (article.cover as PreviewArticle['cover']) ?? null,
      originalPublishedAt: (article.originalPublishedAt as string | null) ?? null,
      publishedAt: (article.publishedAt as string | null) ?? null,
      updatedAt: modified ?? (target.status === 'published' ? null : ((article.updatedAt as string | null) ?? null)),
      corrections: publicCorrections(changes),
      readingTime: typeof article.readingTime === 'number' ? article.readingTime : null,
      seo: await seoForPreview(strapi, target, article, changes),
    };
    const html = renderPreview(view, {
      nonce,
      fontBaseUrl: FONTS_PATH,
      rtlLocales: pluginConfig(strapi, 'rtlLocales'),
      timezone: getTimezone(strapi),
    });
    return { kind: 'page', html, headers: previewSecurityHeaders({ nonce }) };
  },
});

type Populated = Record<string, unknown>;
const topicRows = (topics: unknown): NamedTopicRow[] =>
  (Array.isArray(topics) ? (topics as Populated[]) : []).map((topic) => {
    const parent = topic.parent as Populated | null | undefined;
    return toNamedTopic({
      ...topic,
      parentDocumentId: parent?.documentId ?? null,
      parentName: parent?.name ?? null,
      parentSlug: parent?.slug ?? null,
      parentKind: parent?.kind ?? null,
    });
  });

/** The previewed version's own SEO fields (its populated `seo` component), so the preview's <head> shows them. */
const previewSeoFields = (value: unknown): SeoRowFields | null => {
  if (!value || typeof value !== 'object') return null;
  const seo = value as Populated;
  const text = (field: unknown) => (typeof field === 'string' ? field : null);
  return {
    metaTitle: text(seo.metaTitle),
    metaDescription: text(seo.metaDescription),
    socialImageAlt: text(seo.socialImageAlt),
    canonicalUrl: text(seo.canonicalUrl),
    noindex: seo.noindex === true,
    socialImage: seo.socialImage && typeof seo.socialImage === 'object' ? (seo.socialImage as Populated) : null,
  };
};

/**
 * The `seo` block the site read will give this version (site/article-seo.ts), for the preview's <head>: the
 * other published language versions are read here (the preview has no statement budget). A draft never
 * published is dated now, as it would be when published.
 */
async function seoForPreview(
  strapi: Core.Strapi,
  target: Target,
  article: Populated,
  changes: Parameters<typeof publicCorrections>[0],
): Promise<PreviewSeo | null> {
  if (typeof article.slug !== 'string' || article.slug === '') return null;
  const topicPopulate = {
    select: ['documentId', 'name', 'slug', 'kind'],
    populate: { parent: { select: ['documentId', 'name', 'slug', 'kind'] } },
  };
  const others = (await strapi.db.query(ARTICLE_UID).findMany({
    where: { documentId: target.documentId, locale: { $ne: target.locale }, publishedAt: { $notNull: true } },
    select: ['locale', 'slug'],
    populate: { topics: topicPopulate },
  })) as Populated[];
  const dateModified = lastPublicChange(changes);
  const { seo } = seoOfArticle(strapi, {
    article: {
      locale: target.locale,
      title: String(article.title ?? ''),
      standfirst: (article.standfirst as string | null) ?? null,
      publishedAt: typeof article.publishedAt === 'string' ? article.publishedAt : new Date().toISOString(),
      dateModified,
      corrections: publicCorrections(changes),
      authors: (Array.isArray(article.authors) ? (article.authors as Populated[]) : []).map((author) => ({
        name: String(author.name ?? ''),
        slug: String(author.slug ?? ''),
      })),
    },
    self: {
      locale: target.locale,
      slug: article.slug,
      documentId: target.documentId,
      topics: topicRows(article.topics),
    },
    others: others.map((other) => ({
      locale: String(other.locale),
      slug: String(other.slug),
      documentId: target.documentId,
      topics: topicRows(other.topics),
    })),
    cover: (article.cover as Populated | null) ?? null,
    seo: previewSeoFields(article.seo),
    origin: (strapi.config.get('server.url', '') as string) || 'http://localhost',
  });
  return { ...seo, jsonLd: { ...seo.jsonLd } };
}

const getTimezone = (strapi: Core.Strapi): string => getService(strapi, 'workflow').config().timezone;

export default preview;

declare module '../services-registry' {
  interface NewsroomServices {
    preview: ReturnType<typeof preview>;
  }
}
