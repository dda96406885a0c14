import type { Core } from '@strapi/strapi';
import type { Row } from '../domain/site/rows';
import { ARTICLE_UID, JOIN_TABLES, TABLES } from '../../../core/model';
import { ITEM_COLUMNS } from '../site/queries';
import { withoutHiddenArticles } from '../site/seo-exclusions';

type Knex = Core.Strapi['db']['connection'];

/**
 * The SQL of the sitemaps and feeds, like the site reads' (site/queries.ts): published rows only
 * (`published_at IS NOT NULL` on every table), bounded (one list, then one IN over its ids per relation).
 */

export const outputQueries = (knex: Knex, client: string) => {
  /** Strapi keeps datetimes as milliseconds on SQLite and as timestamps on PostgreSQL. */
  const timeValue = (at: Date): Date | number => (client === 'sqlite' ? at.getTime() : at);
  return {
    /**
     * The newest published articles in the locale (articles_locale_published_idx); with `since`, only those
     * published since then whose original publication time (imported copy) is not older either, so that the limit
     * counts only stories the news sitemap keeps. Articles marked `noindex` are left out (feeds and sitemap), and
     * from the news sitemap (`since`) also those whose canonical URL is overridden (site/seo-exclusions.ts).
     */
    latest: (locale: string, limit: number, since: Date | null = null): Promise<Row[]> => {
      const query = withoutHiddenArticles(
        knex,
        knex(`${TABLES.articles} as a`).select(ITEM_COLUMNS).where('a.locale', locale).whereNotNull('a.published_at'),
        'a',
        { nonCanonical: since !== null },
      );
      if (since)
        query
          .andWhere('a.published_at', '>=', timeValue(since))
          .andWhereRaw('(?? IS NULL OR ?? >= ?)', [
            'a.original_published_at',
            'a.original_published_at',
            timeValue(since),
          ]);
      return query
        .orderBy([
          { column: 'a.published_at', order: 'desc' },
          { column: 'a.id', order: 'desc' },
        ])
        .limit(limit);
    },

    /** Each article's published topics in the editors' order, with the published section above each. */
    topicsOf: (articleIds: readonly number[]): Promise<Row[]> =>
      knex(`${JOIN_TABLES.articleTopics.name} as l`)
        .join(`${TABLES.topics} as t`, 't.id', `l.${JOIN_TABLES.articleTopics.targetColumn}`)
        .leftJoin(`${JOIN_TABLES.topicParent.name} as pl`, 'pl.topic_id', 't.id')
        .leftJoin(`${TABLES.topics} as p`, (join) => {
          join.on('p.id', '=', 'pl.inv_topic_id').andOnNotNull('p.published_at');
        })
        .select([
          'l.article_id as articleId',
          't.slug as slug',
          't.kind as kind',
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

    /** The cover image of each article row (Strapi's media morph table), with its URL, type and size in KB. */
    coversOf: (articleIds: readonly number[]): Promise<Row[]> =>
      knex('files_related_mph as m')
        .join('files as f', 'f.id', 'm.file_id')
        .select(['m.related_id as articleId', 'f.url as url', 'f.mime as mime', 'f.size as size'])
        .where({ 'm.related_type': ARTICLE_UID, 'm.field': 'cover' })
        .whereIn('m.related_id', [...articleIds]),
  };
};
