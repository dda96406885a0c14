import type { Locator, Page } from 'playwright-core';
import { type AdminSession, openEditView, openSignedInAdmin, useInterfaceLanguage } from './helpers/admin-ui';
import { adminApi, type ArticleRef } from './helpers/api';
import { DESKTOP, PHONE } from './helpers/browser';
import { describeErrors } from './helpers/console';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';

/**
 * The edit view's "Search and social" panel (issue #19 item 1) in Chromium with the admin in Arabic: the search
 * result and the social card right to left, the search title written in the SEO fields and the description taken
 * from the standfirst, the counter warning past 60 characters and following the form as it is typed.
 * Screenshots: seo-preview-ar-desktop.png, seo-preview-ar-phone.png.
 */
const env = e2eEnv();
const HEADLINE = 'حلف NATO يبحث مع العراق توسيع مهمة التدريب في 2027';
const STANDFIRST = 'وزراء دفاع الحلف يناقشون في بروكسل طلب بغداد زيادة عدد المدربين وتمديد المهمة عامين إضافيين.';
// 70 characters: past Google's 60.
const LONG_SEARCH_TITLE = 'الناتو والعراق: توسيع مهمة التدريب وزيادة عدد المدربين وتمديدها لعامين';

let session: AdminSession;
let page: Page;
let story: ArticleRef;

const panel = (): Locator => page.getByTestId('seo-preview');

beforeAll(async () => {
  const api = await adminApi(env);
  story = await api.createArticle('ar', { title: HEADLINE, standfirst: STANDFIRST, paragraphs: ['نص الخبر.'] });
  await api.updateArticle(story, { seo: { metaTitle: LONG_SEARCH_TITLE } });
  session = await openSignedInAdmin(env, 'console-seo-preview.json');
  ({ page } = session);
  await useInterfaceLanguage(page, env, 'ar');
});

afterAll(async () => {
  await session?.close();
});

describe('the Search and social panel, in Arabic', () => {
  it('previews the search result and the social card right to left, with the overrides and the defaults', async () => {
    await page.setViewportSize(DESKTOP);
    await openEditView(page, env, story);
    await panel().waitFor({ state: 'visible', timeout: 15000 });
    await expect(page.getByText('معاينة البحث والمشاركة', { exact: true }).first().isVisible()).resolves.toBe(true);

    const search = page.getByTestId('seo-search');
    const social = page.getByTestId('seo-social');
    expect(await search.getAttribute('dir')).toBe('rtl');
    expect(await social.getAttribute('dir')).toBe('rtl');
    // The search title is the override; the description falls back to the standfirst, and says so.
    await expect(search.getByText(LONG_SEARCH_TITLE).isVisible()).resolves.toBe(true);
    await expect(search.getByText(STANDFIRST).isVisible()).resolves.toBe(true);
    await expect(search.getByText('الوصف من المقدمة').isVisible()).resolves.toBe(true);
    await expect(social.getByText(LONG_SEARCH_TITLE).isVisible()).resolves.toBe(true);
    // Each text is isolated, so the Latin NATO and the numbers keep their places in the Arabic line.
    expect(await search.getByText(LONG_SEARCH_TITLE).getAttribute('dir')).toBe('auto');

    // The address starts with the site's URL (NEWSROOM_SITE_URL, sent by the server: the default here), then the
    // article path's parts, the section unknown to the form; each part isolated, so an Arabic slug keeps its
    // own direction.
    const address = page.getByTestId('seo-url').locator('bdi[dir="auto"]');
    expect(await address.allInnerTexts()).toEqual([
      'http://localhost:3000',
      'ar',
      '…',
      await page.locator('input[name="slug"]').inputValue(),
    ]);
    // The noindex switch says yes and no, not Strapi's Arabic «حقيقي» / «خطأ».
    await expect(page.getByText('نعم', { exact: true }).first().isVisible()).resolves.toBe(true);
    expect(await page.getByText('خطأ', { exact: true }).count()).toBe(0);

    const titleCount = page.getByTestId('seo-title-count');
    expect((await titleCount.innerText()).trim()).toBe('70 من 60');
    await expect(panel().getByText('أطول من 60 حرفًا: ستقتطعه محركات البحث.').isVisible()).resolves.toBe(true);
    expect((await page.getByTestId('seo-description-count').innerText()).trim()).toMatch(/^\d+ من 160$/);

    await panel().scrollIntoViewIfNeeded();
    await saveScreenshot(page, env.artifactsDir, 'seo-preview-ar-desktop');
  });

  it('follows the form as the search title is typed, the warning going once it fits', async () => {
    const input = page.locator('input[name="seo.metaTitle"]');
    await input.fill('الناتو يبحث توسيع مهمة التدريب في العراق');
    const titleCount = page.getByTestId('seo-title-count');
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }
        ).document.querySelector('[data-testid="seo-title-count"]')?.textContent === '40 من 60',
    );
    expect((await titleCount.innerText()).trim()).toBe('40 من 60');
    expect(await panel().getByText('أطول من 60 حرفًا: ستقتطعه محركات البحث.').count()).toBe(0);
    await expect(
      page.getByTestId('seo-search').getByText('الناتو يبحث توسيع مهمة التدريب في العراق').isVisible(),
    ).resolves.toBe(true);
  });

  it("shows the panel on a phone, in the edit view's drawer", async () => {
    await page.setViewportSize(PHONE);
    // On a phone the side panels sit in a drawer under the actions bar.
    const open = page.getByRole('button', { name: 'فتح المزيد من الإجراءات' });
    await open.waitFor({ state: 'visible' });
    await open.click();
    await page.getByTestId('seo-search').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('seo-search').isVisible()).resolves.toBe(true);
    await saveScreenshot(page, env.artifactsDir, 'seo-preview-ar-phone');
    await page.getByRole('button', { name: 'إغلاق المزيد من الإجراءات' }).click();
    await page.setViewportSize(DESKTOP);
  });

  it('logs no unexpected console errors', () => {
    expect(describeErrors(session.capture.unexpected())).toBe('');
  });
});
