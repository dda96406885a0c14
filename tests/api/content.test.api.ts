import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { approveAndPublish, asAdmin, cmPath, paragraphs, signInAs } from '../helpers/admin';
import { ARTICLE_UID, TOPIC_UID } from '../../src/plugins/newsroom/core/model';

let app: TestStrapi;
let admin: ReturnType<typeof asAdmin>;

beforeAll(async () => {
  app = await startTestStrapi();
  admin = asAdmin(app.strapi, await signInAs(app.strapi, 'strapi-super-admin'));
});
afterAll(async () => app?.teardown());

describe(`content through the admin API (${process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite'})`, () => {
  it('creates, reads, updates and deletes one article in Arabic and English', async () => {
    const created = await admin.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
      title: 'العراق وحلف الناتو يبحثان التعاون الأمني',
      standfirst: 'لقاء على هامش حوار المنامة',
      body: paragraphs('بحث الجانبان سبل استمرار التعاون الأمني وتبادل الخبرات في المنطقة'),
    });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    expect(created.body.data.locale).toBe('ar');
    // Arabic slug in Arabic script, computed on the server.
    expect(created.body.data.slug).toBe('العراق-وحلف-الناتو-يبحثان-التعاون-الأمني');
    // standfirst (5 words) + body (10 words); reading time at least a minute.
    expect(created.body.data.wordCount).toBe(15);
    expect(created.body.data.readingTime).toBe(1);

    const english = await admin.put(`${cmPath(ARTICLE_UID, documentId)}?locale=en`, {
      title: 'Iraq and NATO discuss security cooperation',
      body: paragraphs('The two sides discussed continued cooperation.'),
    });
    expect(english.status).toBe(200);
    expect(english.body.data.documentId).toBe(documentId);
    expect(english.body.data.slug).toBe('iraq-and-nato-discuss-security-cooperation');
    expect(english.body.data.wordCount).toBe(6);

    const arabic = await admin.get(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`);
    expect(arabic.body.data.title).toBe('العراق وحلف الناتو يبحثان التعاون الأمني');
    const en = await admin.get(`${cmPath(ARTICLE_UID, documentId)}?locale=en`);
    expect(en.body.data.title).toBe('Iraq and NATO discuss security cooperation');

    const updated = await admin.put(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`, {
      standfirst: 'لقاء في المنامة',
    });
    expect(updated.status).toBe(200);
    expect(updated.body.data.standfirst).toBe('لقاء في المنامة');
    expect(updated.body.data.wordCount).toBe(13); // body kept, standfirst now 3 words
    // The slug does not move when other fields change.
    expect(updated.body.data.slug).toBe('العراق-وحلف-الناتو-يبحثان-التعاون-الأمني');

    const removed = await admin.delete(`${cmPath(ARTICLE_UID, documentId)}?locale=*`);
    expect(removed.status).toBe(200);
    expect((await admin.get(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`)).status).toBe(404);
  });

  it('keeps slugs unique per locale', async () => {
    const first = await admin.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title: 'قمة المنامة' });
    const second = await admin.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title: 'قمة المنامة' });
    expect(first.body.data.slug).toBe('قمة-المنامة');
    expect(second.body.data.slug).toBe('قمة-المنامة-2');
  });

  it.each([
    ['title', { title: 'x'.repeat(301) }],
    ['sourceUrl', { title: 'عنوان صالح', sourceUrl: 'javascript:alert(1)' }],
    ['slug', { title: 'عنوان صالح', slug: 'Not A Slug!' }],
  ])('rejects a bad %s with a 400 that names the field, even in a draft', async (field, data) => {
    const response = await admin.post(`${cmPath(ARTICLE_UID)}?locale=ar`, data);
    expect(response.status).toBe(400);
    const paths = (response.body.error.details.errors as Array<{ path: string[] }>).map((error) =>
      error.path.join('.'),
    );
    expect(paths).toContain(field);
  });

  it('saves a draft without a title but refuses to publish it, naming the field', async () => {
    const draft = await admin.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { standfirst: 'مسودة بلا عنوان' });
    expect(draft.status).toBe(201);
    // Approved through the workflow, so that Strapi's own publish-time validation is what refuses it.
    const publish = await approveAndPublish(admin, draft.body.data.documentId);
    expect(publish.status).toBe(400);
    const paths = (publish.body.error.details.errors as Array<{ path: string[] }>).map((error) => error.path.join('.'));
    expect(paths).toContain('title');
  });

  it('rejects a topic colour that is not a hex colour, naming the field', async () => {
    const response = await admin.post(`${cmPath(TOPIC_UID)}?locale=ar`, {
      name: 'اقتصاد',
      kind: 'section',
      colour: 'red',
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.error.details)).toContain('colour');
  });
});
