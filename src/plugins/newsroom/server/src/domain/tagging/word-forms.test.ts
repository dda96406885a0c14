import { stem } from '../text';
import { articleForms, englishReadings, vocabularyForms, withoutArticle } from './word-forms';

describe('word forms', () => {
  it('drops the article from names only when a word remains', () => {
    expect(withoutArticle('البحرين')).toBe('بحرين');
    expect(withoutArticle('ال')).toBe('ال');
    expect(withoutArticle('الم')).toBe('الم');
  });

  it('reads an article word behind و/ف, ب/ك/ل and لل', () => {
    const known = new Set([stem('حلف'), stem('التعاون'), withoutArticle('البحرين'), withoutArticle('لبنان')]);
    const forms = (word: string) => articleForms(word, 'arabic', stem(word), known);
    expect(forms('بحلف')).toEqual(['حلف']);
    expect(forms('وبحلف')).toEqual(['حلف']);
    expect(forms('للتعاون')).toEqual([stem('التعاون')]);
    expect(forms('والتعاون')).toEqual([stem('التعاون')]);
    expect(forms('بالبحرين')).toEqual(['بحرين']);
    expect(forms('وللبحرين')).toEqual(['بحرين']);
    expect(forms('للبنان')).toEqual(['لبنان']);
    expect(forms('البحر')).toEqual([]);
  });

  it('indexes labels on stems and entities on unstemmed names', () => {
    expect(vocabularyForms('البحرين', 'arabic', 'stem')).toEqual([stem('البحرين')]);
    expect(vocabularyForms('البحرين', 'arabic', 'name')).toEqual(['بحرين']);
  });

  it('folds English plurals and possessives into shared readings', () => {
    const meet = (a: string, b: string) => englishReadings(a).some((reading) => englishReadings(b).includes(reading));
    expect(meet('conferences', 'conference')).toBe(true);
    expect(meet('policies', 'policy')).toBe(true);
    expect(meet('churches', 'church')).toBe(true);
    expect(meet("nato's", 'nato')).toBe(true);
    expect(meet('news', 'new')).toBe(false);
    expect(meet('summit', 'submit')).toBe(false);
  });
});
