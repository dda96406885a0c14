import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { paragraphs, publicApi } from '../helpers/admin';
import { ARTICLE_UID, AUTHOR_UID } from '../../src/plugins/newsroom/core/model';

/** The shared store, as production runs it (Redis is on 127.0.0.1:6379 here and in CI). */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';

let app: TestStrapi;
let strapi: Core.Strapi;
let authorId: string;
const slugs: Record<'a' | 'b', string> = { a: '', b: '' };
const ids: Record<'a' | 'b', string> = { a: '', b: '' };

const workflow = () => strapi.plugin('newsroom').service('workflow');
const publishedArticle = async (title: string) => {
  const created = await strapi
    .documents(ARTICLE_UID)
    .create({ locale: 'ar', data: { title, body: paragraphs('نص'), authors: [authorId] } });
  await workflow().publishAsSystem(created.documentId, ['ar'], 'system:test');
  const row = (await strapi.db
    .query(ARTICLE_UID)
    .findOne({ where: { documentId: created.documentId, locale: 'ar' }, select: ['slug'] })) as { slug: string };
  return { documentId: created.documentId, slug: row.slug };
};
const bySlug = (slug: string, headers: Record<string, string> = {}) =>
  publicApi(strapi)
    .get('/api/articles')
    .query({ locale: 'ar', 'filters[slug][$eq]': slug, 'populate[authors][fields][0]': 'name' })
    .set(headers);
/** Edits the published story and publishes the edit, the way the workflow does. */
const republish = async (documentId: string, title: string) => {
  await strapi.documents(ARTICLE_UID).update({ documentId, locale: 'ar', data: { title } });
  await workflow().publishAsSystem(documentId, ['ar'], 'system:test');
};

beforeAll(async () => {
  app = await startTestStrapi({ NEWSROOM_CACHE: 'true', REDIS_URL });
  strapi = app.strapi;
  await strapi.plugin('newsroom').service('responseCache').clear();
  const author = await strapi
    .documents(AUTHOR_UID)
    .create({ locale: 'ar', status: 'published', data: { name: 'كاتب الذاكرة المؤقتة' } });
  authorId = author.documentId;
  const a = await publishedArticle('الخبر الأول في الذاكرة المؤقتة');
  const b = await publishedArticle('الخبر الثاني في الذاكرة المؤقتة');
  Object.assign(ids, { a: a.documentId, b: b.documentId });
  Object.assign(slugs, { a: a.slug, b: b.slug });
});
afterAll(async () => app?.teardown());

describe('the public response cache (Redis)', () => {
  it('uses Redis', () => {
    expect(strapi.plugin('newsroom').service('responseCache').kind()).toBe('redis');
  });

  it('serves a repeat read from the cache with the same ETag, and 304 to a client that has it', async () => {
    const first = await bySlug(slugs.a);
    expect(first.status).toBe(200);
    expect(first.headers['x-cache']).toBe('MISS');
    expect(first.headers['cache-control']).toBe('public, max-age=0, s-maxage=10, stale-while-revalidate=60');
    const second = await bySlug(slugs.a);
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.body).toEqual(first.body);
    expect(second.body.data[0]).toMatchObject({ dir: 'rtl', authors: [{ name: 'كاتب الذاكرة المؤقتة' }] });
    const revalidated = await bySlug(slugs.a, { 'If-None-Match': first.headers.etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text ?? '').toBe('');
  });

  it('shows a published correction at once, and keeps pages the change does not touch', async () => {
    await bySlug(slugs.a);
    await bySlug(slugs.b);
    expect((await bySlug(slugs.b)).headers['x-cache']).toBe('HIT');
    await republish(ids.a, 'الخبر الأول بعد التصحيح');
    const corrected = await bySlug(slugs.a);
    expect(corrected.headers['x-cache']).toBe('MISS');
    expect(corrected.body.data[0].title).toBe('الخبر الأول بعد التصحيح');
    // Exact: the other story's page was not evicted by this publish.
    expect((await bySlug(slugs.b)).headers['x-cache']).toBe('HIT');
  });

  it('evicts the lists and the author page a newly published story appears on', async () => {
    const list = () =>
      publicApi(strapi).get('/api/articles').query({ locale: 'ar', sort: 'publishedAt:desc', 'fields[0]': 'title' });
    const authorPage = () =>
      publicApi(strapi)
        .get(`/api/authors/${authorId}`)
        .query({ locale: 'ar', 'populate[articles][fields][0]': 'title' });
    await list();
    await authorPage();
    expect((await list()).headers['x-cache']).toBe('HIT');
    expect((await authorPage()).headers['x-cache']).toBe('HIT');
    const fresh = await publishedArticle('خبر جديد يظهر في القوائم');
    const listed = await list();
    expect(listed.headers['x-cache']).toBe('MISS');
    expect(listed.body.data[0].title).toBe('خبر جديد يظهر في القوائم');
    const page = await authorPage();
    expect(page.headers['x-cache']).toBe('MISS');
    expect(page.body.data.articles.map((article: { title: string }) => article.title)).toContain(
      'خبر جديد يظهر في القوائم',
    );
    await workflow().asSystem(() =>
      strapi.documents(ARTICLE_UID).unpublish({ documentId: fresh.documentId, locale: 'ar' }),
    );
    expect((await list()).body.data.map((article: { title: string }) => article.title)).not.toContain(
      'خبر جديد يظهر في القوائم',
    );
  });

  it('never caches a signed-in request, a refused draft request or a missing document', async () => {
    const token = (
      (await strapi.service('admin::api-token').create({ name: 'reader', type: 'read-only', lifespan: null })) as {
        accessKey: string;
      }
    ).accessKey;
    const signedIn = await bySlug(slugs.b, { Authorization: `Bearer ${token}` });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers['x-cache']).toBeUndefined();
    const draft = await publicApi(strapi).get('/api/articles').query({ locale: 'ar', status: 'draft' });
    expect(draft.status).toBe(400);
    expect(draft.headers['x-cache']).toBeUndefined();
    const missing = await publicApi(strapi).get('/api/articles/no-such-document').query({ locale: 'ar' });
    expect(missing.status).toBe(404);
    expect(
      (await publicApi(strapi).get('/api/articles/no-such-document').query({ locale: 'ar' })).headers['x-cache'],
    ).toBeUndefined();
  });
});
