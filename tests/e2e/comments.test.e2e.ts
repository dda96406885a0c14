import fs from 'fs';
import type { Locator, Page } from 'playwright-core';
import { type AdminSession, openEditView, openSignedInAdmin, useInterfaceLanguage } from './helpers/admin-ui';
import { adminApi, requestJson, type ArticleRef } from './helpers/api';
import { DESKTOP, PHONE } from './helpers/browser';
import { describeErrors, type ConsoleCapture } from './helpers/console';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';

/**
 * The Comments side panel (issue #18, item 1) in Chromium, in Arabic: a comment that mentions a colleague picked
 * from the autocomplete by typing their name without its hamza («احمد» for «أحمد»), a reply, and Resolve. The
 * panel is right to left, comment texts carry dir="auto". Screenshots: comments-{ar,en}-{desktop,phone}.png.
 */
const env = e2eEnv();
let session: AdminSession;
let capture: ConsoleCapture;
let page: Page;
let article: ArticleRef;
const stamp = Date.now();
const COLLEAGUE = { firstname: 'أحمد', lastname: `الكعبي ${stamp % 1000}` };
const colleagueName = `${COLLEAGUE.firstname} ${COLLEAGUE.lastname}`;

const panel = (): Locator => page.locator('[data-newsroom-comments]');
const thread = (): Locator => panel().locator('[data-newsroom-thread]').first();
const newComposer = (): Locator => panel().locator('[data-newsroom-comment-composer]').last();

/** An active Editor named أحمد الكعبي …, made through the admin's own user routes as the first admin. */
async function createColleague(): Promise<void> {
  const token = (
    await requestJson<{ data: { token: string } }>(env, 'POST', '/admin/login', null, {
      email: env.email,
      password: env.password,
    })
  ).data.token;
  const roles = await requestJson<{ data: Array<{ id: number; code: string }> }>(env, 'GET', '/admin/roles', token);
  const editor = roles.data.find((role) => role.code === 'strapi-editor');
  if (!editor) throw new Error('no Editor role');
  const created = await requestJson<{ data: { id: number } }>(env, 'POST', '/admin/users', token, {
    ...COLLEAGUE,
    email: `ahmed-${stamp}@newsroom.test`,
    roles: [editor.id],
  });
  await requestJson(env, 'PUT', `/admin/users/${created.data.id}`, token, { isActive: true });
}

async function openPanel(): Promise<void> {
  await openEditView(page, env, article);
  await panel().waitFor({ state: 'visible', timeout: 30000 });
  await panel().scrollIntoViewIfNeeded();
}

beforeAll(async () => {
  const api = await adminApi(env);
  article = await api.createArticle('ar', {
    title: `خبر للنقاش ${stamp}`,
    standfirst: 'قال الوزير إن المحادثات ستستمر غداً في المنامة.',
    paragraphs: ['الفقرة الأولى من الخبر.', 'والفقرة الثانية.'],
  });
  await createColleague();
  session = await openSignedInAdmin(env, 'console-comments.json');
  ({ capture, page } = session);
  await useInterfaceLanguage(page, env, 'ar');
});

afterAll(async () => {
  await session?.close();
});

describe('the Comments panel, in Arabic', () => {
  it('is right to left', async () => {
    await openPanel();
    const direction = await panel().evaluate(
      (element) =>
        (globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }).getComputedStyle(element)
          .direction,
    );
    expect(direction).toBe('rtl');
  });

  it('writes a comment mentioning a colleague found by their name typed without the hamza', async () => {
    const textarea = newComposer().locator('textarea');
    await textarea.click();
    await page.keyboard.type('راجع الفقرة الثانية يا @احمد');
    const option = newComposer().locator('[data-newsroom-mention-list] [role="option"]', { hasText: colleagueName });
    await option.waitFor({ state: 'visible', timeout: 15000 });
    await option.click();
    await page.keyboard.type('من فضلك');
    expect(await textarea.inputValue()).toBe(`راجع الفقرة الثانية يا @${colleagueName} من فضلك`);
    await newComposer().getByRole('button', { name: 'علِّق', exact: true }).click();

    const mention = thread().locator('[data-newsroom-mention]');
    await mention.waitFor({ state: 'visible', timeout: 15000 });
    expect(await mention.textContent()).toBe(`@${colleagueName}`);
    const text = thread().locator('[data-newsroom-comment-text]').first();
    expect(await text.getAttribute('dir')).toBe('auto');
    expect(await text.textContent()).toBe(`راجع الفقرة الثانية يا @${colleagueName} من فضلك`);
    // Emptied for the next comment.
    expect(await textarea.inputValue()).toBe('');
  });

  it('replies in the thread', async () => {
    await thread().locator('[data-newsroom-comment]').first().getByRole('button', { name: 'ردّ', exact: true }).click();
    const reply = thread().locator('[data-newsroom-comment-composer]');
    await reply.locator('textarea').fill('تمت المراجعة، شكراً');
    await reply.getByRole('button', { name: 'ردّ', exact: true }).click();
    await thread().locator('[data-newsroom-comment]').nth(1).waitFor({ state: 'visible', timeout: 15000 });
    expect(await thread().locator('[data-newsroom-comment-text]').nth(1).textContent()).toBe('تمت المراجعة، شكراً');
    expect(await thread().locator('[data-newsroom-comment-composer]').count()).toBe(0);
  });

  it('resolves the thread', async () => {
    await thread().getByRole('button', { name: 'تم الحل', exact: true }).click();
    await page.locator('[data-newsroom-thread][data-resolved="true"]').waitFor({ state: 'visible', timeout: 15000 });
    expect(await thread().locator('[data-newsroom-thread-status]').textContent()).toMatch(/^حُلّ: /);
    expect(await thread().getByRole('button', { name: 'إعادة فتح', exact: true }).count()).toBe(1);
  });

  it('takes screenshots in Arabic and English, on a desktop and a phone', async () => {
    for (const language of ['ar', 'en'] as const) {
      await useInterfaceLanguage(page, env, language);
      for (const [name, viewport] of [
        ['desktop', DESKTOP],
        ['phone', PHONE],
      ] as const) {
        await page.setViewportSize(viewport);
        await openPanel();
        // The resolved thread is folded: open it so that the screenshot shows the discussion.
        await thread()
          .getByRole('button', { name: language === 'ar' ? 'عرض' : 'Show', exact: true })
          // On a phone the edit view's sticky bar may cover the button: the click goes to it all the same.
          .dispatchEvent('click');
        await thread().locator('[data-newsroom-comment]').nth(1).waitFor({ state: 'visible' });
        await thread().scrollIntoViewIfNeeded();
        const file = await saveScreenshot(page, env.artifactsDir, `comments-${language}-${name}`);
        expect(fs.statSync(file).size).toBeGreaterThan(10000);
      }
    }
    await page.setViewportSize(DESKTOP);
  });

  it('logs no unexpected console errors', () => {
    expect(describeErrors(capture.unexpected())).toBe('');
  });
});
