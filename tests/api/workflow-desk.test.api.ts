import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { placeInStage } from '../helpers/workflow';
import { asAdmin, cmPath, paragraphs, signInAs, takeTransition, type AdminSession } from '../helpers/admin';
import { ARTICLE_UID, LEDGER_UID, TOPIC_UID, WORKFLOW_STATE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * The desk follows the story (README, Publishing workflow → Assignees): request_changes hands the story back to
 * its writer, submit to the section's desk (newsroom.config.workflow.desks), a named assignee wins, and every
 * assignment is on the ledger entry of its move.
 */

type Http = ReturnType<typeof asAdmin>;
let app: TestStrapi;
let strapi: Core.Strapi;
const users = {} as Record<'writer' | 'editor' | 'deskEditor' | 'otherEditor', { session: AdminSession; http: Http }>;
let baseWorkflow: unknown;
let politics: { documentId: string; slug: string };
let economy: { documentId: string };

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  const sign = async (role: 'strapi-author' | 'strapi-editor') => {
    const session = await signInAs(strapi, role);
    return { session, http: asAdmin(strapi, session) };
  };
  users.writer = await sign('strapi-author');
  users.editor = await sign('strapi-editor');
  users.deskEditor = await sign('strapi-editor');
  users.otherEditor = await sign('strapi-editor');
  baseWorkflow = strapi.plugin('newsroom').config('workflow');
  const topic = async (name: string, data: Record<string, unknown>) =>
    (await strapi.documents(TOPIC_UID).create({ locale: 'ar', data: { name, ...data } as never })) as unknown as {
      documentId: string;
      slug: string;
    };
  politics = await topic('سياسة', { kind: 'section', slug: 'politics' });
  economy = await topic('اقتصاد', { kind: 'section', slug: 'economy' });
});
afterAll(async () => app?.teardown());
afterEach(() => strapi.config.set('plugin::newsroom.workflow', baseWorkflow));

const withDesks = (desks: Record<string, Array<string | number>>) =>
  strapi.config.set('plugin::newsroom.workflow', { ...(baseWorkflow as object), desks });

const id = (who: keyof typeof users) => String(users[who].session.userId);

/** An Arabic article written (created) by `writer` in the Content Manager, filed under `topics`. */
async function story(topics: string[] = []): Promise<string> {
  const created = await users.writer.http.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
    title: `خبر المكتب ${Math.random()}`,
    body: paragraphs('نص الخبر'),
  });
  expect(created.status).toBe(201);
  const { documentId } = created.body.data as { documentId: string };
  if (topics.length > 0)
    await strapi.documents(ARTICLE_UID).update({ documentId, locale: 'ar', data: { topics } as never });
  return documentId;
}

const assigneeOf = async (documentId: string) =>
  (
    (await strapi.db.query(WORKFLOW_STATE_UID).findOne({ where: { targetDocumentId: documentId, locale: 'ar' } })) as {
      assigneeId: string | null;
    } | null
  )?.assigneeId ?? null;

const ledgerOf = async (documentId: string) =>
  (await strapi.db.query(LEDGER_UID).findMany({
    where: { targetDocumentId: documentId },
    orderBy: [{ id: 'asc' }],
  })) as Array<{ transition: string; actorId: string; assigneeId: string | null }>;

const move = async (who: keyof typeof users, documentId: string, transition: string, extra: object = {}) => {
  const response = await takeTransition(users[who].http, documentId, { locale: 'ar', transition, ...extra });
  expect({ transition, status: response.status, body: response.status === 200 ? null : response.body }).toEqual({
    transition,
    status: 200,
    body: null,
  });
  return response;
};

describe('request_changes hands the story back to its writer', () => {
  it('the last submitter, with the assignment on the ledger entry', async () => {
    const documentId = await story();
    await move('writer', documentId, 'submit');
    await move('editor', documentId, 'request_changes', { reason: 'المصادر ناقصة' });
    expect(await assigneeOf(documentId)).toBe(id('writer'));
    expect(await ledgerOf(documentId)).toEqual([
      expect.objectContaining({ transition: 'submit', actorId: id('writer'), assigneeId: null }),
      expect.objectContaining({ transition: 'request_changes', actorId: id('editor'), assigneeId: id('writer') }),
    ]);
    // The writer's "Assigned to me" finds it.
    const mine = await users.writer.http.get(`/newsroom/workflow/summary?locale=ar&documentIds=${documentId}`);
    expect(mine.status).toBe(200);
    expect(JSON.stringify(mine.body)).toContain(id('writer'));
  });

  it('prefers the last submitter to the creator', async () => {
    const documentId = await story();
    await move('otherEditor', documentId, 'submit'); // editors may submit in this app
    await move('editor', documentId, 'request_changes', { reason: 'إعادة صياغة' });
    expect(await assigneeOf(documentId)).toBe(id('otherEditor'));
  });

  it('falls back to the creator when nobody submitted it on the ledger', async () => {
    const documentId = await story();
    await placeInStage(strapi, documentId, 'in_review');
    await move('editor', documentId, 'request_changes', { reason: 'تدقيق' });
    expect(await assigneeOf(documentId)).toBe(id('writer'));
  });

  it('a named assignee wins', async () => {
    const documentId = await story();
    await move('writer', documentId, 'submit');
    await move('editor', documentId, 'request_changes', { reason: 'تدقيق', assignee: id('otherEditor') });
    expect(await assigneeOf(documentId)).toBe(id('otherEditor'));
    expect((await ledgerOf(documentId)).at(-1)).toMatchObject({ assigneeId: id('otherEditor') });
  });
});

describe('submit hands the story to its section’s desk', () => {
  it('the desk named by the section’s slug', async () => {
    withDesks({ [politics.slug]: [users.deskEditor.session.userId] });
    const documentId = await story([politics.documentId]);
    await move('writer', documentId, 'submit');
    expect(await assigneeOf(documentId)).toBe(id('deskEditor'));
    expect((await ledgerOf(documentId)).at(-1)).toMatchObject({ transition: 'submit', assigneeId: id('deskEditor') });
  });

  it('the desk named by the section’s documentId, with e-mails; the first active editor in order', async () => {
    await strapi.db
      .query('admin::user')
      .update({ where: { id: users.otherEditor.session.userId }, data: { isActive: false } });
    try {
      withDesks({
        [economy.documentId]: [users.otherEditor.session.email, users.deskEditor.session.email.toUpperCase()],
      });
      const documentId = await story([economy.documentId]);
      await move('writer', documentId, 'submit');
      expect(await assigneeOf(documentId)).toBe(id('deskEditor'));
    } finally {
      await strapi.db
        .query('admin::user')
        .update({ where: { id: users.otherEditor.session.userId }, data: { isActive: true } });
    }
  });

  it('a story under a topic of the section goes to the section’s desk', async () => {
    withDesks({ politics: [users.deskEditor.session.userId] });
    const child = (await strapi.documents(TOPIC_UID).create({
      locale: 'ar',
      data: { name: 'انتخابات', kind: 'topic', parent: politics.documentId } as never,
    })) as unknown as {
      documentId: string;
    };
    const documentId = await story([child.documentId]);
    await move('writer', documentId, 'submit');
    expect(await assigneeOf(documentId)).toBe(id('deskEditor'));
  });

  it('a named assignee wins over the desk; no desk keeps the assignee', async () => {
    withDesks({ politics: [users.deskEditor.session.userId] });
    const named = await story([politics.documentId]);
    await move('writer', named, 'submit', { assignee: id('editor') });
    expect(await assigneeOf(named)).toBe(id('editor'));
    const noDesk = await story([economy.documentId]);
    await move('writer', noDesk, 'submit');
    expect(await assigneeOf(noDesk)).toBeNull();
  });

  it('the whole round: submit → desk, request_changes → writer, resubmit → desk', async () => {
    withDesks({ politics: [users.deskEditor.session.userId] });
    const documentId = await story([politics.documentId]);
    await move('writer', documentId, 'submit');
    await move('deskEditor', documentId, 'request_changes', { reason: 'عنوان أقصر' });
    await move('writer', documentId, 'submit');
    expect((await ledgerOf(documentId)).map((entry) => [entry.transition, entry.assigneeId])).toEqual([
      ['submit', id('deskEditor')],
      ['request_changes', id('writer')],
      ['submit', id('deskEditor')],
    ]);
  });

  it('refuses a misconfigured desk, naming the key', () => {
    strapi.config.set('plugin::newsroom.workflow', { ...(baseWorkflow as object), desks: { politics: ['sara'] } });
    expect(() => strapi.plugin('newsroom').service('workflow').config()).toThrow(
      'newsroom.workflow.desks.politics[0]: an admin user id or e-mail',
    );
  });
});
