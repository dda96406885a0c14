import type { Core } from '@strapi/strapi';
import type { Row } from '../domain/site/rows';
import { ARTICLE_UID, TABLES } from '../../../core/model';
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
     * The newest published articles in the locale (articles_locale_published_live_idx); with `since`, only those
     * published since then whose original publication time (imported copy) is not older either
     * (articles_locale_original_published_idx), so that the limit
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
      if (since) {
        // Two ranges of articles_locale_original_published_idx, read from the index alone: stories of our own
        // published since then, and imported copies whose original time is that recent too. Walking the
        // locale's rows newest first instead reads every story published in the window and drops the older
        // copies one by one: 600 ms with the 27,000-story archive imported today, none of them in the sitemap.
        const at = timeValue(since);
        const recent = knex(TABLES.articles)
          .select('id')
          .where('locale', locale)
          .whereNull('original_published_at')
          .andWhere('published_at', '>=', at)
          .unionAll((copies) => {
            copies
              .select('id')
              .from(TABLES.articles)
              .where('locale', locale)
              .andWhere('original_published_at', '>=', at)
              .andWhere('published_at', '>=', at);
          });
        query.whereIn('a.id', recent);
      }
      return query
        .orderBy([
          { column: 'a.published_at', order: 'desc' },
          { column: 'a.id', order: 'desc' },
        ])
        .limit(limit);
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
