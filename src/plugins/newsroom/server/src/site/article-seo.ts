import type { Core } from '@strapi/strapi';
import type { SiteArticle } from '../../../shared/contracts/site';
import { DEFAULT_LOCALE } from '../../../core/model';
import { resolveSeo, type SeoFields, type SeoImageSource } from '../../../core/seo/fields';
import { offsetMinutesAt } from '../../../core/workflow/timezone';
import { articleSeo, type ArticleSeo, type SeoImage } from '../domain/outputs/article-seo';
import { absoluteMediaUrl, sectionTopicOf, type NamedTopicRow } from '../domain/outputs/sections';
import { fillPattern, siteUrl } from '../domain/outputs/site-urls';
import type { Version } from '../domain/outputs/sitemaps';
import { numberOr, textOrNull, type Row } from '../domain/site/rows';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { configuredMediaBase } from './media-base';

/** A topic row of `topicsWithSections` as the section chooser reads it. */
export const toNamedTopic = (row: Row): NamedTopicRow => ({
  documentId: String(row.documentId),
  name: String(row.name ?? ''),
  slug: String(row.slug ?? ''),
  kind: textOrNull(row.kind),
  parentDocumentId: textOrNull(row.parentDocumentId),
  parentName: textOrNull(row.parentName),
  parentSlug: textOrNull(row.parentSlug),
  parentKind: textOrNull(row.parentKind),
});

/** The SEO fields the article statement read (site/queries.ts `article`: `seo*` columns), null without a component. */
export const seoFieldsOf = (row: Row): SeoRowFields | null =>
  row.seoId === null || row.seoId === undefined
    ? null
    : {
        metaTitle: textOrNull(row.seoTitle),
        metaDescription: textOrNull(row.seoDescription),
        socialImageAlt: textOrNull(row.seoImageAlt),
        canonicalUrl: textOrNull(row.seoCanonical),
        // SQLite answers 1/0, PostgreSQL true/false.
        noindex: row.seoNoindex === true || row.seoNoindex === 1,
        socialImage: row.seoImageUrl
          ? {
              url: row.seoImageUrl,
              alternativeText: row.seoImageFileAlt,
              width: row.seoImageWidth,
              height: row.seoImageHeight,
            }
          : null,
      };

/** One language version of the article: its locale, slug and topics (for `{section}`). */
export interface ArticleVersion {
  locale: string;
  slug: string;
  documentId: string;
  topics: readonly NamedTopicRow[];
}

/** The component's values with its social image as a file row (`url`, `alternativeText`, `width`, `height`). */
export type SeoRowFields = Omit<SeoFields, 'socialImage'> & { socialImage: Row | null };

export interface SeoSource {
  /** The article as the site read or the preview has it (title, standfirst, dates, authors, corrections). */
  article: Pick<SiteArticle, 'locale' | 'title' | 'standfirst' | 'publishedAt' | 'dateModified' | 'corrections'> & {
    authors: ReadonlyArray<{ name: string; slug: string }>;
  };
  self: ArticleVersion;
  /** The other published language versions. */
  others: readonly ArticleVersion[];
  cover: Row | null;
  /** The article row's SEO and social fields (its `shared.seo` component), null when it has none. */
  seo: SeoRowFields | null;
  /** Where relative media URLs are served from when no NEWSROOM_MEDIA_URL or server.url is set. */
  origin: string;
}

/**
 * The `seo` block of an article from rows already read (site/reads.ts, preview/service.ts): the site's URLs from
 * newsroom.config.site, the dates in the newsroom time zone. `section` is the section the URL names, so the
 * response cache can depend on it (its slug is in the URL).
 */
export function seoOfArticle(
  strapi: Core.Strapi,
  source: SeoSource,
): { seo: ArticleSeo; section: { documentId: string } | null } {
  const site = pluginConfig(strapi, 'site');
  const zone = getService(strapi, 'workflow').config().timezone;
  const mediaBase = configuredMediaBase(strapi) ?? source.origin;
  const urlOf = (version: ArticleVersion): string | null => {
    const pattern = site.paths.article[version.locale];
    if (pattern === undefined) return null;
    const section = sectionTopicOf(version.topics)?.slug ?? site.noSection[version.locale] ?? 'news';
    return siteUrl(
      site.url,
      fillPattern(pattern, { locale: version.locale, section, slug: version.slug, documentId: version.documentId }),
    );
  };
  const versions: Version[] = [];
  for (const version of [source.self, ...source.others]) {
    const url = urlOf(version);
    if (url) versions.push({ locale: version.locale, url });
  }
  const { article } = source;
  const url = urlOf(source.self) ?? siteUrl(site.url, '/');
  const imageOf = (file: Row | null): SeoImageSource | null => {
    const fileUrl = typeof file?.url === 'string' ? absoluteMediaUrl(file.url, mediaBase) : null;
    return file && fileUrl
      ? {
          url: fileUrl,
          alt: textOrNull(file.alternativeText),
          width: numberOr(file.width, 0) || null,
          height: numberOr(file.height, 0) || null,
        }
      : null;
  };
  // The editors' overrides where set, else the headline, standfirst and cover (core/seo/fields.ts).
  const resolved = resolveSeo(
    { title: article.title, standfirst: article.standfirst, cover: imageOf(source.cover) },
    source.seo ? { ...source.seo, socialImage: imageOf(source.seo.socialImage) } : null,
  );
  const image: SeoImage | null = resolved.image;
  const section = sectionTopicOf(source.self.topics);
  const authorPattern = site.paths.author[article.locale];
  const seo = articleSeo(
    {
      locale: article.locale,
      title: resolved.title,
      headline: article.title,
      description: resolved.description,
      canonical: resolved.canonical ?? url,
      url,
      versions,
      defaultLocale: DEFAULT_LOCALE,
      image,
      publishedAt: new Date(article.publishedAt),
      modifiedAt: article.dateModified ? new Date(article.dateModified) : null,
      authors: article.authors.map((author) => ({
        name: author.name,
        url: authorPattern
          ? siteUrl(site.url, fillPattern(authorPattern, { locale: article.locale, slug: author.slug }))
          : null,
      })),
      section: section?.name ?? null,
      keywords: source.self.topics.map((topic) => topic.name),
      publisher: {
        name: site.publicationName[article.locale] ?? Object.values(site.publicationName)[0] ?? '',
        url: siteUrl(site.url, site.paths.home[article.locale] ?? '/'),
        logo: site.publisherLogo,
      },
      corrections: article.corrections,
      noindex: resolved.noindex,
    },
    (at) => offsetMinutesAt(at, zone),
  );
  return { seo, section };
}
