/**
 * A blocks value (an article's `body`) cut into runs of top-level blocks, so that a validator costing time in
 * proportion to the nodes (Strapi's yup schema: about 45 ms per 1,000 nodes on this machine) can run one run at a
 * time with the event loop free in between. Top-level blocks are independent for Strapi's blocks schema (an array
 * with no rule across its items), so validating the runs one by one accepts and refuses exactly what validating
 * the whole array does; errors are then shifted back to the whole array's indexes. Pure: no Strapi import.
 */
export interface BlocksSlice {
  /** Index of the slice's first block in the whole array. */
  offset: number;
  blocks: unknown[];
}

/** Nodes of one block, itself included (every object under `children`, at any depth). Iterative: no stack overflow. */
export function nodesOf(block: unknown): number {
  let nodes = 0;
  const pending: unknown[] = [block];
  while (pending.length > 0) {
    const node = pending.pop();
    nodes += 1;
    const children = typeof node === 'object' && node !== null ? (node as { children?: unknown }).children : undefined;
    if (Array.isArray(children)) for (const child of children) pending.push(child);
  }
  return nodes;
}

/**
 * Consecutive runs of blocks of at most `maxNodes` nodes each; a block over `maxNodes` on its own is a run of its
 * own (its nodes cannot be split without changing what the validator sees). Every block is in exactly one run.
 */
export function sliceBlocks(blocks: readonly unknown[], maxNodes: number): BlocksSlice[] {
  const slices: BlocksSlice[] = [];
  let current: BlocksSlice = { offset: 0, blocks: [] };
  let nodes = 0;
  blocks.forEach((block, index) => {
    const size = nodesOf(block);
    if (current.blocks.length > 0 && nodes + size > maxNodes) {
      slices.push(current);
      current = { offset: index, blocks: [] };
      nodes = 0;
    }
    current.blocks.push(block);
    nodes += size;
  });
  if (current.blocks.length > 0) slices.push(current);
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
 * An error found in a slice, as the whole array's validation would report it: the index after the field in the
 * path (`['body', '3', 'children']`) and at the start of the message (`body[3].children …`) moved by `offset`.
 */
export function shiftFieldError(error: FieldError, field: string, offset: number): FieldError {
  const [first, index, ...rest] = error.path;
  if (first !== field || index === undefined || !/^\d+$/.test(index)) return error;
  const shifted = String(Number(index) + offset);
  const prefix = new RegExp(`^${escapeRegExp(field)}\\[${index}\\]`);
  return { ...error, path: [first, shifted, ...rest], message: error.message.replace(prefix, `${field}[${shifted}]`) };
}

/** The message yup gives a failed validation: the error's own when there is one, else how many occurred. */
export const validationMessage = (errors: readonly FieldError[]): string =>
  errors.length === 1 ? errors[0].message : `${errors.length} errors occurred`;
