import type { Locator } from 'playwright-core';
import type { BrowserGlobals, DomElement, DomNode } from './dom';

/** Where words are drawn, to check the visual order of a mixed Arabic/Latin text (not its DOM order). */

export interface WordBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The box of each word's first occurrence in the element's text nodes (Range.getBoundingClientRect over the
 * glyphs). A word cut off by an ellipsis keeps its box where it would be drawn: outside the element.
 */
export const wordBoxes = (element: Locator, words: readonly string[]): Promise<WordBox[]> =>
  element.evaluate((root, wanted) => {
    const { document } = globalThis as unknown as BrowserGlobals;
    const texts: DomNode[] = [];
    const walk = (node: DomNode): void => {
      if (node.nodeType === 3) texts.push(node);
      else Array.from(node.childNodes).forEach(walk);
    };
    walk(root as unknown as DomNode);
    return wanted.map((word) => {
      for (const node of texts) {
        const start = (node.textContent ?? '').indexOf(word);
        if (start < 0) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + word.length);
        const { left, right, top, bottom } = range.getBoundingClientRect();
        return { left, right, top, bottom };
      }
      throw new Error(`"${word}" is not in the element`);
    });
  }, words);

/**
 * Checks that these words are drawn on one line from left to right in this order (give an Arabic run's words
 * from its end to its start).
 */
export async function expectLeftToRight(element: Locator, words: readonly string[]): Promise<void> {
  const boxes = await wordBoxes(element, words);
  const drawn = words.map((word, index) => `${word}@${Math.round(boxes[index].left)}`).join(' ');
  for (const box of boxes) expect(Math.abs(box.top - boxes[0].top)).toBeLessThan(4);
  for (let index = 1; index < boxes.length; index += 1) {
    if (boxes[index].left < boxes[index - 1].right - 1)
      throw new Error(`not drawn left to right as ${words.join(' | ')}: ${drawn}`);
  }
}

/** The element's `dir` attribute and computed direction, as one string ("dir=auto direction=rtl"). */
export const directionOf = (element: Locator): Promise<string> =>
  element.evaluate((node) => {
    const { getComputedStyle } = globalThis as unknown as BrowserGlobals;
    const target = node as unknown as DomElement;
    return `dir=${target.getAttribute('dir')} direction=${getComputedStyle(target).direction}`;
  });

/**
 * A name cut by an ellipsis keeps its start: `first` (its first word) is drawn whole inside the element and
 * `last` (its last word) falls outside it, on the left for a right-to-left name.
 */
export async function expectStartKept(element: Locator, first: string, last: string): Promise<void> {
  const box = await element.boundingBox();
  if (!box) throw new Error('the element is not laid out');
  const [start, end] = await wordBoxes(element, [first, last]);
  const where = `box ${Math.round(box.x)}–${Math.round(box.x + box.width)}, "${first}" ${Math.round(start.left)}–${Math.round(start.right)}, "${last}" ${Math.round(end.left)}–${Math.round(end.right)}`;
  if (start.left < box.x - 1 || start.right > box.x + box.width + 1)
    throw new Error(`the start of the name is cut off: ${where}`);
  if (end.left >= box.x) throw new Error(`the end of the name is not cut on the left: ${where}`);
}
