import type { BlockChange } from '../../../../shared/contracts/history';
import { matchBlocks, type BlockPair } from './block-matching';
import { blockKeyOf, blockTextOf, blockTypeOf } from './blocks';
import { diffText } from './text-diff';

/**
 * A body diffed as blocks (see BlockChange in the contract): in the order of the new body, each deleted block
 * listed just before the first kept block that followed it.
 */
function pairedChange(before: unknown[], after: unknown[], pair: BlockPair, sameBlock: boolean): BlockChange {
  const oldBlock = before[pair.from];
  const newBlock = after[pair.to];
  const blockType = blockTypeOf(newBlock);
  const where = { from: pair.from, to: pair.to, blockType };
  if (sameBlock) return { op: pair.inPlace ? 'equal' : 'move', ...where };
  const oldText = blockTextOf(oldBlock);
  const newText = blockTextOf(newBlock);
  const { kind, runs } = diffText(oldText, newText);
  const typeBefore = blockTypeOf(oldBlock);
  return {
    op: pair.inPlace ? 'change' : 'move',
    ...where,
    ...(typeBefore === blockType ? {} : { blockTypeBefore: typeBefore }),
    kind: oldText === newText ? 'format' : kind,
    runs,
    block: newBlock,
  };
}

export function diffBlocks(before: unknown[], after: unknown[]): BlockChange[] {
  // Block keys (canonical JSON) are most of the cost of a diff with few edits: computed once.
  const oldKeys = before.map(blockKeyOf);
  const newKeys = after.map(blockKeyOf);
  const pairs = matchBlocks(before, after, oldKeys, newKeys);
  const byNewIndex = new Map(pairs.map((pair) => [pair.to, pair]));
  const pairedOld = new Set(pairs.map((pair) => pair.from));
  const changes: BlockChange[] = [];
  let nextOld = 0;
  const deleteUpTo = (limit: number): void => {
    for (; nextOld < limit; nextOld++)
      if (!pairedOld.has(nextOld))
        changes.push({ op: 'delete', from: nextOld, blockType: blockTypeOf(before[nextOld]), block: before[nextOld] });
  };
  after.forEach((block, to) => {
    const pair = byNewIndex.get(to);
    if (!pair) {
      changes.push({ op: 'insert', to, blockType: blockTypeOf(block), block });
      return;
    }
    if (pair.inPlace) deleteUpTo(pair.from);
    changes.push(pairedChange(before, after, pair, oldKeys[pair.from] === newKeys[pair.to]));
  });
  deleteUpTo(before.length);
  return changes;
}
