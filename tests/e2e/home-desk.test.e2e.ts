import path from 'path';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from './helpers/browser';
import { ARTICLE, requestJson } from './helpers/api';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';
import { inviteUser, signInThroughForm, type InvitedUser, type SignedInVisit } from './helpers/people';
import { HOME_BLOCKS } from '../../src/plugins/newsroom/shared/contracts/home';

/**
 * The admin home page as the newsroom's (issue #17 item 4, issue #18 "My desk"): signed in as an Arabic editor
 * and as an English author (each with the interface language of their profile), the home page shows the five
 * newsroom blocks first — assigned to me, in review, changes requested on my stories, scheduled today, recently
 * published — with their stories linking to the edit view, headlines isolated (a mixed Arabic/Latin headline
 * reads in order), empty states in the user's language, right to left in Arabic; none of Strapi's marketing or
 * entry widgets; no MISSING_TRANSLATION in the console. Screenshots: home-desk-<ar|en>-<desktop|phone>.png.
 */
const env = e2eEnv();
const MIXED = 'حلف NATO يضم 32 دولة';
const SENT_BACK = 'Oil prices rise as OPEC+ meets';
const REASON = 'أضف مصدرًا ثانيًا';
const SCHEDULED = 'موازنة 2027 أمام البرلمان';

type User = InvitedUser;
let superToken: string;
const people = {} as Record<'arabicEditor' | 'englishAuthor', User>;
const stories = {} as Record<'mixed' | 'sentBack' | 'scheduled', string>;

const call = <T>(method: 'GET' | 'POST' | 'PUT', route: string, token: string | null, body?: unknown): Promise<T> =>
  requestJson<T>(env, method, route, token, body);

async function createStory(who: User, locale: 'ar' | 'en', title: string): Promise<string> {
  const { data } = await call<{ data: { documentId: string } }>(
    'POST',
    `/content-manager/collection-types/${ARTICLE}?locale=${locale}`,
    who.token,
    { title, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص الخبر' }] }] },
  );
  return data.documentId;
}

const move = (who: User, documentId: string, locale: string, transition: string, extra: object = {}) =>
  call('POST', `/newsroom/workflow/articles/${documentId}/transitions`, who.token, { locale, transition, ...extra });

/** Later today in the newsroom's zone (the e2e server's default, Asia/Baghdad): half-way to midnight, at most 3 h. */
function laterToday(now = new Date()): string {
  const zone = 'Asia/Baghdad';
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    hour: 'numeric',
    minute: 'numeric',
  })
    .formatToParts(now)
    .reduce<Record<string, number>>((acc, part) => ({ ...acc, [part.type]: Number(part.value) }), {});
  const minutesLeft = 24 * 60 - (parts.hour * 60 + parts.minute);
  const ahead = Math.min(180, Math.floor(minutesLeft / 2));
  return new Date(now.getTime() + ahead * 60_000).toISOString();
}

/** Signed in through the login form, on the home page once the newsroom's blocks are there. */
async function signInAs(who: User, language: 'ar' | 'en'): Promise<SignedInVisit> {
  const visit = await signInThroughForm(env, who, language);
  await visit.page.locator('[data-newsroom-block="recentlyPublished"]').waitFor({ state: 'visible' });
  return visit;
}

/** The home page's widget ids in the order shown. */
const widgetOrder = (page: Page) =>
  page
    .locator('[data-strapi-widget-id]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-strapi-widget-id')));

const blockText = (page: Page, block: string) => page.locator(`[data-newsroom-block="${block}"]`).innerText();

/** What a right-to-left reader needs to be true of the page, and what must not be there. */
async function assertHome(visit: SignedInVisit, language: 'ar' | 'en'): Promise<void> {
  const { page } = visit;
  expect(await page.locator('html').getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
  expect((await widgetOrder(page)).slice(0, HOME_BLOCKS.length)).toEqual([
    'plugin::newsroom.assigned-to-me',
    'plugin::newsroom.in-review',
    'plugin::newsroom.changes-requested',
    'plugin::newsroom.scheduled-today',
    'plugin::newsroom.recently-published',
  ]);
  const ids = await widgetOrder(page);
  for (const replaced of [
    'deploy-now',
    'last-edited-entries',
    'last-published-entries',
    'chart-entries',
    'key-statistics',
  ])
    expect(ids.filter((id) => id?.endsWith(`.${replaced}`))).toEqual([]);
  const main = await page.locator('#main-content').innerText();
  for (const marketing of ['Strapi Cloud', 'Discover your application', 'Deploy', 'guided tour'])
    expect(main).not.toContain(marketing);
  // The mixed headline: isolated, in its own (Arabic) direction, linking to its edit view.
  const headline = page.locator(`[data-newsroom-story="${stories.mixed}"] bdi`).first();
  expect(await headline.innerText()).toBe(MIXED);
  expect(await headline.getAttribute('dir')).toBe('auto');
  expect(
    await headline.evaluate(
      (node) =>
        (globalThis as unknown as { getComputedStyle(n: unknown): { direction: string } }).getComputedStyle(node)
          .direction,
    ),
  ).toBe('rtl');
  expect(await page.locator(`[data-newsroom-story="${stories.mixed}"] a`).first().getAttribute('href')).toBe(
    `/admin/content-manager/collection-types/${ARTICLE}/${stories.mixed}?plugins[i18n][locale]=ar`,
  );
}

beforeAll(async () => {
  superToken = (
    await call<{ data: { token: string } }>('POST', '/admin/login', null, { email: env.email, password: env.password })
  ).data.token;
  people.arabicEditor = await inviteUser(env, superToken, {
    role: 'strapi-editor',
    names: { firstname: 'سارة', lastname: 'الحسيني' },
    language: 'ar',
  });
  people.englishAuthor = await inviteUser(env, superToken, {
    role: 'strapi-author',
    names: { firstname: 'John', lastname: 'Carter' },
    language: 'en',
  });
  stories.mixed = await createStory(people.englishAuthor, 'ar', MIXED);
  await move(people.englishAuthor, stories.mixed, 'ar', 'submit');
  stories.sentBack = await createStory(people.englishAuthor, 'en', SENT_BACK);
  await move(people.englishAuthor, stories.sentBack, 'en', 'submit');
  await move(people.arabicEditor, stories.sentBack, 'en', 'request_changes', { reason: REASON });
});

async function visitHome(
  who: User,
  language: 'ar' | 'en',
  check: (visit: SignedInVisit) => Promise<void>,
): Promise<void> {
  const visit = await signInAs(who, language);
  try {
    await assertHome(visit, language);
    await check(visit);
    await saveScreenshot(visit.page, env.artifactsDir, `home-desk-${language}-desktop`);
    await visit.page.setViewportSize(PHONE);
    await visit.page.locator('[data-newsroom-block="assignedToMe"]').scrollIntoViewIfNeeded();
    await saveScreenshot(visit.page, env.artifactsDir, `home-desk-${language}-phone`);
    await visit.page.setViewportSize(DESKTOP);
    expect(visit.missing).toEqual([]);
    expect(visit.capture.unexpected()).toEqual([]);
  } finally {
    visit.capture.save(path.join(env.artifactsDir, `console-home-desk-${language}.json`));
    await visit.browser.close();
  }
}

describe('the newsroom home page', () => {
  it('in English, for the author: the story sent back to them with the reason; English empty states', async () => {
    await visitHome(people.englishAuthor, 'en', async ({ page }) => {
      expect(await blockText(page, 'assignedToMe')).toContain(SENT_BACK);
      const changes = await blockText(page, 'changesRequested');
      expect(changes).toContain(SENT_BACK);
      expect(changes).toContain(`Reason: ${REASON}`);
      expect(changes.toLowerCase()).toContain('changes requested');
      expect(await blockText(page, 'inReview')).toContain(MIXED);
      expect(await blockText(page, 'scheduledToday')).toContain('Nothing is scheduled for today.');
    });
  });

  it('in Arabic, for the editor: right to left, Arabic labels and empty states, today’s schedule', async () => {
    stories.scheduled = await createStory(people.arabicEditor, 'ar', SCHEDULED);
    for (const transition of ['submit', 'approve'])
      await move(people.arabicEditor, stories.scheduled, 'ar', transition);
    await move(people.arabicEditor, stories.scheduled, 'ar', 'schedule', { scheduleAt: laterToday() });
    await visitHome(people.arabicEditor, 'ar', async ({ page }) => {
      expect(await blockText(page, 'assignedToMe')).toContain('لا أخبار مسندة إليك.');
      expect(await blockText(page, 'changesRequested')).toContain('لم تُطلب تعديلات على أخبارك.');
      const review = await blockText(page, 'inReview');
      expect(review).toContain(MIXED);
      expect(review).toContain('قيد المراجعة');
      const scheduled = await blockText(page, 'scheduledToday');
      expect(scheduled).toContain(SCHEDULED);
      expect(scheduled).toContain('يُنشر الساعة');
      // 24-hour, as the newsroom writes times: no morning/evening marker (ص/م).
      expect(scheduled).toMatch(/الساعة \d{2}:\d{2}/);
      expect(scheduled).not.toMatch(/\d{1,2}:\d{2}\s*[صم]/);
      expect(await page.locator('h2', { hasText: 'مسندة إليّ' }).count()).toBe(1);
      // The block sits right to left: its text starts at the right edge of its widget.
      const block = page.locator('[data-newsroom-block="inReview"]');
      expect(
        await block.evaluate(
          (node) =>
            (globalThis as unknown as { getComputedStyle(n: unknown): { direction: string } }).getComputedStyle(node)
              .direction,
        ),
      ).toBe('rtl');
    });
  });
});
