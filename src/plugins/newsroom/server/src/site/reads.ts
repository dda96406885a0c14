import type { Core } from '@strapi/strapi';
import {
  SITE_PAGE_SIZE,
  type SiteArticle,
  type SiteArticleSummary,
  type SiteAuthor,
  type SitePage,
  type SiteTopic,
} from '../../../shared/contracts/site';
import { searchTerms } from '../domain/content/search-key';
import { toArticle, toAuthor, toAuthorRef, toSourceRef, toTopic, toTopicRef } from '../domain/site/documents';
import {
  containsPattern,
  groupByArticle,
  numberOr,
  pageOf,
  pageWindow,
  toRef,
  toSummary,
  type Row,
} from '../domain/site/rows';
import { AUTHOR_COLUMNS, siteQueries, type Owner } from './queries';
import { seoFieldsOf, seoOfArticle, toNamedTopic } from './article-seo';

export interface ArticlePage {
  items: SiteArticleSummary[];
  pagination: SitePage;
}
/** A topic's or author's list: who it belongs to (the response cache tags it) and the page. */
export interface OwnedPage extends ArticlePage {
  owner: { documentId: string };
}

/**
 * The site reads: each a fixed set of statements, whatever the page holds (site-queries.ts has the SQL):
 *  - article by slug: the article (with its cover and other language versions), then its authors, topics (its
 *    versions' too) and sources (one IN query each) and the changes published since (corrections) — 5;
 *  - a topic's or an author's list: the owner, a page of articles, the page's authors — 3;
 *  - topic page: the topic with its parent, its children, a page, the page's authors — 4;
 *  - author page: the author, a page, the page's authors — 3;
 *  - search: a page, the page's authors — 2.
 * An empty page skips its authors query (one statement fewer, never more).
 */
const siteReads = ({ strapi }: { strapi: Core.Strapi }) => {
  const queries = () => siteQueries(strapi.db.connection, strapi.db.dialect.client);

  /** List items with their authors' names and slugs, read in one statement for the whole page. */
  const withAuthors = async (rows: Row[]): Promise<SiteArticleSummary[]> => {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => numberOr(row.id, NaN));
    const authors = groupByArticle(await queries().related('authors', ids), toRef);
    return rows.map((row) => toSummary(row, authors.get(numberOr(row.id, NaN)) ?? []));
  };

  const pageFrom = async (rows: Row[], page: number): Promise<ArticlePage> => {
    const { items, pagination } = pageOf(rows, page, SITE_PAGE_SIZE);
    return { items: await withAuthors(items), pagination };
  };

  const latestOf = async (owner: Owner, ownerRow: Row, locale: string, page: number): Promise<ArticlePage> =>
    pageFrom(await queries().latestOf(owner, ownerRow, locale, pageWindow(page, SITE_PAGE_SIZE)), page);

  return {
    /**
     * The article with its `seo` block; `dependsOn` names the section its URL shows (a document the body does not
     * list), for the response cache. The other language versions come with the article row and their topics with
     * its own (one IN), so the read stays at 5 statements.
     */
    async article(
      locale: string,
      slug: string,
      origin: string,
    ): Promise<{ article: SiteArticle; dependsOn: string[] } | null> {
      const rows = await queries().article(locale, slug);
      const row = rows[0];
      if (!row) return null;
      const id = numberOr(row.id, NaN);
      const versions = rows
        .filter((version) => version.versionId !== null && version.versionId !== undefined)
        .map((version) => ({
          id: numberOr(version.versionId, NaN),
          locale: String(version.versionLocale),
          slug: String(version.versionSlug),
        }));
      const [authors, topics, sources, changes] = await Promise.all([
        queries().related('authors', [id]),
        queries().topicsWithSections([id, ...versions.map((version) => version.id)]),
        queries().related('sources', [id]),
        queries().corrections(String(row.documentId), locale),
      ]);
      const topicsBy = groupByArticle(topics, toNamedTopic);
      const fields = toArticle(
        row,
        {
          authors: authors.map(toAuthorRef),
          topics: (topicsBy.get(id) ?? []).map((topic) => toTopicRef({ ...topic })),
          sources: sources.map(toSourceRef),
        },
        changes.map((change) => ({
          id: numberOr(change.id, 0),
          kind: String(change.kind),
          note: typeof change.note === 'string' ? change.note : null,
          at: change.at as string | number | Date,
        })),
      );
      const documentId = String(row.documentId);
      const { seo, section } = seoOfArticle(strapi, {
        article: fields,
        self: { locale, slug: fields.slug, documentId, topics: topicsBy.get(id) ?? [] },
        others: versions.map((version) => ({
          locale: version.locale,
          slug: version.slug,
          documentId,
          topics: topicsBy.get(version.id) ?? [],
        })),
        cover: row.coverUrl
          ? { url: row.coverUrl, alternativeText: row.coverAlt, width: row.coverWidth, height: row.coverHeight }
          : null,
        seo: seoFieldsOf(row),
        origin,
      });
      return {
        article: { ...fields, seo: { ...seo, jsonLd: { ...seo.jsonLd } } },
        dependsOn: section ? [section.documentId] : [],
      };
    },

    /** A topic's or an author's articles, one page; null when no published topic or author has that slug. */
    async articlesOf(owner: Owner, locale: string, slug: string, page: number): Promise<OwnedPage | null> {
      const ownerRow = await queries().owner(owner, locale, slug, []);
      if (!ownerRow) return null;
      return { owner: { documentId: String(ownerRow.documentId) }, ...(await latestOf(owner, ownerRow, locale, page)) };
    },

    async topicPage(locale: string, slug: string): Promise<{ topic: SiteTopic; articles: ArticlePage } | null> {
      const row = await queries().topic(locale, slug);
      if (!row) return null;
      const [children, articles] = await Promise.all([
        queries().childrenOf(numberOr(row.id, NaN)),
        latestOf('topic', row, locale, 1),
      ]);
      return { topic: toTopic(row, children.map(toTopicRef)), articles };
    },

    async authorPage(locale: string, slug: string): Promise<{ author: SiteAuthor; articles: ArticlePage } | null> {
      const row = await queries().owner('author', locale, slug, AUTHOR_COLUMNS);
      if (!row) return null;
      return { author: toAuthor(row), articles: await latestOf('author', row, locale, 1) };
    },

    /** Every word of `q` (folded like the search key) must occur; a query with no word finds nothing. */
    async search(locale: string, q: string, page: number): Promise<ArticlePage> {
      const terms = searchTerms(q);
      if (terms.length === 0) return { items: [], pagination: { page, pageSize: SITE_PAGE_SIZE, hasMore: false } };
      return pageFrom(
        await queries().search(locale, terms.map(containsPattern), pageWindow(page, SITE_PAGE_SIZE)),
        page,
      );
    },
  };
};

export default siteReads;

declare module '../services-registry' {
  interface NewsroomServices {
    siteReads: ReturnType<typeof siteReads>;
  }
}
