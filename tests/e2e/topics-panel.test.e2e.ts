import type { Page } from 'playwright-core';
import { type AdminSession, openEditView, openSignedInAdmin } from './helpers/admin-ui';
import { adminApi, type ArticleRef } from './helpers/api';
import { describeErrors, type ConsoleCapture } from './helpers/console';
import { e2eEnv } from './helpers/env';

/**
 * The Topics side panel on the seeded wire sample (issue #20, item 6): at most five compact suggestions, none of
 * the look-alike topics it used to show (العملات from العمل, الفضاء from فضاءً), the evidence on one line until
 * clicked, and the Copy desk panel below it still on screen.
 */
const env = e2eEnv();
let session: AdminSession;
let capture: ConsoleCapture;
let page: Page;
let story: ArticleRef;

/**
 * Five three-line cards and their gaps measured 522 px; each card used to add a section line and up to four
 * evidence lines, and there were ten of them.
 */
const MAX_PANEL_HEIGHT = 600;

beforeAll(async () => {
  story = await (await adminApi(env)).wireSample();
  session = await openSignedInAdmin(env, 'console-topics.json');
  ({ capture, page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('the Topics panel', () => {
  it('shows at most five compact suggestions, evidence collapsed, the next panel in view', async () => {
    await openEditView(page, env, story);
    const cards = page.locator('[data-newsroom-topic-card]');
    await cards.first().waitFor({ state: 'visible', timeout: 20000 });
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(5);
    const text = await page.locator('[data-newsroom-topics]').innerText();
    for (const noise of ['العملات', 'الفضاء']) expect(text).not.toContain(noise);

    const box = await page.locator('[data-newsroom-topics]').boundingBox();
    expect(box?.height ?? Infinity).toBeLessThan(MAX_PANEL_HEIGHT);

    // The evidence is one line until clicked, then every line.
    const card = cards.filter({ has: page.locator('button[aria-expanded]') }).first();
    const toggle = card.locator('button[aria-expanded]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const linesBefore = await card.locator('p').count();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await card.locator('p').count()).toBeGreaterThan(linesBefore);
    await toggle.click();

    // The Copy desk panel, below Topics, starts within the panel's bound of the cards' end: no wall of cards between.
    const copyDeskBox = await page.getByText('Copy desk', { exact: true }).first().boundingBox();
    expect(copyDeskBox).not.toBeNull();
    expect((copyDeskBox?.y ?? Infinity) - ((box?.y ?? 0) + (box?.height ?? 0))).toBeLessThan(200);
    expect(describeErrors(capture.unexpected())).toBe('');
  });
});
