import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { countStatements, site, siteFixtures, type Made } from '../helpers/site';

/**
 * The query budget of the site reads: the SQL statements a request runs (knex's `query` event) do not depend
 * on how many articles a page holds or how many relations each has, and none is a count or a DISTINCT.
 * "Own" statements are the request's minus those of a request refused before the controller reads anything
 * (users-permissions' lookup of the Public role's permission), which every public request pays.
 */
let app: TestStrapi;
let strapi: Core.Strapi;
const made: Record<string, Made> = {};

/** Statements each read issues itself (site/reads.ts). */
const OWN = { article: 5, list: 3, topicPage: 4, authorPage: 3, search: 2 };

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  const make = siteFixtures(strapi);
  made.busy = await make.author('كاتب غزير');
  made.rare = await make.author('كاتب مقل');
  made.second = await make.author('كاتب مشارك');
  made.agency = await make.source('وكالة الأنباء');
  made.big = await make.topic('موضوع كبير', { kind: 'section' });
  made.child = await make.topic('موضوع فرعي', { parent: made.big.documentId });
  made.small = await make.topic('موضوع صغير');
  // One story with one relation of each, one with several.
  made.single = await make.article('قصة منفردة نادرة', {
    topics: [made.small.documentId],
    authors: [made.rare.documentId],
  });
  await make.publish(made.single.documentId);
  for (let i = 1; i <= 21; i++) {
    const story = await make.article(`قصة متكررة ${i}`, {
      topics: [made.big.documentId, made.child.documentId],
      authors: [made.busy.documentId, made.second.documentId],
      sources: [made.agency.documentId],
    });
    await make.publish(story.documentId);
    if (i === 1) made.full = story;
  }
  // Background work started by the publishes (webhook outbox) settles before anything is counted.
  await new Promise((resolve) => setTimeout(resolve, 1000));
});
afterAll(async () => app?.teardown());

const own = async (path: string, query: Record<string, string> = {}) => {
  const baseline = await countStatements(strapi, () => site(strapi, 'ar/search', { q: 'x', populate: '*' }));
  expect(baseline.response.status).toBe(400);
  const counted = await countStatements(strapi, () => site(strapi, path, query));
  expect(counted.response.status).toBe(200);
  // The Public role check comes first and is the same for every request; what follows is the read's own.
  expect(counted.statements.slice(0, baseline.statements.length)).toEqual(baseline.statements);
  const statements = counted.statements.slice(baseline.statements.length);
  for (const sql of statements) expect(sql).not.toMatch(/\bcount\s*\(|\bdistinct\b/i);
  // SHOW_SQL=1 prints each read's statements (the report of the query budget quotes them).
  if (process.env.SHOW_SQL) console.log(path, baseline.statements, statements);
  return { count: statements.length, items: counted.response.body.data, statements };
};
const itemsOf = (data: { articles?: unknown[] } | unknown[]) =>
  (Array.isArray(data) ? data : (data.articles ?? [])).length;

describe('SQL statements per site read', () => {
  it('article by slug: 5, with one relation of each or several', async () => {
    const single = await own(`ar/articles/${made.single.slug}`);
    const full = await own(`ar/articles/${made.full.slug}`);
    expect(full.items.authors).toHaveLength(2);
    expect([single.count, full.count]).toEqual([OWN.article, OWN.article]);
  });

  it("a topic's or an author's list: 3, for 1 article or 20", async () => {
    const counts = [
      await own(`ar/topics/${made.small.slug}/articles`),
      await own(`ar/topics/${made.big.slug}/articles`),
      await own(`ar/topics/${made.big.slug}/articles`, { page: '2' }),
      await own(`ar/authors/${made.rare.slug}/articles`),
      await own(`ar/authors/${made.busy.slug}/articles`),
    ];
    expect(counts.map((count) => itemsOf(count.items))).toEqual([1, 20, 1, 1, 20]);
    expect(counts.map((count) => count.count)).toEqual(counts.map(() => OWN.list));
  });

  it('topic page: 4 and author page: 3, for 1 article or 20', async () => {
    const topics = [await own(`ar/topics/${made.small.slug}`), await own(`ar/topics/${made.big.slug}`)];
    expect(topics.map((count) => itemsOf(count.items))).toEqual([1, 20]);
    expect(topics.map((count) => count.count)).toEqual([OWN.topicPage, OWN.topicPage]);
    const authors = [await own(`ar/authors/${made.rare.slug}`), await own(`ar/authors/${made.busy.slug}`)];
    expect(authors.map((count) => itemsOf(count.items))).toEqual([1, 20]);
    expect(authors.map((count) => count.count)).toEqual([OWN.authorPage, OWN.authorPage]);
  });

  it('search: 2, for 1 result or 20', async () => {
    const searches = [await own('ar/search', { q: 'منفردة' }), await own('ar/search', { q: 'متكررة' })];
    expect(searches.map((count) => itemsOf(count.items))).toEqual([1, 20]);
    expect(searches.map((count) => count.count)).toEqual([OWN.search, OWN.search]);
  });

  it("costs the whole request the read's own statements and one permission lookup", async () => {
    const whole = await countStatements(strapi, () => site(strapi, `ar/topics/${made.big.slug}`));
    expect(whole.statements.length).toBe(OWN.topicPage + 1);
  });
});
