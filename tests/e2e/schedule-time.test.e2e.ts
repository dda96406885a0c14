import type { Locator, Page } from 'playwright-core';
import { type AdminSession, openEditView, openSignedInAdmin, useInterfaceLanguage } from './helpers/admin-ui';
import { adminApi, type ArticleRef } from './helpers/api';
import { DESKTOP, PHONE } from './helpers/browser';
import { describeErrors } from './helpers/console';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';

/**
 * The schedule time (issue #18 item 5): typed as a 24-hour newsroom time with the zone in view, the same in every
 * browser — not Chromium's `mm/dd/yyyy, hh:mm AM` datetime picker — read back under the input with the weekday,
 * the zone and the Hijri date, refused with a message in the interface language when it cannot be read.
 * In Arabic, on an approved story's Workflow panel. Screenshots: schedule-time-ar-desktop.png, -phone.png.
 */
const env = e2eEnv();
let session: AdminSession;
let page: Page;
let article: ArticleRef;

const timeInput = (): Locator => page.locator('[data-newsroom-time-input]');
/** The field around the input: its label, the input, and the read-back or the error under it. */
const field = (): Locator => timeInput().locator('xpath=ancestor::div[.//label][1]');

beforeAll(async () => {
  const api = await adminApi(env);
  article = await api.createArticle('ar', {
    title: `خبر للجدولة ${Date.now()}`,
    paragraphs: ['نص الخبر الذي سيُنشر في موعده.'],
  });
  await api.moveThrough(article, ['submit', 'approve']);
  session = await openSignedInAdmin(env, 'console-schedule-time.json');
  ({ page } = session);
  await useInterfaceLanguage(page, env, 'ar');
});

afterAll(async () => {
  await session?.close();
});

describe('the schedule time in Arabic', () => {
  it('opens on the next whole hour, 24-hour, left to right, the zone in its label', async () => {
    await openEditView(page, env, article);
    await page.getByRole('button', { name: 'جدولة النشر', exact: true }).first().click();
    await timeInput().waitFor({ state: 'visible', timeout: 20000 });
    expect(await page.locator('input[type="datetime-local"]').count()).toBe(0);
    const value = await timeInput().inputValue();
    expect(value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:00$/);
    expect(await timeInput().getAttribute('dir')).toBe('ltr');
    expect(await page.locator('label').filter({ hasText: 'بنظام 24 ساعة' }).count()).toBe(1);
    expect(await field().textContent()).toContain('Asia/Baghdad');
    // The read-back takes its text's direction (right to left in Arabic), not the panel's left alignment.
    const meaning = page.locator('[data-newsroom-time-meaning]');
    expect(
      await meaning.evaluate(
        (element) =>
          (globalThis as unknown as { getComputedStyle(node: unknown): { direction: string } }).getComputedStyle(
            element,
          ).direction,
      ),
    ).toBe('rtl');
    const text = (await field().textContent()) ?? '';
    // The read-back: an Arabic weekday, the hour as typed, the zone and the Hijri year.
    expect(text).toMatch(/الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت/);
    expect(text).toContain(value.slice(11));
    expect(text).toContain('هـ');
    expect(text).not.toMatch(/\b(AM|PM)\b/);
  });

  it('takes a 24-hour time typed in Arabic-Indic digits and shows the schedule in 24 hours', async () => {
    // A month ahead (at most 366 days are allowed), typed with Arabic-Indic digits.
    const day = new Date(Date.now() + 30 * 24 * 3600_000).toISOString().slice(0, 10);
    await timeInput().fill(`${day} 14:30`.replace(/\d/g, (digit) => String.fromCharCode(0x0660 + Number(digit))));
    await field().getByText('14:30', { exact: false }).first().waitFor({ state: 'visible' });
    expect(await field().textContent()).toContain(day.slice(0, 4));
    await saveScreenshot(page, env.artifactsDir, 'schedule-time-ar-desktop');
    await page.getByRole('button', { name: 'جدولة النشر', exact: true }).last().click();
    const scheduled = page.getByText('مجدول للنشر في', { exact: false }).first();
    await scheduled.waitFor({ state: 'visible', timeout: 20000 });
    expect(await scheduled.textContent()).toContain('14:30');
    const live = await fetch(`${env.baseUrl}/api/articles/${article.documentId}?locale=ar`);
    expect(live.status).toBe(404); // scheduled, not published
  });

  it('says in Arabic how to write a time it cannot read (phone)', async () => {
    await page.setViewportSize(PHONE);
    await openEditView(page, env, article);
    // On a phone the actions bar is fixed over the page's foot, where the panel's buttons scroll: click by event.
    await page.getByRole('button', { name: 'جدولة النشر', exact: true }).first().dispatchEvent('click');
    await timeInput().fill('12/25/2030 2:30 PM');
    await field().getByText('اكتب التاريخ والوقت هكذا', { exact: false }).waitFor({ state: 'visible' });
    await timeInput().scrollIntoViewIfNeeded();
    await saveScreenshot(page, env.artifactsDir, 'schedule-time-error-ar-phone');
    await page.setViewportSize(DESKTOP);
  });

  it('logs no unexpected console errors', () => {
    expect(describeErrors(session.capture.unexpected())).toBe('');
  });
});
