import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { ARTICLE, siteFixtures, site, type Made } from '../helpers/site';
import { TOPIC_UID } from '../../src/plugins/newsroom/core/model';

/**
 * The site reads over HTTP: shapes, published content only, 404/400 naming what was wrong, and refusal of
 * client-chosen fields and relations. Statement counts are in site-budget.test.api.ts.
 */
let app: TestStrapi;
let strapi: Core.Strapi;
const made: Record<string, Made> = {};

/** The fields of an article in a list, and nothing else (no body, no search key, no numeric id). */
const LIST_KEYS = [
  'authors',
  'dateline',
  'dir',
  'documentId',
  'locale',
  'originalPublishedAt',
  'publishedAt',
  'readingTime',
  'slug',
  'standfirst',
  'title',
  'wordCount',
];
const titles = (items: Array<{ title: string }>) => items.map((item) => item.title);

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  const make = siteFixtures(strapi);
  made.sara = await make.author('سارة الكاتبة', 'ar', {
    jobTitle: 'مراسلة',
    bio: 'تكتب عن الخليج',
    email: 'sara@newsroom.test',
  });
  made.ali = await make.author('علي المحرر');
  made.agency = await make.source('وكالة أنباء الخليج');
  made.section = await make.topic('الشرق الأوسط', { kind: 'section', colour: '#aa3300' });
  made.security = await make.topic('الأمن الإقليمي', { parent: made.section.documentId, description: 'أخبار الأمن' });
  made.energy = await make.topic('الطاقة', { parent: made.section.documentId });
  made.rare = await make.topic('موضوع نادر');

  made.main = await make.article('تعزيز الأمن في الخليج', {
    standfirst: 'اجتماع في المنامة',
    dateline: 'المنامة',
    originalPublishedAt: '2025-12-01T08:00:00.000Z',
    authors: [made.sara.documentId, made.ali.documentId],
    topics: [made.security.documentId, made.section.documentId],
    sources: [made.agency.documentId],
  });
  await make.publish(made.main.documentId);
  // A change saved but not published: neither the title nor the authors may show.
  await make.article('عنوان لم ينشر بعد', { authors: [made.ali.documentId] }, 'ar', made.main.documentId);
  made.draft = await make.article('خبر مسودة عن الأمن', {
    topics: [made.security.documentId],
    authors: [made.sara.documentId],
  });

  made.lonely = await make.article('الخبر الوحيد في موضوع نادر', {
    topics: [made.rare.documentId],
    authors: [made.sara.documentId],
  });
  await make.publish(made.lonely.documentId);
  for (let i = 1; i <= 24; i++) {
    const story = await make.article(`خبر رقم ${i} عن المنطقة`, {
      topics: [made.security.documentId],
      authors: [made.sara.documentId],
    });
    await make.publish(story.documentId);
  }

  // English: the topic's English locale and one English story in it.
  await strapi
    .documents(TOPIC_UID)
    .update({ documentId: made.security.documentId, locale: 'en', data: { name: 'Regional security', kind: 'topic' } });
  await strapi.documents(TOPIC_UID).publish({ documentId: made.security.documentId, locale: 'en' });
  made.english = await make.article('Gulf security talks', { topics: [made.security.documentId] }, 'en');
  await make.publish(made.english.documentId, 'en');
});
afterAll(async () => app?.teardown());

describe('GET /api/newsroom/site/:locale/articles/:slug', () => {
  it('answers the published version with its authors, topics and sources, and no private field', async () => {
    const response = await site(strapi, `ar/articles/${made.main.slug}`);
    expect(response.status).toBe(200);
    const article = response.body.data;
    expect(article).toEqual({
      documentId: made.main.documentId,
      locale: 'ar',
      dir: 'rtl',
      title: 'تعزيز الأمن في الخليج',
      slug: made.main.slug,
      standfirst: 'اجتماع في المنامة',
      publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      originalPublishedAt: '2025-12-01T08:00:00.000Z',
      dateline: 'المنامة',
      wordCount: expect.any(Number),
      readingTime: expect.any(Number),
      // The head tags (tests/api/sitemaps.test.api.ts checks them).
      seo: expect.objectContaining({ canonical: expect.any(String), jsonLd: expect.any(Object) }),
      body: [expect.objectContaining({ type: 'paragraph' })],
      sourceUrl: null,
      // Never changed since it went live: no correction, dated by its publication (tests/api/corrections.test.api.ts).
      dateModified: null,
      updatedAt: article.publishedAt,
      corrections: [],
      authors: [
        { documentId: made.sara.documentId, name: 'سارة الكاتبة', slug: made.sara.slug, jobTitle: 'مراسلة' },
        { documentId: made.ali.documentId, name: 'علي المحرر', slug: made.ali.slug, jobTitle: null },
      ],
      topics: [
        { documentId: made.security.documentId, name: 'الأمن الإقليمي', slug: made.security.slug, kind: 'topic' },
        { documentId: made.section.documentId, name: 'الشرق الأوسط', slug: made.section.slug, kind: 'section' },
      ],
      sources: [
        {
          documentId: made.agency.documentId,
          name: 'وكالة أنباء الخليج',
          slug: made.agency.slug,
          kind: 'news_agency',
          homepageUrl: 'https://example.org',
        },
      ],
    });
    expect(JSON.stringify(response.body)).not.toMatch(/sara@newsroom\.test|searchKey|search_key/);
  });

  it('never shows a draft: a draft-only story is a 404 naming its slug, like an unknown slug', async () => {
    const draft = await site(strapi, `ar/articles/${made.draft.slug}`);
    expect(draft.status).toBe(404);
    expect(draft.body.error.message).toBe(`No published article with slug "${made.draft.slug}" in locale ar`);
    const unknown = await site(strapi, 'ar/articles/لا-يوجد-خبر-بهذا-الاسم');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('"لا-يوجد-خبر-بهذا-الاسم"');
  });

  it('reads the locale asked for', async () => {
    const english = await site(strapi, `en/articles/${made.english.slug}`);
    expect(english.body.data).toMatchObject({ title: 'Gulf security talks', locale: 'en', dir: 'ltr' });
    expect((await site(strapi, `en/articles/${made.main.slug}`)).status).toBe(404);
  });
});

describe('lists: a topic, an author, a search', () => {
  it("pages a topic's published articles newest first, 20 at a time, list fields only, with no count", async () => {
    const first = await site(strapi, `ar/topics/${made.security.slug}/articles`);
    expect(first.status).toBe(200);
    expect(first.body.meta).toEqual({ pagination: { page: 1, pageSize: 20, hasMore: true } });
    const second = await site(strapi, `ar/topics/${made.security.slug}/articles`, { page: '2' });
    expect(second.body.meta.pagination).toEqual({ page: 2, pageSize: 20, hasMore: false });
    const all = [...first.body.data, ...second.body.data];
    expect(first.body.data).toHaveLength(20);
    expect(all).toHaveLength(25);
    expect(new Set(all.map((item) => item.documentId)).size).toBe(25);
    const times = all.map((item) => Date.parse(item.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(titles(all)).toContain('تعزيز الأمن في الخليج');
    expect(titles(all)).not.toContain('خبر مسودة عن الأمن');
    expect(titles(all)).not.toContain('عنوان لم ينشر بعد');
    for (const item of all) expect(Object.keys(item).sort()).toEqual(LIST_KEYS);
    expect(all.find((item) => item.documentId === made.main.documentId).authors).toEqual([
      { documentId: made.sara.documentId, name: 'سارة الكاتبة', slug: made.sara.slug },
      { documentId: made.ali.documentId, name: 'علي المحرر', slug: made.ali.slug },
    ]);
    const beyond = await site(strapi, `ar/topics/${made.security.slug}/articles`, { page: '3' });
    expect(beyond.body).toEqual({ data: [], meta: { pagination: { page: 3, pageSize: 20, hasMore: false } } });
  });

  it('lists a topic in one locale only', async () => {
    const english = await site(strapi, `en/topics/regional-security/articles`);
    expect(titles(english.body.data)).toEqual(['Gulf security talks']);
    expect(titles((await site(strapi, `ar/topics/${made.rare.slug}/articles`)).body.data)).toEqual([
      'الخبر الوحيد في موضوع نادر',
    ]);
  });

  it('shows a topic page: the topic, its parent, its children and its first page', async () => {
    const section = await site(strapi, `ar/topics/${made.section.slug}`);
    expect(section.status).toBe(200);
    expect(section.body.data).toMatchObject({
      documentId: made.section.documentId,
      dir: 'rtl',
      name: 'الشرق الأوسط',
      kind: 'section',
      colour: '#aa3300',
      parent: null,
      children: [
        { documentId: made.security.documentId, name: 'الأمن الإقليمي', slug: made.security.slug, kind: 'topic' },
        { documentId: made.energy.documentId, name: 'الطاقة', slug: made.energy.slug, kind: 'topic' },
      ],
    });
    expect(titles(section.body.data.articles)).toEqual(['تعزيز الأمن في الخليج']);
    const topic = await site(strapi, `ar/topics/${made.security.slug}`);
    expect(topic.body.data).toMatchObject({
      description: 'أخبار الأمن',
      parent: { documentId: made.section.documentId, kind: 'section' },
      children: [],
    });
    expect(topic.body.data.articles).toHaveLength(20);
    expect(topic.body.meta.pagination).toEqual({ page: 1, pageSize: 20, hasMore: true });
  });

  it("shows an author page and pages the author's articles, without the private email", async () => {
    const page = await site(strapi, `ar/authors/${made.sara.slug}`);
    expect(page.status).toBe(200);
    const { articles, ...author } = page.body.data;
    expect(author).toEqual({
      documentId: made.sara.documentId,
      locale: 'ar',
      dir: 'rtl',
      name: 'سارة الكاتبة',
      slug: made.sara.slug,
      jobTitle: 'مراسلة',
      bio: 'تكتب عن الخليج',
    });
    expect(articles).toHaveLength(20);
    const rest = await site(strapi, `ar/authors/${made.sara.slug}/articles`, { page: '2' });
    // 24 numbered stories, the main one and the lonely one: the draft is not hers in public.
    expect(rest.body.data).toHaveLength(6);
    expect(titles((await site(strapi, `ar/authors/${made.ali.slug}`)).body.data.articles)).toEqual([
      'تعزيز الأمن في الخليج',
    ]);
  });

  it('searches Arabic regardless of hamza forms, published articles only', async () => {
    const found = await site(strapi, 'ar/search', { q: 'تعزيز الامن' });
    expect(found.status).toBe(200);
    expect(titles(found.body.data)).toEqual(['تعزيز الأمن في الخليج']);
    expect(Object.keys(found.body.data[0]).sort()).toEqual(LIST_KEYS);
    expect(titles((await site(strapi, 'ar/search', { q: 'مسودة' })).body.data)).toEqual([]);
    expect(titles((await site(strapi, 'ar/search', { q: 'عنوان لم ينشر' })).body.data)).toEqual([]);
    const many = await site(strapi, 'ar/search', { q: 'خبر رقم', page: '2' });
    expect(many.body.data).toHaveLength(4);
    expect(many.body.meta.pagination).toEqual({ page: 2, pageSize: 20, hasMore: false });
    expect(titles((await site(strapi, 'ar/search', { q: '100%_' })).body.data)).toEqual([]);
  });
});

describe('requests the site reads refuse', () => {
  const refusal = async (path: string, query: Record<string, string>, field: string) => {
    const response = await site(strapi, path, query);
    expect({ status: response.status, field: response.body.error?.details?.errors?.[0]?.path }).toEqual({
      status: 400,
      field: [field],
    });
    expect(response.body.error.message.startsWith(`${field}: `)).toBe(true);
  };

  it('400 naming a bad locale, page or search', async () => {
    await refusal('AR!/articles/x', {}, 'locale');
    for (const page of ['0', 'abc', '-1', '1.5', '501'])
      await refusal(`ar/topics/${made.security.slug}/articles`, { page }, 'page');
    await refusal('ar/search', {}, 'q');
    await refusal('ar/search', { q: 'ا'.repeat(201) }, 'q');
  });

  it('refuses client-chosen fields, relations, filters and pagination: the server fixes them', async () => {
    await refusal(`ar/articles/${made.main.slug}`, { populate: '*' }, 'populate');
    await refusal(`ar/articles/${made.main.slug}`, { 'fields[0]': 'body' }, 'fields');
    await refusal(`ar/topics/${made.security.slug}/articles`, { 'pagination[pageSize]': '100' }, 'pagination');
    await refusal(`ar/authors/${made.sara.slug}`, { page: '2' }, 'page');
    await refusal('ar/search', { q: 'الامن', 'filters[title][$eq]': 'x' }, 'filters');
  });

  it('refuses drafts through the published-only policy', async () => {
    await refusal(`ar/articles/${made.draft.slug}`, { status: 'draft' }, 'status');
  });

  it('is readable by the Public role, and redirects a slug the story gave up', async () => {
    const publicRole = (await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' }, populate: ['permissions'] })) as {
      permissions: Array<{ action: string }>;
    };
    const granted = publicRole.permissions
      .map((permission) => permission.action)
      .filter((action) => action.startsWith('plugin::newsroom.site'));
    // find / findOne actions: a read-only API token may call them too (tests/api/credentials.test.api.ts).
    expect(granted.sort()).toEqual(
      [
        'siteArticle.findOne',
        'siteAuthor.findOne',
        'siteAuthorArticles.find',
        'siteSearch.find',
        'siteTopic.findOne',
        'siteTopicArticles.find',
      ].map((handler) => `plugin::newsroom.${handler}`),
    );
    const make = siteFixtures(strapi);
    const story = await make.article('خبر سيتغير رابطه');
    await make.publish(story.documentId);
    await strapi
      .documents(ARTICLE)
      .update({ documentId: story.documentId, locale: 'ar', data: { slug: 'رابط-جديد-للخبر' } });
    await make.publish(story.documentId);
    const old = await site(strapi, `ar/articles/${story.slug}`);
    expect(old.status).toBe(301);
    expect(old.headers.location).toBe(`/api/newsroom/site/ar/articles/${encodeURIComponent('رابط-جديد-للخبر')}`);
  });
});
