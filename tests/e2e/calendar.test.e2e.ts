import path from 'path';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './helpers/browser';
import { ARTICLE, requestJson } from './helpers/api';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';
import { inviteUser, signInThroughForm, type InvitedUser, type SignedInVisit } from './helpers/people';

/**
 * The planning calendar (README → Planning calendar) in a real browser: an Arabic editor's month view is right to
 * left (FullCalendar's own direction, the week's first day — Saturday — in the rightmost column), with the Hijri
 * date beside each day and the newsroom's zone named; dragging a scheduled story to another day reschedules it
 * through the workflow (the state and the ledger checked through the API after); a published story cannot be
 * dragged. English is left to right. Screenshots: calendar-<ar|en>-<desktop|phone>.png.
 */
const env = e2eEnv();
const SCHEDULED = 'جلسة البرلمان حول موازنة 2027';
const PUBLISHED = 'خبر منشور في التقويم';
const DAY = 86_400_000;

type User = InvitedUser;
let superToken: string;
let editor: User;
const stories = {} as Record<'scheduled' | 'published', string>;
let scheduledAt: string;

const call = <T>(method: 'GET' | 'POST' | 'PUT', route: string, token: string | null, body?: unknown): Promise<T> =>
  requestJson<T>(env, method, route, token, body);

const setLanguage = (language: string) => call('PUT', '/admin/users/me', editor.token, { preferedLanguage: language });

async function createStory(title: string): Promise<string> {
  const { data } = await call<{ data: { documentId: string } }>(
    'POST',
    `/content-manager/collection-types/${ARTICLE}?locale=ar`,
    editor.token,
    { title, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص الخبر' }] }] },
  );
  return data.documentId;
}

const move = (documentId: string, transition: string, extra: object = {}) =>
  call('POST', `/newsroom/workflow/articles/${documentId}/transitions`, editor.token, {
    locale: 'ar',
    transition,
    ...extra,
  });

/** The newsroom's day (e2e server: Asia/Baghdad) of an instant, `YYYY-MM-DD`. */
const dayIn = (at: string | number) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Baghdad',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(at));

async function openCalendar(): Promise<SignedInVisit> {
  const visit = await signInThroughForm(env, editor);
  const { browser, capture, page } = visit;
  await page.goto(`${env.baseUrl}/admin/plugins/newsroom/calendar?date=${dayIn(scheduledAt)}`);
  try {
    await page.locator(`[data-newsroom-entry="scheduled:${stories.scheduled}:ar"]`).waitFor({ state: 'visible' });
  } catch (error) {
    // What the page showed instead, for whoever reads the failure.
    await saveScreenshot(page, env.artifactsDir, 'calendar-failed');
    capture.save(path.join(env.artifactsDir, 'console-calendar-failed.json'));
    await browser.close();
    throw error;
  }
  return visit;
}

const directionOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate(
      (node) =>
        (globalThis as unknown as { getComputedStyle(n: unknown): { direction: string } }).getComputedStyle(node)
          .direction,
    );

async function screenshots(visit: SignedInVisit, language: 'ar' | 'en') {
  await saveScreenshot(visit.page, env.artifactsDir, `calendar-${language}-desktop`);
  await visit.page.setViewportSize(PHONE);
  await visit.page.locator('[data-newsroom-calendar]').scrollIntoViewIfNeeded();
  await saveScreenshot(visit.page, env.artifactsDir, `calendar-${language}-phone`);
  await visit.page.setViewportSize(DESKTOP);
  // FullCalendar lays itself out again after a resize observer fires: until then its cells keep the phone's
  // sizes, and a drag measured from them would start and end in the wrong places.
  const day = visit.page.locator('td.fc-daygrid-day').first();
  for (let waited = 0; ((await day.boundingBox())?.width ?? 0) <= DESKTOP.width / 10; waited += 50) {
    if (waited > 10_000) throw new Error('the calendar did not lay itself out again at the desktop size');
    await visit.page.waitForTimeout(50);
  }
}

async function close(visit: SignedInVisit, language: string) {
  visit.capture.save(path.join(env.artifactsDir, `console-calendar-${language}.json`));
  await visit.browser.close();
}

beforeAll(async () => {
  superToken = (
    await call<{ data: { token: string } }>('POST', '/admin/login', null, { email: env.email, password: env.password })
  ).data.token;
  editor = await inviteUser(env, superToken, {
    role: 'strapi-editor',
    names: { firstname: 'ليلى', lastname: 'الموسوي' },
    language: 'ar',
  });
  stories.scheduled = await createStory(SCHEDULED);
  for (const transition of ['submit', 'approve']) await move(stories.scheduled, transition);
  // Three days ahead at 10:00 newsroom time (07:00 UTC in Asia/Baghdad): a day either side is still ahead.
  scheduledAt = new Date(`${dayIn(Date.now() + 3 * DAY)}T07:00:00.000Z`).toISOString();
  await move(stories.scheduled, 'schedule', { scheduleAt: scheduledAt });
  stories.published = await createStory(PUBLISHED);
  for (const transition of ['submit', 'approve', 'publish']) await move(stories.published, transition);
});

describe('the planning calendar', () => {
  it('in Arabic: right to left, Hijri dates, the zone named, and a drag that reschedules through the workflow', async () => {
    const visit = await openCalendar();
    const { page } = visit;
    try {
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await directionOf(page, '.fc')).toBe('rtl');
      // The week starts on Saturday, in the rightmost column.
      const headers = page.locator('th.fc-col-header-cell');
      expect(await headers.count()).toBe(7);
      expect(await headers.first().getAttribute('class')).toContain('fc-day-sat');
      const first = await headers.first().boundingBox();
      const last = await headers.last().boundingBox();
      expect(first && last && first.x > last.x).toBe(true);
      expect(await page.getByText('الأوقات بتوقيت غرفة الأخبار: Asia/Baghdad').count()).toBe(1);
      const hijri = await page.locator(`td[data-date="${dayIn(scheduledAt)}"] [data-newsroom-hijri]`).innerText();
      expect(hijri).toMatch(/محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة/);

      const scheduled = page.locator('.fc-event', {
        has: page.locator(`[data-newsroom-entry="scheduled:${stories.scheduled}:ar"]`),
      });
      const published = page.locator('.fc-event', {
        has: page.locator(`[data-newsroom-entry^="published:${stories.published}:"]`),
      });
      expect(await scheduled.getAttribute('class')).toContain('fc-event-draggable');
      if ((await published.count()) > 0)
        expect(await published.first().getAttribute('class')).not.toContain('fc-event-draggable');
      expect(await scheduled.innerText()).toContain('مجدول');

      await screenshots(visit, 'ar');

      // Drag to the next day (the day before when the next is off the grid): the same time of day.
      const next = dayIn(Date.parse(scheduledAt) + DAY);
      const target =
        (await page.locator(`td[data-date="${next}"]`).count()) > 0 ? next : dayIn(Date.parse(scheduledAt) - DAY);
      const wanted = new Date(Date.parse(scheduledAt) + (target === next ? DAY : -DAY)).toISOString();
      const from = await scheduled.boundingBox();
      const to = await page.locator(`td[data-date="${target}"]`).boundingBox();
      if (!from || !to) throw new Error('the event or the target day is not on the page');
      await scheduled.hover();
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      // FullCalendar starts a drag on the pointer's first moves after the press, not on the press itself.
      await page.waitForTimeout(300);
      await page.mouse.move(from.x + from.width / 2 + 5, from.y + from.height / 2 + 5, { steps: 5 });
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
      await page.waitForTimeout(300);
      await page.mouse.up();
      await page.getByText('أُعيدت الجدولة').first().waitFor({ state: 'visible' });

      const state = await call<{ data: { state: { stage: string; scheduledAt: string } } }>(
        'GET',
        `/newsroom/workflow/articles/${stories.scheduled}?locale=ar`,
        editor.token,
      );
      expect(state.data.state).toMatchObject({ stage: 'scheduled', scheduledAt: wanted });
      const ledger = await call<{ data: Array<{ transition: string; scheduledAt: string | null }> }>(
        'GET',
        `/newsroom/workflow/ledger?documentId=${stories.scheduled}&transition=schedule`,
        editor.token,
      );
      expect(ledger.data.map((entry) => new Date(String(entry.scheduledAt)).toISOString()).sort()).toEqual(
        [scheduledAt, wanted].sort(),
      );
      expect(visit.missing).toEqual([]);
      expect(visit.capture.unexpected()).toEqual([]);
    } finally {
      await close(visit, 'ar');
    }
  });

  it('in English: left to right, the week from Monday on the left', async () => {
    await setLanguage('en');
    const visit = await openCalendar();
    const { page } = visit;
    try {
      await page.waitForFunction(
        () =>
          (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement
            .lang === 'en',
      );
      expect(await directionOf(page, '.fc')).toBe('ltr');
      const headers = page.locator('th.fc-col-header-cell');
      const first = await headers.first().boundingBox();
      const last = await headers.last().boundingBox();
      expect(first && last && first.x < last.x).toBe(true);
      expect(await page.getByText("Times in the newsroom's zone: Asia/Baghdad").count()).toBe(1);
      expect(await page.locator('[data-newsroom-hijri]').first().innerText()).toMatch(/\d/);
      await screenshots(visit, 'en');
      expect(visit.missing).toEqual([]);
      expect(visit.capture.unexpected()).toEqual([]);
    } finally {
      await close(visit, 'en');
      await setLanguage('ar');
    }
  });
});
