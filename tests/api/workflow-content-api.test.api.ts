import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { placeInStage, transitionBody } from '../helpers/workflow';
import { paragraphs, publicApi } from '../helpers/admin';

const ARTICLE = 'api::article.article';
const LEDGER = 'plugin::newsroom.ledger-entry';
const STAGES = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'unpublished'] as const;
/** users-permissions role type → the workflow role it acts as (the plugin's default contentApiRoles). */
const API_ROLES = { 'newsroom-author': 'strapi-author', 'newsroom-editor': 'strapi-editor' } as const;
const TRANSITION_ROUTE = (documentId: string) => `/api/newsroom/workflow/articles/${documentId}/transitions`;

let app: TestStrapi;
let strapi: Core.Strapi;
const jwts: Record<string, string> = {};
let counter = 0;

/** A confirmed users-permissions user with the role of `type`, and its JWT. */
async function userWithRole(type: string): Promise<string> {
  counter += 1;
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } })) as { id: number };
  const user = (await strapi.db.query('plugin::users-permissions.user').create({
    data: { username: `${type}-${counter}`, email: `${type}-${counter}@newsroom.test`, provider: 'local', confirmed: true, blocked: false, role: role.id },
  })) as { id: number };
  return strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }) as string;
}

/** An Arabic article put straight into `stage` (test setup, as in the admin matrix). */
async function articleIn(stage: string): Promise<string> {
  const created = (await strapi.documents(ARTICLE).create({ locale: 'ar', data: { title: `خبر عبر الواجهة ${Math.random()}`, body: paragraphs('نص') } })) as { documentId: string };
  const { documentId } = created;
  await placeInStage(strapi, documentId, stage);
  return documentId;
}

const bodyFor = transitionBody;
const post = (jwt: string, documentId: string, body: object) => publicApi(strapi).post(TRANSITION_ROUTE(documentId)).set('Authorization', `Bearer ${jwt}`).send(body);
const ledgerCount = (documentId: string) => strapi.db.query(LEDGER).count({ where: { targetDocumentId: documentId } });

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  for (const type of [...Object.keys(API_ROLES), 'authenticated']) jwts[type] = await userWithRole(type);
});
afterAll(async () => app?.teardown());

describe('the role × transition matrix through the content API', () => {
  it('allows exactly what the configuration allows the mapped role, one ledger entry per move, none per refusal', async () => {
    const config = strapi.plugin('newsroom').service('workflow').config() as { transitions: Record<string, { from: string[]; roles: string[] } | null> };
    const failures: string[] = [];
    let allowed = 0;
    for (const [transition, rule] of Object.entries(config.transitions)) {
      if (!rule) continue;
      for (const stage of STAGES) {
        for (const [type, workflowRole] of Object.entries(API_ROLES)) {
          const documentId = await articleIn(stage);
          const response = await post(jwts[type], documentId, bodyFor(transition));
          const expected = rule.from.includes(stage) && rule.roles.includes(workflowRole);
          const entries = await ledgerCount(documentId);
          if (expected) allowed += 1;
          const ok = expected ? response.status === 200 && entries === 1 : [403, 409].includes(response.status) && entries === 0;
          if (!ok) failures.push(`${type} ${transition} from ${stage}: ${response.status} ledger=${entries} ${JSON.stringify(response.body.error?.message ?? '')}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(allowed).toBeGreaterThan(10);
  });

  it('records the API user as the actor, and publishes for real', async () => {
    const documentId = await articleIn('approved');
    const response = await post(jwts['newsroom-editor'], documentId, { locale: 'ar', transition: 'publish' });
    expect(response.status).toBe(200);
    const [entry] = (await strapi.db.query(LEDGER).findMany({ where: { targetDocumentId: documentId } })) as Array<{ actorId: string; transition: string }>;
    expect(entry).toMatchObject({ transition: 'publish', actorId: expect.stringMatching(/^api:\d+$/) });
    expect((await publicApi(strapi).get(`/api/articles/${documentId}`).query({ locale: 'ar' })).status).toBe(200);
  });
});

describe('who may call the workflow routes', () => {
  it('Public: no permission (403), nothing written', async () => {
    const documentId = await articleIn('in_review');
    expect((await publicApi(strapi).post(TRANSITION_ROUTE(documentId)).send({ locale: 'ar', transition: 'approve' })).status).toBe(403);
    expect(await ledgerCount(documentId)).toBe(0);
  });

  it('a plain Authenticated user: refused by the route permission, and by the workflow-role policy once granted it', async () => {
    const documentId = await articleIn('in_review');
    expect((await post(jwts.authenticated, documentId, { locale: 'ar', transition: 'approve' })).status).toBe(403);
    // Grant the route to the plain role: the permission no longer stops it, the workflow-role policy does.
    const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })) as { id: number };
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'plugin::newsroom.workflowApi.transition', role: role.id } });
    const state = await publicApi(strapi).get(`/api/newsroom/workflow/articles/${documentId}`).set('Authorization', `Bearer ${jwts.authenticated}`);
    expect(state.status).toBe(403);
    const granted = await post(jwts.authenticated, documentId, { locale: 'ar', transition: 'approve' });
    expect(granted.status).toBe(403);
    expect(granted.body.error.message).toMatch(/newsroom authors and editors/);
    expect(await ledgerCount(documentId)).toBe(0);
    // The same request from a newsroom editor goes through: the refusal above is the policy's.
    expect((await post(jwts['newsroom-editor'], documentId, { locale: 'ar', transition: 'approve' })).status).toBe(200);
  });

  it('tells a newsroom author what they may do next', async () => {
    const documentId = await articleIn('draft');
    const response = await publicApi(strapi).get(`/api/newsroom/workflow/articles/${documentId}?locale=ar`).set('Authorization', `Bearer ${jwts['newsroom-author']}`);
    expect(response.status).toBe(200);
    expect(response.body.data.state.stage).toBe('draft');
    expect(response.body.data.allowed.map((t: { id: string }) => t.id)).toEqual(['submit']);
  });
});
