import { clean } from '../text/normalize';
import { decodeEntities } from './ant-sgml';
import type { WireSection } from './parse-wire';

/**
 * The body of an agency format as sections: XHTML from a NewsML-G2 `inlineXML` or a ninjs HTML body. Only
 * what a story keeps is read — paragraphs, list items, quotes and headings (h1–h6) — and everything else
 * (tables, scripts, attributes, images) is dropped; the article's blocks are rebuilt from these sections.
 * It does not build a DOM: an agency body is a flat run of blocks.
 */
export interface MarkupBody {
  sections: WireSection[];
  /** The first h1, which agency XHTML often repeats as the headline. */
  firstHeading?: string;
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'pre',
  'body',
  'br',
  'hr',
]);
/** Whose text is not the story's: scripts, styles, the head, figures and their captions, tables. */
const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'figure', 'figcaption', 'table']);
const TAG_NAME = /^<\s*(\/?)\s*(?:[\w-]+:)?([a-zA-Z][\w-]*)/;
const NBSP = /&nbsp;|&#160;|&#xa0;/gi;
/**
 * Tags one body may hold: the `jsonContainers` count of the JSON bodies. A real story has a few hundred; the
 * article's blocks allow 5,000 nodes. Past it the body is refused before more work (1.5 million tags: 0.8 s).
 */
export const MAX_MARKUP_TAGS = 60_000;

export class MarkupTooLarge extends RangeError {
  constructor() {
    super(
      `body markup has more than ${MAX_MARKUP_TAGS} tags (maxTags: ${MAX_MARKUP_TAGS}) / نص الخبر فيه أكثر من ${MAX_MARKUP_TAGS} وسم`,
    );
    this.name = 'MarkupTooLarge';
  }
}

/**
 * One pass over the markup with indexOf (no backtracking regex over the whole body, so an unclosed tag or
 * comment costs one scan to the end, not one per opener).
 */
export function sectionsFromMarkup(markup: string): MarkupBody {
  const sections: WireSection[] = [{ paragraphs: [] }];
  let firstHeading: string | undefined;
  let buffer = '';
  let headingLevel = 0;
  let skipDepth = 0;
  const flush = () => {
    const text = textOf(buffer);
    buffer = '';
    if (text === '') return;
    if (headingLevel > 0) {
      if (headingLevel === 1 && firstHeading === undefined) firstHeading = text;
      sections.push({ heading: text, paragraphs: [] });
    } else {
      sections[sections.length - 1].paragraphs.push(text);
    }
  };
  let position = 0;
  let tags = 0;
  while (position < markup.length) {
    const open = markup.indexOf('<', position);
    if (open < 0) {
      if (skipDepth === 0) buffer += markup.slice(position);
      break;
    }
    if (skipDepth === 0) buffer += markup.slice(position, open);
    if (markup.startsWith('<!--', open)) {
      const end = markup.indexOf('-->', open + 4);
      if (end < 0) break;
      position = end + 3;
      continue;
    }
    tags += 1;
    if (tags > MAX_MARKUP_TAGS) throw new MarkupTooLarge();
    const close = markup.indexOf('>', open + 1);
    if (close < 0) {
      if (skipDepth === 0) buffer += markup.slice(open);
      break;
    }
    const tag = TAG_NAME.exec(markup.slice(open, Math.min(close + 1, open + 64)));
    position = close + 1;
    if (!tag) continue;
    const closing = tag[1] === '/';
    const name = tag[2].toLowerCase();
    if (SKIPPED_TAGS.has(name)) {
      const selfClosing = markup[close - 1] === '/';
      if (!selfClosing) skipDepth = Math.max(0, skipDepth + (closing ? -1 : 1));
    } else if (/^h[1-6]$/.test(name)) {
      flush();
      headingLevel = closing ? 0 : Number(name[1]);
    } else if (BLOCK_TAGS.has(name)) {
      flush();
    }
  }
  flush();
  return { sections, ...(firstHeading ? { firstHeading } : {}) };
}
/** Tags off, entities decoded, whitespace tidied. */
export function textOf(markup: string): string {
  return clean(decodeEntities(markup.replace(/<[^<>]*>/g, ' ').replace(NBSP, ' ')))
    .replace(/\s+/g, ' ')
    .trim();
}
