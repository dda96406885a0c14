/**
 * An article's SEO and social fields (the `shared.seo` component, one per article locale) and what they resolve to:
 * each empty field falls back to the story itself — the headline for the meta title, the standfirst for the meta
 * description, the cover for the social image. Pure and browser-safe: the site read's `seo` block
 * (server/src/site/article-seo.ts) and the edit view's previews (admin SeoPreview) resolve the same way.
 */

/** Google shows about 60 characters of a title and 160 of a description; longer is warned, not refused. */
export const SEO_LIMITS = { metaTitle: 60, metaDescription: 160 } as const;

export interface SeoImageSource {
  url: string;
  alt: string | null;
  width: number | null;
  height: number | null;
}

/** The component's values as stored (any may be missing: an article saved before the component existed). */
export interface SeoFields {
  metaTitle?: string | null;
  metaDescription?: string | null;
  socialImage?: SeoImageSource | null;
  socialImageAlt?: string | null;
  canonicalUrl?: string | null;
  noindex?: boolean | null;
}

export interface SeoStory {
  title: string;
  standfirst: string | null;
  cover: SeoImageSource | null;
}

export type SeoOrigin = 'override' | 'default';

export interface ResolvedSeo {
  title: string;
  description: string | null;
  image: SeoImageSource | null;
  /** The canonical override, or null: the page's own URL is canonical. */
  canonical: string | null;
  noindex: boolean;
  /** Where each shown value came from, for the edit view's "from the headline" notes. */
  from: { title: SeoOrigin; description: SeoOrigin; image: SeoOrigin };
}

/** A field counts as empty when it holds only white space: a stray space must not blank the search result. */
const filled = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
};

export function resolveSeo(story: SeoStory, fields: SeoFields | null | undefined): ResolvedSeo {
  const metaTitle = filled(fields?.metaTitle);
  const metaDescription = filled(fields?.metaDescription);
  const ownImage = fields?.socialImage ?? null;
  const base = ownImage ?? story.cover;
  // The alternative text written in the component describes the social image, the cover when there is no other.
  const alt = filled(fields?.socialImageAlt) ?? filled(base?.alt);
  return {
    title: metaTitle ?? story.title,
    description: metaDescription ?? filled(story.standfirst),
    image: base ? { ...base, alt } : null,
    canonical: filled(fields?.canonicalUrl),
    noindex: fields?.noindex === true,
    from: {
      title: metaTitle ? 'override' : 'default',
      description: metaDescription ? 'override' : 'default',
      image: ownImage ? 'override' : 'default',
    },
  };
}

/**
 * Characters as a reader counts them: grapheme clusters, so an Arabic letter with its vowel marks (شَدّة, فتحة) is
 * one, as is an emoji; code points where Intl.Segmenter is missing.
 */
export function characterCount(text: string): number {
  const normalized = text.normalize('NFC');
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    let count = 0;
    for (const _segment of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(normalized)) count += 1;
    return count;
  }
  return [...normalized].length;
}

export interface LengthCheck {
  count: number;
  limit: number;
  over: boolean;
}

export const lengthCheck = (text: string, limit: number): LengthCheck => {
  const count = characterCount(text);
  return { count, limit, over: count > limit };
};
