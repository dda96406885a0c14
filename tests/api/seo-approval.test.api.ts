import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs, takeTransition } from '../helpers/admin';
import { ARTICLE_UID, WORKFLOW_STATE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * The SEO and social fields are part of the version (issue #15 items 1–2 with issue #19 item 1): a meta title
 * changed after approval is a change like any other — recorded as a version with its diff, refused at publish
 * until approved again (with approval binding off the probe goes live), an Author's edit sends the story back to
 * review, and a restore brings the old SEO fields back.
 */
const APPROVED_TITLE = 'عنوان البحث كما اعتمده المحرر';
const CHANGED_TITLE = 'عنوان بحث لم يعتمده أحد';

let app: TestStrapi;
let strapi: Core.Strapi;
let author: ReturnType<typeof asAdmin>;
let editor: ReturnType<typeof asAdmin>;

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  author = asAdmin(strapi, await signInAs(strapi, 'strapi-author'));
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
});
afterAll(async () => app?.teardown());
afterEach(() => strapi.config.set('plugin::newsroom.approvalBinding', true));

const move = async (who: ReturnType<typeof asAdmin>, documentId: string, transition: string) => {
  const response = await takeTransition(who, documentId, { locale: 'ar', transition });
  expect([transition, response.status]).toEqual([transition, 200]);
};

/** An Author's story with a meta title, submitted and approved. */
async function approvedStory(): Promise<string> {
  const created = await author.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
    title: `خبر بعنوان بحث ${Math.random()}`,
    body: paragraphs('نص الخبر.'),
    seo: { metaTitle: APPROVED_TITLE },
  });
  expect(created.status).toBe(201);
  const { documentId } = created.body.data as { documentId: string };
  await move(author, documentId, 'submit');
  await move(editor, documentId, 'approve');
  return documentId;
}

const editSeo = (who: ReturnType<typeof asAdmin>, documentId: string, metaTitle: string) =>
  who.put(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`, { seo: { metaTitle } });
const publish = (documentId: string) => editor.post(`${cmPath(ARTICLE_UID, documentId, 'publish')}?locale=ar`);
const publicMetaTitle = async (documentId: string): Promise<string | null> => {
  const response = await publicApi(strapi).get(`/api/articles/${documentId}`).query({ locale: 'ar', populate: 'seo' });
  return response.status === 404 ? null : ((response.body.data.seo?.metaTitle as string | undefined) ?? null);
};
const stageOf = async (documentId: string) =>
  (
    (await strapi.db.query(WORKFLOW_STATE_UID).findOne({ where: { targetDocumentId: documentId, locale: 'ar' } })) as {
      stage: string;
    }
  ).stage;

describe('a post-approval change of the SEO fields', () => {
  it('is refused at publish until approved again; with approval binding off it goes live (the probe)', async () => {
    strapi.config.set('plugin::newsroom.approvalBinding', false);
    const unguarded = await approvedStory();
    expect((await editSeo(editor, unguarded, CHANGED_TITLE)).status).toBe(200);
    expect((await publish(unguarded)).status).toBe(200);
    expect(await publicMetaTitle(unguarded)).toBe(CHANGED_TITLE);

    strapi.config.set('plugin::newsroom.approvalBinding', true);
    const guarded = await approvedStory();
    expect((await editSeo(editor, guarded, CHANGED_TITLE)).status).toBe(200);
    const refused = await publish(guarded);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.code).toBe('CHANGED_SINCE_APPROVAL');
    expect(await publicMetaTitle(guarded)).toBeNull();
    await move(editor, guarded, 'approve');
    expect((await publish(guarded)).status).toBe(200);
    expect(await publicMetaTitle(guarded)).toBe(CHANGED_TITLE);
  });

  it('by an Author sends the story back to review', async () => {
    const documentId = await approvedStory();
    expect((await editSeo(author, documentId, CHANGED_TITLE)).status).toBe(200);
    expect(await stageOf(documentId)).toBe('in_review');
    expect((await publish(documentId)).status).toBe(409);
  });

  it('is a version with its diff, and a restore brings the old fields back', async () => {
    const documentId = await approvedStory();
    expect((await editSeo(editor, documentId, CHANGED_TITLE)).status).toBe(200);
    const list = await editor.get(`/newsroom/history/articles/${documentId}?locale=ar`);
    const numbers = (list.body.data.versions as Array<{ number: number }>).map((version) => version.number);
    const [latest, before] = [Math.max(...numbers), Math.max(...numbers) - 1];
    const diff = await editor.get(
      `/newsroom/history/articles/${documentId}/diff?locale=ar&from=${before}&to=${latest}`,
    );
    expect(diff.status).toBe(200);
    expect(diff.body.data.fields).toEqual([
      { type: 'value', field: 'seo.metaTitle', from: APPROVED_TITLE, to: CHANGED_TITLE },
    ]);
    const restored = await editor.post(`/newsroom/history/articles/${documentId}/restore`, {
      locale: 'ar',
      number: before,
    });
    expect(restored.status).toBe(200);
    const draft = (await strapi.db.query(ARTICLE_UID).findOne({
      where: { documentId, locale: 'ar', publishedAt: null },
      populate: { seo: true },
    })) as { seo: { metaTitle: string } | null };
    expect(draft.seo?.metaTitle).toBe(APPROVED_TITLE);
  });
});
