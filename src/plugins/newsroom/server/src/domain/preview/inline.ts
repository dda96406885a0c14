import { analyzeBidi } from '../../../../core/text/bidi';
import { clean } from '../text/normalize';
import { breakLines, escapeHtml } from './escape';
import { InlineWriter, MARKS, type InlineRenderOptions, type Segment } from './inline-writer';
import { splitIsolates, type InlineEvent } from './isolates';
import { safeUrl } from './url';

/**
 * Inline content of one block (text nodes with bold/italic/underline/strikethrough/code, and
 * links), rendered with the text core's `<bdi>` isolation computed over the whole block, not node
 * by node: "حلف " + bold "NATO" + " 32 دولة" is one sentence for the bidi algorithm.
 */
export interface InlineContent {
  segments: Segment[];
  /** Each link's allowed href, or null when its URL was refused (its text is shown unlinked). */
  links: Array<string | null>;
  /** The block's text as shown (the segments joined), for script detection. */
  text: string;
}

type Node = Readonly<Record<string, unknown>>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Flattens inline nodes with an explicit stack, so deeply nested JSON cannot overflow the call stack. */
export function collectInline(children: unknown): InlineContent {
  const segments: Segment[] = [];
  const links: Array<string | null> = [];
  if (!Array.isArray(children)) return { segments, links, text: '' };
  const stack: Array<{ node: unknown; link: number }> = [];
  for (let index = children.length - 1; index >= 0; index -= 1) stack.push({ node: children[index], link: -1 });
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { node, link } = entry;
    if (!isNode(node)) continue;
    if (typeof node.text === 'string') {
      const text = prepareText(node.text);
      if (text !== '') segments.push({ text, marks: marksOf(node), link });
    }
    let childLink = link;
    if (node.type === 'link' && link === -1) {
      childLink = links.length;
      links.push(safeUrl(node.url, 'link'));
    }
    const nested = node.children;
    if (Array.isArray(nested)) {
      for (let index = nested.length - 1; index >= 0; index -= 1) stack.push({ node: nested[index], link: childLink });
    }
  }
  return { segments, links, text: segments.map((segment) => segment.text).join('') };
}

function marksOf(node: Node): number {
  return (
    (node.bold === true ? MARKS.bold : 0) |
    (node.italic === true ? MARKS.italic : 0) |
    (node.underline === true ? MARKS.underline : 0) |
    (node.strikethrough === true ? MARKS.strikethrough : 0) |
    (node.code === true ? MARKS.code : 0)
  );
}

const isBlank = (character: string | undefined): boolean => character !== undefined && /\s/.test(character);
const isBreak = (character: string): boolean =>
  character === '\n' || character === '\r' || character === '\u2028' || character === '\u2029';

/** What whitespace at one end of a node stands for: a line break if it holds one, else a space. */
function edge(raw: string, fromEnd: boolean): string {
  let sawBlank = false;
  for (let step = 0; step < raw.length; step += 1) {
    const character = raw[fromEnd ? raw.length - 1 - step : step];
    if (!isBlank(character)) break;
    if (isBreak(character)) return '\n';
    sawBlank = true;
  }
  return sawBlank ? ' ' : '';
}

/**
 * `clean` (NFC, no bidi or control characters, tidy whitespace), keeping at either end the space
 * or line break the node had there: "حلف " followed by a bold "NATO" must stay two words.
 */
export function prepareText(raw: string): string {
  if (raw === '') return '';
  const cleaned = clean(raw);
  const lead = edge(raw, false);
  const trail = edge(raw, true);
  if (cleaned === '') return lead === '\n' || trail === '\n' ? '\n' : lead || trail;
  return lead + cleaned + trail;
}

export type { InlineRenderOptions, Segment };

export function renderInline(content: InlineContent, options: InlineRenderOptions): string {
  const { segments, links } = content;
  if (segments.length === 0) return '';
  const bidiHtml = analyzeBidi(content.text).html;
  const events =
    splitIsolates(
      bidiHtml,
      segments.map((segment) => segment.text.length),
    ) ??
    segments.map((segment, index): InlineEvent => ({ kind: 'text', segment: index, html: escapeHtml(segment.text) }));
  return new InlineWriter(segments, links, options).write(events);
}

/** Single-line or multi-line plain text (headline, standfirst, caption): cleaned, escaped, isolated. */
export function renderText(raw: string): string {
  return breakLines(analyzeBidi(clean(raw)).html);
}
