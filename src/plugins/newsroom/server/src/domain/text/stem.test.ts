import fc from 'fast-check';
import { normalizeLikeLucene, stem } from './stem';

/** Lucene's ArabicStemmer written straight from its rule lists: the reference for stem(). */
function referenceStem(word: string): string {
  const prefixes = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
  const suffixes = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];
  let stemmed = word;
  for (const prefix of prefixes) {
    const longEnough = prefix.length === 1 ? stemmed.length >= 4 : stemmed.length >= prefix.length + 2;
    if (longEnough && stemmed.startsWith(prefix)) {
      stemmed = stemmed.slice(prefix.length);
      break;
    }
  }
  for (const suffix of suffixes) {
    if (stemmed.length >= suffix.length + 2 && stemmed.endsWith(suffix)) stemmed = stemmed.slice(0, -suffix.length);
  }
  return stemmed;
}

// The Lucene vectors (vectors.test.ts) cover each rule once; these pin down how rules combine.
describe('stem', () => {
  it('removes only the first matching prefix, in list order', () => {
    expect(stem('والكتاب')).toBe('كتاب'); // وال, not و then ال
    expect(stem('وكتاب')).toBe('كتاب');
  });

  it('needs four letters before removing the one-letter prefix و', () => {
    expect(stem('ورد')).toBe('ورد');
    expect(stem('وزير')).toBe('زير');
  });

  it('tries each suffix once, in order, on what the previous ones left', () => {
    expect(stem('ساهدهات')).toBe('ساهد'); // ات then ه
    expect(stem('مكتباتها')).toBe('مكتب'); // ها then ات
  });

  it('keeps at least two letters beyond any affix', () => {
    expect(stem('الو')).toBe('الو');
    expect(stem('بها')).toBe('بها'); // ها needs four letters
    expect(stem('فيه')).toBe('في'); // ه needs three
  });

  it('leaves Latin, numbers and empty strings alone', () => {
    expect(stem('English')).toBe('English');
    expect(stem('2024')).toBe('2024');
    expect(stem('')).toBe('');
  });

  it('turns البحرين into بحر, which is why names need protecting', () => {
    expect(stem('البحرين')).toBe('بحر');
  });

  it('rejects non-strings with a TypeError naming the argument', () => {
    expect(() => (stem as (value: unknown) => string)(3)).toThrow(
      new TypeError('stem: word must be a string, got number'),
    );
  });
});

describe('stem against the list-driven reference', () => {
  // Words made of the affix letters (plus a few others), so that every rule fires often.
  const affixLetters = fc.constantFrom('ا', 'ل', 'و', 'ب', 'ك', 'ف', 'ه', 'ن', 'ت', 'ي', 'ة', 'س', 'م', 'x');
  const word = fc.string({ unit: affixLetters, maxLength: 9 });

  it('agrees on random words', () => {
    fc.assert(
      fc.property(word, (input) => {
        expect(stem(input)).toBe(referenceStem(input));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees on the Lucene vectors too (the reference is itself right)', () => {
    expect(referenceStem('وساهدون')).toBe('ساهد');
    expect(referenceStem('الو')).toBe('الو');
  });
});

describe('normalizeLikeLucene', () => {
  it('does only what Lucene does: no ٱ, no Quranic marks, no digits, no case', () => {
    expect(normalizeLikeLucene('ٱلله ۝ ١٢ ABC ـأًـ')).toBe('ٱلله ۝ ١٢ ABC ا');
  });

  it('returns the input itself when nothing changes', () => {
    const word = 'كتاب';
    expect(normalizeLikeLucene(word)).toBe(word);
  });

  it('rejects non-strings with a TypeError naming the argument', () => {
    const call = normalizeLikeLucene as (value: unknown) => string;
    expect(() => call(null)).toThrow(new TypeError('normalizeLikeLucene: word must be a string, got null'));
  });
});
