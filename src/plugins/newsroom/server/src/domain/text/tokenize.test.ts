import { LINEAR_GROWTH_LIMIT, growthRatio } from './test-timing';
import { tokenTexts, tokenize, type Token } from './tokenize';

const texts = (input: string): string[] => tokenize(input).map((token) => token.text);
const kinds = (input: string): string[] => tokenize(input).map((token) => `${token.text}:${token.kind}`);

describe('tokenize', () => {
  it('returns text, kind and offsets into the input', () => {
    const input = 'قال الوزير: 3.5 مليار';
    expect(tokenize(input)).toEqual<Token[]>([
      { text: 'قال', start: 0, end: 3, kind: 'arabic' },
      { text: 'الوزير', start: 4, end: 10, kind: 'arabic' },
      { text: '3.5', start: 12, end: 15, kind: 'number' },
      { text: 'مليار', start: 16, end: 21, kind: 'arabic' },
    ]);
  });

  it('splits on Arabic punctuation ، ؛ ؟ and Latin punctuation, quotes, brackets, dashes', () => {
    expect(texts('أولا،ثانيا؛ثالثا؟ رابعا. (خامسا) «سادسا» "x" [y] {z} a-b c–d e—f g/h')).toEqual([
      'أولا',
      'ثانيا',
      'ثالثا',
      'رابعا',
      'خامسا',
      'سادسا',
      'x',
      'y',
      'z',
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
    ]);
  });

  it('keeps hashtags whole, underscores and all', () => {
    expect(kinds('تابعوا #الأمن_القومي و#Breaking_News2024 الآن')).toEqual([
      'تابعوا:arabic',
      '#الأمن_القومي:hashtag',
      'و:arabic',
      '#Breaking_News2024:hashtag',
      'الآن:arabic',
    ]);
  });

  it('leaves a trailing underscore and a bare # out of hashtags', () => {
    expect(texts('#وسم_ # ## #_x C#')).toEqual(['#وسم', 'x', 'C']);
    expect(texts('##وسم')).toEqual(['#وسم']);
  });

  it('keeps numbers with decimal and thousands separators as one token', () => {
    expect(kinds('3.5 ٣٫٥ 1,000,000 ٢٬٥٠٠ 12.')).toEqual([
      '3.5:number',
      '٣٫٥:number',
      '1,000,000:number',
      '٢٬٥٠٠:number',
      '12:number',
    ]);
  });

  it('does not join numbers across Arabic commas or doubled separators', () => {
    expect(texts('1،2 3..4 ,5')).toEqual(['1', '2', '3', '4', '5']);
  });

  it('keeps tashkeel and tatweel inside the word', () => {
    expect(texts('الأمـــن اللِّقاء')).toEqual(['الأمـــن', 'اللِّقاء']);
  });

  it('does not split a word on invisible characters, but leaves them out at its ends', () => {
    const input = '\u200Fال\u200Cأمن\u200E news';
    expect(tokenize(input)).toEqual<Token[]>([
      { text: 'ال\u200Cأمن', start: 1, end: 7, kind: 'arabic' },
      { text: 'news', start: 9, end: 13, kind: 'latin' },
    ]);
  });

  it('splits at a change of script and marks letters with digits as mixed', () => {
    expect(kinds('الـCNN G7 كوفيد19 2024م')).toEqual([
      'الـ:arabic',
      'CNN:latin',
      'G7:mixed',
      'كوفيد19:mixed',
      '2024م:mixed',
    ]);
  });

  it('keeps an apostrophe between Latin letters', () => {
    expect(texts("don't O’Brien 'quoted'")).toEqual(["don't", 'O’Brien', 'quoted']);
  });

  it('tokenizes other scripts as "other"', () => {
    expect(kinds('Москва ירושלים 北京')).toEqual(['Москва:other', 'ירושלים:other', '北京:other']);
  });

  it('treats decomposed Latin letters as one word', () => {
    expect(texts('cafe\u0301 au lait')).toEqual(['cafe\u0301', 'au', 'lait']);
  });

  it('treats emoji and lone surrogates as separators, and astral letters as letters', () => {
    expect(texts('a😀b \uD800c\uDC00d 𠜎x')).toEqual(['a', 'b', 'c', 'd', '𠜎', 'x']);
  });

  it('returns no tokens for empty or punctuation-only input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ،؛؟ ... --- ')).toEqual([]);
  });
});

describe('tokenTexts', () => {
  it('returns the same strings as tokenize', () => {
    const input = 'قال #الأمن_القومي إن 3.5% من ٣٫٥ الـCNN don’t، كوفيد-19؟';
    expect(tokenTexts(input)).toEqual(texts(input));
  });
});

describe('bad input', () => {
  it.each([
    ['tokenize', tokenize],
    ['tokenTexts', tokenTexts],
  ])('%s rejects non-strings with a TypeError naming the argument', (name, fn) => {
    const call = fn as (value: unknown) => unknown;
    expect(() => call(7)).toThrow(new TypeError(`${name}: text must be a string, got number`));
    expect(() => call({})).toThrow(new TypeError(`${name}: text must be a string, got object`));
  });

  it('handles long pathological runs in linear time', () => {
    const runs = (size: number): string[] => [
      '#_'.repeat(size),
      '1.'.repeat(size),
      `a${'\u200C'.repeat(size)}!`,
      `#${'_'.repeat(size)}`,
      "a'".repeat(size),
    ];
    const ratio = growthRatio(20_000, runs, (inputs) => inputs.forEach((input) => tokenize(input)));
    expect(ratio).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });
});
