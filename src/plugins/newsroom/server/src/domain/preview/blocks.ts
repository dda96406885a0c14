import { plainTextFromBlocks, type Block } from '../../../../core/text/word-count';
import { escapeHtml } from './escape';
import { renderFigure } from './figure';
import { collectInline, renderInline, renderText } from './inline';

/**
 * Strapi 5 "blocks" body to HTML: paragraph, heading (level 1 becomes h2: the headline is the
 * page's h1), quote, list (ordered/unordered, nested lists inside the previous item), image,
 * code. Nodes are read as unknown JSON: a node of an unknown type with children is shown as a
 * paragraph (so nothing the editor wrote silently disappears), anything else malformed is skipped.
 */
export interface BlockContext {
  /** ` lang="…" dir="…"`, ` dir="auto"` or '' for a block with this text (see `foreignScriptOf`). */
  languageAttributes: (text: string) => string;
  unsafeLinkTitle: string;
  assetBaseUrl?: string;
}

type Node = Readonly<Record<string, unknown>>;

/** Lists nested deeper than this are shown as the plain text of the deeper part. */
export const MAX_LIST_DEPTH = 8;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

export function renderBlocks(blocks: unknown, context: BlockContext): string {
  if (!Array.isArray(blocks)) return '';
  let html = '';
  for (const block of blocks) if (isNode(block)) html += renderBlock(block, context);
  return html;
}

function renderBlock(node: Node, context: BlockContext): string {
  switch (node.type) {
    case 'heading': {
      const level =
        typeof node.level === 'number' && Number.isInteger(node.level) ? Math.min(6, Math.max(2, node.level)) : 2;
      return textBlock(`h${level}`, node, context);
    }
    case 'quote':
      return textBlock('blockquote', node, context);
    case 'list':
      return renderList(node, context, 1);
    case 'image':
      return renderFigure(node.image, {
        className: 'body-image',
        assetBaseUrl: context.assetBaseUrl,
        eager: false,
        captionAttributes: context.languageAttributes,
      });
    case 'code':
      return renderCode(node);
    default:
      return Array.isArray(node.children) ? textBlock('p', node, context) : '';
  }
}

/** A block of inline content; nothing for one with no text (the empty paragraph editors leave). */
function textBlock(tag: string, node: Node, context: BlockContext): string {
  const content = collectInline(node.children);
  if (content.text.trim() === '') return '';
  const inner = renderInline(content, { unsafeLinkTitle: context.unsafeLinkTitle });
  return `<${tag}${context.languageAttributes(content.text)}>${inner}</${tag}>`;
}

/**
 * Strapi keeps a nested list as a sibling of the items, after the item it belongs to; HTML wants
 * it inside that item, so it is appended to the previous `<li>` (or to an item of its own).
 */
function renderList(node: Node, context: BlockContext, depth: number): string {
  const tag = node.format === 'ordered' ? 'ol' : 'ul';
  const items: string[] = [];
  let pendingItem = '';
  const children = Array.isArray(node.children) ? node.children : [];
  for (const child of children) {
    if (!isNode(child)) continue;
    if (child.type === 'list') {
      const nested = depth < MAX_LIST_DEPTH ? renderList(child, context, depth + 1) : flattenedList(child);
      if (nested === '') continue;
      if (pendingItem === '') pendingItem = '<li class="nested">';
      pendingItem += nested;
      continue;
    }
    if (pendingItem !== '') items.push(`${pendingItem}</li>`);
    const content = collectInline(child.children);
    const inner = renderInline(content, { unsafeLinkTitle: context.unsafeLinkTitle });
    pendingItem = `<li${context.languageAttributes(content.text)}>${inner}`;
  }
  if (pendingItem !== '') items.push(`${pendingItem}</li>`);
  return items.length === 0 ? '' : `<${tag}>${items.join('')}</${tag}>`;
}

function flattenedList(node: Node): string {
  const text = plainTextFromBlocks([node as unknown as Block]);
  return text === '' ? '' : `<p>${renderText(text)}</p>`;
}

/** Code keeps its whitespace and is left to right; only escaped, never cleaned or isolated. */
function renderCode(node: Node): string {
  const text = rawText(node.children);
  if (text.trim() === '') return '';
  const language =
    typeof node.language === 'string' && node.language !== '' ? ` data-language="${escapeHtml(node.language)}"` : '';
  return `<pre dir="ltr"${language}><code>${escapeHtml(text)}</code></pre>`;
}

/** The text of inline nodes as typed (one level of link nesting, as Strapi stores it). */
function rawText(children: unknown): string {
  if (!Array.isArray(children)) return '';
  let text = '';
  for (const child of children) {
    if (!isNode(child)) continue;
    if (typeof child.text === 'string') text += child.text;
    if (Array.isArray(child.children)) {
      for (const grandchild of child.children)
        if (isNode(grandchild) && typeof grandchild.text === 'string') text += grandchild.text;
    }
  }
  return text;
}
