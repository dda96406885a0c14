import type { Locator, Page } from 'playwright-core';
import {
  type AdminSession,
  goToAdmin,
  openEditView,
  openSignedInAdmin,
  useInterfaceLanguage,
  guidedTourDialog,
} from './helpers/admin-ui';
import { adminApi, ARTICLE, type ArticleRef } from './helpers/api';
import { DESKTOP, PHONE } from './helpers/browser';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';
import { wordBoxes } from './helpers/word-boxes';

/**
 * The admin in Arabic and in English (issue #17 items 2 and 3): user text takes its own direction in Strapi's
 * list cells and the edit view's header (patches/@strapi+content-manager+5.54.0.patch), so a mixed headline
 * reads in order whatever the interface's direction, measured by glyph positions; a long Arabic headline is
 * cut at its end; content-type names and field labels follow the interface language; and no screen of the
 * newsroom logs a MISSING_TRANSLATION. Screenshots: arabic-<screen>-<language>-<viewport>.png.
 */
const env = e2eEnv();
let session: AdminSession;
let page: Page;
let mixed: ArticleRef;
let sample: ArticleRef;

type Language = 'ar' | 'en';
const MIXED = 'حلف NATO يضم 32 دولة';
const LONG =
  'افتتاح الدورة الجديدة لحوار المنامة بمشاركة وزراء دفاع وخارجية من أكثر من ثلاثين دولة ومنظمات إقليمية ودولية';

/** Console lines of react-intl's missing messages, with the page they were logged on. */
const missing: { language: Language; text: string; page: string }[] = [];
let currentLanguage: Language = 'ar';

async function switchLanguage(language: Language): Promise<void> {
  currentLanguage = language;
  await useInterfaceLanguage(page, env, language);
}

/** «حلف NATO يضم 32 دولة» read right to left: حلف rightmost, then NATO, يضم, 32, دولة leftmost, on one line. */
async function expectMixedHeadlineInOrder(element: Locator): Promise<void> {
  const boxes = await wordBoxes(element, ['حلف', 'NATO', 'يضم', '32', 'دولة']);
  for (const box of boxes) expect(Math.abs(box.top - boxes[0].top)).toBeLessThan(4);
  for (let index = 1; index < boxes.length; index += 1) {
    expect(boxes[index].right).toBeLessThanOrEqual(boxes[index - 1].left + 1);
  }
}

/** The list row cell of an article's headline, found by its text in the list searched for it. */
async function listCell(title: string, search: string): Promise<Locator> {
  await goToAdmin(
    page,
    `${env.baseUrl}/admin/content-manager/collection-types/${ARTICLE}?page=1&pageSize=10&_q=${encodeURIComponent(search)}&plugins[i18n][locale]=ar`,
  );
  const cell = page.locator('main table tbody a, main table tbody span').filter({ hasText: title }).first();
  await cell.waitFor({ state: 'visible' });
  return cell;
}

const editHeader = (): Locator => page.locator('main h1').first();

beforeAll(async () => {
  const api = await adminApi(env);
  [mixed, sample] = await Promise.all([
    api.createArticle('ar', { title: MIXED, paragraphs: ['يضم حلف NATO اليوم 32 دولة.'] }),
    api.wireSample(),
  ]);
  await api.createArticle('ar', { title: LONG, paragraphs: ['نص قصير.'] });
  session = await openSignedInAdmin(env, 'console-admin-arabic.json');
  ({ page } = session);
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('MISSING_TRANSLATION'))
      missing.push({ language: currentLanguage, text: message.text(), page: page.url() });
  });
});

afterAll(async () => {
  await session?.close();
});

describe.each(['ar', 'en'] as const)('the admin in %s', (language) => {
  const dir = language === 'ar' ? 'rtl' : 'ltr';

  it('reads a mixed headline in order in the article list, and cuts a long Arabic one at its end', async () => {
    await page.setViewportSize(DESKTOP);
    await switchLanguage(language);
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    const cell = await listCell(MIXED, 'NATO');
    if (language === 'ar') {
      // The first visit to the Content Manager opened Strapi's guided tour over the list, in English, for every
      // user of a fresh browser: the newsroom closes it (utils/strapiAnnouncements.ts). With the closing taken out it showed within this wait.
      await page.waitForTimeout(1500);
      expect(await guidedTourDialog(page).count()).toBe(0);
    }
    expect(await cell.getAttribute('dir')).toBe('auto');
    await expectMixedHeadlineInOrder(cell);
    await saveScreenshot(page, env.artifactsDir, `arabic-list-${language}-desktop`);

    const longCell = await listCell(LONG, 'حوار المنامة بمشاركة');
    const [box, [first, last]] = await Promise.all([longCell.boundingBox(), wordBoxes(longCell, ['افتتاح', 'ودولية'])]);
    if (!box) throw new Error('the cell is not laid out');
    // Truncated, its first word shown whole at the right (its start), its last word cut off on the left.
    expect(first.right).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(first.left).toBeGreaterThanOrEqual(box.x - 1);
    expect(last.left).toBeLessThan(box.x);
  });

  it('reads a mixed headline in order in the edit view header, with field labels in the interface language', async () => {
    await openEditView(page, env, mixed);
    const header = editHeader();
    await header.filter({ hasText: MIXED }).waitFor({ state: 'visible' });
    expect(await header.getAttribute('dir')).toBe('auto');
    await expectMixedHeadlineInOrder(header);
    await page.locator('main label').first().waitFor({ state: 'visible' });
    const labels = await page.locator('main label').allInnerTexts();
    const expected = language === 'ar' ? ['العنوان', 'المقدمة', 'المتن'] : ['Headline', 'Standfirst', 'Body'];
    for (const label of expected) expect(labels.map((text) => text.replace(/\*$/, '').trim())).toContain(label);
    // The form, its hints and its side panels run in the interface's direction: Radix's tabs around the form
    // rendered dir="ltr" without the admin's DirectionProvider (patches/@strapi+admin, src/admin/vite.config.ts).
    const hint = page.locator('main [id$="-hint"]').first();
    const computedDirection = (element: Locator) =>
      element.evaluate(
        (node) =>
          (globalThis as unknown as { getComputedStyle(n: unknown): { direction: string } }).getComputedStyle(node)
            .direction,
      );
    expect(await computedDirection(hint)).toBe(dir);
    expect(await computedDirection(page.locator('main aside').first())).toBe(dir);
    // Strapi's announcement of its new Media Library covered the top of this screen: the newsroom closes it for a
    // browser that has never seen it (utils/strapiAnnouncements.ts).
    for (const intro of ['Introducing the new Media Library', 'مكتبة الوسائط الجديدة'])
      expect(await page.getByText(intro, { exact: false }).count()).toBe(0);
    if (language === 'ar') {
      // The back link: «الى الوراء» ("to the rear") in Strapi's Arabic pack (strapiRelabels.ts).
      await page.locator('main').getByRole('link', { name: 'رجوع', exact: true }).waitFor({ state: 'visible' });
      expect(await page.getByText('الى الوراء', { exact: false }).count()).toBe(0);
      // The blocks toolbar, English in Strapi's Arabic pack (strapiRelabels.ts).
      await page.locator('main').getByText('نص', { exact: true }).first().waitFor({ state: 'visible' });
      expect(await page.getByText('Text', { exact: true }).count()).toBe(0);
      expect(await page.getByText('Click to add an asset', { exact: false }).count()).toBe(0);
      // Strapi's i18n plugin has no Arabic pack: its bulk publish action, in the edit view's actions menu, was in
      // English (strapiRelabels.ts).
      await page.locator('main').getByRole('button', { name: 'المزيد من إجراءات الوثيقة' }).first().click();
      await page.getByRole('menuitem', { name: 'نشر عدة لغات', exact: true }).waitFor({ state: 'visible' });
      expect(await page.getByText('Publish multiple locales', { exact: false }).count()).toBe(0);
      await page.keyboard.press('Escape');
      // Focus back on the menu's button shows its tooltip over the screenshot: move it to the page.
      await page.locator('main h1').first().click();
    }
    await saveScreenshot(page, env.artifactsDir, `arabic-edit-${language}-desktop`);
  });

  it('names the content types in the interface language and shows the newsroom screens on a phone', async () => {
    await goToAdmin(page, `${env.baseUrl}/admin/content-manager/collection-types/${ARTICLE}`);
    const title = page.locator('main h1').first();
    await title.waitFor({ state: 'visible' });
    expect((await title.innerText()).trim()).toBe(language === 'ar' ? 'المقالات' : 'Article');
    await page.setViewportSize(PHONE);
    await page.locator('main table').first().waitFor({ state: 'visible' });
    await saveScreenshot(page, env.artifactsDir, `arabic-list-${language}-phone`);
    await openEditView(page, env, sample);
    await saveScreenshot(page, env.artifactsDir, `arabic-edit-${language}-phone`);
    await page.setViewportSize(DESKTOP);
    await goToAdmin(page, `${env.baseUrl}/admin/plugins/newsroom/import`);
    await page.locator('main textarea').first().waitFor({ state: 'visible' });
    await saveScreenshot(page, env.artifactsDir, `arabic-import-${language}-desktop`);
    await goToAdmin(page, `${env.baseUrl}/admin/plugins/newsroom/history/${sample.documentId}?locale=ar`);
    await page.locator('[data-version]').first().waitFor({ state: 'visible' });
    await saveScreenshot(page, env.artifactsDir, `arabic-history-${language}-desktop`);
    await goToAdmin(page, `${env.baseUrl}/admin`);
    await page.locator('main').first().waitFor({ state: 'visible' });
    await page
      .getByText(language === 'ar' ? 'قيد المراجعة' : 'In review', { exact: true })
      .first()
      .waitFor({ state: 'visible' });
    // Strapi's guided tour, in English and selling Strapi Cloud, greeted this first super admin: closed for the
    // editors (utils/strapiAnnouncements.ts).
    for (const marketing of ['Discover your application', 'Strapi Cloud'])
      expect(await page.getByText(marketing, { exact: false }).count()).toBe(0);
    await saveScreenshot(page, env.artifactsDir, `arabic-home-${language}-desktop`);
  });

  it('logs no MISSING_TRANSLATION on these screens', () => {
    const lines = missing.filter((line) => line.language === language).map((line) => `${line.text} on ${line.page}`);
    expect(lines).toEqual([]);
  });
});
