import type { Core } from '@strapi/strapi';
import { SEO_COMPONENT } from '../../../core/model';

type Knex = Core.Strapi['db']['connection'];
type Subquery = ReturnType<Knex>;

/**
 * What leaves an article out of the outputs that tell search engines and aggregators about it (news sitemap,
 * sitemaps, feeds): its own SEO fields (the component row of that article row: the published one, as the outputs
 * read published rows only).
 *  - `noindex`: left out of the sitemaps and the feeds;
 *  - `nonCanonical` (sitemaps only): a canonical URL override says another page is the one to index, and a
 *    sitemap lists canonical URLs only (https://developers.google.com/search/docs/crawling-indexing/sitemaps/build-sitemap).
 * One NOT EXISTS probe per article row, through the component link table's entity index.
 */
export function withoutHiddenArticles<Query extends { whereNotExists(subquery: Subquery): unknown }>(
  knex: Knex,
  query: Query,
  articleAlias: string,
  leaveOut: { nonCanonical: boolean },
): Query {
  const { link, table, uid, field } = SEO_COMPONENT;
  query.whereNotExists(
    knex(`${link.name} as xl`)
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
      }),
  );
  return query;
}
