/**
 * The site reads of the content API (under /api/newsroom/site/:locale): what a news site's pages need, in a
 * fixed shape per route. Published documents only; fields and relations are chosen by the server (a client's
 * `populate` or `fields` is refused); lists are pages of 20, newest first, with no total count.
 * Every document with a `locale` also carries `dir` (added to all content-API responses).
 */

import type { CorrectionView } from './corrections';

/** A document shown inside another: enough to link to it. */
export interface SiteRef {
  documentId: string;
  name: string;
  slug: string;
}

export interface SiteTopicRef extends SiteRef {
  kind: 'section' | 'topic';
}

export interface SiteSourceRef extends SiteRef {
  kind: string;
  homepageUrl: string | null;
}

export interface SiteAuthorRef extends SiteRef {
  jobTitle: string | null;
}

/** An article in a list (topic, author, search): list fields only, never the body. */
export interface SiteArticleSummary {
  documentId: string;
  locale: string;
  dir?: 'rtl' | 'ltr';
  title: string;
  slug: string;
  standfirst: string | null;
  /** When this version was published (Strapi's stamp); lists are ordered by it, newest first. */
  publishedAt: string;
  /** The story's own time (imported wire copy keeps the agency's). */
  originalPublishedAt: string | null;
  dateline: string | null;
  wordCount: number;
  /** Minutes. */
  readingTime: number;
  authors: SiteRef[];
}

/** GET /site/:locale/articles/:slug */
export interface SiteArticle extends Omit<SiteArticleSummary, 'authors'> {
  /** Strapi blocks. */
  body: unknown[] | null;
  sourceUrl: string | null;
  /**
   * The time of the last non-silent change published (update, correction, clarification), or null when the
   * story is as first published; a silent change never moves it. For schema.org `dateModified`.
   */
  dateModified: string | null;
  /** `dateModified`, or `publishedAt` when there is none. */
  updatedAt: string;
  /** The public notes of the changes published since, oldest first (silent changes are not listed). */
  corrections: CorrectionView[];
  authors: SiteAuthorRef[];
  topics: SiteTopicRef[];
  sources: SiteSourceRef[];
}

export interface SiteArticleResponse {
  data: SiteArticle;
}

/** A page of a list: `hasMore` says whether `page + 1` has anything (there is no count). */
export interface SitePage {
  page: number;
  pageSize: number;
  hasMore: boolean;
}

export interface SiteListResponse {
  data: SiteArticleSummary[];
  meta: { pagination: SitePage };
}

export interface SiteTopic {
  documentId: string;
  locale: string;
  dir?: 'rtl' | 'ltr';
  name: string;
  slug: string;
  description: string | null;
  kind: 'section' | 'topic';
  colour: string | null;
  parent: SiteTopicRef | null;
  children: SiteTopicRef[];
}

/** GET /site/:locale/topics/:slug: the topic, its children and its first page of articles. */
export interface SiteTopicResponse {
  data: SiteTopic & { articles: SiteArticleSummary[] };
  meta: { pagination: SitePage };
}

export interface SiteAuthor {
  documentId: string;
  locale: string;
  dir?: 'rtl' | 'ltr';
  name: string;
  slug: string;
  jobTitle: string | null;
  bio: string | null;
}

/** GET /site/:locale/authors/:slug: the author and their first page of articles. */
export interface SiteAuthorResponse {
  data: SiteAuthor & { articles: SiteArticleSummary[] };
  meta: { pagination: SitePage };
}

/** The fixed page size of every site list. */
export const SITE_PAGE_SIZE = 20;
/** Deepest page served: an offset costs a walk over every row before it. */
export const SITE_MAX_PAGE = 500;
