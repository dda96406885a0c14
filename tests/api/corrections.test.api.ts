import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { placeInStage } from '../helpers/workflow';
import { site } from '../helpers/site';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs, takeTransition } from '../helpers/admin';
import { ARTICLE_CORRECTION_UID, ARTICLE_UID, LEDGER_UID } from '../../src/plugins/newsroom/core/model';

/**
 * Issue #15, item 6: corrections on published stories. When a live story is published again with a changed text,
 * the editor says what kind of change it is — silent, update, correction or clarification — with a public note in
 * the locale's language; the notes are append-only, listed in the site read (`corrections[]`), the preview and the
 * Workflow panel, and date the story (`dateModified`), silent changes excepted. A correction needs an Editor.
 */
let app: TestStrapi;
let strapi: Core.Strapi;
type Http = ReturnType<typeof asAdmin>;
let editor: Http;
let author: Http;

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
  author = asAdmin(strapi, await signInAs(strapi, 'strapi-author'));
});
afterAll(async () => app?.teardown());
afterEach(() => strapi.config.set('plugin::newsroom.workflow', undefined));

let counter = 0;

/** A live Arabic story made by `who` (its creator), whose draft then changes: what a correction starts from. */
async function changedLiveStory(who: Http = editor): Promise<{ documentId: string; slug: string }> {
  counter += 1;
  const created = await who.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
    title: `الحكومة تعلن حصيلة الفيضانات ${counter}`,
    standfirst: 'بلغت الحصيلة 10 ضحايا',
    body: paragraphs('نص الخبر كما نُشر أول مرة.'),
  });
  expect(created.status).toBe(201);
  const { documentId } = created.body.data as { documentId: string };
  await placeInStage(strapi, documentId, 'published');
  await editStandfirst(documentId, `بلغت الحصيلة 12 ضحية ${counter}`);
  const row = (await strapi.db.query(ARTICLE_UID).findOne({ where: { documentId, locale: 'ar' } })) as { slug: string };
  return { documentId, slug: row.slug };
}

const editStandfirst = async (documentId: string, standfirst: string) => {
  const saved = await editor.put(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`, { standfirst });
  expect(saved.status).toBe(200);
};

const liveStandfirst = async (documentId: string) =>
  (
    (await strapi.db
      .query(ARTICLE_UID)
      .findOne({ where: { documentId, locale: 'ar', publishedAt: { $notNull: true } } })) as { standfirst: string }
  ).standfirst;

const correctionsOf = async (documentId: string) =>
  (await strapi.db.query(ARTICLE_CORRECTION_UID).findMany({
    where: { targetDocumentId: documentId },
    orderBy: { id: 'asc' },
  })) as Array<{ id: number; kind: string; note: string | null; actorId: string; at: string | Date }>;

const ledgerOf = async (documentId: string) =>
  (
    (await strapi.db
      .query(LEDGER_UID)
      .findMany({ where: { targetDocumentId: documentId }, orderBy: { id: 'asc' } })) as Array<{ transition: string }>
  ).map((entry) => entry.transition);

const republish = (who: Http, documentId: string, change?: Record<string, unknown>) =>
  takeTransition(who, documentId, { locale: 'ar', transition: 'publish', ...(change ? { change } : {}) });

const siteArticle = async (slug: string) => {
  const response = await site(strapi, `ar/articles/${slug}`);
  expect(response.status).toBe(200);
  return response.body.data as {
    publishedAt: string;
    updatedAt: string;
    dateModified: string | null;
    corrections: Array<{ kind: string; text: string; at: string }>;
  };
};

describe('publishing a changed live story again', () => {
  it('is refused without a kind (400 naming change.kind, in English and Arabic), and nothing goes live', async () => {
    const { documentId } = await changedLiveStory();
    const refused = await republish(editor, documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toMatchObject({ code: 'CHANGE_KIND_REQUIRED', field: 'change.kind' });
    expect(refused.body.error.message).toMatch(/^change\.kind: /);
    expect(refused.body.error.details.message.ar).toMatch(/^change\.kind: تغيّرت النسخة العربية منذ نشرها/);
    expect(await liveStandfirst(documentId)).toBe('بلغت الحصيلة 10 ضحايا');
    expect(await correctionsOf(documentId)).toEqual([]);
    expect(await ledgerOf(documentId)).toEqual([]);

    // The same move with its kind and note goes live, and its change is recorded with the move.
    const noteless = await republish(editor, documentId, { kind: 'update' });
    expect([noteless.status, noteless.body.error.details.field]).toEqual([400, 'change.note']);
    const published = await republish(editor, documentId, { kind: 'update', note: 'حُدّثت الحصيلة' });
    expect(published.status).toBe(200);
    expect(await liveStandfirst(documentId)).toMatch(/^بلغت الحصيلة 12 ضحية/);
    expect(await ledgerOf(documentId)).toEqual(['publish']);
    const [recorded] = await correctionsOf(documentId);
    expect(recorded).toMatchObject({ kind: 'update', note: 'حُدّثت الحصيلة' });
    expect(new Date(recorded.at).toISOString()).toBe(published.body.data[0].entry.at);
  });

  it('needs no change when the draft is what is live, and refuses one with another transition', async () => {
    const { documentId } = await changedLiveStory();
    await editStandfirst(documentId, 'بلغت الحصيلة 10 ضحايا');
    expect((await republish(editor, documentId)).status).toBe(200);
    expect(await correctionsOf(documentId)).toEqual([]);
    const unpublish = await takeTransition(editor, documentId, {
      locale: 'ar',
      transition: 'unpublish',
      change: { kind: 'update', note: 'x' },
    });
    expect([unpublish.status, unpublish.body.error.details.field]).toEqual([400, 'change']);
  });

  it('gives corrections and clarifications to Editors only: an Author who may publish gets 403 naming change.kind', async () => {
    // A newsroom that lets Authors publish (the default lets only Editors): an update is theirs to publish.
    strapi.config.set('plugin::newsroom.workflow', {
      transitions: { publish: { roles: ['strapi-editor', 'strapi-author'] } },
    });
    const { documentId } = await changedLiveStory(author);
    const correction = { kind: 'correction', note: 'صُحّحت الحصيلة: 12 لا 10' };
    const refused = await republish(author, documentId, correction);
    expect(refused.status).toBe(403);
    expect(refused.body.error.details).toMatchObject({ code: 'CORRECTION_NEEDS_EDITOR', field: 'change.kind' });
    expect(refused.body.error.details.message.ar).toContain('لا ينشر «تصحيح» إلا محرر');
    expect((await republish(author, documentId, { kind: 'clarification', note: 'توضيح' })).status).toBe(403);
    expect(await liveStandfirst(documentId)).toBe('بلغت الحصيلة 10 ضحايا');
    expect(await correctionsOf(documentId)).toEqual([]);

    // The panel offers the Author no correction; the Editor publishes it.
    const view = (await author.get(`/newsroom/workflow/articles/${documentId}?locale=ar`)).body.data.republish;
    expect(view).toMatchObject({ changed: true, kinds: ['silent', 'update'] });
    expect((await republish(editor, documentId, correction)).status).toBe(200);
    expect(await correctionsOf(documentId)).toMatchObject([{ kind: 'correction', note: correction.note }]);
  });
});

describe('the notes: append-only, in the site read and the preview', () => {
  it('lists the non-silent notes in order, leaves the silent change out, and dates the story by the last shown', async () => {
    const { documentId, slug } = await changedLiveStory();
    const first = await siteArticle(slug);
    expect([first.corrections, first.dateModified, first.updatedAt]).toEqual([[], null, first.publishedAt]);

    expect((await republish(editor, documentId, { kind: 'update', note: 'حُدّثت الحصيلة' })).status).toBe(200);
    await editStandfirst(documentId, 'بلغت الحصيلة 12 ضحية وفق وزارة الصحة');
    expect((await republish(editor, documentId, { kind: 'correction', note: 'نُسبت الحصيلة خطأً' })).status).toBe(200);
    await editStandfirst(documentId, 'بلغت الحصيلة 12 ضحية وفق وزارة الصحة.');
    expect((await republish(editor, documentId, { kind: 'silent' })).status).toBe(200);

    const rows = await correctionsOf(documentId);
    expect(rows.map((row) => row.kind)).toEqual(['update', 'correction', 'silent']);
    const read = await siteArticle(slug);
    expect(read.corrections).toEqual([
      { kind: 'update', text: 'حُدّثت الحصيلة', at: new Date(rows[0].at).toISOString() },
      { kind: 'correction', text: 'نُسبت الحصيلة خطأً', at: new Date(rows[1].at).toISOString() },
    ]);
    // The silent change went live (Strapi re-stamps publishedAt) but dates nothing.
    expect(read.dateModified).toBe(new Date(rows[1].at).toISOString());
    expect(read.updatedAt).toBe(read.dateModified);
    expect(Date.parse(read.publishedAt)).toBeGreaterThanOrEqual(new Date(rows[2].at).getTime());

    // The preview of the live version shows the same notes.
    const link = await editor.post('/newsroom/preview/links', { documentId, locale: 'ar', status: 'published' });
    expect(link.status).toBe(200);
    const page = await publicApi(strapi).get(link.body.data.url as string);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h2>تصحيحات وتحديثات</h2>');
    expect(page.text).toContain('نُسبت الحصيلة خطأً');
    expect(page.text).not.toContain('>تعديل صامت');
  });

  it('cannot be changed or deleted by anyone, through the query layer or any route', async () => {
    const { documentId } = await changedLiveStory();
    expect((await republish(editor, documentId, { kind: 'clarification', note: 'وُضّح المصدر' })).status).toBe(200);
    const [row] = await correctionsOf(documentId);
    const query = strapi.db.query(ARTICLE_CORRECTION_UID);
    await expect(query.update({ where: { id: row.id }, data: { note: 'نص آخر' } })).rejects.toThrow(/append-only/);
    await expect(query.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(query.deleteMany({ where: { targetDocumentId: documentId } })).rejects.toThrow(/append-only/);
    expect(await correctionsOf(documentId)).toMatchObject([{ id: row.id, note: 'وُضّح المصدر' }]);
    expect((await publicApi(strapi).get('/api/article-corrections')).status).toBe(404);
  });

  it('records a Content Manager publish of a changed live story as an update without a note: dated, not listed', async () => {
    const { documentId, slug } = await changedLiveStory();
    const published = await editor.post(`${cmPath(ARTICLE_UID, documentId, 'publish')}?locale=ar`);
    expect(published.status).toBe(200);
    const [row] = await correctionsOf(documentId);
    expect(row).toMatchObject({ kind: 'update', note: null });
    const read = await siteArticle(slug);
    expect(read.corrections).toEqual([]);
    expect(read.dateModified).toBe(new Date(row.at).toISOString());
  });
});
