/**
 * Size limits of a blocks (rich text) value, counted before anything walks it for real: word counts, the
 * search key, tagging and Strapi's validation all take time in proportion to the nodes, and one paragraph
 * of 100,000 text children held the server for seconds. The walk is iterative (a deep value cannot overflow
 * the stack) and stops at the first limit passed. Pure: no Strapi import.
 */
export interface BlocksLimits {
  /** Nodes in all (blocks, inline nodes, text leaves). */
  maxNodes: number;
  /** Nesting of `children` (a paragraph's text is at depth 2). */
  maxDepth: number;
  /** Children of one node, the top-level list of blocks included. */
  maxChildren: number;
  /** UTF-8 bytes of all `text` leaves together. */
  maxTextBytes: number;
}

export type BlocksLimitName = keyof BlocksLimits;

export interface BlocksOverLimit {
  limit: BlocksLimitName;
  max: number;
}

const DESCRIPTIONS: Readonly<Record<BlocksLimitName, { en: string; ar: string }>> = {
  maxNodes: { en: 'number of nodes', ar: 'عدد العناصر' },
  maxDepth: { en: 'nesting depth', ar: 'عمق التداخل' },
  maxChildren: { en: 'children of one node', ar: 'عدد العناصر الفرعية لعنصر واحد' },
  maxTextBytes: { en: 'text size in bytes', ar: 'حجم النص بالبايت' },
};

/** The first limit the value passes, or null. Values that are not blocks (not an array) pass: Strapi's validator refuses them. */
export function blocksOverLimit(value: unknown, limits: BlocksLimits): BlocksOverLimit | null {
  if (!Array.isArray(value)) return null;
  const over = (limit: BlocksLimitName): BlocksOverLimit => ({ limit, max: limits[limit] });
  let nodes = 0;
  let textBytes = 0;
  const pending: Array<{ children: unknown[]; depth: number }> = [{ children: value, depth: 1 }];
  while (pending.length > 0) {
    const { children, depth } = pending.pop() as { children: unknown[]; depth: number };
    if (children.length > limits.maxChildren) return over('maxChildren');
    if (depth > limits.maxDepth) return over('maxDepth');
    nodes += children.length;
    if (nodes > limits.maxNodes) return over('maxNodes');
    for (const child of children) {
      if (typeof child !== 'object' || child === null) continue;
      const { text, children: grandchildren } = child as { text?: unknown; children?: unknown };
      if (typeof text === 'string') {
        textBytes += Buffer.byteLength(text, 'utf8');
        if (textBytes > limits.maxTextBytes) return over('maxTextBytes');
      }
      if (Array.isArray(grandchildren)) pending.push({ children: grandchildren, depth: depth + 1 });
    }
  }
  return null;
}

/** "body: over the number of nodes limit (maxNodes: 20000)" in English and Arabic. */
export function blocksLimitMessage(field: string, over: BlocksOverLimit): { en: string; ar: string } {
  const what = DESCRIPTIONS[over.limit];
  return {
    en: `${field}: over the ${what.en} limit (${over.limit}: ${over.max})`,
    ar: `${field}: تجاوز حد ${what.ar} (${over.limit}: ${over.max})`,
  };
}
