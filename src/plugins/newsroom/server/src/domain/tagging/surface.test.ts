import { matchKey } from '../text';
import { agrees, lastLetter, stemmedSuffix, suffixClass } from './surface';

const classOf = (word: string) => suffixClass(matchKey(word), word);

describe('surface agreement', () => {
  it('reads what the stemmer removed from a word', () => {
    expect(stemmedSuffix(matchKey('العملات'))).toBe('ات');
    expect(stemmedSuffix(matchKey('العمل'))).toBe('');
    expect(stemmedSuffix(matchKey('الدوليين'))).toBe('يين');
    expect(stemmedSuffix(matchKey('عملاتها'))).toBe('اتها');
  });

  it('skips harakat and tanween to find the last letter as written', () => {
    expect(lastLetter('فضاءً')).toBe('ء');
    expect(lastLetter('دولةٌ')).toBe('ة');
    expect(lastLetter('')).toBe('');
  });

  it('tells the families apart, ة from the pronoun ه and ى from the nisba ي', () => {
    expect(['العمل', 'عمله', 'دوره', 'فضاءً', 'منتدى', 'الدور', 'الدولين'].map(classOf)).toEqual([
      'bare',
      'bare',
      'bare',
      'bare',
      'bare',
      'bare',
      'bare',
    ]);
    expect(['دولة', 'عملة', 'القمة'].map(classOf)).toEqual(['feminine', 'feminine', 'feminine']);
    expect(['العملات', 'عملاتها', 'مؤتمرات'].map(classOf)).toEqual(['plural', 'plural', 'plural']);
    expect(['دولي', 'الدولية', 'الدوليين', 'الدوري', 'العراقيون'].map(classOf)).toEqual([
      'nisba',
      'nisba',
      'nisba',
      'nisba',
      'nisba',
    ]);
  });

  it('lets a word stand for a label only when their families agree', () => {
    // العملات (currencies) is not العمل (work); دولي (international) is not دولة (state).
    expect(agrees(classOf('العملات'), classOf('العمل'))).toBe(false);
    expect(agrees(classOf('العملات'), classOf('عملة'))).toBe(true);
    expect(agrees(classOf('دولي'), classOf('دولة'))).toBe(false);
    expect(agrees(classOf('دولي'), classOf('الدولية'))).toBe(true);
    expect(agrees(classOf('الدوري'), classOf('دوره'))).toBe(false);
    // A bare label takes its plural and its adjective: مؤتمر ← مؤتمرات, النفط ← النفطية.
    expect(agrees(classOf('مؤتمر'), classOf('مؤتمرات'))).toBe(true);
    expect(agrees(classOf('النفط'), classOf('النفطية'))).toBe(true);
    expect(agrees(classOf('التجارة'), classOf('التجارية'))).toBe(true);
  });
});
