import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { placeInStage, transitionBody } from '../helpers/workflow';
import { paragraphs, publicApi } from '../helpers/admin';
import { ARTICLE_UID, LEDGER_UID } from '../../src/plugins/newsroom/core/model';
import { STAGES } from '../../src/plugins/newsroom/core/workflow/stages';

/** users-permissions role type → the workflow role it acts as (the plugin's default contentApiRoles). */
const API_ROLES = { 'newsroom-author': 'strapi-author', 'newsroom-editor': 'strapi-editor' } as const;
const TRANSITION_ROUTE = (documentId: string) => `/api/newsroom/workflow/articles/${documentId}/transitions`;

let app: TestStrapi;
let strapi: Core.Strapi;
const jwts: Record<string, string> = {};
let counter = 0;
/** The admin user whose articles the newsroom-author API user owns (same e-mail), and another writer. */
let ownerAdminId: number;
let otherAdminId: number;

/** A confirmed users-permissions user with the role of `type`, and its JWT. */
async function userWithRole(type: string, email = `${type}-${(counter += 1)}@newsroom.test`): Promise<string> {
  const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } })) as { id: number };
  const user = (await strapi.db.query('plugin::users-permissions.user').create({
    data: { username: email.split('@')[0], email, provider: 'local', confirmed: true, blocked: false, role: role.id },
  })) as { id: number };
  return strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }) as string;
}

async function adminAuthor(email: string): Promise<number> {
  const role = (await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } })) as { id: number };
  const user = (await strapi.db
    .query('admin::user')
    .create({ data: { email, firstname: 'Writer', isActive: true, roles: [role.id] } })) as { id: number };
  return user.id;
}

/** An Arabic article created by the admin user `creator`, put straight into `stage` (test setup, as in the admin matrix). */
async function articleIn(stage: string, creator = ownerAdminId): Promise<string> {
  const created = (await strapi
    .documents(ARTICLE_UID)
    .create({ locale: 'ar', data: { title: `خبر عبر الواجهة ${Math.random()}`, body: paragraphs('نص') } })) as {
    documentId: string;
  };
  const { documentId } = created;
  await strapi.db
    .query(ARTICLE_UID)
    .update({ where: { documentId, locale: 'ar', publishedAt: null }, data: { createdBy: creator } });
  await placeInStage(strapi, documentId, stage);
  return documentId;
}

const bodyFor = transitionBody;
const post = (jwt: string, documentId: string, body: object) =>
  publicApi(strapi).post(TRANSITION_ROUTE(documentId)).set('Authorization', `Bearer ${jwt}`).send(body);
const ledgerCount = (documentId: string) =>
  strapi.db.query(LEDGER_UID).count({ where: { targetDocumentId: documentId } });

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  for (const type of [...Object.keys(API_ROLES), 'authenticated']) jwts[type] = await userWithRole(type);
  // The API author's admin twin (e-mail in another case: the match ignores case) and a colleague.
  ownerAdminId = await adminAuthor('Newsroom-Author-1@Newsroom.test');
  otherAdminId = await adminAuthor('colleague@newsroom.test');
  jwts.otherAuthor = await userWithRole('newsroom-author', 'someone-else@newsroom.test');
});
afterAll(async () => app?.teardown());

describe('the role × transition matrix through the content API', () => {
  it('allows exactly what the configuration allows the mapped role, one ledger entry per move, none per refusal', async () => {
    const config = strapi.plugin('newsroom').service('workflow').config() as {
      transitions: Record<string, { from: string[]; roles: string[] } | null>;
    };
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
          const ok = expected
            ? response.status === 200 && entries === 1
            : [403, 409].includes(response.status) && entries === 0;
          if (!ok)
            failures.push(
              `${type} ${transition} from ${stage}: ${response.status} ledger=${entries} ${JSON.stringify(response.body.error?.message ?? '')}`,
            );
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
    const [entry] = (await strapi.db.query(LEDGER_UID).findMany({ where: { targetDocumentId: documentId } })) as Array<{
      actorId: string;
      transition: string;
    }>;
    expect(entry).toMatchObject({ transition: 'publish', actorId: expect.stringMatching(/^api:\d+$/) });
    expect((await publicApi(strapi).get(`/api/articles/${documentId}`).query({ locale: 'ar' })).status).toBe(200);
  });
});

describe('who may call the workflow routes', () => {
  it('Public: no permission (403), nothing written', async () => {
    const documentId = await articleIn('in_review');
    expect(
      (await publicApi(strapi).post(TRANSITION_ROUTE(documentId)).send({ locale: 'ar', transition: 'approve' })).status,
    ).toBe(403);
    expect(await ledgerCount(documentId)).toBe(0);
  });

  it('a plain Authenticated user: refused by the route permission, and by the workflow-role policy once granted it', async () => {
    const documentId = await articleIn('in_review');
    expect((await post(jwts.authenticated, documentId, { locale: 'ar', transition: 'approve' })).status).toBe(403);
    // Grant the route to the plain role: the permission no longer stops it, the workflow-role policy does.
    const role = (await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'authenticated' } })) as { id: number };
    await strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'plugin::newsroom.workflowApi.transition', role: role.id } });
    const state = await publicApi(strapi)
      .get(`/api/newsroom/workflow/articles/${documentId}`)
      .set('Authorization', `Bearer ${jwts.authenticated}`);
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
    const response = await publicApi(strapi)
      .get(`/api/newsroom/workflow/articles/${documentId}?locale=ar`)
      .set('Authorization', `Bearer ${jwts['newsroom-author']}`);
    expect(response.status).toBe(200);
    expect(response.body.data.state.stage).toBe('draft');
    expect(response.body.data.allowed.map((t: { id: string }) => t.id)).toEqual(['submit']);
  });
});

describe('a newsroom author moves only their own articles (content/content-api-ownership.ts)', () => {
  /** Every transition the configuration gives the author role, from every stage it starts from. */
  const authorMoves = () => {
    const config = strapi.plugin('newsroom').service('workflow').config() as {
      transitions: Record<string, { from: string[]; roles: string[] } | null>;
    };
    return Object.entries(config.transitions).flatMap(([transition, rule]) =>
      rule && rule.roles.includes(API_ROLES['newsroom-author'])
        ? rule.from.map((stage) => ({ transition, stage }))
        : [],
    );
  };

  it("someone else's article: 403 and nothing written, for every author transition; own: 200", async () => {
    const moves = authorMoves();
    expect(moves.map((move) => move.transition)).toEqual(expect.arrayContaining(['submit', 'withdraw']));
    const failures: string[] = [];
    for (const { transition, stage } of moves) {
      const others = await articleIn(stage, otherAdminId);
      const refused = await post(jwts['newsroom-author'], others, bodyFor(transition));
      if (refused.status !== 403 || (await ledgerCount(others)) !== 0)
        failures.push(`${transition} from ${stage} on another's: ${refused.status}`);
      else if (!/not yours/.test(refused.body.error?.message ?? ''))
        failures.push(`${transition}: message ${refused.body.error?.message}`);
      const mine = await articleIn(stage);
      const allowed = await post(jwts['newsroom-author'], mine, bodyFor(transition));
      if (allowed.status !== 200)
        failures.push(`${transition} from ${stage} on own: ${allowed.status} ${allowed.body.error?.message}`);
      // Another API author with no admin twin owns nothing, not even this one.
      const stranger = await post(jwts.otherAuthor, await articleIn(stage), bodyFor(transition));
      if (stranger.status !== 403) failures.push(`${transition} from ${stage} by a stranger: ${stranger.status}`);
    }
    expect(failures).toEqual([]);
  });

  it("an article created in code (no creator) is nobody's: authors are refused, an editor moves it", async () => {
    const created = (await strapi
      .documents(ARTICLE_UID)
      .create({ locale: 'ar', data: { title: `خبر بلا منشئ ${Math.random()}` } })) as { documentId: string };
    await placeInStage(strapi, created.documentId, 'in_review');
    expect((await post(jwts['newsroom-author'], created.documentId, bodyFor('withdraw'))).status).toBe(403);
    expect((await post(jwts['newsroom-editor'], created.documentId, bodyFor('approve'))).status).toBe(200);
  });

  it("an editor moves anybody's article", async () => {
    const others = await articleIn('in_review', otherAdminId);
    expect((await post(jwts['newsroom-editor'], others, bodyFor('approve'))).status).toBe(200);
  });
});
