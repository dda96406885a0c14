import type { Block } from '../../../../core/text/word-count';
import type { PreviewSeo } from './seo-head';
import type { CorrectionView } from '../../../../shared/contracts/corrections';

/** What the preview shows of one article document in one locale and status (no Strapi types on purpose). */
export interface PreviewArticle {
  documentId: string;
  locale: string;
  status: 'draft' | 'published';
  title: string;
  standfirst?: string | null;
  /** Strapi 5 "blocks" rich text; read defensively, unknown or malformed nodes are skipped. */
  body?: Block[] | null;
  dateline?: string | null;
  authors: Array<{ name: string; jobTitle?: string | null }>;
  topics: Array<{ name: string; slug?: string | null }>;
  sources: Array<{ name: string; homepageUrl?: string | null }>;
  sourceUrl?: string | null;
  cover?: PreviewImage | null;
  originalPublishedAt?: string | null;
  publishedAt?: string | null;
  updatedAt?: string | null;
  /** Minutes, as stored with the article (kept at each save): counted from the body when absent. */
  readingTime?: number | null;
  /** The changes published since the story first went live, oldest first (silent ones are not given). */
  corrections?: CorrectionView[];
  /** The site's head tags of the article (meta, links, JSON-LD), written into the preview's <head>. */
  seo?: PreviewSeo | null;
}

export interface PreviewImage {
  url: string;
  alternativeText?: string | null;
  caption?: string | null;
  width?: number | null;
  height?: number | null;
}

/** The writing systems the renderer tells apart to mark text whose language differs from the page. */
import type { Script } from '../../../../core/locale/direction';

export type { Script };

/** UI strings. `lang` is the language they are written in (marked on them when it is not the page's). */
export interface PreviewLabels {
  lang: string;
  draftBanner: string;
  publishedBanner: string;
  by: string;
  topics: string;
  sources: string;
  originalArticle: string;
  published: string;
  updated: string;
  originallyPublished: string;
  readingTime: (minutes: number) => string;
  untitled: string;
  /** The heading of the list of changes published since, and each kind's name. */
  corrections: string;
  correctionKinds: Readonly<Record<CorrectionView['kind'], string>>;
  /** Shown in place of a link whose address is not http(s), mailto or relative. */
  unsafeLink: string;
}

export interface RenderOptions {
  /** The CSP nonce of the one `<style>` element; same value as given to `previewSecurityHeaders`. */
  nonce: string;
  /** Where the files of `PREVIEW_FONT_FILES` are served: root-relative ("/newsroom/fonts") or http(s). */
  fontBaseUrl: string;
  /** Languages written right to left (primary subtags); default `DEFAULT_RTL_LOCALES`. */
  rtlLocales?: readonly string[];
  /** IANA time zone for dates; default 'Asia/Baghdad'. */
  timezone?: string;
  /** Overrides of the Arabic (page language ar) or English (any other) defaults. */
  labels?: Partial<PreviewLabels>;
  /** Prefix for root-relative media URLs ("/uploads/…"), e.g. the Strapi public URL. */
  assetBaseUrl?: string;
  /** Digits in dates: 'latn' (default, as most Arabic news sites) or 'arab' (٠١٢…). */
  numberingSystem?: string;
  /** `lang` given to a block written entirely in another script than the page; default en/ar/he. */
  scriptLanguages?: Partial<Record<Script, string>>;
  /** Show the reading time computed from the body; default true. */
  showReadingTime?: boolean;
}
