import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { placeInStage } from '../helpers/workflow';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs, takeTransition, type AdminSession } from '../helpers/admin';
import { readWireInputs } from '../../scripts/lib/wire-input';
import type { ParsedStory } from '../../src/plugins/newsroom/server/src/domain/wire';
import { ARTICLE_UID, LEDGER_UID, WORKFLOW_STATE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * Issue #15, item 2: what an editor approved is what goes live. An Author writes a story, an Editor approves it,
 * then someone changes the standfirst; on every path that writes the draft, the changed text never reaches the
 * public API without a fresh approval.
 */
const APPROVED_TEXT = 'صوّت 120 نائباً لصالح القانون';
const WRONG_TEXT = 'رقم خاطئ 999 صوتاً';
const HOUR = 3600_000;

let app: TestStrapi;
let strapi: Core.Strapi;
type Http = ReturnType<typeof asAdmin>;
let author: { session: AdminSession; http: Http };
let editor: { session: AdminSession; http: Http };
let token: string;
let tokenId: string;
let apiAuthorJwt: string;
let folder: string;

interface StateRow {
  stage: string;
  version: number;
  approvedHash: string | null;
  draftChangedBy: string | null;
  draftChangedAt: string | null;
  scheduledAt: string | null;
}
const stateOf = async (documentId: string) =>
  (await strapi.db
    .query(WORKFLOW_STATE_UID)
    .findOne({ where: { targetDocumentId: documentId, locale: 'ar' } })) as StateRow | null;
const ledgerOf = async (documentId: string) =>
  (await strapi.db
    .query(LEDGER_UID)
    .findMany({ where: { targetDocumentId: documentId }, orderBy: { id: 'asc' } })) as Array<{
    transition: string;
    fromStage: string;
    toStage: string;
    actorId: string;
  }>;
const workflow = () =>
  strapi.plugin('newsroom').service('workflow') as { runDueJobs(now?: Date, batch?: number): Promise<number> };

/** What a site reads: the published standfirst, or null when nothing is public. */
const publicStandfirst = async (documentId: string): Promise<string | null> => {
  const response = await publicApi(strapi).get(`/api/articles/${documentId}`).query({ locale: 'ar' });
  if (response.status === 404) return null;
  expect(response.status).toBe(200);
  return response.body.data.standfirst as string;
};
const draftStandfirst = async (documentId: string) =>
  (
    (await strapi.db.query(ARTICLE_UID).findOne({ where: { documentId, locale: 'ar', publishedAt: null } })) as {
      standfirst: string;
    }
  ).standfirst;

const move = async (who: { http: Http }, documentId: string, transition: string, extra: object = {}) => {
  const response = await takeTransition(who.http, documentId, { locale: 'ar', transition, ...extra });
  expect([transition, response.status, response.body.error?.message]).toEqual([transition, 200, undefined]);
  return response;
};
const cmPublish = (documentId: string) => editor.http.post(`${cmPath(ARTICLE_UID, documentId, 'publish')}?locale=ar`);
const cmEdit = (who: { http: Http }, documentId: string, standfirst = WRONG_TEXT) =>
  who.http.put(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`, { standfirst });

/** The user story: the Author writes and submits, the Editor approves. */
async function approvedStory(): Promise<string> {
  const created = await author.http.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
    title: `البرلمان يقر القانون ${Math.random()}`,
    standfirst: APPROVED_TEXT,
    body: paragraphs('نص الخبر كما اعتمده المحرر.'),
  });
  expect(created.status).toBe(201);
  const { documentId } = created.body.data as { documentId: string };
  await move(author, documentId, 'submit');
  await move(editor, documentId, 'approve');
  return documentId;
}

/** Publishing is refused with 409 naming who changed the draft, and nothing goes live. */
async function expectRefusedNaming(documentId: string, changedBy: string, changedByName?: string) {
  const response = await cmPublish(documentId);
  expect(response.status).toBe(409);
  expect(response.body.error.details).toMatchObject({
    code: 'CHANGED_SINCE_APPROVAL',
    changedSinceApproval: { changedBy, changedAt: expect.any(String) },
  });
  if (changedByName) {
    expect(response.body.error.details.changedSinceApproval.changedByName).toBe(changedByName);
    expect(response.body.error.details.message.en).toContain(`by ${changedByName}`);
  }
  expect(response.body.error.details.message.en).toContain('changed since it was approved');
  expect(response.body.error.details.message.ar).toContain('عُدّلت بعد اعتمادها بواسطة');
  expect(await publicStandfirst(documentId)).toBeNull();
  return response;
}

/** A refused write: the draft, the stage and the site as approved. */
async function expectUntouched(documentId: string) {
  expect(await draftStandfirst(documentId)).toBe(APPROVED_TEXT);
  expect(await stateOf(documentId)).toMatchObject({ stage: 'approved', draftChangedBy: null });
  expect((await ledgerOf(documentId)).map((entry) => entry.transition)).toEqual(['submit', 'approve']);
  expect(await publicStandfirst(documentId)).toBeNull();
}

/** Back in review for an Author's change, with the ledger entry naming them. */
async function expectBackInReview(documentId: string, actorId: string | RegExp) {
  const state = await stateOf(documentId);
  expect(state).toMatchObject({ stage: 'in_review', draftChangedBy: expect.stringMatching(actorId) });
  const entry = (await ledgerOf(documentId)).at(-1);
  expect(entry).toMatchObject({
    transition: 'changed_after_approval',
    fromStage: 'approved',
    toStage: 'in_review',
    actorId: expect.stringMatching(actorId),
  });
  // The editor's publish is refused (the story is in review), and nothing is public.
  expect((await cmPublish(documentId)).status).toBe(409);
  expect(await publicStandfirst(documentId)).toBeNull();
}

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  const authorSession = await signInAs(strapi, 'strapi-author');
  const editorSession = await signInAs(strapi, 'strapi-editor');
  author = { session: authorSession, http: asAdmin(strapi, authorSession) };
  editor = { session: editorSession, http: asAdmin(strapi, editorSession) };
  const created = (await strapi
    .service('admin::api-token')
    .create({ name: 'integration', type: 'full-access', lifespan: null })) as { accessKey: string; id: number };
  token = created.accessKey;
  tokenId = String(created.id);
  // A newsroom tool signed in as a newsroom author, given the right to update articles over REST and GraphQL.
  const role = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'newsroom-author' } })) as { id: number };
  await strapi.db
    .query('plugin::users-permissions.permission')
    .create({ data: { action: 'api::article.article.update', role: role.id } });
  const user = (await strapi.db.query('plugin::users-permissions.user').create({
    data: {
      username: 'tool',
      email: 'tool@newsroom.test',
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    },
  })) as { id: number };
  apiAuthorJwt = strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }) as string;
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'approval-binding-'));
});
afterAll(async () => {
  fs.rmSync(folder, { recursive: true, force: true });
  await app?.teardown();
});
afterEach(() => {
  strapi.config.set('plugin::newsroom.approvalBinding', true);
  strapi.config.set('plugin::newsroom.workflow', undefined);
});

describe('approve binds to the draft it approved', () => {
  it('records the hash of the approved draft; an unchanged approved story publishes as approved', async () => {
    const documentId = await approvedStory();
    expect((await stateOf(documentId))?.approvedHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await cmPublish(documentId)).status).toBe(200);
    expect(await publicStandfirst(documentId)).toBe(APPROVED_TEXT);
  });
});

describe('the Author’s edit after approval (default policy): back to review, never public unapproved', () => {
  it('through the Content Manager: back to in_review with a ledger entry; re-approving then publishing works', async () => {
    const documentId = await approvedStory();
    expect((await cmEdit(author, documentId)).status).toBe(200);
    await expectBackInReview(documentId, String(author.session.userId));
    // The Workflow panel says who changed it.
    const panel = await editor.http.get(`/newsroom/workflow/articles/${documentId}?locale=ar`);
    expect(panel.body.data.changedSinceApproval).toMatchObject({
      by: String(author.session.userId),
      byName: expect.stringContaining('strapi-author'),
      at: expect.any(String),
    });
    expect(panel.body.data.labels.transitions.changed_after_approval).toEqual({
      en: 'Changed after approval',
      ar: 'عُدّل بعد الاعتماد',
    });
    // A fresh approval of the new text, then publishing: the new text goes live, as approved.
    await move(editor, documentId, 'approve');
    expect((await stateOf(documentId))?.draftChangedBy).toBeNull();
    expect((await cmPublish(documentId)).status).toBe(200);
    expect(await publicStandfirst(documentId)).toBe(WRONG_TEXT);
  });

  it('through REST as a content-API user of the newsroom-author role: refused, nothing saved', async () => {
    // The role reads and moves stories through the workflow routes; a write is refused (even with the update
    // action granted above, Strapi answers 403 here), so its edit cannot reach anything.
    const documentId = await approvedStory();
    const response = await publicApi(strapi)
      .put(`/api/articles/${documentId}?locale=ar&status=draft`)
      .set('Authorization', `Bearer ${apiAuthorJwt}`)
      .send({ data: { standfirst: WRONG_TEXT } });
    expect(response.status).toBe(403);
    await expectUntouched(documentId);
  });

  it('through REST with an API token', async () => {
    const documentId = await approvedStory();
    // Without ?status=draft a REST write is a save-and-publish (Strapi's default): refused, and nothing is saved.
    const publishing = await publicApi(strapi)
      .put(`/api/articles/${documentId}?locale=ar`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { standfirst: WRONG_TEXT } });
    expect(publishing.status).toBe(409);
    await expectUntouched(documentId);
    const response = await publicApi(strapi)
      .put(`/api/articles/${documentId}?locale=ar&status=draft`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { standfirst: WRONG_TEXT } });
    expect(response.status).toBe(200);
    await expectBackInReview(documentId, `token:${tokenId}`);
  });

  it.each([
    ['an API token', () => token],
    ['a newsroom-author user', () => apiAuthorJwt],
  ])(
    'through GraphQL with %s: a save-and-publish (GraphQL refuses drafts), refused, nothing saved',
    async (_name, bearer) => {
      const documentId = await approvedStory();
      const response = await publicApi(strapi)
        .post('/graphql')
        .set('Authorization', `Bearer ${bearer()}`)
        .send({
          query: `mutation { updateArticle(documentId: "${documentId}", locale: "ar", data: { standfirst: "${WRONG_TEXT}" }) { documentId } }`,
        });
      expect(response.body.errors?.length).toBe(1);
      await expectUntouched(documentId);
    },
  );
});

describe('an Editor’s or the system’s edit after approval: the stage stays, publishing needs a fresh approve', () => {
  it('through the Content Manager as an Editor: 409 naming the editor, on the CM, the panel and bulk publish', async () => {
    const documentId = await approvedStory();
    expect((await cmEdit(editor, documentId)).status).toBe(200);
    expect(await stateOf(documentId)).toMatchObject({
      stage: 'approved',
      draftChangedBy: String(editor.session.userId),
    });
    expect((await ledgerOf(documentId)).map((entry) => entry.transition)).toEqual(['submit', 'approve']);
    await expectRefusedNaming(documentId, String(editor.session.userId));
    const name = (await editor.http.get(`/newsroom/workflow/articles/${documentId}?locale=ar`)).body.data
      .changedSinceApproval.byName as string;
    expect(name).toContain('strapi-editor');
    const refused = await cmPublish(documentId);
    expect(refused.body.error.details.changedSinceApproval.changedByName).toBe(name);
    expect(refused.body.error.details.message.ar).toContain(name);
    // The panel's publish and the bulk publish are refused too; the panel offers a fresh approval instead.
    expect((await takeTransition(editor.http, documentId, { locale: 'ar', transition: 'publish' })).status).toBe(409);
    await editor.http.post(`${cmPath(ARTICLE_UID)}/actions/bulkPublish?locale=ar`, { documentIds: [documentId] });
    expect(await publicStandfirst(documentId)).toBeNull();
    const allowed = (await editor.http.get(`/newsroom/workflow/articles/${documentId}?locale=ar`)).body.data
      .allowed as Array<{ id: string }>;
    expect(allowed.map((transition) => transition.id)).toContain('approve');
    expect(allowed.map((transition) => transition.id)).not.toContain('publish');
    // Approve again (in place), then publish: the edited text goes live as approved.
    await move(editor, documentId, 'approve');
    expect(await stateOf(documentId)).toMatchObject({ stage: 'approved', draftChangedBy: null });
    expect((await cmPublish(documentId)).status).toBe(200);
    expect(await publicStandfirst(documentId)).toBe(WRONG_TEXT);
  });

  it('through strapi.documents().update from code: the system, the stage kept, publishing refused', async () => {
    const documentId = await approvedStory();
    await strapi.documents(ARTICLE_UID).update({ documentId, locale: 'ar', data: { standfirst: WRONG_TEXT } } as never);
    expect(await stateOf(documentId)).toMatchObject({ stage: 'approved', draftChangedBy: 'system:code' });
    await expectRefusedNaming(documentId, 'system:code');
  });

  it('through the import’s update of an existing story (the CLI: no request, the system)', async () => {
    const file = path.join(folder, 'story.jsonl');
    const story = (text: string) => ({
      docno: 'B-1',
      url: 'https://example.com/approval-binding',
      source: 'skynews',
      title: 'البرلمان يقر قانون الموازنة العامة',
      time: 'Sun, 18 Feb 2018 21:35:43 +0400',
      author: 'بغداد - سكاي نيوز عربية',
      abstract: '',
      text,
    });
    const importText = async (text: string) => {
      fs.writeFileSync(file, JSON.stringify(story(text)));
      const session = strapi.plugin('newsroom').service('wireImport').session() as {
        importStory(parsed: ParsedStory): Promise<{ status: string; documentId: string }>;
      };
      for await (const item of readWireInputs([file])) {
        if ('error' in item) throw item.error;
        return session.importStory(item.story);
      }
      throw new Error('no story read');
    };
    const first = await importText('صوّت النواب على القانون.\nوأقروه بالأغلبية.');
    expect(first.status).toBe('created');
    await placeInStage(strapi, first.documentId, 'approved');
    const second = await importText('صوّت النواب على القانون.\nوأقروه بأغلبية 999 صوتاً.');
    expect(second).toMatchObject({ status: 'updated', documentId: first.documentId });
    expect(await stateOf(first.documentId)).toMatchObject({ stage: 'approved', draftChangedBy: 'system:code' });
    await expectRefusedNaming(first.documentId, 'system:code');
  });

  it('an edit back to the approved text clears the change, and publishing works', async () => {
    const documentId = await approvedStory();
    await cmEdit(editor, documentId);
    await cmEdit(editor, documentId, APPROVED_TEXT);
    expect(await stateOf(documentId)).toMatchObject({ stage: 'approved', draftChangedBy: null });
    expect((await cmPublish(documentId)).status).toBe(200);
    expect(await publicStandfirst(documentId)).toBe(APPROVED_TEXT);
  });
});

describe('a live story', () => {
  it('the editor’s publish of the edited draft is its approval, and binds to what it published', async () => {
    const documentId = await approvedStory();
    expect((await cmPublish(documentId)).status).toBe(200);
    const published = await stateOf(documentId);
    await cmEdit(editor, documentId);
    expect(await stateOf(documentId)).toMatchObject({
      stage: 'published',
      draftChangedBy: String(editor.session.userId),
    });
    // Still the approved text on the site until the editor publishes again.
    expect(await publicStandfirst(documentId)).toBe(APPROVED_TEXT);
    expect((await cmPublish(documentId)).status).toBe(200);
    expect(await publicStandfirst(documentId)).toBe(WRONG_TEXT);
    const after = await stateOf(documentId);
    expect(after).toMatchObject({ stage: 'published', draftChangedBy: null });
    expect(after?.approvedHash).not.toBe(published?.approvedHash);
  });
});

describe('a scheduled story changed after approval is held', () => {
  const scheduledStory = async () => {
    const documentId = await approvedStory();
    const at = new Date(Date.now() + HOUR);
    await move(editor, documentId, 'schedule', { scheduleAt: at.toISOString() });
    return { documentId, due: new Date(at.getTime() + HOUR) };
  };

  it('an Editor’s edit: the scheduler does not publish it, past its time; a fresh approval lets it run', async () => {
    const { documentId, due } = await scheduledStory();
    await cmEdit(editor, documentId);
    expect(await workflow().runDueJobs(due)).toBe(0);
    expect(await stateOf(documentId)).toMatchObject({
      stage: 'scheduled',
      draftChangedBy: String(editor.session.userId),
    });
    expect(await publicStandfirst(documentId)).toBeNull();
    // A fresh approval keeps it scheduled at its time; then the scheduler publishes the approved text.
    await move(editor, documentId, 'approve');
    expect((await stateOf(documentId))?.stage).toBe('scheduled');
    expect(await workflow().runDueJobs(due)).toBe(1);
    expect(await publicStandfirst(documentId)).toBe(WRONG_TEXT);
  });

  it('an Author’s edit: back to review, the schedule cleared, nothing published', async () => {
    const { documentId, due } = await scheduledStory();
    expect((await cmEdit(author, documentId)).status).toBe(200);
    expect(await stateOf(documentId)).toMatchObject({ stage: 'in_review', scheduledAt: null });
    expect((await ledgerOf(documentId)).at(-1)).toMatchObject({
      transition: 'changed_after_approval',
      fromStage: 'scheduled',
      toStage: 'in_review',
    });
    expect(await workflow().runDueJobs(due)).toBe(0);
    expect(await publicStandfirst(documentId)).toBeNull();
  });

  it('with approval binding off, the scheduler publishes the changed text (what the guard prevents)', async () => {
    strapi.config.set('plugin::newsroom.approvalBinding', false);
    const { documentId, due } = await scheduledStory();
    await cmEdit(editor, documentId);
    expect(await workflow().runDueJobs(due)).toBe(1);
    expect(await publicStandfirst(documentId)).toBe(WRONG_TEXT);
  });
});

describe('lockAfterSubmit: Authors cannot edit after submitting', () => {
  it('refuses the Author’s edit with 403 in both languages and saves nothing; after withdrawing they can', async () => {
    strapi.config.set('plugin::newsroom.workflow', { lockAfterSubmit: true });
    const documentId = await approvedStory();
    const refused = await cmEdit(author, documentId);
    expect(refused.status).toBe(403);
    expect(refused.body.error.details).toMatchObject({
      code: 'LOCKED_AFTER_SUBMIT',
      message: {
        en: expect.stringContaining('withdraw it to draft first'),
        ar: expect.stringContaining('أعدها إلى المسودة'),
      },
    });
    expect(await draftStandfirst(documentId)).toBe(APPROVED_TEXT);
    expect((await stateOf(documentId))?.stage).toBe('approved');
    // A REST write with an API token (an Author's standing) is locked too.
    const viaRest = await publicApi(strapi)
      .put(`/api/articles/${documentId}?locale=ar&status=draft`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { standfirst: WRONG_TEXT } });
    expect(viaRest.status).toBe(403);
    expect(viaRest.body.error.details.code).toBe('LOCKED_AFTER_SUBMIT');
    expect(await draftStandfirst(documentId)).toBe(APPROVED_TEXT);
    // A story only submitted: locked until the Author withdraws it.
    const submitted = await author.http.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
      title: `خبر مرسل ${Math.random()}`,
      standfirst: APPROVED_TEXT,
    });
    const submittedId = submitted.body.data.documentId as string;
    await move(author, submittedId, 'submit');
    expect((await cmEdit(author, submittedId)).status).toBe(403);
    await move(author, submittedId, 'withdraw');
    expect((await cmEdit(author, submittedId)).status).toBe(200);
    expect(await draftStandfirst(submittedId)).toBe(WRONG_TEXT);
    // An editor's edit is not locked (it needs a fresh approval, as by default).
    expect((await cmEdit(editor, documentId)).status).toBe(200);
  });
});

describe('each guard matters: with approval binding off, the probe gets through', () => {
  it('an Author’s change after approval is published unapproved', async () => {
    strapi.config.set('plugin::newsroom.approvalBinding', false);
    const documentId = await approvedStory();
    expect((await cmEdit(author, documentId)).status).toBe(200);
    expect((await stateOf(documentId))?.stage).toBe('approved');
    expect((await cmPublish(documentId)).status).toBe(200);
    expect(await publicStandfirst(documentId)).toBe(WRONG_TEXT);
  });

  it('an Editor’s change after approval is published without a fresh approval', async () => {
    strapi.config.set('plugin::newsroom.approvalBinding', false);
    const documentId = await approvedStory();
    await strapi.documents(ARTICLE_UID).update({ documentId, locale: 'ar', data: { standfirst: WRONG_TEXT } } as never);
    expect((await cmPublish(documentId)).status).toBe(200);
    expect(await publicStandfirst(documentId)).toBe(WRONG_TEXT);
  });
});
