/**
 * Property-based tests: whatever the strings, the engine returns (never throws), evidence points at
 * the text it came from, and scores stay in [0, 1].
 */
import fc from 'fast-check';
import { predictLabels } from './predict';
import { deserializeModel, serializeModel } from './serialize';
import { suggestTopics } from './suggest';
import { syntheticCorpus } from './test-corpus';
import { trainModel, updateModel } from './train';
import type { ArticleText } from './types';
import { buildVocabulary } from './vocabulary';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) };
const WORDS = [
  'حلف',
  'الناتو',
  'بحلف',
  'شمال',
  'الأطلسي',
  'التعاون',
  'الأمني',
  'للتعاون',
  'و',
  'ال',
  'NATO',
  "NATO's",
  'الفريق',
  'المباراة',
  '#الأمن_القومي',
  '،',
  '.',
  '\n',
  ' ',
  '\u200F',
  '\uD800',
  'ﷺ',
  '😀',
  'ً',
];
const wordSoup = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string16bits({ maxLength: 120 }), wordSoup);

const model = trainModel(syntheticCorpus(15, 4));
const vocabulary = buildVocabulary([
  { id: 'world', kind: 'section', labels: { ar: ['العالم'], en: [] }, hiddenLabels: [], entities: [] },
  {
    id: 'nato',
    kind: 'topic',
    parentId: 'world',
    labels: { ar: ['حلف الناتو', 'حلف شمال الأطلسي'], en: ['NATO'] },
    hiddenLabels: [],
    entities: ['الناتو'],
  },
  { id: 'sport', kind: 'section', labels: { ar: ['الرياضة'], en: [] }, hiddenLabels: [], entities: [] },
  {
    id: 'security',
    kind: 'topic',
    parentId: 'world',
    labels: { ar: ['التعاون الأمني'], en: [] },
    hiddenLabels: [],
    entities: [],
  },
]);

describe('any strings', () => {
  it('suggestTopics never throws; evidence slices its field; scores in [0, 1]', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (title, standfirst, body) => {
        const article: ArticleText = { title, standfirst, body };
        for (const suggestion of suggestTopics(article, { vocabulary, model, minScore: 0 })) {
          expect(suggestion.score).toBeGreaterThanOrEqual(0);
          expect(suggestion.score).toBeLessThanOrEqual(1);
          for (const phrase of suggestion.phrases)
            expect(article[phrase.field]!.slice(phrase.start, phrase.end)).toBe(phrase.text);
          for (const term of suggestion.terms) expect(`${title}\n${standfirst}\n${body}`).toContain(term.term);
        }
      }),
      RUNS,
    );
  });

  it('predictLabels, updateModel and a vocabulary built from the strings never throw', () => {
    const copy = deserializeModel(serializeModel(model));
    fc.assert(
      fc.property(anyText, anyText, (text, label) => {
        predictLabels(copy, text);
        updateModel(copy, { text, label, decision: label.length % 2 === 0 ? 'accept' : 'reject' });
        const built = buildVocabulary([
          { id: 'x', kind: 'topic', labels: { ar: [label], en: [text] }, hiddenLabels: [text], entities: [label] },
        ]);
        suggestTopics({ body: text }, { vocabulary: built, model: copy });
      }),
      { numRuns: Math.min(RUNS.numRuns, 100) },
    );
  });

  it('rejects non-strings with a TypeError naming the argument', () => {
    const values = [42, {}, [], true, Symbol('s')];
    for (const value of values) {
      expect(() => suggestTopics({ body: value as unknown as string }, { vocabulary })).toThrow(
        /suggestTopics: article\.body must be a string/,
      );
      expect(() => suggestTopics({ standfirst: value as unknown as string }, { vocabulary })).toThrow(TypeError);
    }
    expect(() => predictLabels(model, 7 as unknown as string)).toThrow(/predictLabels: text/);
  });

  it('reads a null field (as the database returns an unset one) as empty', () => {
    expect(
      suggestTopics({ title: null as unknown as string, body: 'حلف الناتو' }, { vocabulary }).map(
        (suggestion) => suggestion.topicId,
      ),
    ).toContain('nato');
  });
});
