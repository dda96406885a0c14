import type { Page } from 'playwright-core';
import {
  type AdminSession,
  formDirections,
  openEditView,
  openSignedInAdmin,
  previewLink,
  titleDirection,
} from './helpers/admin-ui';
import { adminApi, type AdminApi, type ArticleRef } from './helpers/api';
import type { BrowserSession } from './helpers/browser';
import { ConsoleCapture, describeErrors } from './helpers/console';
import { e2eEnv } from './helpers/env';
import {
  measureRun,
  previewFrame,
  readFonts,
  readLayout,
  recordFontResponses,
  type PreviewLayout,
} from './helpers/preview-page';

/**
 * The Arabic sample story in the admin and in its preview, in Chromium: the edit view's title input direction,
 * the preview's direction, alignment and bundled fonts, the order of a Latin-and-number run, and a clean console.
 */
const env = e2eEnv();
let session: AdminSession;
let browser: BrowserSession;
let capture: ConsoleCapture;
let api: AdminApi;
let page: Page;
let sample: ArticleRef;
let english: ArticleRef;

beforeAll(async () => {
  api = await adminApi(env);
  [sample, english] = await Promise.all([api.wireSample(), api.demoStory('en')]);
  session = await openSignedInAdmin(env, 'console-article-rtl.json');
  ({ browser, capture, page } = session);
});

afterAll(async () => {
  await session?.close();
});

/** Every line of the headline ends at the same edge of its box, and at least one line leaves room at the other. */
const expectHeadlineAligned = ({ headline }: PreviewLayout, side: 'right' | 'left'): void => {
  expect(headline.lines.length).toBeGreaterThan(0);
  for (const line of headline.lines) {
    const gap = side === 'right' ? headline.contentRight - line.right : line.left - headline.contentLeft;
    expect(Math.abs(gap)).toBeLessThan(1.5);
  }
  const slack = headline.lines.map((line) =>
    side === 'right' ? line.left - headline.contentLeft : headline.contentRight - line.right,
  );
  expect(Math.max(...slack)).toBeGreaterThan(20);
};

describe('the Content Manager edit view', () => {
  it("shows the Arabic sample's title input right to left", async () => {
    await openEditView(page, env, sample);
    expect(await titleDirection(page, 'rtl')).toMatch(/\bdir=rtl\b|\bdirection=rtl$/);
  });

  it("shows the English article's title input left to right", async () => {
    await openEditView(page, env, english);
    expect(await titleDirection(page, 'ltr')).toMatch(/^dir=(null|ltr|auto) direction=ltr$/);
  });

  it("gives the Arabic slug its own letters' direction, and mirrors the body editor: right to left, its handle padding on the other side", async () => {
    await openEditView(page, env, sample);
    const arabic = await formDirections(page, 'rtl');
    await openEditView(page, env, english);
    const latin = await formDirections(page, 'ltr');
    // An Arabic slug reads right to left, in its stored order (Latin ones stay left to right: slug-field.test.e2e.ts).
    expect(arabic.slug).toBe('dir=auto direction=rtl');
    expect(latin.slug).toBe('dir=ltr direction=ltr');
    expect(arabic.blocks).toBe('dir=rtl direction=rtl');
    expect(latin.blocks).toMatch(/^dir=(null|ltr|auto) direction=ltr$/);
    // Strapi pads one side of the editor for its drag handles; the Arabic body has that room on the other side.
    expect(latin.blocksPadding[0]).not.toBe(latin.blocksPadding[1]);
    expect(arabic.blocksPadding).toEqual([latin.blocksPadding[1], latin.blocksPadding[0]]);
  });
});

describe('the preview', () => {
  it('opens from the Arabic edit view: right to left, headline right-aligned, the bundled Arabic font from this server', async () => {
    const fonts = recordFontResponses(page);
    await openEditView(page, env, sample);
    await previewLink(page, sample).click();
    const frame = await previewFrame(page, sample.documentId);

    const layout = await readLayout(frame);
    expect({ lang: layout.lang, dir: layout.dir }).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(layout.direction).toEqual({ html: 'rtl', body: 'rtl', headline: 'rtl', paragraph: 'rtl' });
    expect(layout.headline.text).toBe(sample.title);
    // `start` in a right-to-left block is the right edge; the lines' boxes must say so too.
    expect(['start', 'right']).toContain(layout.headline.textAlign);
    expectHeadlineAligned(layout, 'right');
    expect(layout.fontFamily.headline).toMatch(/^"Noto Naskh Arabic", "Noto Serif"/);

    const state = await readFonts(frame);
    expect(state.origin).toBe(env.baseUrl);
    expect(state.faces).toEqual(
      expect.arrayContaining([
        { family: 'Noto Naskh Arabic', weight: '400', style: 'normal', status: 'loaded' },
        { family: 'Noto Naskh Arabic', weight: '700', style: 'normal', status: 'loaded' },
      ]),
    );
    expect(state.arabicFaceReady).toBe(true);
    const naskh = fonts.filter((response) => response.url.includes('/noto-naskh-arabic-'));
    expect(
      naskh
        .map(({ url, status, contentType }) => ({ url, status, contentType }))
        .sort((a, b) => a.url.localeCompare(b.url)),
    ).toEqual(
      [400, 700].map((weight) => ({
        url: `${env.baseUrl}/api/newsroom/preview-fonts/noto-naskh-arabic-arabic-${weight}-normal.woff2`,
        status: 200,
        contentType: 'font/woff2',
      })),
    );
  });

  it('shows the English article left to right, headline left-aligned, in the bundled Latin font', async () => {
    const preview = await browser.context.newPage();
    try {
      await preview.goto(await api.previewUrl(english));
      const layout = await readLayout(preview.mainFrame());
      expect({ lang: layout.lang, dir: layout.dir }).toEqual({ lang: 'en', dir: 'ltr' });
      expect(layout.direction).toEqual({ html: 'ltr', body: 'ltr', headline: 'ltr', paragraph: 'ltr' });
      expect(['start', 'left']).toContain(layout.headline.textAlign);
      expectHeadlineAligned(layout, 'left');
      const state = await readFonts(preview.mainFrame());
      expect(state.faces).toContainEqual({ family: 'Noto Serif', weight: '700', style: 'normal', status: 'loaded' });
      expect(state.latinFaceReady).toBe(true);
    } finally {
      await preview.close();
    }
  });

  it('keeps a Latin-and-number run in order in Arabic copy ("حلف NATO 32 دولة")', async () => {
    const article = await api.createArticle('ar', {
      title: 'حلف NATO 32 دولة',
      paragraphs: ['يضم حلف NATO 32 دولة عضواً.'],
    });
    const preview = await browser.context.newPage();
    try {
      await preview.goto(await api.previewUrl(article));
      await readFonts(preview.mainFrame());
      for (const selector of ['h1.headline', '.article-body p']) {
        const run = await measureRun(preview.mainFrame(), selector, 'NATO', '32');
        // Isolated, so the number does not join the Latin run (UBA rule W7)...
        expect(run.latinParent).toBe('bdi');
        // ...and on one line the right-to-left order holds: "NATO" (read first) right of "32"...
        expect(run.latin.top).toBeLessThan(run.number.bottom);
        expect(run.number.top).toBeLessThan(run.latin.bottom);
        expect(run.latin.left).toBeGreaterThan(run.number.right);
        // ...while each run reads left to right inside: N before O, 3 before 2.
        expect(run.latinFirstLast[0]).toBeLessThan(run.latinFirstLast[1]);
        expect(run.numberFirstLast[0]).toBeLessThan(run.numberFirstLast[1]);
      }
    } finally {
      await preview.close();
    }
  });
});

describe('the console', () => {
  it('shows no errors but the known Strapi AI 404s (see helpers/console.ts)', () => {
    expect(describeErrors(capture.unexpected())).toBe('');
  });
});
