import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { placeInStage } from '../helpers/workflow';
import { asAdmin, cmPath, paragraphs, signInAs, type AdminSession, type RoleCode } from '../helpers/admin';
import { ARTICLE_UID, STAGES, TOPIC_UID } from '../../src/plugins/newsroom/core/model';
import type { EditAccessView } from '../../src/plugins/newsroom/shared/contracts/edit-access';

/**
 * Issue #17 item 5: the edit view tells the truth. GET /newsroom/access/:documentId answers whether the signed-in
 * admin user may edit a document's locale now, and why not; the edit view turns a "no" into a read-only form.
 * Generated over the roles (the creator, another Author, an Editor, a Super Admin), every workflow stage and
 * both settings of `lockAfterSubmit`: each answer is checked against a table AND against what the real save
 * (the Content Manager's PUT) does for the same user on the same story — a "yes" saves, a "no" is refused.
 */

type Http = ReturnType<typeof asAdmin>;
type Who = 'creator' | 'otherAuthor' | 'editor' | 'superAdmin';
const ROLES: Record<Who, RoleCode> = {
  creator: 'strapi-author',
  otherAuthor: 'strapi-author',
  editor: 'strapi-editor',
  superAdmin: 'strapi-super-admin',
};
/** What `lockAfterSubmit` locks for Authors (domain/workflow/approval-binding.ts). */
const SUBMITTED = new Set(['in_review', 'approved', 'scheduled']);

let app: TestStrapi;
let strapi: Core.Strapi;
const users = {} as Record<Who, { session: AdminSession; http: Http }>;

const access = (who: Who, documentId: string, model: string = ARTICLE_UID, locale = 'ar') =>
  users[who].http.get(
    `/newsroom/access/${documentId}?model=${encodeURIComponent(model)}&locale=${encodeURIComponent(locale)}`,
  );

/** The table: who may edit a story the creator wrote, in a stage, with or without the lock. */
function expected(who: Who, stage: string, locked: boolean): string | null {
  if (who === 'otherAuthor') return 'NOT_CREATOR';
  if (who === 'creator' && locked && SUBMITTED.has(stage)) return 'LOCKED_AFTER_SUBMIT';
  return null;
}

async function storyByCreator(stage: string): Promise<string> {
  const created = await users.creator.http.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
    title: `خبر في مرحلة ${stage}`,
    body: paragraphs('نص الخبر'),
  });
  expect(created.status).toBe(201);
  const documentId = created.body.data.documentId as string;
  await placeInStage(strapi, documentId, stage);
  return documentId;
}

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  for (const who of Object.keys(ROLES) as Who[]) {
    const session = await signInAs(strapi, ROLES[who]);
    users[who] = { session, http: asAdmin(strapi, session) };
  }
  // Booting takes minutes on a loaded machine.
}, 600_000);

afterAll(async () => {
  await app?.teardown();
});

afterEach(() => {
  strapi.config.set('plugin::newsroom.workflow', undefined);
});

const cases = [false, true].flatMap((locked) =>
  STAGES.flatMap((stage) => (Object.keys(ROLES) as Who[]).map((who) => ({ locked, stage, who }))),
);

describe.each(cases)('lockAfterSubmit $locked, stage $stage, $who', ({ locked, stage, who }) => {
  it('answers as the table says, and the real save agrees', async () => {
    if (locked) strapi.config.set('plugin::newsroom.workflow', { lockAfterSubmit: true });
    const documentId = await storyByCreator(stage);

    const answer = await access(who, documentId);
    expect(answer.status).toBe(200);
    const view = answer.body.data as EditAccessView;
    const code = expected(who, stage, locked);
    expect({ mayEdit: view.mayEdit, code: view.reason?.code ?? null }).toEqual({ mayEdit: code === null, code });
    if (view.reason) {
      // The line the edit view shows, in both languages.
      expect(view.reason.message.ar).toMatch(/^للقراءة فقط: /);
      expect(view.reason.message.en).toMatch(/^Read only: /);
    }

    const saved = await users[who].http.put(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`, {
      standfirst: `تعديل من ${who}`,
    });
    expect([saved.status, saved.body.error?.message]).toEqual(
      view.mayEdit ? [200, undefined] : [403, expect.any(String)],
    );
    if (code === 'LOCKED_AFTER_SUBMIT') expect(saved.body.error.details.code).toBe(code);
  });
});

describe('the answer for other content types and bad requests', () => {
  it('applies "is creator" to topics too: another Author may not edit, an Editor may', async () => {
    const created = await users.creator.http.post(`${cmPath(TOPIC_UID)}?locale=ar`, {
      name: 'موضوع الاختبار',
      kind: 'topic',
    });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId as string;
    const answers = Object.fromEntries(
      await Promise.all(
        (['creator', 'otherAuthor', 'editor'] as Who[]).map(async (who) => {
          const response = await access(who, documentId, TOPIC_UID);
          return [who, (response.body.data as EditAccessView).reason?.code ?? 'may edit'];
        }),
      ),
    );
    expect(answers).toEqual({ creator: 'may edit', otherAuthor: 'NOT_CREATOR', editor: 'may edit' });
    const refused = await users.otherAuthor.http.put(`${cmPath(TOPIC_UID, documentId)}?locale=ar`, { name: 'تغيير' });
    expect(refused.status).toBe(403);
  });

  it('refuses an unknown content type with 400 naming `model`, a missing locale with 404, and anonymous callers', async () => {
    const documentId = await storyByCreator('draft');
    const badModel = await access('editor', documentId, 'plugin::newsroom.workflow-state');
    expect(badModel.status).toBe(400);
    expect(badModel.body.error.details.message).toEqual({
      en: expect.stringMatching(/^model: /),
      ar: expect.stringMatching(/^model: /),
    });
    expect((await access('editor', documentId, ARTICLE_UID, 'en')).status).toBe(404);
    expect((await access('editor', 'no-such-document')).status).toBe(404);
    const anonymous = await asAdmin(strapi, { ...users.editor.session, token: 'not-a-token' }).get(
      `/newsroom/access/${documentId}?model=${ARTICLE_UID}&locale=ar`,
    );
    expect(anonymous.status).toBe(401);
  });

  it('offers another Author no workflow move on a story that is not theirs, and the creator their submit', async () => {
    const documentId = await storyByCreator('draft');
    const panel = async (who: Who) =>
      (
        (await users[who].http.get(`/newsroom/workflow/articles/${documentId}?locale=ar`)).body.data.allowed as Array<{
          id: string;
        }>
      ).map((transition) => transition.id);
    expect(await panel('otherAuthor')).toEqual([]);
    expect(await panel('creator')).toEqual(['submit']);
    // The server refuses the move the panel no longer offers.
    const refused = await users.otherAuthor.http.post(`/newsroom/workflow/articles/${documentId}/transitions`, {
      locale: 'ar',
      transition: 'submit',
    });
    expect(refused.status).toBe(403);
  });
});
