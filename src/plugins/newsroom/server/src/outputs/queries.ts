import type { Core } from '@strapi/strapi';
import type { Knex as KnexTypes } from 'knex';
import { numberOr, textOrNull, type Row } from '../domain/site/rows';
import { topicsByArticle, type TopicRow } from '../domain/outputs/sections';
import { ARTICLE_UID, JOIN_TABLES, TABLES } from '../../../core/model';
import { ITEM_COLUMNS } from '../site/queries';
import { compiledRead } from './compiled-read';
import { withoutHiddenArticles } from '../site/seo-exclusions';

type Knex = Core.Strapi['db']['connection'];

/** Newest first; the id breaks ties. */
const NEWEST_FIRST = [
  { column: 'a.published_at', order: 'desc' as const },
  { column: 'a.id', order: 'desc' as const },
];

/** The news window's index (database/migrations, the read indexes), made at every start (setup/read-indexes.ts). */
const NEWS_WINDOW_INDEX = 'articles_news_window_idx';

/** What the news sitemap shows of a story: the columns articles_news_window_idx holds (queries.newsWindow). */
const NEWS_COLUMNS = [
  'a.id as id',
  'a.document_id as documentId',
  'a.title as title',
  'a.slug as slug',
  'a.locale as locale',
  'a.published_at as publishedAt',
  'a.original_published_at as originalPublishedAt',
];

/**
 * The news window's read for one source of rows (the table, or on SQLite the table through the window's index)
 * and one cap, compiled once per database connection: see `newsWindow`.
 */
const newsWindowReads = new WeakMap<Knex, Map<string, ReturnType<typeof compiledRead<'locale' | 'at'>>>>();
const newsWindowRead = (knex: Knex, source: 'indexed' | 'table', limit: number) => {
  let reads = newsWindowReads.get(knex);
  if (!reads) newsWindowReads.set(knex, (reads = new Map()));
  const key = `${source} ${limit}`;
  let read = reads.get(key);
  if (!read) {
    read = compiledRead(knex, ['locale', 'at'], ({ locale, at }) => {
      const range = (original: (query: KnexTypes.QueryBuilder) => void) =>
        withoutHiddenArticles(
          knex,
          knex
            .from(
              source === 'indexed'
                ? knex.raw('?? as a indexed by ??', [TABLES.articles, NEWS_WINDOW_INDEX])
                : `${TABLES.articles} as a`,
            )
            .select(NEWS_COLUMNS)
            .where('a.locale', locale)
            .andWhere('a.published_at', '>=', at)
            .modify(original),
          'a',
          { nonCanonical: true },
        );
      const own = range((query) => {
        query.whereNull('a.original_published_at');
      });
      const copies = range((query) => {
        query.andWhere('a.original_published_at', '>=', at);
      });
      return knex
        .select('*')
        .from(own.unionAll(copies).as('w'))
        .orderBy([
          { column: 'w.publishedAt', order: 'desc' },
          { column: 'w.id', order: 'desc' },
        ])
        .limit(limit);
    });
    reads.set(key, read);
  }
  return read;
};

/**
 * The SQL of the sitemaps and feeds, like the site reads' (site/queries.ts): published rows only
 * (`published_at IS NOT NULL` on every table), bounded (one list, then one IN over its ids per relation).
 */

export const outputQueries = (knex: Knex, client: string) => {
  /** Strapi keeps datetimes as milliseconds on SQLite and as timestamps on PostgreSQL. */
  const timeValue = (at: Date): Date | number => (client === 'sqlite' ? at.getTime() : at);
  /**
   * A list of row ids as one bound value, for `IN (…)`: a list of 1,000 placeholders costs more to send and to
   * prepare than the rows it finds (0.45 ms of 1.7 for a news sitemap's topic links on SQLite).
   */
  const inIds = (column: string, ids: readonly number[]) => {
    const whole = ids.filter(Number.isSafeInteger);
    return client === 'sqlite'
      ? knex.raw('?? in (select value from json_each(?))', [column, JSON.stringify(whole)])
      : knex.raw('?? = any(?::integer[])', [column, `{${whole.join(',')}}`]);
  };
  return {
    /** The newest published articles in the locale (articles_locale_published_live_idx), without those marked `noindex`. */
    latest: (locale: string, limit: number): Promise<Row[]> =>
      withoutHiddenArticles(
        knex,
        knex(`${TABLES.articles} as a`).select(ITEM_COLUMNS).where('a.locale', locale).whereNotNull('a.published_at'),
        'a',
        { nonCanonical: false },
      )
        .orderBy(NEWEST_FIRST)
        .limit(limit),

    /**
     * The news sitemap's stories in a locale: published since `since` and, for an imported copy, first published
     * by its agency since then too; newest first, at most `limit`; without those marked `noindex` or whose canonical
     * URL is overridden (site/seo-exclusions.ts). Two ranges of articles_news_window_idx per locale (stories of
     * our own, copies whose original time is that recent); the index covers the columns read (on SQLite the rows
     * never come from the table: 0.3 ms for 1,000 instead of 3).
     * Walking the locale's rows newest first instead reads every story published in the window and drops the
     * older copies one by one: 600 ms with the 27,000-story archive imported today, none of them in the sitemap.
     * Only columns the index holds are read (`NEWS_COLUMNS`): a column after the body would be reached through
     * the body's overflow pages on SQLite (reading 1,000 rows took 5-8 ms so).
     * One locale a statement, newest first by `published_at`: SQLite then merges the two ranges in index order
     * (3 ms for 1,000 stories); `locale IN (…)` cost 1.2 ms more, and ordering by the agency's time 3 ms more.
     */
    newsWindow: async (locale: string, limit: number, since: Date): Promise<Row[]> => {
      const values = { locale, at: timeValue(since) };
      if (client !== 'sqlite') return newsWindowRead(knex, 'table', limit)(values);
      // SQLite is told the index: with few imported copies its statistics rank the locale's publication index
      // (locale, published_at) as good for our own stories' range, and each of those rows is then a table read.
      // Without the index (dropped under a running app; every start makes it again) the hint is an error, and
      // the sitemap is read the slower way rather than failing.
      try {
        return await newsWindowRead(knex, 'indexed', limit)(values);
      } catch (error) {
        if (!String(error).includes('no such index')) throw error;
        return newsWindowRead(knex, 'table', limit)(values);
      }
    },

    /**
     * The topics of each article that `sectionOf` reads, in the editors' order: the link rows from
     * articles_topics_lnk_article_order_idx alone, then the published topics they name with their parents
     * (a few dozen for 1,000 stories). 1.5 ms for a news sitemap's 1,000 stories, against 4-7 ms for one join.
     */
    sectionTopicsOf: async (articleIds: readonly number[]): Promise<Map<number, TopicRow[]>> => {
      if (articleIds.length === 0) return new Map();
      const { name, targetColumn, orderColumn } = JOIN_TABLES.articleTopics;
      const links = (await knex(name)
        .select(['article_id as articleId', `${targetColumn} as topicId`])
        .where(inIds('article_id', articleIds))
        .orderBy(['article_id', orderColumn, targetColumn])) as Row[];
      const topicIds = [...new Set(links.map((link) => numberOr(link.topicId, NaN)))];
      const topics = (await knex(`${TABLES.topics} as t`)
        .leftJoin(`${JOIN_TABLES.topicParent.name} as pl`, 'pl.topic_id', 't.id')
        .leftJoin(`${TABLES.topics} as p`, (join) => {
          join.on('p.id', '=', 'pl.inv_topic_id').andOnNotNull('p.published_at');
        })
        .select(['t.id as id', 't.slug as slug', 't.kind as kind', 'p.slug as parentSlug', 'p.kind as parentKind'])
        .whereIn('t.id', topicIds)
        .whereNotNull('t.published_at')) as Row[];
      return topicsByArticle(
        links.map((link) => ({ articleId: numberOr(link.articleId, NaN), topicId: numberOr(link.topicId, NaN) })),
        new Map(
          topics.map((topic) => [
            numberOr(topic.id, NaN),
            {
              slug: String(topic.slug ?? ''),
              kind: textOrNull(topic.kind),
              parentSlug: textOrNull(topic.parentSlug),
              parentKind: textOrNull(topic.parentKind),
            },
          ]),
        ),
      );
    },

    /** The cover image of each article row (Strapi's media morph table), with its URL, type and size in KB. */
    coversOf: (articleIds: readonly number[]): Promise<Row[]> =>
      knex('files_related_mph as m')
        .join('files as f', 'f.id', 'm.file_id')
        .select(['m.related_id as articleId', 'f.url as url', 'f.mime as mime', 'f.size as size'])
        .where({ 'm.related_type': ARTICLE_UID, 'm.field': 'cover' })
        .whereIn('m.related_id', [...articleIds]),
  };
};
