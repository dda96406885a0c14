import path from 'path';
import type { Locator, Page } from 'playwright-core';
import { launchChromium, type BrowserSession } from './browser';
import { ConsoleCapture } from './console';
import { ARTICLE, type ArticleRef } from './api';
import type { E2eEnv } from './env';

/**
 * The admin UI as a person uses it. Elements are found by stable attributes (name="email", name="title",
 * href, aria-labelledby) rather than by their English labels wherever the admin offers one.
 */

export const editViewUrl = (env: E2eEnv, article: ArticleRef): string =>
  `${env.baseUrl}/admin/content-manager/collection-types/${ARTICLE}/${article.documentId}?plugins[i18n][locale]=${article.locale}`;

interface HistoryGlobals {
  history: { pushState(state: null, unused: string, url: string): void };
  dispatchEvent(event: object): boolean;
  PopStateEvent: new (type: 'popstate', init: { state: null }) => object;
}

/**
 * Moves an admin that is already open to `url` as its own links do (React Router follows history and popstate),
 * without loading the 5 MB admin bundle again (several seconds on this machine's two cores); opens the page
 * when the admin is not open yet.
 */
export async function goToAdmin(page: Page, url: string): Promise<void> {
  const admin = new URL('/admin', url).toString();
  if (page.url() !== admin && !page.url().startsWith(`${admin}/`)) {
    await page.goto(url);
    return;
  }
  await page.evaluate((target) => {
    const browser = globalThis as unknown as HistoryGlobals;
    browser.history.pushState(null, '', target);
    browser.dispatchEvent(new browser.PopStateEvent('popstate', { state: null }));
  }, url);
}

/** Signs in through the login form and waits for the admin to leave the auth pages. */
export async function signIn(page: Page, env: E2eEnv): Promise<void> {
  await page.goto(`${env.baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(env.email);
  await page.locator('input[name="password"]').fill(env.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/auth'));
}

/** Strapi's guided tour's dialog ("Step 1 of 4"), which the newsroom closes (admin/src/utils/strapiAnnouncements.ts). */
export const guidedTourDialog = (page: Page): Locator =>
  page.locator('[role="dialog"][aria-labelledby="guided-tour-title"]');

/** Opens an article's edit view and waits until its title is loaded into the title input, which it returns. */
export async function openEditView(page: Page, env: E2eEnv, article: ArticleRef): Promise<Locator> {
  await goToAdmin(page, editViewUrl(env, article));
  const title = page.locator('input[name="title"]');
  await title.waitFor({ state: 'visible' });
  await page.waitForFunction(
    ({ expected }) => {
      const input = (
        globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } }
      ).document.querySelector('input[name="title"]');
      return input?.value === expected;
    },
    { expected: article.title },
  );
  return title;
}

/**
 * The title input's `dir` attribute and computed direction, as one string that a failure message shows whole
 * ("dir=rtl direction=rtl"). The newsroom sets `dir` on the form's fields once its direction settings have
 * loaded, a moment after the form appears (and again when the locale changes): this waits up to 10 s for the
 * expected `dir`, then reads whatever is there.
 */
export async function titleDirection(page: Page, expected: 'rtl' | 'ltr'): Promise<string> {
  type Input = { getAttribute(name: string): string | null };
  type Globals = {
    document: { querySelector(selectors: string): Input | null };
    getComputedStyle(element: Input): { direction: string };
  };
  await page
    .waitForFunction(
      (dir) =>
        (globalThis as unknown as Globals).document.querySelector('input[name="title"]')?.getAttribute('dir') === dir,
      expected,
      { timeout: 10000 },
    )
    .catch(() => undefined);
  return page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as Globals;
    const input = document.querySelector('input[name="title"]');
    if (!input) throw new Error('the edit view has no title input');
    return `dir=${input.getAttribute('dir')} direction=${getComputedStyle(input).direction}`;
  });
}

/** The edit view's side panel link to Strapi's preview screen, which frames the newsroom's signed preview page. */
/** What the edit form shows of direction beyond the title: the slug input, the blocks editor and its box's padding. */
export interface FormDirections {
  slug: string;
  blocks: string;
  /** The blocks editor box's computed padding, left then right, in px. */
  blocksPadding: [number, number];
}

/** Waits (up to 10 s) until the blocks editor has the expected `dir`, then reads the form's directions. */
export async function formDirections(page: Page, expectedBlocks: 'rtl' | 'ltr'): Promise<FormDirections> {
  type Element = { getAttribute(name: string): string | null; parentElement: Element | null };
  type Globals = {
    document: { querySelector(selectors: string): Element | null };
    getComputedStyle(element: Element): { direction: string; paddingLeft: string; paddingRight: string };
  };
  const editor = '[data-slate-editor="true"]';
  await page
    .waitForFunction(
      ({ selector, dir }) =>
        (globalThis as unknown as Globals).document.querySelector(selector)?.getAttribute('dir') === dir,
      { selector: editor, dir: expectedBlocks },
      { timeout: 10000 },
    )
    .catch(() => undefined);
  return page.evaluate((selector) => {
    const { document, getComputedStyle } = globalThis as unknown as Globals;
    const slug = document.querySelector('input[name="slug"]');
    const blocks = document.querySelector(selector);
    if (!slug || !blocks?.parentElement) throw new Error('the edit view has no slug input or no blocks editor');
    const box = getComputedStyle(blocks.parentElement);
    return {
      slug: `dir=${slug.getAttribute('dir')} direction=${getComputedStyle(slug).direction}`,
      blocks: `dir=${blocks.getAttribute('dir')} direction=${getComputedStyle(blocks).direction}`,
      blocksPadding: [parseFloat(box.paddingLeft), parseFloat(box.paddingRight)] as [number, number],
    };
  }, editor);
}

export const previewLink = (page: Page, article: ArticleRef): Locator =>
  page.locator(`a[href*="/${article.documentId}/preview"]`);

/** A signed-in admin in a fresh Chromium, its console watched; `close` saves the console log and quits. */
export interface AdminSession {
  browser: BrowserSession;
  capture: ConsoleCapture;
  page: Page;
  close(): Promise<void>;
}

export async function openSignedInAdmin(env: E2eEnv, consoleLog: string): Promise<AdminSession> {
  const browser = await launchChromium(env.chromium);
  const capture = new ConsoleCapture(browser.context, env.baseUrl);
  const page = await browser.context.newPage();
  await signIn(page, env);
  return {
    browser,
    capture,
    page,
    async close() {
      capture.save(path.join(env.artifactsDir, consoleLog));
      await browser.close();
    },
  };
}

/** Strapi keeps the interface language in the browser's storage under this key (admin reducer). */
const LANGUAGE_KEY = 'strapi-admin-language';

/**
 * Switches the signed-in admin's interface language and reloads it (the admin reads the language when it loads),
 * waiting until `<html lang>` says so and the main menu is there.
 */
export async function useInterfaceLanguage(page: Page, env: E2eEnv, language: 'ar' | 'en'): Promise<void> {
  await page.evaluate(
    ([key, value]) =>
      (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem(
        key,
        value,
      ),
    [LANGUAGE_KEY, language] as const,
  );
  await page.goto(`${env.baseUrl}/admin`);
  // A function, not a string: the admin's Content Security Policy refuses to evaluate strings.
  await page.waitForFunction(
    (expected) =>
      (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang ===
      expected,
    language,
  );
  await page.locator('nav').first().waitFor({ state: 'visible' });
}
