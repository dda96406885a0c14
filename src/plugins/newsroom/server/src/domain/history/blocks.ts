import { canonicalJson } from './snapshot';

/**
 * What the blocks diff needs to know of a Strapi blocks node (paragraph, heading, list, quote, code, image):
 * its type as people name it, its plain text, and an identity key. Read defensively: a stored body is JSON
 * that older code or an import may have written.
 */
type BlockNode = Record<string, unknown>;

const asNode = (value: unknown): BlockNode =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as BlockNode) : {};

/** `paragraph`, `heading 2`, `list`, `quote`, `code`, `image`; `unknown` when the node has no type. */
export function blockTypeOf(block: unknown): string {
  const node = asNode(block);
  const type = typeof node.type === 'string' ? node.type : 'unknown';
  return type === 'heading' && typeof node.level === 'number' ? `heading ${node.level}` : type;
}

function inlineText(node: BlockNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  if (!Array.isArray(node.children)) return '';
  // List items are lines of their list; inline children (text, link) run on.
  const separator = node.type === 'list' ? '\n' : '';
  return node.children.map((child) => inlineText(asNode(child))).join(separator);
}

/** The words of a block as a reader sees them; an image's caption (or its alternative text). */
export function blockTextOf(block: unknown): string {
  const node = asNode(block);
  if (node.type === 'image') {
    const image = asNode(node.image);
    if (typeof image.caption === 'string' && image.caption) return image.caption;
    return typeof image.alternativeText === 'string' ? image.alternativeText : '';
  }
  return inlineText(node);
}

/** Equal keys, equal blocks (key order aside). */
export const blockKeyOf = (block: unknown): string => canonicalJson(block);
