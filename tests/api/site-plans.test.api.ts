import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { countStatements, site } from '../helpers/site';
import { publicApi } from '../helpers/admin';
import { searchKeyFrom } from '../../src/plugins/newsroom/server/src/domain/content/search-key';
import { getService } from '../../src/plugins/newsroom/server/src/get-service';

/**
 * Query plans of the statements the site reads really run (captured over HTTP, then EXPLAINed with their
 * bindings), on a database with enough rows and fresh statistics that the planner's choice means something:
 * 3,000 documents (a draft and a published row each, in two locales) in 40 topics by 40 authors, among
 * 3,040 topics and authors.
 * PostgreSQL: EXPLAIN ANALYZE, no Seq Scan on articles, the read indexes named. SQLite: EXPLAIN QUERY PLAN,
 * no full SCAN of articles, the same indexes (bar the trigram one, which SQLite has no equivalent of).
 * The plans are written to artifacts/query-plans/<database>.txt.
 */
let app: TestStrapi;
let strapi: Core.Strapi;
let postgres: boolean;
const plans: string[] = [];

const DOCUMENTS = 3000;
const OWNERS = 40;
/** Topics and authors with no article, so that finding one by slug is a real lookup, not a small table. */
const FILLER = 3000;
const RARE_WORD = 'نادرةجدا';
/** A vocabulary of made-up words, each a few letters and a number. */
const WORDS = Array.from({ length: 400 }, (_, i) => `سطر${String.fromCharCode(0x0628 + (i % 20))}${i}`);

const textOf = (seed: number): string =>
  Array.from({ length: 300 }, (_, i) => WORDS[(seed * 31 + i * 17) % WORDS.length]).join(' ');

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  postgres = app.databaseLabel === 'postgres';
  const knex = strapi.db.connection;
  const now = Date.now();
  const owner = (i: number) => ({
    document_id: `owner${i}`,
    locale: 'ar',
    published_at: new Date(now),
    created_at: new Date(now),
    updated_at: new Date(now),
  });
  const owners = OWNERS + FILLER;
  await knex.batchInsert(
    'topics',
    Array.from({ length: owners }, (_, i) => ({ ...owner(i), name: `موضوع ${i}`, slug: `topic-${i}`, kind: 'topic' })),
    500,
  );
  await knex.batchInsert(
    'authors',
    Array.from({ length: owners }, (_, i) => ({ ...owner(i), name: `كاتب ${i}`, slug: `author-${i}` })),
    500,
  );
  const articles = Array.from({ length: DOCUMENTS * 2 }, (_, row) => {
    const doc = Math.floor(row / 2);
    const at = new Date(now - (DOCUMENTS - doc) * 60_000);
    return {
      document_id: `doc${doc}`,
      locale: doc % 3 === 0 ? 'en' : 'ar',
      title: `خبر ${doc}`,
      slug: `story-${doc}`,
      standfirst: `موجز ${doc}`,
      search_key: searchKeyFrom([textOf(doc), doc % 600 === 1 ? RARE_WORD : '']),
      word_count: 300,
      reading_time: 2,
      // Every document has a draft row and a published one, as Strapi keeps them.
      published_at: row % 2 === 1 ? at : null,
      created_at: at,
      updated_at: at,
    };
  });
  await knex.batchInsert('articles', articles, 500);
  // Ids read back rather than taken from the inserts (what an insert returns differs between drivers).
  const idsOf = async (table: string) =>
    new Map(
      ((await knex(table).select('id', 'document_id')) as Array<{ id: number; document_id: string }>).map((row) => [
        row.document_id,
        row.id,
      ]),
    );
  const [topics, authors] = [await idsOf('topics'), await idsOf('authors')];
  const rows = (await knex('articles').select('id', 'document_id').where('document_id', 'like', 'doc%')) as Array<{
    id: number;
    document_id: string;
  }>;
  const docOf = (row: { document_id: string }) => Number(row.document_id.slice(3));
  const link = (key: string, ids: Map<string, number>) =>
    rows.map((row) => ({
      article_id: row.id,
      [key]: ids.get(`owner${docOf(row) % OWNERS}`),
      [`${key.replace('_id', '')}_ord`]: 1,
      article_ord: 1,
    }));
  // Every story is also in one big section (topic-40), the case where a topic holds most of the archive.
  const section = topics.get(`owner${OWNERS}`);
  const inSection = rows.map((row) => ({ article_id: row.id, topic_id: section, topic_ord: 2, article_ord: 1 }));
  await knex.batchInsert('articles_topics_lnk', [...link('topic_id', topics), ...inSection], 500);
  await knex.batchInsert('articles_authors_lnk', link('author_id', authors), 500);
  // Fresh statistics (and, on PostgreSQL, the visibility map that index-only scans rely on).
  await knex.raw(postgres ? 'VACUUM ANALYZE' : 'ANALYZE');
});
afterAll(async () => {
  const file = path.join(__dirname, '..', '..', 'artifacts', 'query-plans', `${app?.databaseLabel ?? 'unknown'}.txt`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, plans.join('\n\n'));
  await app?.teardown();
});

/** The plan of the statement of a request whose SQL matches `pattern`, run with its own bindings. */
const planOf = async (label: string, request: () => ReturnType<typeof site>, pattern: RegExp): Promise<string> => {
  const counted = await countStatements(strapi, request);
  expect(counted.response.status).toBe(200);
  const index = counted.statements.findIndex((sql) => pattern.test(sql));
  expect(index).toBeGreaterThanOrEqual(0);
  // knex reports PostgreSQL statements with their native $1, $2… placeholders; knex.raw wants `?`.
  const sql = counted.statements[index].replace(/\$\d+/g, '?');
  const bindings = counted.bindings[index];
  const knex = strapi.db.connection;
  const plan = postgres
    ? (
        (await knex.raw(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${sql}`, bindings as never[]))
          .rows as Array<{ 'QUERY PLAN': string }>
      )
        .map((row) => row['QUERY PLAN'])
        .join('\n')
    : ((await knex.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings as never[])) as Array<{ detail: string }>)
        .map((row) => row.detail)
        .join('\n');
  plans.push(`-- ${label}\n${sql}\n${plan}`);
  return plan;
};

/** No full read of the articles table, on either database. */
const expectNoFullScanOfArticles = (plan: string) => {
  expect(plan).not.toMatch(postgres ? /Seq Scan on articles\b/ : /^SCAN (a|articles)\b/m);
};

describe('query plans of the site reads', () => {
  it('latest in a topic: from the topic link rows, no scan of articles', async () => {
    const plan = await planOf(
      'latest in a topic',
      () => site(strapi, 'ar/topics/topic-7/articles', { page: '2' }),
      /from .articles_topics_lnk. as .l. inner join .articles./,
    );
    expect(plan).toContain('articles_topics_lnk_topic_article_idx');
    expectNoFullScanOfArticles(plan);
  });

  it('latest in a section holding every story: no sort of its links, and the same pages', async () => {
    // PostgreSQL's planner turns the join round by itself; SQLite is given the walk over the date index as a
    // query of its own (site-queries.ts latestOf), since it sorts a big owner's links whenever its statistics
    // make the owner look small.
    const shape = postgres
      ? /from .articles_topics_lnk. as .l. inner join .articles./
      : /from .articles. as .a. where exists \(select 1 from .articles_topics_lnk. as .l./;
    const plan = await planOf(
      'latest in a big section',
      () => site(strapi, `ar/topics/topic-${OWNERS}/articles`),
      shape,
    );
    expectNoFullScanOfArticles(plan);
    if (postgres) {
      expect(plan).toMatch(/articles_topics_lnk_topic_article_idx|articles_locale_published_live_idx/);
    } else {
      expect(plan).toContain('articles_locale_published_live_idx');
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
    // Newest first in the locale, page after page: every third document is English.
    const arabicNewestFirst = Array.from({ length: DOCUMENTS }, (_, i) => DOCUMENTS - 1 - i).filter(
      (doc) => doc % 3 !== 0,
    );
    for (const page of [1, 2]) {
      const response = await site(strapi, `ar/topics/topic-${OWNERS}/articles`, { page: String(page) });
      expect(response.body.data.map((item: { title: string }) => item.title)).toEqual(
        arabicNewestFirst.slice((page - 1) * 20, page * 20).map((doc) => `خبر ${doc}`),
      );
      expect(response.body.meta.pagination.hasMore).toBe(true);
    }
  });

  it("an author's latest: from the author link rows", async () => {
    const plan = await planOf(
      'latest by an author',
      () => site(strapi, 'ar/authors/author-7/articles'),
      /from .articles_authors_lnk. as .l. inner join .articles./,
    );
    if (postgres) {
      // PostgreSQL weighs two plans by its statistics: the author's link rows, or the newest published rows
      // (the calendar's published_at index, or the locale one) with an index probe of the link per row.
      expect(plan).toMatch(
        /articles_authors_lnk_author_article_idx|Index Scan Backward using articles_(locale_published|published_at_live)_idx/,
      );
    } else {
      expect(plan).toContain('articles_authors_lnk_author_article_idx');
    }
    expectNoFullScanOfArticles(plan);
  });

  it('article by slug: the slug index', async () => {
    const plan = await planOf(
      'article by slug',
      () => site(strapi, 'ar/articles/story-1001'),
      // With its cover and its other language versions joined (the seo block, site/queries.ts).
      /from .articles. as .a. left join .files_related_mph. as .cm./,
    );
    expect(plan).toContain('articles_slug_locale_published_idx');
    expectNoFullScanOfArticles(plan);
    // The other versions are found by document, never by a walk of the table.
    expect(plan).not.toMatch(/^SCAN v\b|Seq Scan on articles v\b/m);
  });

  it("an article's corrections: the corrections table's document index", async () => {
    // Many stories corrected, so that the plan is a real lookup (the table is written around its lifecycle here:
    // the test only reads it).
    const at = Date.now();
    await strapi.db.connection.batchInsert(
      'newsroom_article_corrections',
      Array.from({ length: DOCUMENTS }, (_, i) => ({
        document_id: `correction${i}`,
        target_document_id: `doc${i}`,
        locale: 'ar',
        kind: i % 3 === 0 ? 'silent' : 'correction',
        note: i % 3 === 0 ? null : `تصحيح ${i}`,
        at: new Date(at - i * 1000),
        actor_id: '1',
        hash: 'h',
        workflow_version: 1,
        created_at: new Date(at),
        updated_at: new Date(at),
        published_at: new Date(at),
      })),
      500,
    );
    await strapi.db.connection.raw('ANALYZE newsroom_article_corrections');
    const plan = await planOf(
      'corrections of an article',
      () => site(strapi, 'ar/articles/story-1001'),
      /from .newsroom_article_corrections. as .c./,
    );
    expect(plan).toContain('newsroom_article_corrections_document_idx');
  });

  it('a topic and an author by slug: their slug indexes', async () => {
    expect(await planOf('topic by slug', () => site(strapi, 'ar/topics/topic-7'), /from .topics. as .o./)).toContain(
      'topics_slug_locale_idx',
    );
    expect(
      await planOf('author by slug', () => site(strapi, 'ar/authors/author-7'), /from .authors. as .o./),
    ).toContain('authors_slug_locale_idx');
  });

  it('search: the trigram index on PostgreSQL, the locale index newest first on SQLite', async () => {
    const rare = await planOf('search, a rare word', () => site(strapi, 'ar/search', { q: RARE_WORD }), /search_key/);
    expect(rare).toContain(postgres ? 'articles_search_key_trgm_idx' : 'articles_locale_published_live_idx');
    expectNoFullScanOfArticles(rare);
    const common = await planOf(
      'search, a common word',
      () => site(strapi, 'ar/search', { q: WORDS[3] }),
      /search_key/,
    );
    expectNoFullScanOfArticles(common);
  });

  it('the news sitemap: the window from its covering index, its topic links from the link index alone', async () => {
    const news = () => publicApi(strapi).get('/api/newsroom/sitemaps/news.xml').query({ locale: 'ar' });
    const window = await planOf('news sitemap window', news, /union all/);
    expectNoFullScanOfArticles(window);
    // SQLite: both ranges from the index alone, no article row read.
    if (!postgres) expect(window.match(/COVERING INDEX articles_news_window_idx/g)).toHaveLength(2);
    const links = await planOf('news sitemap topic links', news, /from .articles_topics_lnk. where/);
    // SQLite: the link rows in the editors' order from the index, no table read and no sort. (PostgreSQL reads
    // this fixture's small link table whole, a sixth of it being asked for.)
    if (!postgres) expect(links).toMatch(/COVERING INDEX articles_topics_lnk_article_order_idx/);
  });

  it('the news sitemap without its window index (dropped under the running app): the same answer, read the slower way', async () => {
    const news = () => publicApi(strapi).get('/api/newsroom/sitemaps/news.xml');
    const before = await news();
    expect(before.status).toBe(200);
    expect(before.text).toContain('<url>');
    await strapi.db.connection.raw('DROP INDEX IF EXISTS "articles_news_window_idx"');
    try {
      const without = await news();
      expect(without.status).toBe(200);
      expect(without.text).toBe(before.text);
    } finally {
      await getService(strapi, 'readIndexes').ensure();
    }
    expect((await news()).text).toBe(before.text);
  });

  it("a page's authors: one IN query over the link table's article index", async () => {
    const plan = await planOf(
      'authors of a page',
      () => site(strapi, 'ar/topics/topic-7/articles'),
      /from .articles_authors_lnk. as .l. inner join .authors./,
    );
    expect(plan).toMatch(/articles_authors_lnk_(fk|uq)/);
  });
});
