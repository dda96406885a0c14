import type { FieldDiff, TextRun } from '../../../../shared/contracts/history';
import { plainTextFromBlocks, type Block } from '../../../../core/text/word-count';

/**
 * The size of a change, as the history lists it: words added plus words removed against the version before,
 * read off the field diff (domain/history/diff.ts). A relation added or removed counts one, as does any other
 * value that changed (the cover). A moved block counts nothing: no word was added or removed.
 */

/** Runs of letters, marks and digits: tashkeel stays inside its word, punctuation is not a word. */
export const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

const textOf = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return plainTextFromBlocks(value as Block[]);
  if (value && typeof value === 'object') return plainTextFromBlocks([value as Block]);
  return '';
};

/** Words in one and not the other, counted with multiplicity, both ways. */
export const wordsChanged = (before: string, after: string): number => {
  const counts = new Map<string, number>();
  for (const word of wordsOf(before)) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const word of wordsOf(after)) counts.set(word, (counts.get(word) ?? 0) - 1);
  let changed = 0;
  for (const count of counts.values()) changed += Math.abs(count);
  return changed;
};

const runWords = (runs: readonly TextRun[] | undefined): number =>
  (runs ?? []).reduce((sum, run) => sum + (run.op === 'equal' ? 0 : wordsOf(run.text).length), 0);

const fieldSize = (diff: FieldDiff): number => {
  switch (diff.type) {
    case 'text':
      return runWords(diff.runs);
    case 'relation':
      return diff.added.length + diff.removed.length;
    case 'blocks':
      return diff.changes.reduce((sum, change) => {
        if (change.op === 'insert' || change.op === 'delete') return sum + wordsOf(textOf(change.block)).length;
        return change.op === 'change' ? sum + runWords(change.runs) : sum;
      }, 0);
    case 'value': {
      const words = wordsChanged(textOf(diff.from), textOf(diff.to));
      // A value with no words in it (a media id, an emptied field) still changed.
      return words > 0 ? words : 1;
    }
  }
};

export const changeSizeOf = (diffs: readonly FieldDiff[]): number =>
  diffs.reduce((sum, diff) => sum + fieldSize(diff), 0);
