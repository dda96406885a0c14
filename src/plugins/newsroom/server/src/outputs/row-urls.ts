import type { Core } from '@strapi/strapi';
import { sectionOf } from '../domain/outputs/sections';
import { compilePattern, siteRoot } from '../domain/outputs/site-urls';
import { numberOr, type Row } from '../domain/site/rows';
import { pluginConfig } from '../plugin-config';
import { outputQueries } from './queries';

/** The documents the outputs name, and the page pattern of each in newsroom.config.site.paths. */
export type PageKind = 'article' | 'topic' | 'author';

/**
 * The site URL of each row of one list (rows of the kind's table with id, documentId, locale, slug), by row id;
 * a row of a locale the site has no pages for has none. An article's `{section}` is chosen by `sectionOf` from
 * its topics, read for the whole list at once. The configuration is read and each locale's pattern compiled once
 * a list: a 1,000-story news sitemap or a 1,000-row sitemap batch fills one pattern 1,000 times.
 */
export async function rowUrlsOf(
  strapi: Core.Strapi,
  kind: PageKind,
  rows: readonly Row[],
): Promise<Map<number, string>> {
  const urls = new Map<number, string>();
  if (rows.length === 0) return urls;
  const topics =
    kind === 'article'
      ? await outputQueries(strapi.db.connection, strapi.db.dialect.client).sectionTopicsOf(
          rows.map((row) => numberOr(row.id, NaN)),
        )
      : null;
  const { noSection, paths, url: base } = pluginConfig(strapi, 'site');
  const root = siteRoot(base);
  const fillers = new Map<string, ReturnType<typeof compilePattern> | null>();
  for (const row of rows) {
    const locale = String(row.locale);
    let fill = fillers.get(locale);
    if (fill === undefined) {
      const pattern = paths[kind][locale];
      fill = pattern === undefined ? null : compilePattern(pattern);
      fillers.set(locale, fill);
    }
    if (!fill) continue;
    const id = numberOr(row.id, NaN);
    const path = fill({
      locale,
      slug: String(row.slug),
      documentId: String(row.documentId),
      ...(topics ? { section: sectionOf(topics.get(id) ?? [], noSection[locale] ?? 'news') } : {}),
    });
    urls.set(id, root + path);
  }
  return urls;
}
