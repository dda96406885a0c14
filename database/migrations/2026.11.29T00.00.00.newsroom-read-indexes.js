'use strict';

/**
 * Indexes for the two hot public reads (Strapi creates none for uid fields):
 *  - an article by slug and locale:            articles (slug, locale, published_at)
 *  - the latest published articles in a locale (and topic, through the link table, which Strapi indexes):
 *                                              articles (locale, published_at)
 * Plain SQL with IF NOT EXISTS: the same statements work on SQLite and PostgreSQL, and running them twice is
 * harmless. Strapi runs user migrations before it creates tables, so on a fresh database the tables are not
 * there yet; the newsroom plugin calls `up` again after the schema sync (services/read-indexes.ts).
 */
const INDEXES = [
  { name: 'articles_slug_locale_published_idx', table: 'articles', columns: ['slug', 'locale', 'published_at'] },
  { name: 'articles_locale_published_idx', table: 'articles', columns: ['locale', 'published_at'] },
];

async function up(knex) {
  for (const index of INDEXES) {
    if (!(await knex.schema.hasTable(index.table))) continue;
    const columns = index.columns.map((column) => `"${column}"`).join(', ');
    await knex.raw(`CREATE INDEX IF NOT EXISTS "${index.name}" ON "${index.table}" (${columns})`);
  }
}

async function down(knex) {
  for (const index of INDEXES) await knex.raw(`DROP INDEX IF EXISTS "${index.name}"`);
}

module.exports = { up, down, INDEXES };
