import { articleText, dropOneDoubledLetter, inContext, recallOn } from './hints-eval';
import type { TypoHint } from '../../src/plugins/newsroom/server/src/domain/copydesk';

const hint = (word: string, start: number, suggestion: string): TypoHint => ({
  source: 'archive',
  word,
  start,
  end: start + word.length,
  suggestion,
  evidence: { wordCount: 0, suggestionCount: 10, likelihoodRatio: 100 },
  score: 0.9,
});

describe('hints evaluation', () => {
  it('counts a known typo found only where the right correction is offered, at whole-word places', () => {
    const text = 'رئيس الجنة العسكرية، ونعيم الجنة';
    const [result] = recallOn(text, [hint('الجنة', 5, 'اللجنة')], [{ word: 'الجنة', correction: 'اللجنة' }]);
    expect(result).toMatchObject({ occurrences: 2, found: 1 });
    expect(recallOn(text, [hint('الجنة', 5, 'الجنّة')], [{ word: 'الجنة', correction: 'اللجنة' }])[0].found).toBe(0);
  });

  it('reads an article as title, abstract unless the text starts with it, and text', () => {
    const base = { category: 'x', url: '' };
    expect(articleText({ ...base, title: 'ع', abstract: 'مقدمة', text: 'مقدمة ثم نص' })).toBe('ع\nمقدمة ثم نص');
    expect(articleText({ ...base, title: 'ع', abstract: 'ملخص', text: 'نص' })).toBe('ع\nملخص\nنص');
  });

  it('marks the word in its context', () => {
    expect(inContext('أ ب الجنة ج د', { start: 4, end: 9 }, 2)).toBe('…ب [الجنة] ج…');
  });
});

describe('dropOneDoubledLetter', () => {
  it('writes the first doubled letter once and says where', () => {
    const dropped = dropOneDoubledLetter('قال رئيس اللجنة العسكرية');
    expect(dropped).toEqual({ text: 'قال رئيس الجنة العسكرية', start: 9, word: 'الجنة', correction: 'اللجنة' });
    expect(dropOneDoubledLetter('قال رئيس')).toBeNull();
  });
});
