import type { Page } from 'playwright-core';

/**
 * How the edit view draws the slug (Strapi's `uid` input and the regenerate button inside it), measured in the
 * page: where each word of the slug is drawn (found with `document.caretPositionFromPoint`, which in Chromium
 * answers offsets into a text input's value), the input's text area, and the box of the button and its label.
 */

export interface Span {
  left: number;
  right: number;
}

export interface SlugLayout {
  value: string;
  dir: string | null;
  direction: string;
  /** The input's content box (inside its borders and paddings): the only place its text is drawn. */
  textArea: Span;
  /** The input's border box. */
  input: Span;
  /** What Strapi renders at the input's end: the regenerate button, and its label while hovered. */
  action: Span;
  /** Each `-`-separated word of the value, in stored order, with where it is drawn. */
  words: { word: string; drawn: Span | null }[];
}

interface InPageElement {
  value: string;
  nextElementSibling: InPageElement | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { left: number; right: number; top: number; height: number };
}

interface InPageGlobals {
  document: {
    querySelector(selectors: string): InPageElement | null;
    caretPositionFromPoint(x: number, y: number): { offsetNode: unknown; offset: number } | null;
  };
  getComputedStyle(element: InPageElement): {
    direction: string;
    paddingLeft: string;
    paddingRight: string;
    borderLeftWidth: string;
    borderRightWidth: string;
  };
}

/**
 * Reads the slug input's layout. A word is drawn where the caret falls strictly inside it (between two of its
 * letters), so words of two letters or more are found; points under the button are the button's, not the
 * input's, so a word hidden there counts as not drawn at those points.
 */
export const readSlugLayout = (page: Page): Promise<SlugLayout> =>
  page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as InPageGlobals;
    const input = document.querySelector('input[name="slug"]');
    const action = input?.nextElementSibling;
    if (!input || !action) throw new Error('the edit view has no slug input with an action at its end');
    const style = getComputedStyle(input);
    const box = input.getBoundingClientRect();
    const actionBox = action.getBoundingClientRect();
    const px = (value: string) => parseFloat(value) || 0;
    const textArea = {
      left: box.left + px(style.borderLeftWidth) + px(style.paddingLeft),
      right: box.right - px(style.borderRightWidth) - px(style.paddingRight),
    };
    let start = 0;
    const words = input.value.split('-').map((word) => {
      const range = { word, start, end: start + word.length, drawn: null as { left: number; right: number } | null };
      start = range.end + 1;
      return range;
    });
    const y = box.top + box.height / 2;
    for (let x = Math.floor(box.left); x <= Math.ceil(box.right); x += 1) {
      const caret = document.caretPositionFromPoint(x, y);
      if (!caret || caret.offsetNode !== input) continue;
      const word = words.find((candidate) => caret.offset > candidate.start && caret.offset < candidate.end);
      if (!word) continue;
      word.drawn = word.drawn
        ? { left: Math.min(word.drawn.left, x), right: Math.max(word.drawn.right, x) }
        : { left: x, right: x };
    }
    return {
      value: input.value,
      dir: input.getAttribute('dir'),
      direction: style.direction,
      textArea,
      input: { left: box.left, right: box.right },
      action: { left: actionBox.left, right: actionBox.right },
      words: words.map(({ word, drawn }) => ({ word, drawn })),
    };
  });

/** Waits (up to 10 s) until the newsroom has given the slug input this `dir`, then gives up quietly. */
export async function waitForSlugDir(page: Page, dir: string): Promise<void> {
  await page
    .waitForFunction(
      (expected) =>
        (globalThis as unknown as InPageGlobals).document.querySelector('input[name="slug"]')?.getAttribute('dir') ===
        expected,
      dir,
      { timeout: 10000 },
    )
    .catch(() => undefined);
}
