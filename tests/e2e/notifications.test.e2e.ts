import path from 'path';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './helpers/browser';
import { ARTICLE, requestJson } from './helpers/api';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';
import { inviteUser, signInThroughForm, type InvitedUser, type SignedInVisit } from './helpers/people';

/**
 * The notification centre in the browser (README, Notifications): an Arabic author whose story an editor sent
 * back and then approved sees the unread count on the Notifications menu icon, the centre right to left with
 * Arabic lines linking to the story, filters by event type and read state, Mark read and Mark all read bringing
 * the count down; an English editor assigned a story sees it in English. No MISSING_TRANSLATION. Screenshots:
 * notifications-<ar|en>-<desktop|phone>.png.
 */
const env = e2eEnv();
const TITLE = 'الحكومة تقر موازنة 2027';

type User = InvitedUser;
let superToken: string;
const people = {} as Record<'arabicAuthor' | 'englishEditor', User>;
let story: string;

const call = <T>(method: 'GET' | 'POST' | 'PUT', route: string, token: string | null, body?: unknown): Promise<T> =>
  requestJson<T>(env, method, route, token, body);

const move = (who: User | string, transition: string, extra: object = {}) =>
  call('POST', `/newsroom/workflow/articles/${story}/transitions`, typeof who === 'string' ? who : who.token, {
    locale: 'ar',
    transition,
    ...extra,
  });

/** The server makes notifications right after each move commits: wait for them to be there. */
async function unreadOf(who: User, expected: number): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const { data } = await call<{ data: { unread: number } }>('GET', '/newsroom/notifications/unread', who.token);
    if (data.unread === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${who.email} never had ${expected} unread notifications`);
}

const badge = (page: Page) => page.locator('nav [data-newsroom-unread]');
const lines = (page: Page) => page.locator('[data-newsroom-notification]');

async function screenshots(visit: SignedInVisit, language: 'ar' | 'en') {
  await saveScreenshot(visit.page, env.artifactsDir, `notifications-${language}-desktop`);
  await visit.page.setViewportSize(PHONE);
  await visit.page.locator('[data-newsroom-notification-centre]').scrollIntoViewIfNeeded();
  await saveScreenshot(visit.page, env.artifactsDir, `notifications-${language}-phone`);
  await visit.page.setViewportSize(DESKTOP);
}

async function close(visit: SignedInVisit, language: 'ar' | 'en') {
  visit.capture.save(path.join(env.artifactsDir, `console-notifications-${language}.json`));
  await visit.browser.close();
}

beforeAll(async () => {
  superToken = (
    await call<{ data: { token: string } }>('POST', '/admin/login', null, { email: env.email, password: env.password })
  ).data.token;
  people.arabicAuthor = await inviteUser(env, superToken, {
    role: 'strapi-author',
    names: { firstname: 'ليلى', lastname: 'الراوي' },
    language: 'ar',
  });
  people.englishEditor = await inviteUser(env, superToken, {
    role: 'strapi-editor',
    names: { firstname: 'Mark', lastname: 'Evans' },
    language: 'en',
  });
  story = (
    await call<{ data: { documentId: string } }>(
      'POST',
      `/content-manager/collection-types/${ARTICLE}?locale=ar`,
      people.arabicAuthor.token,
      { title: TITLE, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص الخبر' }] }] },
    )
  ).data.documentId;
  await move(people.arabicAuthor, 'submit');
  await move(people.englishEditor, 'request_changes', { reason: 'أضف مصدرًا ثانيًا' });
  await move(people.arabicAuthor, 'submit');
  await move(people.englishEditor, 'approve');
  await call('POST', `/newsroom/workflow/articles/${story}/assignee`, superToken, {
    locale: 'ar',
    assignee: String(people.englishEditor.id),
  });
  await unreadOf(people.arabicAuthor, 2);
  await unreadOf(people.englishEditor, 1);
});

describe('the notification centre', () => {
  it('in Arabic: the unread count on the menu, the centre right to left, filters, mark read, mark all read', async () => {
    const visit = await signInThroughForm(env, people.arabicAuthor, 'ar');
    const { page } = visit;
    try {
      await badge(page).waitFor({ state: 'visible' });
      expect(await badge(page).getAttribute('data-newsroom-unread')).toBe('2');
      expect(await badge(page).innerText()).toBe('2');
      expect(await badge(page).getAttribute('aria-label')).toBe('2 إشعار غير مقروء');
      await page.locator('nav a[href$="/plugins/newsroom/notifications"]').first().click();
      await page.locator('[data-newsroom-notifications]').waitFor({ state: 'visible' });
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('h1').innerText()).toBe('الإشعارات');
      await expect(lines(page).count()).resolves.toBe(2);
      const text = await page.locator('[data-newsroom-notifications]').innerText();
      expect(text).toContain(`اعتمد Mark Evans قصتك «${TITLE}»`);
      expect(text).toContain(`طلب Mark Evans تعديلات على قصتك «${TITLE}»`);
      expect(text).toContain('أضف مصدرًا ثانيًا');
      expect(await lines(page).first().locator('a').getAttribute('href')).toBe(
        `/admin/content-manager/collection-types/${ARTICLE}/${story}?plugins[i18n][locale]=ar`,
      );
      await screenshots(visit, 'ar');

      // Filter by event type.
      await page.getByRole('combobox', { name: 'نوع الحدث' }).click();
      await page.getByRole('option', { name: 'اعتُمدت' }).click();
      await page.waitForFunction(
        () =>
          (
            globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
          ).document.querySelectorAll('[data-newsroom-notification]').length === 1,
      );
      await page.getByRole('button', { name: 'علِّمه مقروءًا' }).click();
      await page.locator('nav [data-newsroom-unread="1"]').waitFor({ state: 'visible' });
      // Unread only: the approval is read now, the request for changes is not.
      await page.getByRole('combobox', { name: 'نوع الحدث' }).click();
      await page.getByRole('option', { name: 'كل الأحداث' }).click();
      await page.getByRole('combobox', { name: 'المقروء وغير المقروء' }).click();
      await page.getByRole('option', { name: 'غير المقروء', exact: true }).click();
      await page.waitForFunction(
        () =>
          (
            globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
          ).document.querySelectorAll('[data-newsroom-notification]').length === 1,
      );
      expect(await lines(page).first().innerText()).toContain('طلب');
      await page.getByRole('button', { name: 'علِّم الكل مقروءًا' }).click();
      await badge(page).waitFor({ state: 'detached' });
      expect(visit.missing).toEqual([]);
      expect(visit.capture.unexpected()).toEqual([]);
    } finally {
      await close(visit, 'ar');
    }
  });

  it('in English: the assignment, left to right', async () => {
    const visit = await signInThroughForm(env, people.englishEditor, 'en');
    const { page } = visit;
    try {
      await badge(page).waitFor({ state: 'visible' });
      expect(await badge(page).innerText()).toBe('1');
      await page.goto(`${env.baseUrl}/admin/plugins/newsroom/notifications`);
      await page.locator('[data-newsroom-notifications]').waitFor({ state: 'visible' });
      expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
      expect(await page.locator('[data-newsroom-notifications]').innerText()).toContain(
        `«${TITLE}» was assigned to you`,
      );
      expect(await page.locator('[data-newsroom-email-prefs]').innerText()).toContain('Events sent by e-mail');
      await screenshots(visit, 'en');
      expect(visit.missing).toEqual([]);
      expect(visit.capture.unexpected()).toEqual([]);
    } finally {
      await close(visit, 'en');
    }
  });
});
