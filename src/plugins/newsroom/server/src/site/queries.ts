import type { Core } from '@strapi/strapi';
import { LIKE_ESCAPE, numberOr, type Row } from '../domain/site/rows';
import { ARTICLE_UID, JOIN_TABLES, NEWSROOM_LOCALES, SEO_COMPONENT, TABLES } from '../../../core/model';
import { MAX_CORRECTIONS_READ } from '../corrections/store';
import { hiddenArticleProbe, withoutHiddenArticles } from './seo-exclusions';

/**
 * The SQL of the site reads, written against Strapi's tables directly (knex): the Document Service would run a
 * DISTINCT over the link-table join for "latest in a topic", a count, and a query per populated relation per
 * call. Every query here is bounded (one row, one page, or one IN over a page's ids) and reads published rows
 * only: `published_at IS NOT NULL` on articles, and on authors, topics and sources too (Strapi stamps it on
 * types without drafts, so a type that gains drafts later still cannot leak one).
 * Table and column names are Strapi 5's (snake case, `<a>_<b>_lnk` link tables); the API tests run every query.
 */
type Knex = Core.Strapi['db']['connection'];

/** What names an article in a list, a sitemap or a feed, aliased to the response's names. */
export const ITEM_COLUMNS = [
  'a.id as id',
  'a.document_id as documentId',
  'a.locale as locale',
  'a.title as title',
  'a.slug as slug',
  'a.standfirst as standfirst',
  'a.published_at as publishedAt',
  'a.original_published_at as originalPublishedAt',
];
/** The list fields of an article. */
const LIST_COLUMNS = [
  ...ITEM_COLUMNS,
  'a.dateline as dateline',
  'a.word_count as wordCount',
  'a.reading_time as readingTime',
];
const ARTICLE_COLUMNS = [...LIST_COLUMNS, 'a.body as body', 'a.source_url as sourceUrl'];
/** Newest first; the id breaks ties so a page boundary never repeats or skips a story. */
const NEWEST_FIRST = [
  { column: 'a.published_at', order: 'desc' as const },
  { column: 'a.id', order: 'desc' as const },
];

/** The article relations a site shows: link table, its target column and order column, and what to read. */
export const RELATIONS = {
  authors: {
    link: JOIN_TABLES.articleAuthors.name,
    target: TABLES.authors,
    key: JOIN_TABLES.articleAuthors.targetColumn,
    order: JOIN_TABLES.articleAuthors.orderColumn,
    columns: ['t.job_title as jobTitle'],
  },
  topics: {
    link: JOIN_TABLES.articleTopics.name,
    target: TABLES.topics,
    key: JOIN_TABLES.articleTopics.targetColumn,
    order: JOIN_TABLES.articleTopics.orderColumn,
    columns: ['t.kind as kind'],
  },
  sources: {
    link: JOIN_TABLES.articleSources.name,
    target: TABLES.sources,
    key: JOIN_TABLES.articleSources.targetColumn,
    order: JOIN_TABLES.articleSources.orderColumn,
    columns: ['t.kind as kind', 't.homepage_url as homepageUrl'],
  },
} as const;
export type Relation = keyof typeof RELATIONS;

/** Pages of articles start from one owner's link rows: a topic's or an author's. */
export const OWNERS = {
  topic: { table: TABLES.topics, link: JOIN_TABLES.articleTopics.name, key: JOIN_TABLES.articleTopics.targetColumn },
  author: {
    table: TABLES.authors,
    link: JOIN_TABLES.articleAuthors.name,
    key: JOIN_TABLES.articleAuthors.targetColumn,
  },
} as const;
export type Owner = keyof typeof OWNERS;

/** What a topic page shows of the topic, and an author page of the author (never the email or search key). */
export const TOPIC_COLUMNS = ['o.name as name', 'o.description as description', 'o.kind as kind', 'o.colour as colour'];
export const AUTHOR_COLUMNS = ['o.name as name', 'o.job_title as jobTitle', 'o.bio as bio'];

export interface Window {
  limit: number;
  offset: number;
}

/**
 * From how many link rows (drafts, published rows and every locale count) SQLite walks the date index rather
 * than sorting the owner's articles: walking reads about a page × (articles in the locale ÷ links) rows,
 * sorting reads and sorts every link. Measured on the ANT archive (49,000 article rows, 145,000 topic links):
 * 132 links 0.2 ms sorted, 2.1 ms walked; 1,018 links 0.7 and 0.1 (either); 1,616 links 7.7 and 1.2;
 * 2,668 links 10.6 and 1.2; 7,340 links 31 and 0.8.
 */
export const WALK_FROM_LINKS = 1500;

export const siteQueries = (knex: Knex, client: string) => {
  const sqlite = client === 'sqlite';
  /**
   * SQLite only: whether the owner has WALK_FROM_LINKS links or more, read with the owner row to choose
   * latestOf's shape. Not a count: it stops at that many index entries (a section has 30,000).
   */
  const manyLinksOf = (owner: Owner) => {
    const { link, key } = OWNERS[owner];
    return sqlite
      ? [
          knex(link)
            .select(knex.raw('1'))
            .where(key, knex.ref('o.id'))
            .limit(1)
            .offset(WALK_FROM_LINKS - 1)
            .as('manyLinks'),
        ]
      : [];
  };

  return {
    /**
     * The published article with this slug in this locale (articles_slug_locale_published_idx), in one statement
     * with what its `seo` block needs besides: its cover (Strapi's media morph table) and its published versions in
     * the other locales (articles_documents_idx), one row per other version (none: one row with nulls; a version
     * the sitemaps leave out — `noindex` or a canonical override, site/seo-exclusions.ts — is none: its hreflang
     * links are the sitemap's), and its
     * SEO and social fields: the component row linked to this (published) article row, never the draft's, with the
     * social image like the cover.
     */
    article: (locale: string, slug: string): Promise<Row[]> =>
      knex(`${TABLES.articles} as a`)
        .leftJoin('files_related_mph as cm', (join) => {
          join
            .on('cm.related_id', '=', 'a.id')
            .andOnVal('cm.related_type', '=', ARTICLE_UID)
            .andOnVal('cm.field', '=', 'cover');
        })
        .leftJoin('files as cf', 'cf.id', 'cm.file_id')
        .leftJoin(`${SEO_COMPONENT.link.name} as sl`, (join) => {
          join
            .on(`sl.${SEO_COMPONENT.link.entityColumn}`, '=', 'a.id')
            .andOnVal('sl.field', '=', SEO_COMPONENT.field)
            .andOnVal(`sl.${SEO_COMPONENT.link.typeColumn}`, '=', SEO_COMPONENT.uid);
        })
        .leftJoin(`${SEO_COMPONENT.table} as s`, 's.id', `sl.${SEO_COMPONENT.link.componentColumn}`)
        .leftJoin('files_related_mph as sm', (join) => {
          join
            .on('sm.related_id', '=', 's.id')
            .andOnVal('sm.related_type', '=', SEO_COMPONENT.uid)
            .andOnVal('sm.field', '=', SEO_COMPONENT.imageField);
        })
        .leftJoin('files as sf', 'sf.id', 'sm.file_id')
        .leftJoin(`${TABLES.articles} as v`, (join) => {
          join
            .on('v.document_id', '=', 'a.document_id')
            .andOn('v.locale', '<>', 'a.locale')
            .andOnNotNull('v.published_at')
            .andOnNotExists(hiddenArticleProbe(knex, 'v', { nonCanonical: true }));
        })
        .select([
          ...ARTICLE_COLUMNS,
          'cf.url as coverUrl',
          'cf.alternative_text as coverAlt',
          'cf.width as coverWidth',
          'cf.height as coverHeight',
          's.id as seoId',
          's.meta_title as seoTitle',
          's.meta_description as seoDescription',
          's.social_image_alt as seoImageAlt',
          's.canonical_url as seoCanonical',
          's.noindex as seoNoindex',
          'sf.url as seoImageUrl',
          'sf.alternative_text as seoImageFileAlt',
          'sf.width as seoImageWidth',
          'sf.height as seoImageHeight',
          'v.id as versionId',
          'v.locale as versionLocale',
          'v.slug as versionSlug',
        ])
        .where({ 'a.slug': slug, 'a.locale': locale })
        .whereNotNull('a.published_at')
        .orderBy('v.locale')
        .limit(NEWSROOM_LOCALES.length),

    /**
     * The published topics of articles in the editors' order (the page's and its other versions', for their
     * `{section}`), each with the published section above it: the site read's `topics` and the URLs of its
     * language versions at once; the feeds', news sitemap's and sitemap pages' `{section}` too (one IN per list
     * or batch; the few name columns they do not use cost nothing worth a second query).
     */
    topicsWithSections: (articleIds: readonly number[]): Promise<Row[]> =>
      knex(`${JOIN_TABLES.articleTopics.name} as l`)
        .join(`${TABLES.topics} as t`, 't.id', `l.${JOIN_TABLES.articleTopics.targetColumn}`)
        .leftJoin(`${JOIN_TABLES.topicParent.name} as pl`, 'pl.topic_id', 't.id')
        .leftJoin(`${TABLES.topics} as p`, (join) => {
          join.on('p.id', '=', 'pl.inv_topic_id').andOnNotNull('p.published_at');
        })
        .select([
          'l.article_id as articleId',
          't.document_id as documentId',
          't.name as name',
          't.slug as slug',
          't.kind as kind',
          'p.document_id as parentDocumentId',
          'p.name as parentName',
          'p.slug as parentSlug',
          'p.kind as parentKind',
        ])
        .whereIn('l.article_id', [...articleIds])
        .whereNotNull('t.published_at')
        .orderBy([
          { column: 'l.article_id' },
          { column: `l.${JOIN_TABLES.articleTopics.orderColumn}` },
          { column: 't.id' },
        ]),

    /**
     * The non-silent changes published to one article locale, newest first and at most MAX_CORRECTIONS_READ
     * (newsroom_article_corrections_document_idx). Silent ones are never shown and never date the story.
     */
    corrections: (documentId: string, locale: string): Promise<Row[]> =>
      knex(`${TABLES.corrections} as c`)
        .select(['c.id as id', 'c.kind as kind', 'c.note as note', 'c.at as at'])
        .where({ 'c.target_document_id': documentId, 'c.locale': locale })
        .whereNot('c.kind', 'silent')
        .orderBy([
          { column: 'c.at', order: 'desc' },
          { column: 'c.id', order: 'desc' },
        ])
        .limit(MAX_CORRECTIONS_READ),

    /** One relation of many articles in one statement, in each article's own order. */
    related: (relation: Relation, articleIds: readonly number[]): Promise<Row[]> => {
      const { link, target, key, order, columns } = RELATIONS[relation];
      return knex(`${link} as l`)
        .join(`${target} as t`, 't.id', `l.${key}`)
        .select([
          'l.article_id as articleId',
          't.document_id as documentId',
          't.name as name',
          't.slug as slug',
          ...columns,
        ])
        .whereIn('l.article_id', [...articleIds])
        .whereNotNull('t.published_at')
        .orderBy([{ column: 'l.article_id' }, { column: `l.${order}` }, { column: 't.id' }]);
    },

    /** A topic or author row by slug and locale (topics_slug_locale_idx, authors_slug_locale_idx). */
    owner: (owner: Owner, locale: string, slug: string, columns: readonly string[]): Promise<Row | undefined> =>
      knex(`${OWNERS[owner].table} as o`)
        .select([
          'o.id as id',
          'o.document_id as documentId',
          'o.locale as locale',
          'o.slug as slug',
          ...columns,
          ...manyLinksOf(owner),
        ])
        .where({ 'o.slug': slug, 'o.locale': locale })
        .whereNotNull('o.published_at')
        .first(),

    /**
     * The owner's newest published articles in the locale, one page and one row more. No DISTINCT is needed: a
     * link row is unique per (article, owner). Two shapes of the same query (tests/api/site-plans.test.api.ts
     * shows the plans):
     *  - from the owner's link rows ((topic_id, article_id) or (author_id, article_id) index) to the article rows
     *    by primary key, then a sort: cheap while the owner has few links. PostgreSQL's planner turns it round by
     *    itself for an owner holding much of the archive, so it always gets this shape;
     *  - on SQLite, for an owner with WALK_FROM_LINKS links or more (`manyLinks`, read with the owner row):
     *    articles_locale_published_live_idx newest first, each article probed in the link index, stopping at the
     *    page. SQLite plans the join the first way whatever the owner, and a section with 30,000 links then
     *    sorts them all on every request (240 ms on the ANT archive; 11 ms walked).
     */
    latestOf: (
      owner: Owner,
      ownerRow: Row,
      locale: string,
      window: Window,
      /** For a topic's or author's feed: leave out articles marked `noindex` (the site's own lists keep them). */
      indexableOnly = false,
    ): Promise<Row[]> => {
      const { link, key } = OWNERS[owner];
      const ownerId = numberOr(ownerRow.id, NaN);
      const walk = sqlite && ownerRow.manyLinks != null;
      const query = walk
        ? knex(`${TABLES.articles} as a`).whereExists(
            knex(`${link} as l`)
              .select(knex.raw('1'))
              .where(`l.${key}`, ownerId)
              .andWhere('l.article_id', knex.ref('a.id')),
          )
        : knex(`${link} as l`).join(`${TABLES.articles} as a`, 'a.id', 'l.article_id').where(`l.${key}`, ownerId);
      if (indexableOnly) withoutHiddenArticles(knex, query, 'a', { nonCanonical: false });
      return query
        .select(LIST_COLUMNS)
        .andWhere('a.locale', locale)
        .whereNotNull('a.published_at')
        .orderBy(NEWEST_FIRST)
        .limit(window.limit)
        .offset(window.offset);
    },

    /** A topic with its page fields and its parent (a section above a topic), in one statement. */
    topic: (locale: string, slug: string): Promise<Row | undefined> =>
      knex(`${TABLES.topics} as o`)
        .leftJoin(`${JOIN_TABLES.topicParent.name} as pl`, 'pl.topic_id', 'o.id')
        .leftJoin(`${TABLES.topics} as p`, (join) => {
          join.on('p.id', '=', 'pl.inv_topic_id').andOnNotNull('p.published_at');
        })
        .select([
          'o.id as id',
          'o.document_id as documentId',
          'o.locale as locale',
          'o.slug as slug',
          ...TOPIC_COLUMNS,
          ...manyLinksOf('topic'),
          'p.document_id as parentDocumentId',
          'p.name as parentName',
          'p.slug as parentSlug',
          'p.kind as parentKind',
        ])
        .where({ 'o.slug': slug, 'o.locale': locale })
        .whereNotNull('o.published_at')
        .first(),

    /** A topic's children, in the order the editors gave them (topics_parent_lnk_ifk). */
    childrenOf: (topicId: number): Promise<Row[]> =>
      knex(`${JOIN_TABLES.topicParent.name} as pl`)
        .join(`${TABLES.topics} as t`, 't.id', 'pl.topic_id')
        .select(['t.document_id as documentId', 't.name as name', 't.slug as slug', 't.kind as kind'])
        .where('pl.inv_topic_id', topicId)
        .whereNotNull('t.published_at')
        .orderBy([{ column: 'pl.topic_ord' }, { column: 't.id' }]),

    /**
     * Published articles in the locale whose folded search key holds every pattern, newest first. PostgreSQL
     * answers from the trigram index on the key; SQLite walks articles_locale_published_live_idx newest first.
     */
    search: (locale: string, patterns: readonly string[], window: Window): Promise<Row[]> => {
      const query = knex(`${TABLES.articles} as a`)
        .select(LIST_COLUMNS)
        .where('a.locale', locale)
        .whereNotNull('a.published_at');
      for (const pattern of patterns) query.andWhereRaw(`?? LIKE ? ESCAPE '${LIKE_ESCAPE}'`, ['a.search_key', pattern]);
      return query.orderBy(NEWEST_FIRST).limit(window.limit).offset(window.offset);
    },
  };
};
