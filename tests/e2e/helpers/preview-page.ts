import type { Frame, Page } from 'playwright-core';
import type { Box, BrowserGlobals, DomNode } from './dom';

/**
 * Measurements of the newsroom's preview page, taken inside the page (a top-level page or the admin's preview
 * iframe): what the reader's browser computed, not what the HTML says.
 */

export interface Line {
  left: number;
  right: number;
}

export interface PreviewLayout {
  lang: string | null;
  dir: string | null;
  direction: { html: string; body: string; headline: string; paragraph: string };
  headline: { text: string; textAlign: string; contentLeft: number; contentRight: number; lines: Line[] };
  fontFamily: { body: string; headline: string };
}

export interface PreviewFonts {
  origin: string;
  faces: { family: string; weight: string; style: string; status: string }[];
  /** document.fonts.check for a bold Arabic headline in the bundled face. */
  arabicFaceReady: boolean;
  latinFaceReady: boolean;
}

export interface RunOrder {
  /** The Latin run's nearest element (`bdi` when the page isolated it). */
  latinParent: string;
  latin: Box;
  number: Box;
  /** Left edges of the first and last character of each run. */
  latinFirstLast: [number, number];
  numberFirstLast: [number, number];
}

/** The preview iframe of Strapi's preview screen, once its document has loaded. */
export async function previewFrame(page: Page, documentId: string): Promise<Frame> {
  const iframe = await page.waitForSelector(`iframe[src*="/api/newsroom/preview/${documentId}"]`);
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error('the preview iframe has no frame');
  await frame.waitForLoadState('load');
  await frame.waitForSelector('h1.headline');
  return frame;
}

export function readLayout(frame: Frame): Promise<PreviewLayout> {
  return frame.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as BrowserGlobals;
    const headline = document.querySelector('h1.headline');
    const paragraph = document.querySelector('.article-body p');
    if (!headline || !paragraph) throw new Error('the preview has no headline or no paragraph');
    const style = getComputedStyle(headline);
    const box = headline.getBoundingClientRect();
    // One line per distinct top among the text's boxes: its leftmost and rightmost edge.
    const range = document.createRange();
    range.selectNodeContents(headline);
    const byTop = new Map<number, Line>();
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width === 0) continue;
      const top = Math.round(rect.top);
      const line = byTop.get(top);
      byTop.set(
        top,
        line
          ? { left: Math.min(line.left, rect.left), right: Math.max(line.right, rect.right) }
          : { left: rect.left, right: rect.right },
      );
    }
    return {
      lang: document.documentElement.getAttribute('lang'),
      dir: document.documentElement.getAttribute('dir'),
      direction: {
        html: getComputedStyle(document.documentElement).direction,
        body: getComputedStyle(document.body).direction,
        headline: style.direction,
        paragraph: getComputedStyle(paragraph).direction,
      },
      headline: {
        text: headline.textContent ?? '',
        textAlign: style.textAlign,
        contentLeft: box.left + parseFloat(style.paddingLeft),
        contentRight: box.right - parseFloat(style.paddingRight),
        lines: [...byTop.values()],
      },
      fontFamily: { body: getComputedStyle(document.body).fontFamily, headline: style.fontFamily },
    };
  });
}

/** Waits for document.fonts.ready, then reports the @font-face rules' state. */
export function readFonts(frame: Frame): Promise<PreviewFonts> {
  return frame.evaluate(async () => {
    const { document, location } = globalThis as unknown as BrowserGlobals;
    await document.fonts.ready;
    return {
      origin: location.origin,
      faces: [...document.fonts].map(({ family, weight, style, status }) => ({
        family: family.replace(/^["']|["']$/g, ''),
        weight,
        style,
        status,
      })),
      arabicFaceReady: document.fonts.check('700 28px "Noto Naskh Arabic"', 'العراق'),
      latinFaceReady: document.fonts.check('400 20px "Noto Serif"', 'NATO'),
    };
  });
}

/**
 * Where a Latin run and a number that follows it (e.g. "NATO" and "32" in "حلف NATO 32 دولة") are drawn inside
 * `selector`: the boxes of both and of their first and last characters.
 */
export function measureRun(frame: Frame, selector: string, latin: string, number: string): Promise<RunOrder> {
  return frame.evaluate(
    ({ selector, latin, number }) => {
      const { document } = globalThis as unknown as BrowserGlobals;
      const container = document.querySelector(selector);
      if (!container) throw new Error(`no ${selector} in the preview`);
      const textNodes: DomNode[] = [];
      const walk = (node: DomNode): void => {
        if (node.nodeType === 3 /* TEXT_NODE */) textNodes.push(node);
        else Array.from(node.childNodes).forEach(walk);
      };
      walk(container);
      const find = (text: string): { node: DomNode; start: number } => {
        for (const node of textNodes) {
          const start = (node.textContent ?? '').indexOf(text);
          if (start >= 0) return { node, start };
        }
        throw new Error(`"${text}" is not in ${selector}`);
      };
      const box = (node: DomNode, start: number, end: number): Box => {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        const { left, right, top, bottom, width, height } = range.getBoundingClientRect();
        return { left, right, top, bottom, width, height };
      };
      const latinAt = find(latin);
      const numberAt = find(number);
      const firstLast = ({ node, start }: { node: DomNode; start: number }, length: number): [number, number] => [
        box(node, start, start + 1).left,
        box(node, start + length - 1, start + length).left,
      ];
      return {
        latinParent: latinAt.node.parentElement?.localName ?? '',
        latin: box(latinAt.node, latinAt.start, latinAt.start + latin.length),
        number: box(numberAt.node, numberAt.start, numberAt.start + number.length),
        latinFirstLast: firstLast(latinAt, latin.length),
        numberFirstLast: firstLast(numberAt, number.length),
      };
    },
    { selector, latin, number },
  );
}

export interface FontResponse {
  url: string;
  status: number;
  contentType: string;
}

/** Records the preview-font responses the page (and its frames) receive from now on. */
export function recordFontResponses(page: Page): FontResponse[] {
  const seen: FontResponse[] = [];
  page.on('response', (response) => {
    if (!response.url().includes('/api/newsroom/preview-fonts/')) return;
    seen.push({
      url: response.url(),
      status: response.status(),
      contentType: response.headers()['content-type'] ?? '',
    });
  });
  return seen;
}
