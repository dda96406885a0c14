import type { Core } from '@strapi/strapi';
import type { Row } from '../domain/site/rows';
import { TABLES } from '../../../core/model';
import { withoutHiddenArticles } from '../site/seo-exclusions';
import type { SitemapKind } from '../domain/outputs/sitemaps';

type Knex = Core.Strapi['db']['connection'];

const TABLE_OF: Record<SitemapKind, string> = {
  articles: TABLES.articles,
  topics: TABLES.topics,
  authors: TABLES.authors,
};

/**
 * The SQL of the sitemaps: published rows only (`published_at IS NOT NULL`; a draft never has it, and a former
 * slug lives in the redirects table, never in these rows), articles without those marked `noindex` or with a
 * canonical override (site/seo-exclusions.ts), in primary-key order so that a page is a key range read
 * a batch at a time (keyset: `id >= next`), never loaded whole.
 */
export const sitemapQueries = (knex: Knex) => {
  const published = (kind: SitemapKind) => {
    const rows = knex(`${TABLE_OF[kind]} as t`).whereNotNull('t.published_at');
    return kind === 'articles' ? withoutHiddenArticles(knex, rows, 't', { nonCanonical: true }) : rows;
  };
  return {
    /**
     * The pages of a kind with their newest change (`lastmod` of the index), one statement: each published row
     * numbered in key order, grouped by page. A walk of the published rows' keys, no sort of the table.
     */
    pages: async (kind: SitemapKind, pageSize: number): Promise<Row[]> => {
      const numbered = published(kind).select([
        't.updated_at as updatedAt',
        knex.raw('row_number() over (order by ??) as rn', ['t.id']),
      ]);
      return knex
        .select([
          knex.raw('(?? - 1) / cast(? as integer) as page', ['n.rn', pageSize]),
          knex.raw('max(??) as lastmod', ['n.updatedAt']),
        ])
        .from(numbered.as('n'))
        .groupByRaw('1')
        .orderByRaw('1');
    },

    /** The key the page starts at (the first published row after the pages before it), or undefined. */
    pageStart: async (kind: SitemapKind, page: number, pageSize: number): Promise<number | undefined> => {
      // A page past the table's largest key cannot have a row (keys are positive and unique): known from the
      // primary key at once, where the offset would walk every published row for an answer that is a 404, which
      // is not cached (`articles-999999.xml` on request after request).
      const skipped = (page - 1) * pageSize;
      if (skipped > 0) {
        const last = (await knex(TABLE_OF[kind]).max('id as id').first()) as Row | undefined;
        if (skipped >= Number(last?.id ?? 0)) return undefined;
      }
      const row = (await published(kind)
        .select('t.id as id')
        .orderBy('t.id')
        .offset((page - 1) * pageSize)
        .first()) as Row | undefined;
      return row ? Number(row.id) : undefined;
    },

    /** Up to `limit` published rows from key `from` on, in key order. */
    batch: (kind: SitemapKind, from: number, limit: number): Promise<Row[]> =>
      published(kind)
        .select([
          't.id as id',
          't.document_id as documentId',
          't.locale as locale',
          't.slug as slug',
          't.updated_at as updatedAt',
        ])
        .where('t.id', '>=', from)
        .orderBy('t.id')
        .limit(limit),

    /** Every published language version of these documents (hreflang), one statement per batch. */
    versionsOf: (kind: SitemapKind, documentIds: readonly string[]): Promise<Row[]> =>
      published(kind)
        .select(['t.id as id', 't.document_id as documentId', 't.locale as locale', 't.slug as slug'])
        .whereIn('t.document_id', [...new Set(documentIds)]),
  };
};
