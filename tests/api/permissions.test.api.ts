import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { publicApi } from '../helpers/admin';
import type { NewsroomServices } from '../../src/plugins/newsroom/server/src/services-registry';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * Permissions are the admin's (issue #16): boot sets the newsroom's roles up the first time and adds what a new
 * release needs, never reverting what an admin changed in Settings; a dangerous grant to Public is refused by
 * the guards instead. Newsroom tools sign in with users-permissions accounts; nobody signs up.
 */
let app: TestStrapi;
let strapi: Core.Strapi;

const access = () => strapi.plugin('newsroom').service('access') as NewsroomServices['access'];
const permissions = () => strapi.db.query('plugin::users-permissions.permission');
const roleId = async (type: string): Promise<number> =>
  ((await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } })) as { id: number }).id;
const actionsOf = async (type: string): Promise<string[]> =>
  ((await permissions().findMany({ where: { role: await roleId(type) } })) as Array<{ action: string }>).map(
    (permission) => permission.action,
  );
/** What a restart does to the permissions (setup/service.ts runs these at every boot). */
const reboot = async () => {
  await access().ensureEditorialRoles();
  await access().ensurePublicReadAccess();
  await access().ensureApiRoles();
};
const GRANTS_STORE = { type: 'plugin', name: 'newsroom', key: 'grants-made' } as const;

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
});
afterAll(async () => app?.teardown());

describe('boot never reverts what the admin set', () => {
  it('keeps a permission the admin removed removed and one the admin added, on the Public role', async () => {
    const publicId = await roleId('public');
    await permissions().delete({ where: { role: publicId, action: 'api::topic.topic.find' } });
    await permissions().create({ data: { role: publicId, action: 'plugin::users-permissions.auth.forgotPassword' } });
    await reboot();
    const actions = await actionsOf('public');
    expect(actions).not.toContain('api::topic.topic.find');
    expect(actions).toContain('plugin::users-permissions.auth.forgotPassword');
    expect((await publicApi(strapi).get('/api/topics').query({ locale: 'ar' })).status).toBe(403);
  });

  it('keeps an admin role as the admin edited it', async () => {
    const editor = (await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } })) as {
      id: number;
    };
    const where = {
      role: { id: editor.id },
      action: 'plugin::content-manager.explorer.delete',
      subject: 'api::source.source',
    };
    expect(await strapi.db.query('admin::permission').count({ where })).toBe(1);
    await strapi.db.query('admin::permission').deleteMany({ where });
    await reboot();
    expect(await strapi.db.query('admin::permission').count({ where })).toBe(0);
  });

  it('grants a permission a new release needs, once, on an existing database', async () => {
    const store = strapi.store(GRANTS_STORE);
    const made = (await store.get()) as string[];
    const key = 'up:public plugin::i18n.locales.find';
    expect(made).toContain(key);
    // A database from before the release: neither the grant nor its record.
    await store.set({ value: made.filter((entry) => entry !== key) });
    await permissions().delete({ where: { role: await roleId('public'), action: 'plugin::i18n.locales.find' } });
    expect((await publicApi(strapi).get('/api/i18n/locales')).status).toBe(403);
    await reboot();
    expect((await publicApi(strapi).get('/api/i18n/locales')).status).toBe(200);
    expect((await store.get()) as string[]).toContain(key);
  });
});

describe('a dangerous grant to Public is refused by the guards', () => {
  it('refuses an anonymous write even when the admin grants Public create, update and delete', async () => {
    const publicId = await roleId('public');
    const grants = [];
    for (const action of ['create', 'update', 'delete']) {
      grants.push(
        (await permissions().create({ data: { role: publicId, action: `${ARTICLE_UID}.${action}` } })) as {
          id: number;
        },
      );
    }
    try {
      const created = await publicApi(strapi)
        .post('/api/articles')
        .query({ status: 'draft', locale: 'ar' })
        .send({ data: { title: 'كتابة مجهولة' } });
      expect(created.status).toBe(403);
      expect(await strapi.db.query(ARTICLE_UID).count({ where: { title: 'كتابة مجهولة' } })).toBe(0);
      const graph = await publicApi(strapi)
        .post('/graphql')
        .send({ query: 'mutation { createArticle(data: { title: "كتابة مجهولة" }) { documentId } }' });
      expect(graph.text).toMatch(/Forbidden|public API does not write/);
      expect(await strapi.db.query(ARTICLE_UID).count({ where: { title: 'كتابة مجهولة' } })).toBe(0);
    } finally {
      await permissions().deleteMany({ where: { id: { $in: grants.map((grant) => grant.id) } } });
    }
  });
});

describe('newsroom tools sign in; nobody signs up', () => {
  const password = 'Tool-Password-2026';

  beforeAll(async () => {
    await strapi
      .plugin('users-permissions')
      .service('user')
      .add({
        username: 'desk-tool',
        email: 'desk-tool@newsroom.test',
        password,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: await roleId('newsroom-editor'),
      });
  });

  it('signs in, reads /users/me, renews the access token with the refresh cookie', async () => {
    const signIn = await publicApi(strapi)
      .post('/api/auth/local')
      .send({ identifier: 'desk-tool@newsroom.test', password });
    expect(signIn.status).toBe(200);
    const jwt = signIn.body.jwt as string;
    const claims = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()) as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBe(strapi.config.get('plugin::users-permissions.sessions.accessTokenLifespan'));
    const me = await publicApi(strapi).get('/api/users/me').set('Authorization', `Bearer ${jwt}`);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('desk-tool@newsroom.test');
    const cookie = ([] as string[])
      .concat(signIn.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('strapi_up_refresh='));
    expect(cookie).toBeDefined();
    const refreshed = await publicApi(strapi)
      .post('/api/auth/refresh')
      .set('Cookie', (cookie ?? '').split(';')[0])
      .send({});
    expect(refreshed.status).toBe(200);
    expect(typeof refreshed.body.jwt).toBe('string');
  });

  it('refuses self-registration', async () => {
    const response = await publicApi(strapi)
      .post('/api/auth/local/register')
      .send({ username: 'stranger', email: 'stranger@example.test', password });
    expect([400, 403]).toContain(response.status);
    expect(await strapi.db.query('plugin::users-permissions.user').count({ where: { username: 'stranger' } })).toBe(0);
  });
});
