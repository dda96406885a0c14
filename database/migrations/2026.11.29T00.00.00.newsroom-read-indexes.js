'use strict';

/**
 * Indexes for the hot public reads (Strapi creates none for uid fields, and only single-column ones on link tables):
 *  - an article by slug and locale:            articles (slug, locale, published_at)
 *  - the latest published articles in a locale: articles (locale, published_at)
 *  - the news sitemap's window (published in the last two days, and not an older story imported today):
 *    articles (locale, original_published_at, published_at), two ranges, covering what the sitemap shows
 *    (document_id, slug, title): the rows come from the index alone. Reading them from the table cost 3 ms of a
 *    1,000-story sitemap's SQL on SQLite (one table page or more per article, its body beside it), 0.3 ms from
 *    the index. PostgreSQL gets them as INCLUDE columns (varchar(255) each: far inside a B-tree entry's limit).
 *  - a topic or author page by slug and locale: topics (slug, locale), authors (slug, locale)
 *  - the latest in a topic or by an author: the site reads start from the link rows of one topic or author;
 *    (topic_id, article_id) and (author_id, article_id) hand them the article ids from the index alone
 *    (Strapi's own index on topic_id / author_id would make each link row a table read too).
 *  - the topics of many articles at once, in the editors' order (the sitemaps' and feeds' `{section}`):
 *    (article_id, topic_ord, topic_id) hands them the link rows from the index alone (Strapi's index on
 *    article_id alone makes each of a 1,000-story news sitemap's 1,700 link rows a table read too).
 *  - the wire import's repeat check: articles (source_url, locale), articles (content_hash, locale); without
 *    them each story of an archive load reads every article row.
 * Plain SQL with IF NOT EXISTS: the same statements work on SQLite and PostgreSQL, and running them twice is
 * harmless. Strapi runs user migrations before it creates tables, so on a fresh database the tables are not
 * there yet; the newsroom plugin calls `up` again after the schema sync (setup/read-indexes.ts).
 */
/**
 * The indexes with published_at in them cover published rows only. Every document has a draft row (published_at
 * NULL): half the table. SQLite's statistics (sqlite_stat1) average the rows per value, so a full index with
 * published_at looked highly selective for `published_at IS NULL`; after an ANALYZE (the archive import runs one)
 * SQLite skip-scanned (locale, published_at) for every draft read, e.g. the planning calendar's planned and
 * embargoed drafts (65-90 ms each with the archive) instead of the planned_at, embargo_until or document_id
 * index. Every published read has a term that implies NOT NULL (IS NOT NULL, a range), so both databases use
 * these for it.
 */
const PUBLISHED_ONLY = '"published_at" IS NOT NULL';

const INDEXES = [
  { name: 'articles_slug_locale_published_idx', table: 'articles', columns: ['slug', 'locale', 'published_at'] },
  {
    name: 'articles_locale_published_live_idx',
    table: 'articles',
    columns: ['locale', 'published_at'],
    where: PUBLISHED_ONLY,
  },
  {
    name: 'articles_news_window_idx',
    table: 'articles',
    columns: ['locale', 'original_published_at', 'published_at'],
    include: ['id', 'document_id', 'slug', 'title'],
    where: PUBLISHED_ONLY,
  },
  { name: 'topics_slug_locale_idx', table: 'topics', columns: ['slug', 'locale'] },
  { name: 'authors_slug_locale_idx', table: 'authors', columns: ['slug', 'locale'] },
  { name: 'articles_topics_lnk_topic_article_idx', table: 'articles_topics_lnk', columns: ['topic_id', 'article_id'] },
  {
    name: 'articles_authors_lnk_author_article_idx',
    table: 'articles_authors_lnk',
    columns: ['author_id', 'article_id'],
  },
  {
    name: 'articles_topics_lnk_article_order_idx',
    table: 'articles_topics_lnk',
    columns: ['article_id', 'topic_ord', 'topic_id'],
  },
  { name: 'articles_source_url_idx', table: 'articles', columns: ['source_url', 'locale'] },
  { name: 'articles_content_hash_idx', table: 'articles', columns: ['content_hash', 'locale'] },
  // The planning calendar's month (calendar/service.ts): each kind of time in a range, on its own column.
  { name: 'articles_planned_at_idx', table: 'articles', columns: ['planned_at'] },
  { name: 'articles_embargo_until_idx', table: 'articles', columns: ['embargo_until'] },
  { name: 'articles_published_at_live_idx', table: 'articles', columns: ['published_at'], where: PUBLISHED_ONLY },
];

/** Indexes of earlier versions that the ones above replace (dropped by `up`). */
const REPLACED = ['articles_locale_published_idx', 'articles_locale_original_published_idx'];

/**
 * PostgreSQL only: the Arabic search is a substring match on the folded search key (`LIKE '%term%'`), which no
 * B-tree serves; a trigram index does. Partial (published rows only), since only the public search uses it.
 * SQLite has no equivalent: there the search walks articles_locale_published_live_idx newest first and stops at a page.
 */
const POSTGRES_INDEXES = [
  {
    name: 'articles_search_key_trgm_idx',
    table: 'articles',
    extension: 'pg_trgm',
    definition: 'USING gin ("search_key" gin_trgm_ops) WHERE "published_at" IS NOT NULL',
  },
];

const isPostgres = (knex) => knex.client.dialect === 'postgresql';

/** The indexes this database gets (the PostgreSQL ones only there). */
const indexesFor = (knex) => [...INDEXES, ...(isPostgres(knex) ? POSTGRES_INDEXES : [])];

/**
 * Whether the extension is there or can be made without failing: a failed CREATE EXTENSION would abort a
 * migration transaction. pg_trgm is a trusted extension (PostgreSQL 13+): a user allowed to create objects in
 * the database may install it; without it the search still works, on the locale index.
 */
async function extensionReady(knex, name) {
  const result = await knex.raw(
    `SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = ?) AS installed,
            EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = ?) AS available,
            has_database_privilege(current_database(), 'CREATE') AS can_create`,
    [name, name],
  );
  const row = result.rows[0];
  if (row.installed) return true;
  if (!row.available || !row.can_create) return false;
  await knex.raw(`CREATE EXTENSION IF NOT EXISTS ${name}`);
  return true;
}

const quoted = (columns) => columns.map((column) => `"${column}"`).join(', ');

/**
 * What an index holds beyond its keys (`include`): INCLUDE columns on PostgreSQL, trailing key columns on SQLite,
 * which has no INCLUDE (its rowid, `id`, is in every index already).
 */
function columnsOf(knex, index) {
  const include = index.include ?? [];
  if (include.length === 0) return `(${quoted(index.columns)})`;
  if (isPostgres(knex)) return `(${quoted(index.columns)}) INCLUDE (${quoted(include)})`;
  return `(${quoted([...index.columns, ...include.filter((column) => column !== 'id')])})`;
}

async function up(knex) {
  for (const name of REPLACED) await knex.raw(`DROP INDEX IF EXISTS "${name}"`);
  for (const index of INDEXES) {
    if (!(await knex.schema.hasTable(index.table))) continue;
    const where = index.where ? ` WHERE ${index.where}` : '';
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${index.name}" ON "${index.table}" ${columnsOf(knex, index)}${where}`);
  }
  if (!isPostgres(knex)) return;
  for (const index of POSTGRES_INDEXES) {
    if (!(await knex.schema.hasTable(index.table)) || !(await extensionReady(knex, index.extension))) continue;
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${index.name}" ON "${index.table}" ${index.definition}`);
  }
}

async function down(knex) {
  for (const index of indexesFor(knex)) await knex.raw(`DROP INDEX IF EXISTS "${index.name}"`);
}

module.exports = { up, down, INDEXES, POSTGRES_INDEXES, indexesFor };
