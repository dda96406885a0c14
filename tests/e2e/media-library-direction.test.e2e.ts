import type { Locator, Page } from 'playwright-core';
import {
  type AdminSession,
  goToAdmin,
  openEditView,
  openSignedInAdmin,
  useInterfaceLanguage,
} from './helpers/admin-ui';
import { adminApi, type ArticleRef } from './helpers/api';
import { DESKTOP, PHONE } from './helpers/browser';
import { e2eEnv } from './helpers/env';
import { type MediaFile, type MediaFolder, mediaApi } from './helpers/media';
import { saveScreenshot } from './helpers/screenshots';
import { directionOf, expectLeftToRight, expectStartKept } from './helpers/word-boxes';

/**
 * The Media Library in Arabic and in English (issue #17 item 2): folder and file names, captions and alternative
 * texts are user text, each in its own direction (patches/@strapi+upload+5.54.0.patch), so a mixed name reads in
 * order whatever the interface's direction (measured by glyph positions) and a long Arabic name is cut at its
 * end; the screens' labels are Arabic in the Arabic admin (mediaLibraryArabic.ts) and no MISSING_TRANSLATION is
 * logged. Screenshots: media-<screen>-<language>-<viewport>.png.
 */
const env = e2eEnv();
let session: AdminSession;
let page: Page;
let folder: MediaFolder;
let latinFolder: MediaFolder;
let mixedFile: MediaFile;
let article: ArticleRef;

type Language = 'ar' | 'en';
/** Arabic first: right to left, «صور» on the right and «NATO 2024» on its left, in both interfaces. */
const FOLDER = 'صور NATO 2024';
const FOLDER_LEFT_TO_RIGHT = ['NATO', '2024', 'صور'];
/** Latin first: left to right, «Reuters» on the left, in both interfaces. */
const LATIN_FOLDER = 'Reuters صور';
const LATIN_FOLDER_LEFT_TO_RIGHT = ['Reuters', 'صور'];
/** Drawn right to left as «Manama-2024.png-مؤتمر»: the Latin run keeps its own order, on the left. */
const MIXED_FILE = 'مؤتمر-Manama-2024.png';
const MIXED_FILE_LEFT_TO_RIGHT = ['Manama', '2024', 'png', 'مؤتمر'];
const LONG_FILE =
  'افتتاح الدورة الجديدة لحوار المنامة بمشاركة وزراء دفاع وخارجية من أكثر من ثلاثين دولة ومنظمات إقليمية ودولية.png';
const CAPTION = 'افتتاح حوار المنامة بحضور NATO';
const ALT_TEXT = 'Manama Dialogue: افتتاح الحوار';

const missing: { language: Language; text: string; page: string }[] = [];
let currentLanguage: Language = 'ar';

const mediaLibraryUrl = (query = ''): string => `${env.baseUrl}/admin/plugins/upload${query}`;

/** A name in the page's grid: the text element of a folder card or an asset card (role="listitem"). */
const gridName = (name: string): Locator =>
  page.locator('main [role="listitem"] span').filter({ hasText: name }).last();

const treeNode = (target: MediaFolder): Locator =>
  page.locator(`[data-testid="folder-tree-node-${target.id}"] span`).filter({ hasText: target.name }).first();

beforeAll(async () => {
  const media = await mediaApi(env);
  [folder, latinFolder] = await Promise.all([media.createFolder(FOLDER, null), media.createFolder(LATIN_FOLDER, null)]);
  mixedFile = await media.uploadPng({
    name: MIXED_FILE,
    caption: CAPTION,
    alternativeText: ALT_TEXT,
    folder: folder.id,
  });
  await media.uploadPng({ name: LONG_FILE, caption: '', alternativeText: '', folder: folder.id });
  article = await (await adminApi(env)).wireSample();
  session = await openSignedInAdmin(env, 'console-media-library.json');
  ({ page } = session);
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('MISSING_TRANSLATION'))
      missing.push({ language: currentLanguage, text: message.text(), page: page.url() });
  });
});

afterAll(async () => {
  await session?.close();
});

describe.each(['ar', 'en'] as const)('the Media Library in %s', (language) => {
  it('reads mixed folder names in order in the folder cards and the folder tree', async () => {
    await page.setViewportSize(DESKTOP);
    currentLanguage = language;
    await useInterfaceLanguage(page, env, language);
    await goToAdmin(page, mediaLibraryUrl());
    const card = gridName(FOLDER);
    await card.waitFor({ state: 'visible' });
    await treeNode(folder).waitFor({ state: 'visible' });
    // Saved before the checks, so that a failing run shows what it saw.
    await saveScreenshot(page, env.artifactsDir, `media-home-${language}-desktop`);
    await expectLeftToRight(card, FOLDER_LEFT_TO_RIGHT);
    const latinCard = gridName(LATIN_FOLDER);
    await expectLeftToRight(latinCard, LATIN_FOLDER_LEFT_TO_RIGHT);
    expect(await directionOf(card)).toBe('dir=auto direction=rtl');
    expect(await directionOf(latinCard)).toBe('dir=auto direction=ltr');

    const node = treeNode(folder);
    await node.waitFor({ state: 'visible' });
    await expectLeftToRight(node, FOLDER_LEFT_TO_RIGHT);
    await expectLeftToRight(treeNode(latinFolder), LATIN_FOLDER_LEFT_TO_RIGHT);
    expect(await directionOf(node)).toBe('dir=auto direction=rtl');
  });

  it("reads the open folder's name and mixed file names in order, and cuts a long name at its end", async () => {
    await goToAdmin(page, mediaLibraryUrl(`?folder=${folder.id}`));
    await gridName('افتتاح الدورة').waitFor({ state: 'visible' });
    await gridName(MIXED_FILE).waitFor({ state: 'visible' });
    await saveScreenshot(page, env.artifactsDir, `media-folder-${language}-desktop`);
    await expectStartKept(gridName('افتتاح الدورة'), 'افتتاح', 'ودولية');
    // The page's title names the open folder (this Media Library's path: the tree shows where it is).
    const title = page.locator('main h1').filter({ hasText: FOLDER });
    await title.waitFor({ state: 'visible' });
    await expectLeftToRight(title, FOLDER_LEFT_TO_RIGHT);
    expect(await title.locator('bdi').filter({ hasText: FOLDER }).count()).toBe(1);
    const fileName = gridName(MIXED_FILE);
    await fileName.waitFor({ state: 'visible' });
    await expectLeftToRight(fileName, MIXED_FILE_LEFT_TO_RIGHT);
    expect(await directionOf(fileName)).toBe('dir=auto direction=rtl');

    await page.setViewportSize(PHONE);
    await gridName(MIXED_FILE).waitFor({ state: 'visible' });
    await expectStartKept(gridName('افتتاح الدورة'), 'افتتاح', 'ودولية');
    await saveScreenshot(page, env.artifactsDir, `media-folder-${language}-phone`);
    await page.setViewportSize(DESKTOP);
  });

  it('gives the file details drawer its name, caption and alternative text each in its own direction', async () => {
    await goToAdmin(page, mediaLibraryUrl(`?folder=${folder.id}&assetId=${mixedFile.id}`));
    const drawer = page.locator('[role="dialog"]').filter({ has: page.locator('input[name="caption"]') });
    await drawer.waitFor({ state: 'visible' });
    const heading = drawer.locator('h2').filter({ hasText: MIXED_FILE }).first();
    await heading.waitFor({ state: 'visible' });
    await saveScreenshot(page, env.artifactsDir, `media-details-${language}-desktop`);
    await expectLeftToRight(heading, MIXED_FILE_LEFT_TO_RIGHT);
    expect(await directionOf(heading)).toBe('dir=auto direction=rtl');
    const input = (name: string): Locator => drawer.locator(`input[name="${name}"]`);
    await page.waitForFunction(
      (expected) =>
        (
          globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } }
        ).document.querySelector('[role="dialog"] input[name="caption"]')?.value === expected,
      CAPTION,
    );
    expect(await directionOf(input('name'))).toBe('dir=auto direction=rtl');
    expect(await directionOf(input('caption'))).toBe('dir=auto direction=rtl');
    expect(await directionOf(input('alternativeText'))).toBe('dir=auto direction=ltr');
    // The Location picker shows the folder's name as its value.
    await expectLeftToRight(
      drawer.locator('[role="combobox"] bdi').filter({ hasText: FOLDER }).first(),
      FOLDER_LEFT_TO_RIGHT,
    );
    const labels = (await drawer.locator('label').allInnerTexts()).map((text) => text.replace(/\*$/, '').trim());
    const expected =
      language === 'ar'
        ? ['اسم الملف', 'المكان', 'التعليق', 'النص البديل']
        : ['File name', 'Location', 'Caption', 'Alternative text'];
    expect(labels).toEqual(expect.arrayContaining(expected));
    if (language === 'ar') {
      // @strapi/upload has no Arabic pack: these were English in the Arabic admin (mediaLibraryArabic.ts).
      for (const english of ['File info', 'Caption', 'Alternative text', 'New', 'Folders', 'Save changes'])
        expect(await page.getByText(english, { exact: true }).count()).toBe(0);
    }
    await page.setViewportSize(PHONE);
    await heading.waitFor({ state: 'visible' });
    await saveScreenshot(page, env.artifactsDir, `media-details-${language}-phone`);
    await page.setViewportSize(DESKTOP);
  });

  it("reads the folder path (breadcrumbs) and the cards in order in a media field's dialog", async () => {
    await openEditView(page, env, article);
    const placeholder =
      language === 'ar'
        ? 'انقر لإضافة ملف، أو اسحبه وأفلته هنا'
        : 'Click to add an asset or drag and drop one in this area';
    await page.locator('main').getByText(placeholder).first().click();
    const dialog = page.locator('[role="dialog"]').last();
    // The legacy Media Library's folder card: its name is the button's heading.
    const folderButton = dialog.locator('button').filter({ hasText: FOLDER }).first();
    await folderButton.waitFor({ state: 'visible' });
    await expectLeftToRight(folderButton.locator('h2 > *').first(), FOLDER_LEFT_TO_RIGHT);
    await expectLeftToRight(
      dialog.locator('button').filter({ hasText: LATIN_FOLDER }).first().locator('h2 > *').first(),
      LATIN_FOLDER_LEFT_TO_RIGHT,
    );
    await folderButton.click();
    const crumb = dialog.locator('nav li').filter({ hasText: FOLDER }).first();
    await crumb.waitFor({ state: 'visible' });
    await expectLeftToRight(crumb, FOLDER_LEFT_TO_RIGHT);
    // This dialog's asset cards wrap a long name over lines rather than cut it: its direction is what shows order.
    const card = dialog.getByText(MIXED_FILE, { exact: true }).first();
    await card.waitFor({ state: 'visible' });
    expect(await directionOf(card)).toBe('dir=auto direction=rtl');
    expect(await directionOf(dialog.getByText(LONG_FILE, { exact: true }).first())).toBe('dir=auto direction=rtl');
    if (language === 'ar') {
      // This dialog's labels came from the English pack too (mediaLibraryArabic.ts).
      for (const english of [
        'Add new assets',
        'Add more assets',
        'Selected files',
        'Most recent uploads',
        'Assets (2)',
      ])
        expect(await dialog.getByText(english, { exact: true }).count()).toBe(0);
    }
    await saveScreenshot(page, env.artifactsDir, `media-dialog-${language}-desktop`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('logs no MISSING_TRANSLATION on these screens', () => {
    const lines = missing.filter((line) => line.language === language).map((line) => `${line.text} on ${line.page}`);
    expect(lines).toEqual([]);
  });
});
