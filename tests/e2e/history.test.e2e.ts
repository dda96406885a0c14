import fs from 'fs';
import type { Locator, Page } from 'playwright-core';
import { type AdminSession, goToAdmin, openSignedInAdmin } from './helpers/admin-ui';
import { adminApi, type AdminApi, type ArticleRef } from './helpers/api';
import { DESKTOP, PHONE } from './helpers/browser';
import { ConsoleCapture, describeErrors } from './helpers/console';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';

/**
 * The History view (issue #15 item 4): an Arabic article saved three times through the admin API has three
 * versions, newest first; the diff of the latest two is right to left with the changed words marked (inserted
 * and deleted runs, underlined and struck through, not colour alone); Restore (after a confirmation) makes a
 * new version with the old text. Screenshots: history-{ar,en}-{desktop,phone}.png (the admin's language).
 * Needs the server's history routes (GET/POST /newsroom/history/articles/:documentId…).
 */
const env = e2eEnv();
let session: AdminSession;
let capture: ConsoleCapture;
let api: AdminApi;
let page: Page;
let article: ArticleRef;

const FIRST = { title: `خبر له سجل ${Date.now()}`, standfirst: 'فاز المرشح بـ 999 صوتاً في الجولة الأولى.' };
const SECOND = { standfirst: 'فاز المرشح بـ 999 صوتاً في الجولة الثانية.' };
const THIRD = { standfirst: 'فاز المرشح بـ 1200 صوت في الجولة الثانية.' };

const historyUrl = () => `${env.baseUrl}/admin/plugins/newsroom/history/${article.documentId}?locale=ar`;
const versions = (): Locator => page.locator('[data-newsroom-versions] > li');
const diff = (): Locator => page.locator('[data-newsroom-diff]');

async function openHistory(): Promise<void> {
  await goToAdmin(page, historyUrl());
  await page.locator('[data-newsroom-history]').waitFor({ state: 'visible', timeout: 30000 });
  await Promise.race([
    versions().first().waitFor({ state: 'visible', timeout: 30000 }),
    page
      .locator('[data-newsroom-history-error]')
      .waitFor({ state: 'visible', timeout: 30000 })
      .then(async () => {
        throw new Error(
          `the history did not load: ${await page.locator('[data-newsroom-history-error]').textContent()}`,
        );
      }),
  ]);
}

/** Sets the admin's interface language (Strapi keeps it in the browser's storage) and reloads. */
async function useAdminLanguage(language: 'ar' | 'en'): Promise<void> {
  await page.evaluate((value) => {
    (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem(
      'strapi-admin-language',
      value,
    );
  }, language);
  await page.goto(historyUrl());
  await versions().first().waitFor({ state: 'visible', timeout: 30000 });
  await diff().waitFor({ state: 'visible', timeout: 30000 });
}

beforeAll(async () => {
  api = await adminApi(env);
  article = await api.createArticle('ar', { ...FIRST, paragraphs: ['نص الخبر الأول.'] });
  await api.updateArticle(article, SECOND);
  await api.updateArticle(article, THIRD);
  session = await openSignedInAdmin(env, 'console-history.json');
  ({ capture, page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('the History view of an Arabic article', () => {
  let count = 0;

  it('lists the versions newest first, with who, when, path and stage', async () => {
    await openHistory();
    count = await versions().count();
    expect(count).toBe(3);
    const numbers = await versions().evaluateAll((items) =>
      items.map((item) => Number((item as unknown as { dataset: { version: string } }).dataset.version)),
    );
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    const latest = (await versions().first().textContent()) ?? '';
    expect(latest).toContain('Content Manager');
    expect(latest).toContain('Draft');
  });

  it('shows the latest change right to left, with the changed words marked', async () => {
    const paragraph = diff()
      .locator('p[dir="rtl"]', { has: page.locator('ins[data-diff="insert"]') })
      .first();
    await paragraph.waitFor({ state: 'visible', timeout: 20000 });
    expect(
      await paragraph.evaluate((element) => {
        const { getComputedStyle } = globalThis as unknown as InPage;
        return getComputedStyle(element).direction;
      }),
    ).toBe('rtl');
    const inserted = (await paragraph.locator('ins[data-diff="insert"]').allTextContents()).join(' ');
    const deleted = (await paragraph.locator('del[data-diff="delete"]').allTextContents()).join(' ');
    expect(inserted).toContain('1200');
    expect(deleted).toContain('999');
    // Not colour alone: inserted runs are underlined, deleted runs struck through.
    const decorations = await paragraph.evaluate((element) => {
      const { getComputedStyle } = globalThis as unknown as InPage;
      const paragraphElement = element as unknown as { querySelector(selectors: string): unknown };
      return ['ins', 'del'].map((tag) => {
        const mark = paragraphElement.querySelector(tag);
        return mark ? getComputedStyle(mark).textDecorationLine : '';
      });
    });
    expect(decorations).toEqual(['underline', 'line-through']);
    // Words, never letter fragments: each marked run starts and ends on a word boundary.
    for (const run of [...inserted.split(' '), ...deleted.split(' ')].filter(Boolean))
      expect(THIRD.standfirst.includes(run) || SECOND.standfirst.includes(run)).toBe(true);
  });

  it('takes screenshots in Arabic and English, on a desktop and a phone', async () => {
    for (const language of ['ar', 'en'] as const) {
      await useAdminLanguage(language);
      const dir = await page.locator('[data-newsroom-history]').getAttribute('dir');
      expect(dir).toBe(language === 'ar' ? 'rtl' : 'ltr');
      for (const [name, viewport] of [
        ['desktop', DESKTOP],
        ['phone', PHONE],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
        const file = await saveScreenshot(page, env.artifactsDir, `history-${language}-${name}`);
        expect(fs.statSync(file).size).toBeGreaterThan(10000);
      }
    }
    await page.setViewportSize(DESKTOP);
  });

  it('restores the first version as a new version, after a confirmation', async () => {
    const first = await versions().last().getAttribute('data-version');
    const latest = Number(await versions().first().getAttribute('data-version'));
    await page.locator(`[data-restore="${first}"]`).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    const restored = latest + 1;
    await page.locator(`[data-newsroom-versions] > li[data-version="${restored}"]`).waitFor({ timeout: 20000 });
    expect(await versions().count()).toBe(count + 1);
    expect(await versions().first().textContent()).toContain(`restored from version ${first}`);
    const draft = await api.readDraft(article);
    expect(draft.standfirst ?? '').toBe(FIRST.standfirst);
  });

  it('logs no unexpected console errors', () => {
    expect(describeErrors(capture.unexpected())).toBe('');
  });
});

/** What the in-page functions above read (the tests compile without the DOM library; see helpers/dom.ts). */
interface InPage {
  getComputedStyle(element: unknown): { direction: string; textDecorationLine: string };
}
