import { diffArrays } from 'diff';
import type { ChangeKind, TextRun } from '../../../../shared/contracts/history';
import { changeKindOf, minorKindOf } from './classify';
import { piecesOf, type Pieces } from './pieces';

/**
 * Word diff of two texts. The alignment is jsdiff's `diffArrays` (Myers' O(ND) algorithm) over the pieces of
 * pieces.ts, so a changed word is the whole old word deleted and the whole new word inserted. Then, as
 * diff-match-patch's semantic cleanup does, a kept run made only of separators between two changes joins
 * them ("a b" → "c d" reads as one replacement, not two words around a kept space), and each replaced span is
 * classified (tashkeel-only, punctuation-only, whitespace-only) on its runs.
 */
export interface TextDiff {
  kind: ChangeKind;
  runs: TextRun[];
}

/**
 * Beyond this many pieces added plus removed, Myers' cost (pieces × edits) grows past the diff time budget:
 * the rest of the text is shown as one replacement instead. A 2,000-word text is about 4,000 pieces, so this
 * still aligns a rewrite of a third of it word by word.
 */
const MAX_EDIT_LENGTH = 3_000;

interface Segment {
  equal: boolean;
  /** Old-side and new-side text of the segment (the same text when equal). */
  before: string;
  after: string;
  /** For an equal segment: whether it holds a word (one that does not may join the changes around it). */
  hasWord: boolean;
}

const equalSegment = (pieces: Pieces, from: number, to: number): Segment => {
  const text = pieces.texts.slice(from, to).join('');
  return { equal: true, before: text, after: text, hasWord: pieces.isWord.slice(from, to).includes(true) };
};

/**
 * The common head and tail are cut off first: the usual edit touches a few words of a long text, and when
 * Myers gives up (MAX_EDIT_LENGTH) only the middle is shown replaced.
 */
function segmentsOf(before: Pieces, after: Pieces): Segment[] {
  const shorter = Math.min(before.texts.length, after.texts.length);
  let head = 0;
  while (head < shorter && before.texts[head] === after.texts[head]) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    before.texts[before.texts.length - 1 - tail] === after.texts[after.texts.length - 1 - tail]
  )
    tail++;
  const oldMiddle = before.texts.slice(head, before.texts.length - tail);
  const newMiddle = after.texts.slice(head, after.texts.length - tail);
  const segments: Segment[] = head ? [equalSegment(before, 0, head)] : [];
  const changes = diffArrays(oldMiddle, newMiddle, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) segments.push({ equal: false, before: oldMiddle.join(''), after: newMiddle.join(''), hasWord: true });
  let oldIndex = head;
  for (const change of changes ?? []) {
    const text = change.value.join('');
    if (change.added) segments.push({ equal: false, before: '', after: text, hasWord: true });
    else if (change.removed) segments.push({ equal: false, before: text, after: '', hasWord: true });
    else segments.push(equalSegment(before, oldIndex, oldIndex + change.value.length));
    if (!change.added) oldIndex += change.value.length;
  }
  if (tail) segments.push(equalSegment(before, before.texts.length - tail, before.texts.length));
  return segments;
}

/** Joins adjacent changes, and kept separators between two changes, into one replaced span each. */
function mergeChanges(segments: readonly Segment[]): Segment[] {
  const merged: Segment[] = [];
  segments.forEach((segment, index) => {
    const previous = merged[merged.length - 1];
    const next = segments[index + 1];
    const absorbed = segment.equal && !segment.hasWord && previous && !previous.equal && next && !next.equal;
    if (previous && !previous.equal && (!segment.equal || absorbed)) {
      previous.before += segment.before;
      previous.after += segment.after;
    } else merged.push({ ...segment });
  });
  return merged;
}

function runsOf(segments: readonly Segment[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const segment of segments) {
    if (segment.equal) {
      runs.push({ op: 'equal', text: segment.before });
      continue;
    }
    const kind = minorKindOf(segment.before, segment.after);
    const marked = kind ? { kind } : {};
    if (segment.before) runs.push({ op: 'delete', text: segment.before, ...marked });
    if (segment.after) runs.push({ op: 'insert', text: segment.after, ...marked });
  }
  return runs;
}

/** The runs from `before` to `after`, and what kind of change it is (`text` when both are equal too). */
export function diffText(before: string, after: string): TextDiff {
  if (before === after) return { kind: 'text', runs: before ? [{ op: 'equal', text: before }] : [] };
  const runs = runsOf(mergeChanges(segmentsOf(piecesOf(before), piecesOf(after))));
  return { kind: changeKindOf(before, after), runs };
}

/** The old and the new text the runs describe. */
export function sidesOf(runs: readonly TextRun[]): { before: string; after: string } {
  let before = '';
  let after = '';
  for (const run of runs) {
    if (run.op !== 'insert') before += run.text;
    if (run.op !== 'delete') after += run.text;
  }
  return { before, after };
}
