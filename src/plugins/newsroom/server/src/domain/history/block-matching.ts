import { diffArrays } from 'diff';
import { matchKey, tokenTexts } from '../text';
import { blockTextOf, blockTypeOf } from './blocks';

/**
 * Which old block became which new block. Three passes:
 *  1. anchors: the longest common subsequence of identical blocks (jsdiff `diffArrays` on block keys);
 *  2. identical blocks left over on both sides: the same block somewhere else (moved);
 *  3. similar blocks left over: the same block edited, when their words overlap enough (Dice ≥ 0.5 on the
 *     match keys of their words, so tashkeel and hamza spellings do not count against them).
 * Then the pairs that keep their relative order (a longest increasing subsequence that keeps every anchor)
 * stand in place; the others moved.
 */
export interface BlockPair {
  from: number;
  to: number;
  /** In order with the anchors: an equal or changed block; otherwise a moved one. */
  inPlace: boolean;
}

const SIMILAR_ENOUGH = 0.5;
/** Past this many old × new leftovers, pass 3 compares blocks only within the same gap between anchors. */
const MAX_GLOBAL_COMPARISONS = 20_000;

const wordSet = (block: unknown): Set<string> => new Set(tokenTexts(matchKey(blockTextOf(block))));

function similarity(oldBlock: unknown, newBlock: unknown, oldWords: Set<string>, newWords: Set<string>): number {
  if (oldWords.size === 0 && newWords.size === 0)
    return blockTypeOf(oldBlock).split(' ')[0] === blockTypeOf(newBlock).split(' ')[0] ? SIMILAR_ENOUGH : 0;
  let shared = 0;
  for (const word of oldWords) if (newWords.has(word)) shared++;
  return (2 * shared) / (oldWords.size + newWords.size);
}

function anchorsOf(oldKeys: string[], newKeys: string[]): BlockPair[] {
  const anchors: BlockPair[] = [];
  let from = 0;
  let to = 0;
  for (const change of diffArrays(oldKeys, newKeys)) {
    const count = change.value.length;
    if (change.added) to += count;
    else if (change.removed) from += count;
    else for (let offset = 0; offset < count; offset++) anchors.push({ from: from++, to: to++, inPlace: true });
  }
  return anchors;
}

/** Number of anchors before each index of one side: blocks in the same gap share it. */
function gapsOf(length: number, anchored: ReadonlySet<number>): number[] {
  const gaps: number[] = [];
  let gap = 0;
  for (let index = 0; index < length; index++) {
    if (anchored.has(index)) gap++;
    gaps.push(gap);
  }
  return gaps;
}

function similarPairs(before: unknown[], after: unknown[], oldLeft: number[], newLeft: number[], anchors: BlockPair[]) {
  const oldGaps = gapsOf(before.length, new Set(anchors.map((pair) => pair.from)));
  const newGaps = gapsOf(after.length, new Set(anchors.map((pair) => pair.to)));
  const global = oldLeft.length * newLeft.length <= MAX_GLOBAL_COMPARISONS;
  const oldWords = new Map(oldLeft.map((index) => [index, wordSet(before[index])]));
  const newWords = new Map(newLeft.map((index) => [index, wordSet(after[index])]));
  const candidates: Array<{ from: number; to: number; score: number }> = [];
  for (const from of oldLeft)
    for (const to of newLeft) {
      if (!global && oldGaps[from] !== newGaps[to]) continue;
      const score = similarity(before[from], after[to], oldWords.get(from) ?? new Set(), newWords.get(to) ?? new Set());
      if (score >= SIMILAR_ENOUGH) candidates.push({ from, to, score });
    }
  // Best first; between equals, the pair that moved least.
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.from - a.to) - Math.abs(b.from - b.to));
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const pairs: BlockPair[] = [];
  for (const candidate of candidates) {
    if (usedOld.has(candidate.from) || usedNew.has(candidate.to)) continue;
    usedOld.add(candidate.from);
    usedNew.add(candidate.to);
    pairs.push({ from: candidate.from, to: candidate.to, inPlace: false });
  }
  return pairs;
}

/** Marks in place the heaviest increasing run of `to` over pairs sorted by `from` (anchors outweigh the rest). */
function markInPlace(pairs: BlockPair[], anchorCount: number): void {
  pairs.sort((a, b) => a.from - b.from);
  const weight = (pair: BlockPair): number => (pair.inPlace ? anchorCount + pairs.length + 1 : 1);
  const best: number[] = [];
  const previous: number[] = [];
  let end = -1;
  pairs.forEach((pair, index) => {
    best[index] = weight(pair);
    previous[index] = -1;
    for (let before = 0; before < index; before++)
      if (pairs[before].to < pair.to && best[before] + weight(pair) > best[index]) {
        best[index] = best[before] + weight(pair);
        previous[index] = before;
      }
    if (end < 0 || best[index] > best[end]) end = index;
  });
  for (const pair of pairs) pair.inPlace = false;
  for (let index = end; index >= 0; index = previous[index]) pairs[index].inPlace = true;
}

/** `oldKeys` and `newKeys` are the blocks' `blockKeyOf`, computed once by the caller. */
export function matchBlocks(before: unknown[], after: unknown[], oldKeys: string[], newKeys: string[]): BlockPair[] {
  const anchors = anchorsOf(oldKeys, newKeys);
  const pairedOld = new Set(anchors.map((pair) => pair.from));
  const pairedNew = new Set(anchors.map((pair) => pair.to));

  const identical: BlockPair[] = [];
  const oldByKey = new Map<string, number[]>();
  oldKeys.forEach((key, index) => {
    if (!pairedOld.has(index)) oldByKey.set(key, [...(oldByKey.get(key) ?? []), index]);
  });
  newKeys.forEach((key, to) => {
    const from = pairedNew.has(to) ? undefined : oldByKey.get(key)?.shift();
    if (from === undefined) return;
    identical.push({ from, to, inPlace: false });
    pairedOld.add(from);
    pairedNew.add(to);
  });

  const oldLeft = before.map((_, index) => index).filter((index) => !pairedOld.has(index));
  const newLeft = after.map((_, index) => index).filter((index) => !pairedNew.has(index));
  const similar = oldLeft.length && newLeft.length ? similarPairs(before, after, oldLeft, newLeft, anchors) : [];

  const pairs = [...anchors, ...identical, ...similar];
  markInPlace(pairs, anchors.length);
  return pairs;
}
