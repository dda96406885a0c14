import type { Page } from 'playwright-core';
import { type AdminSession, openEditView, openSignedInAdmin, useInterfaceLanguage } from './helpers/admin-ui';
import { adminApi, type ArticleRef } from './helpers/api';
import { DESKTOP, PHONE } from './helpers/browser';
import { describeErrors } from './helpers/console';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';
import { readSlugLayout, type SlugLayout, waitForSlugDir } from './helpers/slug-field';

/**
 * The edit view's slug field (Strapi's `uid` input, issue #17) in an Arabic and an English article, with the
 * admin in Arabic (right to left) and in English: the words of the slug are drawn in the order they are stored,
 * read in the article's direction, and none of them under the regenerate button, which Strapi puts at the
 * interface's end of the input (the left in Arabic). Screenshots: slug-<article>-<interface>-<viewport>.png.
 */
const env = e2eEnv();
let session: AdminSession;
let page: Page;
const articles: Partial<Record<'ar' | 'en', ArticleRef>> = {};

beforeAll(async () => {
  const api = await adminApi(env);
  // Slugs the server makes of these: «حلف-nato-يضم-32-دولة» and "nato-expands-to-32-members" (with "-2" when
  // admin-arabic.test.e2e.ts made the same Arabic headline first).
  articles.ar = await api.createArticle('ar', { title: 'حلف NATO يضم 32 دولة', paragraphs: ['نص قصير.'] });
  articles.en = await api.createArticle('en', { title: 'NATO expands to 32 members', paragraphs: ['Short.'] });
  session = await openSignedInAdmin(env, 'console-slug-field.json');
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
});

const article = (locale: 'ar' | 'en'): ArticleRef => {
  const found = articles[locale];
  if (!found) throw new Error(`no ${locale} article was created`);
  return found;
};

const px = (value: number): string => `${Math.round(value)} px`;

/**
 * What is wrong with the slug as drawn, as sentences (empty when nothing is), so that a failure shows every
 * problem at once: the direction; every word drawn, one after the other in reading order (leftwards for right
 * to left), the first at the text area's start edge; the button (and its label) outside the text area, and
 * the text area clear of the input's other edge too.
 */
function slugProblems(layout: SlugLayout, dir: 'rtl' | 'ltr'): string[] {
  const problems: string[] = [];
  const { action, textArea, input } = layout;
  // A one-letter word (the "-2" the server appends when another file made the same headline) has no caret
  // position inside it to be found by.
  const words = layout.words.filter(({ word }) => word.length > 1);
  if (layout.direction !== dir) problems.push(`direction is ${layout.direction}, not ${dir}`);
  if (words.length < 5) problems.push(`${layout.value} has fewer than 5 words`);
  const hidden = words.filter(({ drawn }) => !drawn).map(({ word }) => word);
  if (hidden.length > 0) problems.push(`not drawn in the input (under its button?): ${hidden.join(', ')}`);
  for (let index = 1; index < words.length; index += 1) {
    const [previous, current] = [words[index - 1].drawn, words[index].drawn];
    if (!previous || !current) continue;
    const inOrder = dir === 'rtl' ? current.right < previous.left : current.left > previous.right;
    if (!inOrder) problems.push(`"${words[index].word}" is not drawn after "${words[index - 1].word}" (${dir})`);
  }
  const first = words[0]?.drawn;
  // The middle of the first letter, where the caret starts falling inside the first word, is a few pixels in.
  const startGap = first ? (dir === 'rtl' ? textArea.right - first.right : first.left - textArea.left) : undefined;
  if (startGap === undefined || startGap < 0 || startGap >= 16)
    problems.push(`the first word does not start at the text area's ${dir === 'rtl' ? 'right' : 'left'} edge`);
  const actionOnLeft = action.left + action.right < input.left + input.right;
  const overlap = actionOnLeft ? action.right - textArea.left : textArea.right - action.left;
  if (overlap > 0.5) problems.push(`the button overlaps the text area by ${px(overlap)}`);
  const otherEdge = actionOnLeft ? input.right - textArea.right : textArea.left - input.left;
  if (otherEdge < 8) problems.push(`the text area is ${px(otherEdge)} from the input's edge away from the button`);
  if (textArea.right - textArea.left < 100)
    problems.push(`the text area is only ${px(textArea.right - textArea.left)}`);
  return problems;
}

/** Hovering the button shows its «Regenerate» label beside it: the text area makes room for that too. */
async function expectHoverClear(dir: 'rtl' | 'ltr', screenshot: string): Promise<void> {
  const before = await readSlugLayout(page);
  await page.locator('input[name="slug"] + * button').last().hover();
  await page.waitForFunction((width) => {
    const { document } = globalThis as unknown as {
      document: { querySelector(s: string): { getBoundingClientRect(): { width: number } } | null };
    };
    return (document.querySelector('input[name="slug"] + *')?.getBoundingClientRect().width ?? 0) > width + 10;
  }, before.action.right - before.action.left);
  await saveScreenshot(page, env.artifactsDir, screenshot);
  expect(slugProblems(await readSlugLayout(page), dir)).toEqual([]);
  await page.mouse.move(1, 1);
}

async function openSlug(locale: 'ar' | 'en', viewport: { width: number; height: number }): Promise<SlugLayout> {
  await page.setViewportSize(viewport);
  await openEditView(page, env, article(locale));
  await waitForSlugDir(page, locale === 'ar' ? 'auto' : 'ltr');
  const slug = page.locator('input[name="slug"]');
  await slug.evaluate((input) =>
    (input as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'center' }),
  );
  return readSlugLayout(page);
}

describe.each(['ar', 'en'] as const)('the slug field with the admin in %s', (language) => {
  beforeAll(async () => {
    await useInterfaceLanguage(page, env, language);
  });

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)(
    'draws an Arabic slug right to left in stored order, clear of the regenerate button (%s)',
    async (name, viewport) => {
      const layout = await openSlug('ar', viewport);
      await saveScreenshot(page, env.artifactsDir, `slug-ar-${language}-${name}`);
      expect(layout.value.startsWith('حلف-nato-يضم-32-دولة')).toBe(true);
      expect(slugProblems(layout, 'rtl')).toEqual([]);
      if (name === 'desktop') await expectHoverClear('rtl', `slug-ar-${language}-desktop-hover`);
    },
  );

  it('draws an English slug left to right, clear of the regenerate button', async () => {
    const layout = await openSlug('en', DESKTOP);
    await saveScreenshot(page, env.artifactsDir, `slug-en-${language}-desktop`);
    expect(layout.value.startsWith('nato-expands-to-32-members')).toBe(true);
    expect(slugProblems(layout, 'ltr')).toEqual([]);
    await expectHoverClear('ltr', `slug-en-${language}-desktop-hover`);
  });
});

describe('the console', () => {
  it('shows no errors but the known Strapi AI 404s (see helpers/console.ts)', () => {
    expect(describeErrors(session.capture.unexpected())).toBe('');
  });
});
