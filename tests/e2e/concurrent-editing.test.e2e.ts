import type { Page, Request } from 'playwright-core';
import { type AdminSession, openEditView, openSignedInAdmin } from './helpers/admin-ui';
import { adminApi, requestJson, type AdminApi, type ArticleRef } from './helpers/api';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';

/**
 * Concurrent editing (issue #15 item 7) in the real admin: the edit view names another editor who has the story
 * open («… يحرّر هذه القصة منذ …» / "… is editing this story since …"), and the Content Manager's own Save, made
 * from a version someone else has changed since, is refused (the admin sends the version it loaded as If-Match)
 * with the reason and a link to the diff; the other person's text stays, the form shows it, and a save from there
 * goes through. Screenshot: concurrent-editing-stale.png.
 */
const env = e2eEnv();
let session: AdminSession;
let page: Page;
let api: AdminApi;
let article: ArticleRef;

/** A second admin user (an Editor), invited and registered through the admin API; returns their token. */
async function secondEditor(): Promise<string> {
  const call = <T>(route: string, method: string, body?: unknown, token?: string): Promise<T> =>
    requestJson<T>(env, method, route, token ?? null, body);
  const admin = (
    await call<{ data: { token: string } }>('/admin/login', 'POST', { email: env.email, password: env.password })
  ).data.token;
  const roles = (await call<{ data: Array<{ id: number; code: string }> }>('/admin/roles', 'GET', undefined, admin))
    .data;
  const editorRole = roles.find((role) => role.code === 'strapi-editor');
  if (!editorRole) throw new Error('no Editor role');
  const invited = await call<{ data: { registrationToken: string } }>(
    '/admin/users',
    'POST',
    { firstname: 'Sara', lastname: 'Editor', email: `sara-${Date.now()}@newsroom.test`, roles: [editorRole.id] },
    admin,
  );
  const registered = await call<{ data: { token: string } }>('/admin/register', 'POST', {
    registrationToken: invited.data.registrationToken,
    userInfo: { firstname: 'Sara', lastname: 'Editor', password: 'Newsroom-e2e-1' },
  });
  return registered.data.token;
}

/** The Content Manager's save of the article (its PUT). */
const isSave = (request: Request): boolean =>
  request.method() === 'PUT' &&
  request.url().includes(`/content-manager/collection-types/`) &&
  request.url().includes(article.documentId);

beforeAll(async () => {
  api = await adminApi(env);
  article = await api.createArticle('ar', {
    title: `خبر يحرره اثنان ${Date.now()}`,
    paragraphs: ['نص الخبر قبل أن يعدله أحد.'],
  });
  session = await openSignedInAdmin(env, 'console-concurrent-editing.json');
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('two people on one story', () => {
  it('names the other editor in the edit view', async () => {
    const sara = await secondEditor();
    const beat = await fetch(`${env.baseUrl}/newsroom/presence/articles/${article.documentId}/ar`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sara}` },
    });
    expect(beat.status).toBe(200);
    await openEditView(page, env, article);
    const banner = page.locator('[data-newsroom-presence]');
    await banner.waitFor({ state: 'visible', timeout: 20000 });
    expect(await banner.textContent()).toMatch(/^Sara Editor is editing this story since \d{1,2}:\d{2}/);
  });

  it('refuses the Content Manager’s save from a stale version, with the reason and the diff link', async () => {
    // The edit view is open on the first version; someone else saves meanwhile.
    await api.updateArticle(article, { title: `${article.title} (عدّلته سارة)` });
    const title = page.locator('input[name="title"]');
    await title.fill(`${article.title} (عدّلته أنا)`);
    const refused = page.waitForResponse((response) => isSave(response.request()));
    await page.locator('aside').getByRole('button', { name: 'Save', exact: true }).click();
    expect((await refused).status()).toBe(409);
    // The admin sent the version its edit view loaded.
    expect((await refused).request().headers()['if-match']).toMatch(/^"[0-9a-f]{64}"$/);
    const notice = page.locator('[data-newsroom-stale-save]');
    await notice.waitFor({ state: 'visible', timeout: 20000 });
    expect(await notice.textContent()).toContain('was changed by');
    expect(await notice.locator('a').getAttribute('href')).toMatch(/history\/.+from=1&to=2/);
    expect((await api.readDraft(article)).title).toBe(`${article.title} (عدّلته سارة)`);
    await saveScreenshot(page, env.artifactsDir, 'concurrent-editing-stale');

    // The Content Manager reads the story again after the refusal: the form shows the current version, and
    // a save from it goes through (and clears the notice).
    await page.waitForFunction(
      (expected) =>
        (
          globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } }
        ).document.querySelector('input[name="title"]')?.value === expected,
      `${article.title} (عدّلته سارة)`,
      { timeout: 20000 },
    );
    await title.fill(`${article.title} (بعد التحديث)`);
    const saved = page.waitForResponse((response) => isSave(response.request()));
    await page.locator('aside').getByRole('button', { name: 'Save', exact: true }).click();
    expect((await saved).status()).toBe(200);
    expect((await api.readDraft(article)).title).toBe(`${article.title} (بعد التحديث)`);
    await notice.waitFor({ state: 'detached', timeout: 20000 });
  });
});
