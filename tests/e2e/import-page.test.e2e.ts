import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { type AdminSession, goToAdmin, openSignedInAdmin } from './helpers/admin-ui';
import { ConsoleCapture, describeErrors } from './helpers/console';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';

/**
 * The Import wire copy page in Chromium: the sample pasted into a right-to-left textarea, imported, and the
 * admin lands in the new draft's edit view with the proposed headline; the same copy again is listed as skipped.
 * Screenshots: import-page.png (filled in), import-page-landed.png, import-page-results.png.
 */
const env = e2eEnv();
const SAMPLE = fs.readFileSync(path.join(__dirname, '../fixtures/wire/iraq-nato-manama-dialogue.txt'), 'utf8');
const PROPOSED_TITLE = 'التقى مستشار الأمن القومي العراقي، قاسم الأعرجي';
let session: AdminSession;
let capture: ConsoleCapture;
let page: Page;

beforeAll(async () => {
  session = await openSignedInAdmin(env, 'console-import-page.json');
  ({ capture, page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('the Import wire copy page', () => {
  it('is in the main menu', async () => {
    await goToAdmin(page, `${env.baseUrl}/admin`);
    await page.locator('a[href="/admin/plugins/newsroom/import"]').first().waitFor({ state: 'visible' });
  });

  it('imports pasted Arabic copy and opens the draft in its edit view', async () => {
    await goToAdmin(page, `${env.baseUrl}/admin/plugins/newsroom/import`);
    const textarea = page.locator('textarea');
    await textarea.fill(SAMPLE);
    expect(await textarea.getAttribute('dir')).toBe('rtl');
    await textarea.evaluate((element) => element.scrollTo(0, 0));
    await saveScreenshot(page, env.artifactsDir, 'import-page');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForURL((url) =>
      url.pathname.startsWith('/admin/content-manager/collection-types/api::article.article/'),
    );
    expect(decodeURIComponent(new URL(page.url()).search)).toContain('plugins[i18n][locale]=ar');
    await page.waitForFunction(
      (expected) =>
        (
          globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } }
        ).document.querySelector('input[name="title"]')?.value === expected,
      PROPOSED_TITLE,
    );
    await saveScreenshot(page, env.artifactsDir, 'import-page-landed');
  });

  it('lists the same copy imported again as skipped, linking to the draft', async () => {
    await goToAdmin(page, `${env.baseUrl}/admin/plugins/newsroom/import`);
    await page.locator('textarea').fill(SAMPLE);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const results = page.locator('[data-testid="import-results"]');
    await results.waitFor({ state: 'visible' });
    await results
      .locator('a[href*="/content-manager/collection-types/api::article.article/"]', { hasText: PROPOSED_TITLE })
      .waitFor();
    expect(await results.textContent()).toContain('same content already imported');
    await page.locator('textarea').evaluate((element) => element.scrollTo(0, 0));
    await saveScreenshot(page, env.artifactsDir, 'import-page-results');
  });

  it('logs no unexpected console errors', () => {
    expect(describeErrors(capture.unexpected())).toBe('');
  });
});
