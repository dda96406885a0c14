import type { NewsArticle, WithContext } from 'schema-dts';
import type { Version } from './sitemaps';
import { alternates } from './sitemaps';
import { w3cDate } from './xml';

/**
 * What a site puts in an article page's <head> so search engines and social networks read the story right: the
 * meta tags (title, description, canonical, robots, Open Graph with `og:locale` and its alternates, Twitter card),
 * the hreflang links of its language versions, and a schema.org NewsArticle JSON-LD object
 * (https://developers.google.com/search/docs/appearance/structured-data/article). Pure: the site read
 * (site/reads.ts) and the preview page (preview/service.ts) give it what they already read.
 */

/** Open Graph's locales are language_TERRITORY: the newsroom's two, else the language as it is. */
export const OG_LOCALES: Readonly<Record<string, string>> = { ar: 'ar_AR', en: 'en_US' };
export const ogLocale = (locale: string): string => OG_LOCALES[locale] ?? locale;

export interface SeoImage {
  url: string;
  alt: string | null;
  width: number | null;
  height: number | null;
}

export interface SeoInput {
  locale: string;
  /** The page title (the SEO title when set, else the headline). */
  title: string;
  /** The story's headline, for JSON-LD `headline` (Google shows at most 110 characters). */
  headline: string;
  description: string | null;
  /** The canonical URL: the override when set, else the page's own site URL. */
  canonical: string;
  /** The page's own site URL (og:url). */
  url: string;
  /** Every published language version, itself included (hreflang); may be empty for an unpublished preview. */
  versions: readonly Version[];
  defaultLocale: string;
  image: SeoImage | null;
  publishedAt: Date;
  /** The last public change (update, correction, clarification), or null. */
  modifiedAt: Date | null;
  authors: ReadonlyArray<{ name: string; url: string | null }>;
  /** The section's name (`articleSection`), or null. */
  section: string | null;
  /** Topic names, in the editors' order. */
  keywords: readonly string[];
  publisher: { name: string; url: string; logo: string | null };
  corrections: ReadonlyArray<{ kind: string; text: string; at: string }>;
  noindex: boolean;
}

export interface MetaTag {
  /** `name` for description, robots and twitter:*; `property` for og:* and article:*. */
  name?: string;
  property?: string;
  content: string;
}
export interface LinkTag {
  rel: 'canonical' | 'alternate';
  href: string;
  hreflang?: string;
}
export interface ArticleSeo {
  title: string;
  description: string | null;
  canonical: string;
  robots: string;
  meta: MetaTag[];
  links: LinkTag[];
  jsonLd: WithContext<NewsArticle>;
}

/** A date with the newsroom time zone's offset (`2026-12-05T15:04:05+03:00`): Google wants the zone. */
export type OffsetOf = (at: Date) => number;
const zoned = (at: Date, offsetOf: OffsetOf) => w3cDate(at, offsetOf(at));

export function articleSeo(input: SeoInput, offsetOf: OffsetOf): ArticleSeo {
  const published = zoned(input.publishedAt, offsetOf);
  const modified = zoned(input.modifiedAt ?? input.publishedAt, offsetOf);
  const robots = input.noindex ? 'noindex, follow' : 'index, follow, max-image-preview:large';
  // schema.org `correction` is for corrections and clarifications; an update only moves `dateModified`.
  const corrections = input.corrections.filter((change) => change.kind !== 'update');
  const others = input.versions.filter((version) => version.locale !== input.locale);
  const meta: MetaTag[] = [
    ...(input.description ? [{ name: 'description', content: input.description }] : []),
    { name: 'robots', content: robots },
    { property: 'og:type', content: 'article' },
    { property: 'og:site_name', content: input.publisher.name },
    { property: 'og:title', content: input.title },
    ...(input.description ? [{ property: 'og:description', content: input.description }] : []),
    { property: 'og:url', content: input.canonical },
    { property: 'og:locale', content: ogLocale(input.locale) },
    ...others.map((version) => ({ property: 'og:locale:alternate', content: ogLocale(version.locale) })),
    ...(input.image
      ? [
          { property: 'og:image', content: input.image.url },
          ...(input.image.alt ? [{ property: 'og:image:alt', content: input.image.alt }] : []),
          ...(input.image.width ? [{ property: 'og:image:width', content: String(input.image.width) }] : []),
          ...(input.image.height ? [{ property: 'og:image:height', content: String(input.image.height) }] : []),
        ]
      : []),
    { property: 'article:published_time', content: published },
    { property: 'article:modified_time', content: modified },
    ...(input.section ? [{ property: 'article:section', content: input.section }] : []),
    ...input.keywords.map((keyword) => ({ property: 'article:tag', content: keyword })),
    { name: 'twitter:card', content: input.image ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: input.title },
    ...(input.description ? [{ name: 'twitter:description', content: input.description }] : []),
    ...(input.image ? [{ name: 'twitter:image', content: input.image.url }] : []),
    ...(input.image?.alt ? [{ name: 'twitter:image:alt', content: input.image.alt }] : []),
  ];
  const self = input.versions.find((version) => version.locale === input.locale) ?? {
    locale: input.locale,
    url: input.url,
  };
  const links: LinkTag[] = [
    { rel: 'canonical', href: input.canonical },
    ...alternates(input.versions, self, input.defaultLocale).map(
      (version): LinkTag => ({ rel: 'alternate', hreflang: version.locale, href: version.url }),
    ),
  ];
  const jsonLd: WithContext<NewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.canonical },
    url: input.canonical,
    headline: input.headline,
    ...(input.description ? { description: input.description } : {}),
    ...(input.image
      ? {
          image: [
            {
              '@type': 'ImageObject',
              url: input.image.url,
              ...(input.image.width ? { width: { '@type': 'QuantitativeValue', value: input.image.width } } : {}),
              ...(input.image.height ? { height: { '@type': 'QuantitativeValue', value: input.image.height } } : {}),
              ...(input.image.alt ? { caption: input.image.alt } : {}),
            },
          ],
        }
      : {}),
    datePublished: published,
    dateModified: modified,
    author: input.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      ...(author.url ? { url: author.url } : {}),
    })),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: input.publisher.name,
      url: input.publisher.url,
      ...(input.publisher.logo ? { logo: { '@type': 'ImageObject', url: input.publisher.logo } } : {}),
    },
    inLanguage: input.locale,
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.keywords.length > 0 ? { keywords: input.keywords.join(', ') } : {}),
    isAccessibleForFree: true,
    ...(corrections.length > 0
      ? {
          correction: corrections.map((correction) => ({
            '@type': 'CorrectionComment',
            text: correction.text,
            datePublished: zoned(new Date(correction.at), offsetOf),
          })),
        }
      : {}),
  };
  return {
    title: input.title,
    description: input.description,
    canonical: input.canonical,
    robots,
    meta,
    links,
    jsonLd,
  };
}
