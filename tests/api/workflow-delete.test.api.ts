import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs, type RoleCode } from '../helpers/admin';
import { placeInStage } from '../helpers/workflow';
import { ARTICLE_UID, LEDGER_UID } from '../../src/plugins/newsroom/core/model';

/**
 * Deleting an article locale that has a published version takes it off the site: on every path (Content Manager
 * delete and bulk delete, REST, GraphQL, code) it needs the unpublish right and leaves a `delete` ledger entry.
 * With the workflow guard off (plain Strapi), an Author deletes their own live story without a trace.
 */
const ADMIN_ROLES: RoleCode[] = ['strapi-author', 'strapi-editor', 'strapi-super-admin'];

let app: TestStrapi;
let strapi: Core.Strapi;
let token: string;
const sessions = {} as Record<RoleCode, ReturnType<typeof asAdmin>>;

const unpublishRoles = () =>
  (strapi.plugin('newsroom').service('workflow').config() as { transitions: { unpublish: { roles: string[] } } })
    .transitions.unpublish.roles;
const mayUnpublish = (role: RoleCode) => role === 'strapi-super-admin' || unpublishRoles().includes(role);

/** A published Arabic article created in the Content Manager by `creator` (so an Author owns it). */
async function liveArticleOf(creator: RoleCode, published = true): Promise<string> {
  const created = await sessions[creator].post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
    title: `خبر للحذف ${Math.random()}`,
    body: paragraphs('نص'),
  });
  if (created.status !== 201 && created.status !== 200)
    throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const documentId = created.body.data.documentId as string;
  if (published) await placeInStage(strapi, documentId, 'published');
  return documentId;
}

const rows = (documentId: string) => strapi.db.query(ARTICLE_UID).count({ where: { documentId } });
const isLive = async (documentId: string) =>
  (await strapi.db.query(ARTICLE_UID).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
const deleteEntries = (documentId: string) =>
  strapi.db.query(LEDGER_UID).findMany({ where: { targetDocumentId: documentId, transition: 'delete' } }) as Promise<
    Array<{ actorId: string; fromStage: string; toStage: string }>
  >;

type Path = (documentId: string, role: RoleCode) => Promise<unknown>;
/** Every path that deletes an article; the admin ones as `role`, the token ones with a full-access token. */
const adminPaths: Array<[string, Path]> = [
  ['Content Manager delete', (id, role) => sessions[role].delete(`${cmPath(ARTICLE_UID, id)}?locale=ar`)],
  [
    'Content Manager bulk delete',
    (id, role) => sessions[role].post(`${cmPath(ARTICLE_UID)}/actions/bulkDelete?locale=ar`, { documentIds: [id] }),
  ],
];
const tokenPaths: Array<[string, Path]> = [
  [
    'REST DELETE with a full-access token',
    (id) => publicApi(strapi).delete(`/api/articles/${id}?locale=ar`).set('Authorization', `Bearer ${token}`),
  ],
  [
    'GraphQL deleteArticle with a full-access token',
    (id) =>
      publicApi(strapi)
        .post('/graphql')
        .set('Authorization', `Bearer ${token}`)
        .send({ query: `mutation { deleteArticle(documentId: "${id}", locale: "ar") { documentId } }` }),
  ],
];

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  for (const role of ADMIN_ROLES) sessions[role] = asAdmin(strapi, await signInAs(strapi, role));
  token = (
    (await strapi.service('admin::api-token').create({ name: 'full', type: 'full-access', lifespan: null })) as {
      accessKey: string;
    }
  ).accessKey;
});
afterAll(async () => app?.teardown());
afterEach(() => strapi.config.set('plugin::newsroom.workflowGuard', true));

describe('deleting a published locale needs the unpublish right and is recorded', () => {
  it('the plain-Strapi hole: with the guard off an Author deletes their own live story, no ledger entry', async () => {
    strapi.config.set('plugin::newsroom.workflowGuard', false);
    const documentId = await liveArticleOf('strapi-author');
    const response = (await sessions['strapi-author'].delete(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`)) as {
      status: number;
    };
    expect(response.status).toBe(200);
    expect(await rows(documentId)).toBe(0);
    expect(await deleteEntries(documentId)).toEqual([]);
  });

  const matrix = adminPaths.flatMap(([name, path]) => ADMIN_ROLES.map((role) => [name, role, path] as const));
  it.each(matrix)('%s as %s: allowed and ledgered exactly when the role may unpublish', async (_name, role, path) => {
    // Authors delete only their own documents: give them their own story, so the refusal is the workflow's.
    const documentId = await liveArticleOf(role === 'strapi-author' ? 'strapi-author' : 'strapi-editor');
    await path(documentId, role);
    if (mayUnpublish(role)) {
      expect(await rows(documentId)).toBe(0);
      expect(await deleteEntries(documentId)).toEqual([
        expect.objectContaining({ fromStage: 'published', toStage: 'unpublished' }),
      ]);
    } else {
      expect(await isLive(documentId)).toBe(true);
      expect(await deleteEntries(documentId)).toEqual([]);
    }
  });

  it.each(tokenPaths)('%s: refused (a token takes no workflow transition), nothing deleted', async (_name, path) => {
    const documentId = await liveArticleOf('strapi-editor');
    const response = (await path(documentId, 'strapi-editor')) as { status: number; body: { errors?: unknown[] } };
    expect(response.status >= 400 || (response.body.errors ?? []).length > 0).toBe(true);
    expect(await isLive(documentId)).toBe(true);
    expect(await deleteEntries(documentId)).toEqual([]);
  });

  it('strapi.documents().delete() from code (no request): allowed, recorded as the system', async () => {
    const documentId = await liveArticleOf('strapi-editor');
    await strapi.documents(ARTICLE_UID).delete({ documentId, locale: 'ar' });
    expect(await rows(documentId)).toBe(0);
    expect(await deleteEntries(documentId)).toEqual([expect.objectContaining({ actorId: 'system:code' })]);
  });

  it("a locale never published is the content permissions' business: an Author deletes their own draft, no ledger entry", async () => {
    const documentId = await liveArticleOf('strapi-author', false);
    expect((await sessions['strapi-author'].delete(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`)).status).toBe(200);
    expect(await rows(documentId)).toBe(0);
    expect(await deleteEntries(documentId)).toEqual([]);
  });

  it('the refusal names the right in both languages', async () => {
    const documentId = await liveArticleOf('strapi-author');
    const response = await sessions['strapi-author'].delete(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`);
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).toMatch(/delete the Arabic version while it is published/);
  });
});
