import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs, takeTransition, type AdminSession } from '../helpers/admin';
import { ARTICLE_UID, LEDGER_UID } from '../../src/plugins/newsroom/core/model';

let app: TestStrapi;
let strapi: Core.Strapi;
let author: { session: AdminSession; http: ReturnType<typeof asAdmin> };
let editor: { session: AdminSession; http: ReturnType<typeof asAdmin> };
const ids = { draft: '', inReview: '', assigned: '' };

const write = async (title: string): Promise<string> => {
  const created = await author.http.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title, body: paragraphs('نص الخبر') });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.data.documentId as string;
};

/** The Content Manager's list of Arabic articles with the list view's workflow parameters. */
const listed = async (params: Record<string, string>): Promise<string[]> => {
  const query = new URLSearchParams({ page: '1', pageSize: '50', locale: 'ar', ...params });
  const response = await editor.http.get(`${cmPath(ARTICLE_UID)}?${query.toString()}`);
  expect(response.status).toBe(200);
  return (response.body.results as Array<{ documentId: string }>).map((row) => row.documentId).sort();
};

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  for (const [role, slot] of [
    ['strapi-author', 'author'],
    ['strapi-editor', 'editor'],
  ] as const) {
    const session = await signInAs(strapi, role);
    const value = { session, http: asAdmin(strapi, session) };
    if (slot === 'author') author = value;
    else editor = value;
  }
  ids.draft = await write('مسودة لم تتحرك');
  ids.inReview = await write('خبر قيد المراجعة');
  ids.assigned = await write('خبر مسند إلى المحرر');
  expect((await takeTransition(author.http, ids.inReview, { locale: 'ar', transition: 'submit' })).status).toBe(200);
  const handed = await editor.http.post(`/newsroom/workflow/articles/${ids.assigned}/assignee`, {
    locale: 'ar',
    assignee: String(editor.session.userId),
  });
  expect(handed.status).toBe(200);
});
afterAll(async () => app?.teardown());

describe('assigning a story', () => {
  it('an editor assigns without moving the stage, and the ledger records it', async () => {
    const { body } = await editor.http.get(`/newsroom/workflow/articles/${ids.assigned}?locale=ar`);
    expect(body.data.state).toMatchObject({ stage: 'draft', assignee: String(editor.session.userId) });
    expect(body.data.ledger[0]).toMatchObject({ transition: 'assign', fromStage: 'draft', toStage: 'draft' });
    expect(body.data.labels.transitions.assign).toEqual({ en: 'Assign', ar: 'إسناد' });
  });

  it('refuses an author (403) and an unknown user (400 naming the field), writing nothing', async () => {
    const before = await strapi.db.query(LEDGER_UID).count({ where: { targetDocumentId: ids.draft } });
    const byAuthor = await author.http.post(`/newsroom/workflow/articles/${ids.draft}/assignee`, {
      locale: 'ar',
      assignee: String(author.session.userId),
    });
    expect(byAuthor.status).toBe(403);
    const unknown = await editor.http.post(`/newsroom/workflow/articles/${ids.draft}/assignee`, {
      locale: 'ar',
      assignee: '999999',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/^assignee: /);
    const missing = await editor.http.post(`/newsroom/workflow/articles/${ids.draft}/assignee`, { locale: 'ar' });
    expect(missing.status).toBe(400);
    expect(await strapi.db.query(LEDGER_UID).count({ where: { targetDocumentId: ids.draft } })).toBe(before);
  });

  it('lists active admin users to assign to', async () => {
    const { body } = await author.http.get('/newsroom/workflow/assignees');
    expect(body.data).toEqual(
      expect.arrayContaining([{ id: String(editor.session.userId), name: expect.any(String) }]),
    );
  });
});

describe('the list view: stage and assignee columns and filters', () => {
  it('summarizes a page of articles: stage (first stage without a row) and assignee name', async () => {
    const documentIds = [ids.draft, ids.inReview, ids.assigned].join(',');
    const { status, body } = await editor.http.get(`/newsroom/workflow/summary?locale=ar&documentIds=${documentIds}`);
    expect(status).toBe(200);
    expect(body.data[ids.draft]).toEqual({ stage: 'draft' });
    expect(body.data[ids.inReview]).toEqual({ stage: 'in_review' });
    expect(body.data[ids.assigned]).toMatchObject({ stage: 'draft', assignee: { id: String(editor.session.userId) } });
    expect(body.labels.in_review).toEqual({ en: 'In review', ar: expect.any(String) });
  });

  it('filters the Content Manager list by stage, by assignee ("assigned to me"), and both', async () => {
    const all = await listed({});
    expect(all).toEqual(expect.arrayContaining([ids.draft, ids.inReview, ids.assigned]));
    expect(await listed({ workflowStage: 'in_review' })).toEqual([ids.inReview]);
    // Draft includes documents that never moved (no workflow row) and excludes moved ones.
    const drafts = await listed({ workflowStage: 'draft' });
    expect(drafts).toEqual(expect.arrayContaining([ids.draft, ids.assigned]));
    expect(drafts).not.toContain(ids.inReview);
    expect(await listed({ workflowAssignee: String(editor.session.userId) })).toEqual([ids.assigned]);
    expect(await listed({ workflowAssignee: String(editor.session.userId), workflowStage: 'in_review' })).toEqual([]);
    // The count follows the filter (the pager must not promise rows that are not there).
    const query = new URLSearchParams({ page: '1', pageSize: '50', locale: 'ar', workflowStage: 'in_review' });
    expect((await editor.http.get(`${cmPath(ARTICLE_UID)}?${query.toString()}`)).body.pagination.total).toBe(1);
  });

  it('is not a public filter: the content API refuses the parameter', async () => {
    const response = await publicApi(strapi).get('/api/articles').query({ workflowStage: 'in_review' });
    expect(response.status).toBe(400);
  });
});
