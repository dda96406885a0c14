/**
 * A blocks value (an article's `body`) cut into runs of top-level blocks, and a wide block into runs of its
 * children, so that a validator costing time in proportion to the nodes (Strapi's yup schema: about 45 ms per
 * 1,000 nodes on this machine) can run one run at a time with the event loop free in between. Strapi's blocks
 * schema has no rule across the items of an array (top-level blocks, a block's children), so validating the runs
 * one by one accepts and refuses exactly what validating the whole does; errors are then shifted back to the
 * whole value's indexes, once each. Pure: no Strapi import.
 */
export interface BlocksSlice {
  /** Index of the slice's first block in the whole array. */
  offset: number;
  blocks: unknown[];
  /**
   * Set when the slice is a run of one wide block's children (`blocks` is that block with those children only):
   * the index of the run's first child in the whole block. Strapi's schema has no rule across a block's children
   * either, and every run is non-empty, so a `min(1)` on children holds for the runs exactly when for the whole.
   */
  childOffset?: number;
}

/** Nodes of one block, itself included (every object under `children`, at any depth). Iterative: no stack overflow. */
export function nodesOf(block: unknown): number {
  let nodes = 0;
  const pending: unknown[] = [block];
  while (pending.length > 0) {
    const node = pending.pop();
    nodes += 1;
    const children = childrenOf(node);
    if (children) for (const child of children) pending.push(child);
  }
  return nodes;
}

const childrenOf = (node: unknown): unknown[] | undefined => {
  const children = typeof node === 'object' && node !== null ? (node as { children?: unknown }).children : undefined;
  return Array.isArray(children) ? children : undefined;
};

/** Consecutive runs of items of at most `maxNodes` nodes each (an item over it alone), with their start index. */
function runsOf(items: readonly unknown[], maxNodes: number): Array<{ start: number; items: unknown[] }> {
  const runs: Array<{ start: number; items: unknown[] }> = [];
  let nodes = 0;
  items.forEach((item, index) => {
    const size = nodesOf(item);
    const last = runs[runs.length - 1];
    if (last && nodes + size <= maxNodes) {
      last.items.push(item);
      nodes += size;
    } else {
      runs.push({ start: index, items: [item] });
      nodes = size;
    }
  });
  return runs;
}

/**
 * Consecutive runs of blocks of at most `maxNodes` nodes each. A block over `maxNodes` with several children (a
 * paragraph of a thousand texts) is cut into runs of its children, each a slice of its own; a block over it that
 * cannot be cut (one child holding everything) is a slice of its own. Every node is in exactly one slice.
 */
export function sliceBlocks(blocks: readonly unknown[], maxNodes: number): BlocksSlice[] {
  const slices: BlocksSlice[] = [];
  let current: BlocksSlice = { offset: 0, blocks: [] };
  let nodes = 0;
  const flush = () => {
    if (current.blocks.length > 0) slices.push(current);
  };
  blocks.forEach((block, index) => {
    const size = nodesOf(block);
    const children = childrenOf(block);
    if (size > maxNodes && children && children.length > 1) {
      flush();
      for (const run of runsOf(children, Math.max(1, maxNodes - 1)))
        slices.push({
          offset: index,
          blocks: [{ ...(block as Record<string, unknown>), children: run.items }],
          childOffset: run.start,
        });
      current = { offset: index + 1, blocks: [] };
      nodes = 0;
      return;
    }
    if (current.blocks.length > 0 && nodes + size > maxNodes) {
      flush();
      current = { offset: index, blocks: [] };
      nodes = 0;
    }
    current.blocks.push(block);
    nodes += size;
  });
  flush();
  return slices;
}

export interface FieldError {
  path: string[];
  message: string;
  name: string;
  value?: unknown;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An error found in a slice, as the whole array's validation would report it: the block's index after the field
 * in the path (`['body', '3', 'children', '0']`) and at the start of the message (`body[3].children[0] …`) moved by
 * the slice's offset, and for a run of a block's children the child's index moved by its `childOffset`.
 */
export function shiftFieldError(error: FieldError, field: string, slice: Omit<BlocksSlice, 'blocks'>): FieldError {
  const [first, index, ...rest] = error.path;
  if (first !== field || index === undefined || !/^\d+$/.test(index)) return error;
  const block = String(Number(index) + slice.offset);
  const [childrenKey, child, ...deeper] = rest;
  const shiftChild = slice.childOffset !== undefined && childrenKey === 'children' && /^\d+$/.test(child ?? '');
  const shiftedChild = shiftChild ? String(Number(child) + (slice.childOffset ?? 0)) : child;
  const path = shiftChild ? [first, block, 'children', shiftedChild as string, ...deeper] : [first, block, ...rest];
  const prefix = new RegExp(`^${escapeRegExp(field)}\\[${index}\\]${shiftChild ? `\\.children\\[${child}\\]` : ''}`);
  const replacement = `${field}[${block}]${shiftChild ? `.children[${shiftedChild}]` : ''}`;
  return { ...error, path, message: error.message.replace(prefix, replacement) };
}

/**
 * The errors of every slice as one validation gives them: once each. A wide block's own fields (a heading's level)
 * are validated with each run of its children, so the same error (same path, same message) can come several times.
 */
export function distinctErrors(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = JSON.stringify([error.path, error.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The message yup gives a failed validation: the error's own when there is one, else how many occurred. */
export const validationMessage = (errors: readonly FieldError[]): string =>
  errors.length === 1 ? errors[0].message : `${errors.length} errors occurred`;
