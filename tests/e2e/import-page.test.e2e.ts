import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { type AdminSession, goToAdmin, openSignedInAdmin } from './helpers/admin-ui';
import { ConsoleCapture, describeErrors } from './helpers/console';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';

/**
 * The Import wire copy page in Chromium: new copy pasted into a right-to-left textarea, imported, and the
 * admin lands in the new draft's edit view with the proposed headline, marked as proposed under the title until
 * the title is edited (issue #20 item 5); the wire sample, which the seed holds
 * with its content hash, is listed as skipped ("already imported"), linking to the seeded draft.
 * Screenshots: import-page.png (filled in), import-page-landed.png, import-page-results.png.
 */
const env = e2eEnv();
const SAMPLE = fs.readFileSync(path.join(__dirname, '../fixtures/wire/iraq-nato-manama-dialogue.txt'), 'utf8');
const PROPOSED_TITLE = 'التقى مستشار الأمن القومي العراقي مع رئيس الجنة العسكرية';
const RUN = Date.now();
/** Copy no earlier run imported: a byline and a lead, whose main clause becomes the proposed headline. */
const FRESH = `كتب: سيد محمد\nاستقبل وزير الخارجية العراقي ${RUN}، في بغداد وفداً من البرلمان الأوروبي لبحث ملفات التعاون الاقتصادي والطاقة وعودة النازحين.\n`;
const FRESH_TITLE = `استقبل وزير الخارجية العراقي ${RUN}`;
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
    await textarea.fill(FRESH);
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
        (globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } }).document
          .querySelector('input[name="title"]')
          ?.value.startsWith(expected) === true,
      FRESH_TITLE,
    );
    const marker = page.locator('[data-newsroom-proposed-title]');
    await marker.waitFor({ state: 'visible' });
    expect(await marker.textContent()).toContain('Proposed headline');
    await saveScreenshot(page, env.artifactsDir, 'import-page-landed');
  });

  it('stops marking the headline as proposed once the title is edited', async () => {
    const title = page.locator('input[name="title"]');
    await title.fill(`العراق والبرلمان الأوروبي يبحثان التعاون ${RUN}`);
    await page.locator('[data-newsroom-proposed-title]').waitFor({ state: 'detached' });
  });

  it('lists the seeded sample pasted again as skipped, linking to the draft', async () => {
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
