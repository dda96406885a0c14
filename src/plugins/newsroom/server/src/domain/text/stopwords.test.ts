import { matchKey } from './normalize';
import { ARABIC_STOPWORDS, DEFAULT_STOPWORDS, ENGLISH_STOPWORDS, isStopword, stopwordSet } from './stopwords';

describe('stopword sets', () => {
  it('hold matchKey forms only', () => {
    for (const word of DEFAULT_STOPWORDS) expect(matchKey(word)).toBe(word);
  });

  it('are the union of the Arabic and English lists', () => {
    expect(DEFAULT_STOPWORDS.size).toBe(new Set([...ARABIC_STOPWORDS, ...ENGLISH_STOPWORDS]).size);
  });

  it.each(['في', 'من', 'إلى', 'على', 'عن', 'هذا', 'هذه', 'الذي', 'التي', 'الذين', 'ما', 'أن', 'إن', 'قد', 'لم', 'و'])(
    'contain the function word %s',
    (word) => {
      expect(ARABIC_STOPWORDS.has(matchKey(word))).toBe(true);
    },
  );

  it.each([
    'عام',
    'العام',
    'الأمين',
    'قال',
    'كان',
    'رئيس',
    'دولة',
    'أمام',
    'مثل',
    'عبر',
    'أم',
    'كي',
    'لي',
    'كم',
    'غير',
    'كل',
  ])('leave out the content word (or homograph) %s', (word) => {
    expect(ARABIC_STOPWORDS.has(matchKey(word))).toBe(false);
  });

  it.each(['the', 'of', 'and', 'is'])('contain the English function word %s', (word) => {
    expect(ENGLISH_STOPWORDS.has(word)).toBe(true);
  });

  it.each(['us', 'who', 'may', 'text', 'english', 'quick'])('leave out %s (US, WHO, May; content words)', (word) => {
    expect(ENGLISH_STOPWORDS.has(word)).toBe(false);
  });
});

describe('isStopword', () => {
  const check = (word: string): boolean => isStopword(matchKey(word), word, DEFAULT_STOPWORDS);

  it('drops على and إلى but keeps the name علي and آلي (automatic)', () => {
    expect(check('على')).toBe(true);
    expect(check('عَلَى')).toBe(true);
    expect(check('علي')).toBe(false);
    expect(check('عليّ')).toBe(false);
    expect(check('إلى')).toBe(true);
    expect(check('آلي')).toBe(false);
  });

  it('drops وإلى but keeps والي (governor), drops بأن but keeps بان (Ban Ki-moon)', () => {
    expect(check('وإلى')).toBe(true);
    expect(check('والي')).toBe(false);
    expect(check('بأن')).toBe(true);
    expect(check('بان')).toBe(false);
  });

  it('compares on matchKey: tashkeel, tatweel and hamza spelling do not matter', () => {
    expect(check('الَّذِي')).toBe(true);
    expect(check('هـــذا')).toBe(true);
    expect(check('ان')).toBe(true);
  });

  it('uses the given set', () => {
    expect(isStopword('في', 'في', stopwordSet([]))).toBe(false);
    expect(isStopword('خبر', 'خبر', stopwordSet(['خَبَر']))).toBe(true);
  });

  it('rejects non-strings with a TypeError naming the argument', () => {
    const call = isStopword as (key: unknown, word: unknown, set: ReadonlySet<string>) => boolean;
    expect(() => call(1, 'x', DEFAULT_STOPWORDS)).toThrow(
      new TypeError('isStopword: key must be a string, got number'),
    );
    expect(() => call('x', undefined, DEFAULT_STOPWORDS)).toThrow(
      new TypeError('isStopword: word must be a string, got undefined'),
    );
  });
});
