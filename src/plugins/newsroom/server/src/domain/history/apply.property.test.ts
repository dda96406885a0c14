import fc from 'fast-check';
import { tokenize } from '../text/tokenize';
import { applyBlockChanges, applyDiff, applyTextRuns } from './apply';
import { diffBlocks } from './blocks-diff';
import { diffSnapshots } from './diff';
import type { ArticleSnapshot } from './snapshot';
import { diffText } from './text-diff';

/**
 * Properties of the history diff: for random Arabic and English texts and random edits, applying the diff to
 * the old version gives the new one exactly (text, blocks bodies, whole snapshots), and no run cuts a word.
 */
const ARABIC_WORDS = [
  'العراق',
  'حلف',
  'الناتو',
  'اللقاء',
  'القاء',
  'المنامة',
  'الأمن',
  'القومي',
  'وبعثة',
  'الحوار',
  'مُستشارُ',
  'الأمـــن',
];
const ENGLISH_WORDS = ['NATO', 'Iraq', 'Manama', 'Dialogue', "don't", 'IISS', 'C-IED'];
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '، ', '؛ ', '؟', '«', '»', '. ', ', ', '!', '"', '(', ')', ' - '];
const TASHKEEL = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u0670', '\u0640'];

const word = fc.oneof(
  fc.constantFrom(...ARABIC_WORDS),
  fc.constantFrom(...ENGLISH_WORDS),
  fc.integer({ min: 0, max: 2030 }).map(String),
);
const piece = fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: fc.constantFrom(...SEPARATORS) });
const pieces = fc.array(piece, { maxLength: 60 });

type Edit = { at: number; op: 'replace' | 'insert' | 'delete' | 'tashkeel'; with: string; mark: string };
const edit = fc.record({
  at: fc.nat(),
  op: fc.constantFrom<Edit['op']>('replace', 'insert', 'delete', 'tashkeel'),
  with: piece,
  mark: fc.constantFrom(...TASHKEEL),
});

function applyEdits(parts: string[], edits: Edit[]): string[] {
  const out = [...parts];
  for (const change of edits) {
    const at = out.length ? change.at % (out.length + (change.op === 'insert' ? 1 : 0)) : 0;
    if (change.op === 'insert' || out.length === 0) out.splice(at, 0, change.with);
    else if (change.op === 'delete') out.splice(at, 1);
    else if (change.op === 'replace') out[at] = change.with;
    else out[at] = /[\u0621-\u064a]/.test(out[at]) ? out[at].replace(/([\u0621-\u064a])/, `$1${change.mark}`) : out[at];
  }
  return out;
}

const textPair = fc
  .tuple(pieces, fc.array(edit, { maxLength: 8 }))
  .map(([parts, edits]) => [parts.join(''), applyEdits(parts, edits).join('')] as const);

/** Offsets where the runs of one side start and end. */
function runBoundaries(runs: ReturnType<typeof diffText>['runs'], side: 'before' | 'after'): number[] {
  const skip = side === 'before' ? 'insert' : 'delete';
  const boundaries: number[] = [];
  let offset = 0;
  for (const run of runs) {
    if (run.op === skip) continue;
    offset += run.text.length;
    boundaries.push(offset);
  }
  return boundaries;
}

const cutsAWord = (text: string, boundaries: number[]): boolean =>
  tokenize(text).some((token) => boundaries.some((at) => at > token.start && at < token.end));

describe('history diff properties', () => {
  it('text: applying the diff to the old text gives the new text, and no run cuts a word', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          textPair,
          fc.tuple(fc.string(), fc.string()),
          fc.tuple(
            pieces.map((p) => p.join('')),
            fc.fullUnicodeString(),
          ),
        ),
        ([before, after]) => {
          const { runs } = diffText(before, after);
          expect(applyTextRuns('text', before, runs)).toBe(after);
          expect(cutsAWord(before, runBoundaries(runs, 'before'))).toBe(false);
          expect(cutsAWord(after, runBoundaries(runs, 'after'))).toBe(false);
          expect(runs.some((run, index) => index > 0 && runs[index - 1].op === run.op)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('text: heavy rewrites of long texts (the sentence-first fallback) still apply exactly, by whole words', () => {
    const sentence = fc
      .array(word, { minLength: 5, maxLength: 20 })
      .chain((words) => fc.constantFrom('. ', '؟ ', '\n').map((end) => words.join(' ') + end));
    const longText = fc.array(sentence, { minLength: 40, maxLength: 80 });
    const rewrite = fc.tuple(longText, fc.array(edit, { minLength: 150, maxLength: 400 })).map(([sentences, edits]) => {
      const parts = sentences.join('').split(/(\s+)/);
      return [parts.join(''), applyEdits(parts, edits).join('')] as const;
    });
    fc.assert(
      fc.property(rewrite, ([before, after]) => {
        const { runs } = diffText(before, after);
        expect(applyTextRuns('text', before, runs)).toBe(after);
        expect(cutsAWord(before, runBoundaries(runs, 'before'))).toBe(false);
        expect(cutsAWord(after, runBoundaries(runs, 'after'))).toBe(false);
        expect(runs.some((run, index) => index > 0 && runs[index - 1].op === run.op)).toBe(false);
        expect(runs.some((run) => run.op === 'equal')).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('text: tashkeel added to words is a tashkeel-only change', () => {
    fc.assert(
      fc.property(
        pieces,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TASHKEEL)), { minLength: 1, maxLength: 5 }),
        (parts, marks) => {
          const before = parts.join('');
          const after = applyEdits(
            parts,
            marks.map(([at, mark]) => ({ at, op: 'tashkeel', with: '', mark })),
          ).join('');
          fc.pre(before !== after);
          expect(diffText(before, after).kind).toBe('tashkeel-only');
        },
      ),
    );
  });

  const text = pieces.map((parts) => parts.join(''));
  const block = fc.oneof(
    text.map((value) => ({ type: 'paragraph', children: [{ type: 'text', text: value }] })),
    fc
      .tuple(text, fc.constantFrom(2, 3))
      .map(([value, level]) => ({ type: 'heading', level, children: [{ type: 'text', text: value }] })),
    text.map((value) => ({ type: 'quote', children: [{ type: 'text', text: value, bold: true }] })),
    fc.array(text, { minLength: 1, maxLength: 3 }).map((items) => ({
      type: 'list',
      format: 'ordered',
      children: items.map((value) => ({ type: 'list-item', children: [{ type: 'text', text: value }] })),
    })),
    text.map((caption) => ({
      type: 'image',
      image: { url: '/x.jpg', caption },
      children: [{ type: 'text', text: '' }],
    })),
  );
  type Block = Record<string, unknown>;
  const blockEdit = fc.record({
    op: fc.constantFrom('insert', 'delete', 'move', 'edit', 'level', 'duplicate'),
    at: fc.nat(),
    to: fc.nat(),
    block,
    words: fc.array(edit, { minLength: 1, maxLength: 3 }),
  });

  function editBody(body: Block[], edits: Array<typeof blockEdit extends fc.Arbitrary<infer T> ? T : never>): Block[] {
    const out = [...body];
    for (const change of edits) {
      const at = out.length ? change.at % out.length : 0;
      if (change.op === 'insert' || out.length === 0) out.splice(change.to % (out.length + 1), 0, change.block);
      else if (change.op === 'delete') out.splice(at, 1);
      else if (change.op === 'duplicate') out.splice(change.to % (out.length + 1), 0, out[at]);
      else if (change.op === 'move') {
        const [moved] = out.splice(at, 1);
        out.splice(change.to % (out.length + 1), 0, moved);
      } else if (change.op === 'level' && out[at].type === 'heading')
        out[at] = { ...out[at], level: out[at].level === 2 ? 3 : 2 };
      else if (change.op === 'edit' && out[at].type === 'paragraph') {
        const [leaf] = out[at].children as Array<{ text: string }>;
        const words = leaf.text.split(/(\s+)/);
        out[at] = { type: 'paragraph', children: [{ type: 'text', text: applyEdits(words, change.words).join('') }] };
      }
    }
    return out;
  }

  const body = fc.array(block, { maxLength: 12 });
  const bodyPair = fc
    .tuple(body, fc.array(blockEdit, { maxLength: 6 }))
    .map(([before, edits]) => [before, editBody(before, edits)] as const);

  it('blocks: applying the diff to the old body gives the new body', () => {
    fc.assert(
      fc.property(fc.oneof(bodyPair, fc.tuple(body, body)), ([before, after]) => {
        expect(applyBlockChanges('body', before, diffBlocks(before, after))).toEqual(after);
      }),
      { numRuns: 300 },
    );
  });

  it('snapshots: applying the diff to the old version gives the new one', () => {
    const nullable = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null });
    const ids = fc.uniqueArray(fc.constantFrom('a1', 'a2', 'a3', 't1', 't2', 's1'), { maxLength: 4 });
    const snapshot: fc.Arbitrary<ArticleSnapshot> = fc.record({
      fields: fc.record({
        title: nullable(text),
        slug: nullable(fc.constantFrom('hlf-alnatw', 'العراق-والناتو', 'iraq-nato')),
        standfirst: nullable(text),
        body: nullable(body),
        dateline: nullable(fc.constantFrom('المنامة', 'بغداد', '')),
        sourceUrl: nullable(fc.constantFrom('https://www.ina.iq', 'https://www.nato.int')),
        cover: nullable(fc.nat(9)),
      }),
      relations: fc.record({ authors: ids, topics: ids, sources: ids }),
    });
    fc.assert(
      fc.property(snapshot, snapshot, (before, after) => {
        const diff = diffSnapshots(before, after);
        expect(applyDiff(before, diff)).toEqual(after);
        expect(diffSnapshots(after, after)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
