import { doubledLetterCandidates } from './candidates';
import { arabicWords, spellingKey } from './words';

const texts = (word: string) => doubledLetterCandidates(word).map((candidate) => candidate.text);

describe('doubledLetterCandidates', () => {
  it('doubles each letter in turn, giving the shadda-less spellings back their twin', () => {
    expect(texts('الجنة')).toContain('اللجنة');
    expect(texts('المؤسات')).toContain('المؤسسات');
    expect(texts('يعز')).toContain('يعزز');
    expect(texts('لتعاون')).toContain('للتعاون');
  });

  it('never doubles alef, taa marbuta or hamza, a letter with a shadda, a letter already doubled, or an opening waw', () => {
    expect(texts('الجنة').some((text) => text.includes('اا') || text.includes('ةة'))).toBe(false);
    expect(texts('يعزّ')).not.toContain('يعززّ');
    expect(texts('اللجنة')).not.toContain('الللجنة');
    expect(texts('وقع')).not.toContain('ووقع');
  });

  it('keeps tashkeel and gives each spelling once', () => {
    expect(texts('يُعز')).toContain('يُعزز');
    const keys = doubledLetterCandidates('مدد').map((candidate) => candidate.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('words', () => {
  it('keys words by spelling: tashkeel and tatweel go, hamza forms stay', () => {
    expect(spellingKey('اللِّقـــاء')).toBe('اللقاء');
    expect(spellingKey('إلقاء')).not.toBe(spellingKey('القاء'));
  });

  it('gives offsets in the text as given, and links only words with nothing but space between', () => {
    const text = 'رئيس  الجنة، العسكرية 21 حلف';
    const words = arabicWords(text);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text);
    expect(words.map((word) => word.followsPrevious)).toEqual([false, true, false, false]);
  });
});
