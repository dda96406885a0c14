import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { SEO_COMPONENT } from '../../../core/model';

type KnexInstance = Core.Strapi['db']['connection'];

/**
 * What leaves an article out of the outputs that tell search engines and aggregators about it (news sitemap,
 * sitemaps, feeds): its own SEO fields (the component row of that article row: the published one, as the outputs
 * read published rows only).
 *  - `noindex`: left out of the sitemaps and the feeds;
 *  - `nonCanonical` (sitemaps only): a canonical URL override says another page is the one to index, and a
 *    sitemap lists canonical URLs only (https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap).
 * One NOT EXISTS probe per article row, through the component link table's entity index.
 */
export function withoutHiddenArticles<Query extends { whereNotExists(probe: Knex.QueryCallback): unknown }>(
  knex: KnexInstance,
  query: Query,
  articleAlias: string,
  leaveOut: { nonCanonical: boolean },
): Query {
  query.whereNotExists(hiddenArticleProbe(knex, articleAlias, leaveOut));
  return query;
}

/**
 * The probe itself, as a subquery callback: a row when the article row under `articleAlias` is hidden. Also a
 * join condition (`andOnNotExists`): the site read's other language versions, whose hreflang links are the
 * sitemaps' (a hidden version is no alternate).
 */
export function hiddenArticleProbe(
  knex: KnexInstance,
  articleAlias: string,
  leaveOut: { nonCanonical: boolean },
): Knex.QueryCallback {
  const { link, table, uid, field } = SEO_COMPONENT;
  return (probe) => {
    probe
      .from(`${link.name} as xl`)
      .join(`${table} as xs`, 'xs.id', `xl.${link.componentColumn}`)
      .select(knex.raw('1'))
      .where(`xl.${link.entityColumn}`, knex.ref(`${articleAlias}.id`))
      .andWhere('xl.field', field)
      .andWhere(`xl.${link.typeColumn}`, uid)
      .andWhere((hidden) => {
        hidden.where('xs.noindex', true);
        if (leaveOut.nonCanonical)
          hidden.orWhere((override) => {
            override.whereNotNull('xs.canonical_url').andWhere('xs.canonical_url', '<>', '');
          });
      });
  };
}
