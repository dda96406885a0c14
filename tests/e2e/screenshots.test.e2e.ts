import fs from 'fs';
import type { Page } from 'playwright-core';
import { type AdminSession, openEditView, openSignedInAdmin, previewLink } from './helpers/admin-ui';
import { adminApi, type AdminApi, type ArticleRef, type Locale } from './helpers/api';
import { DESKTOP, PHONE, type BrowserSession } from './helpers/browser';
import { ConsoleCapture, describeErrors } from './helpers/console';
import type { BrowserGlobals } from './helpers/dom';
import { e2eEnv } from './helpers/env';
import { readFonts } from './helpers/preview-page';
import { saveScreenshot } from './helpers/screenshots';

/**
 * Screenshots for review, in artifacts/e2e/: the edit view and the preview of the Arabic sample story and of the
 * English story, on a desktop (1280x900) and a phone (390x844) screen, e.g. preview-ar-phone.png.
 */
const env = e2eEnv();
const VIEWPORTS = { desktop: DESKTOP, phone: PHONE } as const;
type ViewportName = keyof typeof VIEWPORTS;
const CASES: [Locale, ViewportName][] = [
  ['ar', 'desktop'],
  ['ar', 'phone'],
  ['en', 'desktop'],
  ['en', 'phone'],
];

let session: AdminSession;
let browser: BrowserSession;
let capture: ConsoleCapture;
let api: AdminApi;
/** One signed-in admin page that moves from view to view, and one page for the preview. */
let admin: Page;
let preview: Page;
const articles = new Map<Locale, ArticleRef>();

beforeAll(async () => {
  api = await adminApi(env);
  articles.set('ar', await api.wireSample());
  articles.set('en', await api.demoStory('en'));
  session = await openSignedInAdmin(env, 'console-screenshots.json');
  ({ browser, capture, page: admin } = session);
  preview = await browser.context.newPage();
});

afterAll(async () => {
  await session?.close();
});

/** Waits for the edit view's document actions (Save, Publish) and side panels (preview, workflow, topics). */
async function settle(page: Page, article: ArticleRef): Promise<void> {
  await page.locator('button[type="submit"]').first().waitFor({ state: 'attached' });
  await previewLink(page, article).waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
}

describe.each(CASES)('%s article, %s screen', (locale, viewport) => {
  const article = (): ArticleRef => articles.get(locale) as ArticleRef;

  it('edit view', async () => {
    await admin.setViewportSize(VIEWPORTS[viewport]);
    await openEditView(admin, env, article());
    await settle(admin, article());
    expect(
      fs.statSync(await saveScreenshot(admin, env.artifactsDir, `edit-${locale}-${viewport}`)).size,
    ).toBeGreaterThan(10000);
  });

  it('preview, which fits the screen', async () => {
    await preview.setViewportSize(VIEWPORTS[viewport]);
    await preview.goto(await api.previewUrl(article()));
    await readFonts(preview.mainFrame());
    const { scrollWidth, clientWidth } = await preview.evaluate(() => {
      const { documentElement } = (globalThis as unknown as BrowserGlobals).document;
      return { scrollWidth: documentElement.scrollWidth, clientWidth: documentElement.clientWidth };
    });
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(
      fs.statSync(await saveScreenshot(preview, env.artifactsDir, `preview-${locale}-${viewport}`)).size,
    ).toBeGreaterThan(10000);
  });
});

describe('the console', () => {
  it('shows no errors but the known Strapi AI 404s (see helpers/console.ts)', () => {
    expect(describeErrors(capture.unexpected())).toBe('');
  });
});
