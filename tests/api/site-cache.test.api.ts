import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { ARTICLE, AUTHOR, TOPIC, site, siteFixtures, type Made } from '../helpers/site';

/**
 * The site reads in the public response cache: cached like the core routes, and evicted exactly by the
 * writes that change them — a story published in a topic evicts that topic's pages and its author's, not
 * another topic's. The store is this process's memory (the tags are the same in Redis: cache.test.api.ts).
 */
let app: TestStrapi;
let strapi: Core.Strapi;
const made: Record<string, Made> = {};
let make: ReturnType<typeof siteFixtures>;

const cacheState = async (path: string, query: Record<string, string> = {}) =>
  (await site(strapi, path, query)).headers['x-cache'];
/** Reads each page twice, so the second is served from the cache. */
const warm = async (paths: string[]) => {
  for (const path of paths) await site(strapi, path);
  for (const path of paths) expect({ path, state: await cacheState(path) }).toEqual({ path, state: 'HIT' });
};

beforeAll(async () => {
  app = await startTestStrapi({ NEWSROOM_CACHE: 'true', REDIS_URL: '' });
  strapi = app.strapi;
  make = siteFixtures(strapi);
  made.writer = await make.author('كاتبة الذاكرة');
  made.section = await make.topic('قسم الذاكرة', { kind: 'section' });
  made.topic = await make.topic('موضوع الذاكرة', { parent: made.section.documentId });
  made.other = await make.topic('موضوع آخر');
  made.story = await make.article('خبر أول في الذاكرة', {
    topics: [made.topic.documentId],
    authors: [made.writer.documentId],
  });
  await make.publish(made.story.documentId);
  made.elsewhere = await make.article('خبر في موضوع آخر', { topics: [made.other.documentId] });
  await make.publish(made.elsewhere.documentId);
});
afterAll(async () => app?.teardown());

describe('site reads in the public response cache', () => {
  it('serves a repeat read from the cache, with an ETag and 304 for a client that has it', async () => {
    const first = await site(strapi, `ar/articles/${made.story.slug}`);
    expect(first.headers['x-cache']).toBe('MISS');
    const second = await site(strapi, `ar/articles/${made.story.slug}`);
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.body).toEqual(first.body);
    const revalidated = await site(strapi, `ar/articles/${made.story.slug}`).set('If-None-Match', first.headers.etag);
    expect(revalidated.status).toBe(304);
  });

  it("evicts the topic's pages, the author's and searches when a story is published in the topic, and nothing else", async () => {
    const affected = [
      `ar/topics/${made.topic.slug}/articles`,
      `ar/topics/${made.topic.slug}`,
      `ar/authors/${made.writer.slug}`,
      `ar/authors/${made.writer.slug}/articles`,
    ];
    const untouched = [`ar/topics/${made.other.slug}/articles`, `ar/articles/${made.elsewhere.slug}`];
    await warm([...affected, ...untouched]);
    await site(strapi, 'ar/search', { q: 'الذاكرة' });
    const fresh = await make.article('خبر جديد في الذاكرة', {
      topics: [made.topic.documentId],
      authors: [made.writer.documentId],
    });
    await make.publish(fresh.documentId);
    for (const path of affected) {
      const response = await site(strapi, path);
      expect({ path, state: response.headers['x-cache'] }).toEqual({ path, state: 'MISS' });
      const items = Array.isArray(response.body.data) ? response.body.data : response.body.data.articles;
      expect(items[0].title).toBe('خبر جديد في الذاكرة');
    }
    const search = await site(strapi, 'ar/search', { q: 'الذاكرة' });
    expect(search.headers['x-cache']).toBe('MISS');
    expect(search.body.data.map((item: { title: string }) => item.title)).toContain('خبر جديد في الذاكرة');
    for (const path of untouched) expect({ path, state: await cacheState(path) }).toEqual({ path, state: 'HIT' });

    await strapi
      .plugin('newsroom')
      .service('workflow')
      .asSystem(() => strapi.documents(ARTICLE).unpublish({ documentId: fresh.documentId, locale: 'ar' }));
    const after = await site(strapi, `ar/topics/${made.topic.slug}/articles`);
    expect(after.body.data.map((item: { title: string }) => item.title)).toEqual(['خبر أول في الذاكرة']);
  });

  it("evicts every page showing an author's name when it changes", async () => {
    const pages = [`ar/articles/${made.story.slug}`, `ar/topics/${made.topic.slug}/articles`];
    await warm(pages);
    await strapi
      .documents(AUTHOR)
      .update({ documentId: made.writer.documentId, locale: 'ar', data: { name: 'كاتبة باسم جديد' } });
    // The rename is a draft until an Editor publishes it: the pages keep the published name meanwhile.
    expect((await site(strapi, pages[0])).body.data.authors[0].name).not.toBe('كاتبة باسم جديد');
    await strapi.documents(AUTHOR).publish({ documentId: made.writer.documentId, locale: 'ar' });
    const article = await site(strapi, pages[0]);
    expect(article.headers['x-cache']).toBe('MISS');
    expect(article.body.data.authors[0].name).toBe('كاتبة باسم جديد');
    const list = await site(strapi, pages[1]);
    expect(list.headers['x-cache']).toBe('MISS');
    expect(list.body.data[0].authors[0].name).toBe('كاتبة باسم جديد');
  });

  it("evicts a section's page when a topic is published under it (a draft topic changes nothing public)", async () => {
    await warm([`ar/topics/${made.section.slug}`]);
    const draft = await strapi
      .documents(TOPIC)
      .create({ locale: 'ar', data: { name: 'موضوع فرعي جديد', kind: 'topic', parent: made.section.documentId } });
    const before = await site(strapi, `ar/topics/${made.section.slug}`);
    expect(before.headers['x-cache']).toBe('HIT');
    expect(before.body.data.children.map((child: { name: string }) => child.name)).toEqual(['موضوع الذاكرة']);
    await strapi.documents(TOPIC).publish({ documentId: draft.documentId, locale: 'ar' });
    const page = await site(strapi, `ar/topics/${made.section.slug}`);
    expect(page.headers['x-cache']).toBe('MISS');
    expect(page.body.data.children.map((child: { name: string }) => child.name)).toEqual([
      'موضوع الذاكرة',
      'موضوع فرعي جديد',
    ]);
  });

  it('never caches a 404 or a refused request', async () => {
    for (const [path, query, status] of [
      ['ar/articles/لا-يوجد', {}, 404],
      [`ar/articles/${made.story.slug}`, { populate: '*' }, 400],
    ] as const) {
      expect((await site(strapi, path, query)).status).toBe(status);
      const again = await site(strapi, path, query);
      expect({ status: again.status, cache: again.headers['x-cache'] }).toEqual({ status, cache: undefined });
    }
  });
});
