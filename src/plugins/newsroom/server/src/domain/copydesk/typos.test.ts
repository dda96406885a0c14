import { buildFrequencyModel } from './counter';
import { testModel } from './test-model';
import { findDoubledLetterTypos } from './typos';

const model = testModel();
const hintsFor = (text: string) => findDoubledLetterTypos(text, model).map((hint) => [hint.word, hint.suggestion]);

describe('findDoubledLetterTypos', () => {
  it('finds the dropped doubled letters of the sample story, real words among them', () => {
    expect(hintsFor('التقى رئيس الجنة العسكرية بالوفد')).toEqual([['الجنة', 'اللجنة']]);
    expect(hintsFor('وصف هذا القاء بأنه مهم')).toEqual([['القاء', 'اللقاء']]);
    expect(hintsFor('تعزيز قدرات المؤسات الأمنية')).toEqual([['المؤسات', 'المؤسسات']]);
    expect(hintsFor('وهو ما يعز من قدرة البلاد')).toEqual([['يعز', 'يعزز']]);
    expect(hintsFor('دعا إلى إطار لتعاون المستمر')).toEqual([['لتعاون', 'للتعاون']]);
  });

  it('leaves a real word alone where the archive uses it (الجنة = paradise)', () => {
    expect(hintsFor('قال إن الجنة تحت أقدام الأمهات')).toEqual([]);
    expect(hintsFor('وعد الخطيب المؤمنين الجنة')).toEqual([]);
  });

  it('gives offsets into the text as given and the evidence behind the hint', () => {
    const text = 'التقى رئيسُ الجنةِ العسكرية';
    const [hint] = findDoubledLetterTypos(text, model);
    expect(text.slice(hint.start, hint.end)).toBe(hint.word);
    expect(hint.suggestion).toBe('اللجنةِ');
    expect(hint.evidence.suggestionCount).toBeGreaterThan(hint.evidence.wordCount);
    expect(hint.evidence.before).toEqual({ neighbour: 'رئيسُ', wordPairCount: 0, suggestionPairCount: 9 });
    expect(hint.evidence.after).toEqual({ neighbour: 'العسكرية', wordPairCount: 0, suggestionPairCount: 12 });
    expect(hint.score).toBeGreaterThan(0.5);
    expect(hint.score).toBeLessThanOrEqual(1);
  });

  it('says nothing without evidence: an empty archive, a correction seen too rarely, or no Arabic', () => {
    expect(findDoubledLetterTypos('رئيس الجنة العسكرية', buildFrequencyModel([]))).toEqual([]);
    expect(findDoubledLetterTypos('رئيس الجنة العسكرية', model, { minSuggestionCount: 1000 })).toEqual([]);
    expect(findDoubledLetterTypos('NATO committee 2025', model)).toEqual([]);
    expect(findDoubledLetterTypos('', model)).toEqual([]);
  });

  it('is stricter with a lower prior', () => {
    expect(findDoubledLetterTypos('رئيس الجنة العسكرية', model, { logPriorOdds: -100 })).toEqual([]);
  });

  it('refuses a non-string', () => {
    expect(() => findDoubledLetterTypos(42 as unknown as string, model)).toThrow(TypeError);
  });
});
