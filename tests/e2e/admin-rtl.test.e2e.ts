import type { Locator, Page } from 'playwright-core';
import { type AdminSession, goToAdmin, openSignedInAdmin, useInterfaceLanguage } from './helpers/admin-ui';
import { ARTICLE } from './helpers/api';
import { DESKTOP, PHONE } from './helpers/browser';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';

/**
 * The whole admin right to left when its interface language is (issue #17 item 1): `<html lang dir>`, the main
 * menu on the right edge, and Strapi's own styles mirrored (the menu's border moves to its inner, left side),
 * which shows that every styled-components rule went through the RTL plugin, not only the flex order, and arrows
 * that point (the list's back link) mirrored (admin/src/rtl/pointingIcons.tsx). The same
 * screens in English stay left to right. Screenshots: admin-home-<language>-<viewport>.png and
 * admin-list-<language>-desktop.png.
 */
const env = e2eEnv();
let session: AdminSession;
let page: Page;

const mainMenu = (): Locator => page.locator('nav').first();

/** The list view's back link ("Back", «رجوع»): its arrow must point the way back in the reading order. */
const backArrowTransform = async (): Promise<string> =>
  page
    .locator('main a')
    .filter({ has: page.locator('svg') })
    .first()
    .locator('svg')
    .first()
    .evaluate(
      (svg) =>
        (globalThis as unknown as { getComputedStyle(node: unknown): { transform: string } }).getComputedStyle(svg)
          .transform,
    );

interface MenuPlacement {
  left: number;
  right: number;
  borderLeft: string;
  borderRight: string;
}

async function menuPlacement(): Promise<MenuPlacement> {
  const box = await mainMenu().boundingBox();
  if (!box) throw new Error('the main menu is not laid out');
  const borders = await mainMenu().evaluate((element) => {
    const style = (
      globalThis as unknown as {
        getComputedStyle(node: unknown): { borderLeftWidth: string; borderRightWidth: string };
      }
    ).getComputedStyle(element);
    return { borderLeft: style.borderLeftWidth, borderRight: style.borderRightWidth };
  });
  return { left: box.x, right: box.x + box.width, ...borders };
}

beforeAll(async () => {
  session = await openSignedInAdmin(env, 'console-admin-rtl.json');
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('the admin follows the direction of its interface language', () => {
  it('turns right to left in Arabic: html lang and dir, the main menu on the right edge, mirrored styles', async () => {
    await page.setViewportSize(DESKTOP);
    await useInterfaceLanguage(page, env, 'ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    const menu = await menuPlacement();
    expect(menu.right).toBeGreaterThan(DESKTOP.width - 2);
    expect(menu.left).toBeGreaterThan(DESKTOP.width / 2);
    // Strapi draws the menu's border on its right (towards the content); mirrored, it is on the left.
    expect(menu.borderLeft).toBe('1px');
    expect(menu.borderRight).toBe('0px');
    await saveScreenshot(page, env.artifactsDir, 'admin-home-ar-desktop');
    await goToAdmin(page, `${env.baseUrl}/admin/content-manager/collection-types/${ARTICLE}`);
    await page.locator('table').first().waitFor({ state: 'visible' });
    // Mirrored: the back arrow points right, towards where a right-to-left reader came from.
    expect(await backArrowTransform()).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await saveScreenshot(page, env.artifactsDir, 'admin-list-ar-desktop');
    await page.setViewportSize(PHONE);
    await useInterfaceLanguage(page, env, 'ar');
    await saveScreenshot(page, env.artifactsDir, 'admin-home-ar-phone');
  });

  it('stays left to right in English: the main menu on the left edge, Strapi styles as they are', async () => {
    await page.setViewportSize(DESKTOP);
    await useInterfaceLanguage(page, env, 'en');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const menu = await menuPlacement();
    expect(menu.left).toBeLessThan(2);
    expect(menu.right).toBeLessThan(DESKTOP.width / 2);
    expect(menu.borderRight).toBe('1px');
    expect(menu.borderLeft).toBe('0px');
    await saveScreenshot(page, env.artifactsDir, 'admin-home-en-desktop');
    await goToAdmin(page, `${env.baseUrl}/admin/content-manager/collection-types/${ARTICLE}`);
    await page.locator('table').first().waitFor({ state: 'visible' });
    expect(await backArrowTransform()).toBe('none');
    await saveScreenshot(page, env.artifactsDir, 'admin-list-en-desktop');
    await page.setViewportSize(PHONE);
    await useInterfaceLanguage(page, env, 'en');
    await saveScreenshot(page, env.artifactsDir, 'admin-home-en-phone');
  });

  it('follows a change of language back and forth', async () => {
    await page.setViewportSize(DESKTOP);
    await useInterfaceLanguage(page, env, 'ar');
    expect((await menuPlacement()).left).toBeGreaterThan(DESKTOP.width / 2);
    await useInterfaceLanguage(page, env, 'en');
    expect((await menuPlacement()).left).toBeLessThan(2);
  });
});
