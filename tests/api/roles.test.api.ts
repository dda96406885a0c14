import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs, takeTransition } from '../helpers/admin';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

let app: TestStrapi;
let strapi: Core.Strapi;
let author: ReturnType<typeof asAdmin>;
let otherAuthor: ReturnType<typeof asAdmin>;
let editor: ReturnType<typeof asAdmin>;

const publishedCount = (documentId: string) =>
  strapi.db.query(ARTICLE_UID).count({ where: { documentId, publishedAt: { $notNull: true } } });

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  author = asAdmin(strapi, await signInAs(strapi, 'strapi-author'));
  otherAuthor = asAdmin(strapi, await signInAs(strapi, 'strapi-author'));
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
});
afterAll(async () => app?.teardown());

describe('editorial roles', () => {
  it('an Author creates and edits a draft but cannot publish it; an Editor can', async () => {
    const created = await author.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
      title: 'خبر من الكاتب',
      body: paragraphs('نص'),
    });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;

    const edited = await author.put(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`, {
      title: 'خبر من الكاتب بعد التعديل',
    });
    expect(edited.status).toBe(200);

    const authorPublish = await author.post(`${cmPath(ARTICLE_UID, documentId, 'publish')}?locale=ar`);
    expect(authorPublish.status).toBe(403);
    expect(await publishedCount(documentId)).toBe(0);
    expect((await publicApi(strapi).get(`/api/articles/${documentId}?locale=ar`)).status).toBe(404);

    // Creating straight into the published state is publishing too.
    const createAndPublish = await author.post(`${cmPath(ARTICLE_UID)}/actions/publish?locale=ar`, {
      title: 'نشر مباشر',
    });
    expect(createAndPublish.status).toBe(403);

    // The workflow: the Author submits, the Editor approves, then publishing is allowed.
    expect((await takeTransition(author, documentId, { locale: 'ar', transition: 'submit' })).status).toBe(200);
    expect((await takeTransition(editor, documentId, { locale: 'ar', transition: 'approve' })).status).toBe(200);
    const editorPublish = await editor.post(`${cmPath(ARTICLE_UID, documentId, 'publish')}?locale=ar`);
    expect(editorPublish.status).toBe(200);
    expect(await publishedCount(documentId)).toBe(1);
    const publicRead = await publicApi(strapi).get(`/api/articles/${documentId}?locale=ar`);
    expect(publicRead.status).toBe(200);
    expect(publicRead.body.data.title).toBe('خبر من الكاتب بعد التعديل');
  });

  it("an Author cannot edit or delete someone else's article; the Editor can", async () => {
    const created = await otherAuthor.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title: 'خبر زميل آخر' });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;

    expect(
      (await author.put(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`, { title: 'تعديل غير مسموح' })).status,
    ).toBe(403);
    expect((await author.delete(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`)).status).toBe(403);
    const stored = await strapi.documents(ARTICLE_UID).findOne({ documentId, locale: 'ar' });
    expect(stored?.title).toBe('خبر زميل آخر');

    expect((await editor.put(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`, { title: 'تعديل المحرر' })).status).toBe(
      200,
    );
    expect((await editor.delete(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`)).status).toBe(200);
    expect(await strapi.documents(ARTICLE_UID).findOne({ documentId, locale: 'ar' })).toBeNull();
  });

  it('an Author deletes their own draft', async () => {
    const created = await author.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title: 'مسودة للحذف' });
    expect((await author.delete(`${cmPath(ARTICLE_UID, created.body.data.documentId)}?locale=ar`)).status).toBe(200);
  });

  it('the roles carry explicit permissions: no publish for Author, publish for Editor', async () => {
    const actionsOf = async (code: string) => {
      const role = (await strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number };
      const permissions = (await strapi.db
        .query('admin::permission')
        .findMany({ where: { role: role.id, subject: ARTICLE_UID } })) as Array<{ action: string }>;
      return permissions.map((p) => p.action.replace('plugin::content-manager.explorer.', '')).sort();
    };
    expect(await actionsOf('strapi-author')).toEqual(['create', 'delete', 'read', 'update']);
    expect(await actionsOf('strapi-editor')).toEqual(['create', 'delete', 'publish', 'read', 'update']);
  });
});
