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
 * Myers' cost grows with pieces × edits. Past MAX_EDIT_LENGTH pieces added plus removed (a tenth of a
 * 2,000-word text rewritten, ~15 ms), the text is aligned sentence by sentence first, and word by word only
 * inside each group of changed sentences (MAX_GROUP_EDIT_LENGTH), as line-then-word diffs do; a group past
 * that is aligned sentence by sentence, and a sentence past that is shown as one replacement.
 */
const MAX_EDIT_LENGTH = 400;
const MAX_SENTENCE_EDIT_LENGTH = 400;
const MAX_GROUP_EDIT_LENGTH = 200;
const SENTENCE_END = /^[.!?؟؛]$|\n/u;

interface Segment {
  equal: boolean;
  /** Old-side and new-side text of the segment (the same text when equal). */
  before: string;
  after: string;
  /** For an equal segment: whether it holds a word (one that does not may join the changes around it). */
  hasWord: boolean;
}

type Range = [from: number, to: number];

const equalSegment = (pieces: Pieces, from: number, to: number): Segment => {
  const text = pieces.texts.slice(from, to).join('');
  return { equal: true, before: text, after: text, hasWord: pieces.isWord.slice(from, to).includes(true) };
};

const replacement = (before: Pieces, after: Pieces, oldRange: Range, newRange: Range): Segment => ({
  equal: false,
  before: before.texts.slice(...oldRange).join(''),
  after: after.texts.slice(...newRange).join(''),
  hasWord: true,
});

/** Myers over pieces old[oldRange] × new[newRange]; undefined past `maxEditLength`. */
function alignPieces(before: Pieces, after: Pieces, oldRange: Range, newRange: Range, maxEditLength: number) {
  const changes = diffArrays(before.texts.slice(...oldRange), after.texts.slice(...newRange), { maxEditLength });
  if (!changes) return undefined;
  const segments: Segment[] = [];
  let oldIndex = oldRange[0];
  for (const change of changes) {
    const text = change.value.join('');
    if (change.added) segments.push({ equal: false, before: '', after: text, hasWord: true });
    else if (change.removed) segments.push({ equal: false, before: text, after: '', hasWord: true });
    else segments.push(equalSegment(before, oldIndex, oldIndex + change.value.length));
    if (!change.added) oldIndex += change.value.length;
  }
  return segments;
}

/** Piece ranges of the sentences in `range`, each ending after its full stop, question mark or line break. */
function sentencesOf(pieces: Pieces, [from, to]: Range): Range[] {
  const sentences: Range[] = [];
  let start = from;
  for (let index = from; index < to; index++)
    if (!pieces.isWord[index] && SENTENCE_END.test(pieces.texts[index])) {
      sentences.push([start, index + 1]);
      start = index + 1;
    }
  if (start < to) sentences.push([start, to]);
  return sentences;
}

/** Word diffs of the i-th old and i-th new sentence of a group; what is left over is removed or added. */
function alignSentencePairs(before: Pieces, after: Pieces, oldSentences: Range[], newSentences: Range[]): Segment[] {
  const segments: Segment[] = [];
  const pairs = Math.min(oldSentences.length, newSentences.length);
  for (let index = 0; index < pairs; index++) {
    const [old, now] = [oldSentences[index], newSentences[index]];
    segments.push(
      ...(alignPieces(before, after, old, now, MAX_GROUP_EDIT_LENGTH) ?? [replacement(before, after, old, now)]),
    );
  }
  const rest = (sentences: Range[]): Range =>
    sentences.length > pairs ? [sentences[pairs][0], sentences[sentences.length - 1][1]] : [0, 0];
  const [oldRest, newRest] = [rest(oldSentences), rest(newSentences)];
  if (oldRest[1] > oldRest[0] || newRest[1] > newRest[0]) segments.push(replacement(before, after, oldRest, newRest));
  return segments;
}

/**
 * The fallback for heavy rewrites: sentences aligned first; inside each group of changed sentences, words
 * aligned over the whole group, or else sentence by sentence.
 */
function alignBySentences(before: Pieces, after: Pieces, oldRange: Range, newRange: Range): Segment[] {
  const oldSentences = sentencesOf(before, oldRange);
  const newSentences = sentencesOf(after, newRange);
  const textOf = (pieces: Pieces) => (range: Range) => pieces.texts.slice(...range).join('');
  const changes = diffArrays(oldSentences.map(textOf(before)), newSentences.map(textOf(after)), {
    maxEditLength: MAX_SENTENCE_EDIT_LENGTH,
  });
  if (!changes) return alignSentencePairs(before, after, oldSentences, newSentences);
  const segments: Segment[] = [];
  let oldAt = 0;
  let newAt = 0;
  let groupOld = 0;
  let groupNew = 0;
  const flush = (): void => {
    const [olds, news] = [oldSentences.slice(groupOld, oldAt), newSentences.slice(groupNew, newAt)];
    if (olds.length && news.length) {
      const whole: [Range, Range] = [
        [olds[0][0], olds[olds.length - 1][1]],
        [news[0][0], news[news.length - 1][1]],
      ];
      segments.push(
        ...(alignPieces(before, after, ...whole, MAX_GROUP_EDIT_LENGTH) ??
          alignSentencePairs(before, after, olds, news)),
      );
    } else if (olds.length || news.length) segments.push(...alignSentencePairs(before, after, olds, news));
  };
  for (const change of changes) {
    const count = change.value.length;
    if (change.added) newAt += count;
    else if (change.removed) oldAt += count;
    else {
      flush();
      segments.push(equalSegment(before, oldSentences[oldAt][0], oldSentences[oldAt + count - 1][1]));
      oldAt += count;
      newAt += count;
      groupOld = oldAt;
      groupNew = newAt;
    }
  }
  flush();
  return segments;
}

/**
 * The common head and tail are cut off first: the usual edit touches a few words of a long text, and only the
 * middle goes to Myers.
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
  const oldMiddle: Range = [head, before.texts.length - tail];
  const newMiddle: Range = [head, after.texts.length - tail];
  const middle =
    alignPieces(before, after, oldMiddle, newMiddle, MAX_EDIT_LENGTH) ??
    alignBySentences(before, after, oldMiddle, newMiddle);
  return [
    ...(head ? [equalSegment(before, 0, head)] : []),
    ...middle,
    ...(tail ? [equalSegment(before, before.texts.length - tail, before.texts.length)] : []),
  ];
}

/**
 * Joins adjacent changes, and kept separators between two changes, into one replaced span each; joins
 * adjacent kept segments (the sentence fallback gives them side by side) into one.
 */
function mergeChanges(segments: readonly Segment[]): Segment[] {
  const merged: Segment[] = [];
  segments.forEach((segment, index) => {
    const previous = merged[merged.length - 1];
    const next = segments[index + 1];
    const absorbed = segment.equal && !segment.hasWord && previous && !previous.equal && next && !next.equal;
    if (previous && previous.equal === segment.equal && !absorbed) {
      previous.before += segment.before;
      previous.after += segment.after;
      previous.hasWord ||= segment.hasWord;
    } else if (previous && !previous.equal && absorbed) {
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
