import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';

let app: TestStrapi;
let strapi: Core.Strapi;

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  // Enough rows, and fresh statistics, for the planners to choose on selectivity rather than guess.
  const now = new Date();
  const rows = Array.from({ length: 3000 }, (_, i) => ({
    document_id: `doc${i}`,
    title: `title ${i}`,
    slug: `slug-${i}`,
    source_url: `https://example.org/story/${i}`,
    content_hash: `hash${i}`,
    locale: ['ar', 'en', 'fr'][i % 3],
    published_at: i % 2 === 0 ? now : null,
    created_at: now,
    updated_at: now,
  }));
  await strapi.db.connection.batchInsert('articles', rows, 500);
  await strapi.db.connection.raw('ANALYZE');
});
afterAll(async () => app?.teardown());

const planOf = async (sql: string, bindings: string[]): Promise<string> => {
  const knex = strapi.db.connection;
  if (app.databaseLabel === 'postgres') {
    return knex.transaction(async (trx) => {
      const result = await trx.raw(`EXPLAIN ${sql}`, bindings);
      return (result.rows as Array<{ 'QUERY PLAN': string }>).map((row) => row['QUERY PLAN']).join('\n');
    });
  }
  const rows = (await knex.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings)) as Array<{ detail: string }>;
  return rows.map((row) => row.detail).join('\n');
};

describe('indexes for the hot public reads', () => {
  it('exist after boot, from the database/migrations file', async () => {
    for (const name of strapi.plugin('newsroom').service('readIndexes').names() as string[]) {
      const exists =
        app.databaseLabel === 'postgres'
          ? (await strapi.db.connection.raw('SELECT 1 FROM pg_indexes WHERE indexname = ?', [name])).rows.length
          : (
              (await strapi.db.connection.raw("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", [
                name,
              ])) as unknown[]
            ).length;
      expect({ name, exists }).toEqual({ name, exists: 1 });
    }
  });

  it('serve an article by slug and locale', async () => {
    const plan = await planOf('SELECT id FROM articles WHERE slug = ? AND locale = ? AND published_at IS NOT NULL', [
      'x',
      'ar',
    ]);
    expect(plan).toContain('articles_slug_locale_published_idx');
  });

  it('serve the latest published articles in a locale', async () => {
    const plan = await planOf(
      'SELECT id FROM articles WHERE locale = ? AND published_at IS NOT NULL ORDER BY published_at DESC LIMIT 20',
      ['ar'],
    );
    // PostgreSQL may as well walk the calendar's published_at index newest first and filter the locale.
    expect(plan).toMatch(
      app.databaseLabel === 'postgres'
        ? /articles_(locale_published|published_at)_live_idx/
        : /articles_locale_published_live_idx/,
    );
  });

  it("serve the wire import's repeat check by source URL and by content hash", async () => {
    const draft = 'AND locale = ? AND published_at IS NULL';
    expect(
      await planOf(`SELECT id FROM articles WHERE source_url = ? ${draft}`, ['https://example.org/story/7', 'ar']),
    ).toContain('articles_source_url_idx');
    expect(await planOf(`SELECT id FROM articles WHERE content_hash = ? ${draft}`, ['hash7', 'ar'])).toContain(
      'articles_content_hash_idx',
    );
  });
});
