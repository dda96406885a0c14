import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { approveAndPublish, asAdmin, cmPath, paragraphs, publicApi, signInAs } from '../helpers/admin';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

let app: TestStrapi;
let strapi: Core.Strapi;
let editor: ReturnType<typeof asAdmin>;

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
});
afterAll(async () => app?.teardown());

const createArticle = async (data: Record<string, unknown>, locale = 'ar') => {
  const response = await editor.post(`${cmPath(ARTICLE_UID)}?locale=${locale}`, data);
  expect(response.status).toBe(201);
  return response.body.data as { documentId: string; slug: string };
};
const publish = async (documentId: string, locale = 'ar') =>
  expect((await approveAndPublish(editor, documentId, locale)).status).toBe(200);
const bySlug = (slug: string, locale = 'ar') =>
  publicApi(strapi).get('/api/articles').query({ locale, 'filters[slug][$eq]': slug });

describe('slug lifecycle', () => {
  it('generates, freezes at publish, and keeps every former slug resolving to the current one', async () => {
    const { documentId, slug } = await createArticle({ title: 'الأمن في المنطقة', body: paragraphs('نص') });
    expect(slug).toBe('الأمن-في-المنطقة');
    await publish(documentId);

    // A later title edit does not move the URL.
    const retitled = await editor.put(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`, {
      title: 'الأمن والاستقرار في المنطقة',
    });
    expect(retitled.body.data.slug).toBe('الأمن-في-المنطقة');
    await publish(documentId);
    expect((await bySlug('الأمن-في-المنطقة')).body.data[0].title).toBe('الأمن والاستقرار في المنطقة');

    // The editor changes it on purpose; the old one still leads to the story.
    const renamed = await editor.put(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`, { slug: 'الأمن-الإقليمي' });
    expect(renamed.status).toBe(200);
    await publish(documentId);

    const old = await bySlug('الأمن-في-المنطقة');
    expect(old.status).toBe(200);
    expect(old.body.data).toEqual([]);
    expect(old.body.meta.redirectTo).toEqual({ slug: 'الأمن-الإقليمي', documentId, locale: 'ar' });

    const resolved = await publicApi(strapi).get(
      `/api/newsroom/resolve/articles/${encodeURIComponent('الأمن-في-المنطقة')}?locale=ar`,
    );
    expect(resolved.status).toBe(301);
    expect(resolved.headers.location).toBe(
      `/api/newsroom/resolve/articles/${encodeURIComponent('الأمن-الإقليمي')}?locale=ar`,
    );
    expect(resolved.body.data).toMatchObject({
      documentId,
      slug: 'الأمن-الإقليمي',
      canonical: false,
      redirectTo: 'الأمن-الإقليمي',
    });

    const current = await publicApi(strapi).get(
      `/api/newsroom/resolve/articles/${encodeURIComponent('الأمن-الإقليمي')}?locale=ar`,
    );
    expect(current.status).toBe(200);
    expect(current.body.data).toMatchObject({ documentId, canonical: true });

    // A second rename: both former slugs lead to the newest.
    await editor.put(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`, { slug: 'أمن-المنطقة' });
    await publish(documentId);
    expect((await bySlug('الأمن-في-المنطقة')).body.meta.redirectTo.slug).toBe('أمن-المنطقة');
    expect((await bySlug('الأمن-الإقليمي')).body.meta.redirectTo.slug).toBe('أمن-المنطقة');

    // A former slug is not handed to another story.
    const other = await createArticle({ title: 'الأمن في المنطقة' });
    expect(other.slug).toBe('الأمن-في-المنطقة-2');

    // Deleting the story forgets its old links.
    expect((await editor.delete(`${cmPath(ARTICLE_UID, documentId)}?locale=*`)).status).toBe(200);
    expect(
      (await publicApi(strapi).get(`/api/newsroom/resolve/articles/${encodeURIComponent('الأمن-الإقليمي')}?locale=ar`))
        .status,
    ).toBe(404);
  });

  it('gives a vocalized and an unvocalized title the same slug, and English a Latin one', async () => {
    const plain = await createArticle({ title: 'قمة الرياض الاقتصادية' });
    const vocalized = await createArticle({ title: 'قِمَّةُ الرِّياضِ الاقتصاديـــة' });
    expect(vocalized.slug).toBe(`${plain.slug}-2`);
    const english = await editor.put(`${cmPath(ARTICLE_UID, plain.documentId)}?locale=en`, {
      title: 'Riyadh Economic Summit 2025',
    });
    expect(english.body.data.slug).toBe('riyadh-economic-summit-2025');
  });

  it("makes the admin's slug button propose what the server generates", async () => {
    const response = await editor.post('/content-manager/uid/generate?locale=ar', {
      contentTypeUID: ARTICLE_UID,
      field: 'slug',
      data: { title: 'حوار المنامة ٢٠٢٥' },
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toBe('حوار-المنامة-2025');
  });
});

describe('Arabic-aware search', () => {
  beforeAll(async () => {
    const security = await createArticle({ title: 'تعزيز الأمن في الخليج', body: paragraphs('تفاصيل') });
    await publish(security.documentId);
    const meeting = await createArticle({
      title: 'خبر عن المنامة',
      body: paragraphs('عُقِدَ اللِّقاءُ في المنامة بحضور الوفود'),
    });
    await publish(meeting.documentId);
    await createArticle({ title: 'مسودة عن الأمن لم تنشر' });
  });

  const search = (q: string) =>
    publicApi(strapi).get('/api/articles').query({ locale: 'ar', search: q, 'fields[0]': 'title' });
  const titles = (response: { body: { data: Array<{ title: string }> } }) =>
    response.body.data.map((a) => a.title).sort();

  it('matches regardless of hamza, tashkeel, tatweel and taa marbuta, published only', async () => {
    expect(titles(await search('الامن'))).toEqual(['تعزيز الأمن في الخليج']);
    expect(titles(await search('اللقاء'))).toEqual(['خبر عن المنامة']);
    expect(titles(await search('المنامـــة اللِّقاء'))).toEqual(['خبر عن المنامة']);
    expect(titles(await search('الأمن المنامة'))).toEqual([]);
    const counted = await search('الامن');
    expect(counted.body.meta.pagination.total).toBe(1);
  });

  it('finds drafts too in the Content Manager search box', async () => {
    const response = await editor.get(`${cmPath(ARTICLE_UID)}?locale=ar&_q=${encodeURIComponent('الامن')}`);
    expect(response.status).toBe(200);
    const found = response.body.results.map((a: { title: string }) => a.title).sort();
    // The drafts of this file's earlier stories count too; the story about Manama does not.
    expect(found).toEqual(['الأمن في المنطقة', 'تعزيز الأمن في الخليج', 'مسودة عن الأمن لم تنشر']);
  });

  it('still refuses unknown parameters and an overlong search', async () => {
    expect((await publicApi(strapi).get('/api/articles').query({ q: 'الامن' })).status).toBe(400);
    expect((await search('ا'.repeat(201))).status).toBe(400);
  });
});
