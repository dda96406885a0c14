import { NaiveBayes } from './naive-bayes';

describe('NaiveBayes (the evaluation baseline)', () => {
  const model = new NaiveBayes();
  model.train([
    { text: 'المباراة الفريق الهدف الملعب', label: 'sport' },
    { text: 'الفريق المدرب الدوري', label: 'sport' },
    { text: 'النفط الأسعار البنك', label: 'economy' },
    { text: 'الأسهم البنك التضخم', label: 'economy' },
  ]);

  it('predicts the label whose words the text uses', () => {
    expect(model.predict('الهدف في المباراة')).toBe('sport');
    expect(model.predict('أسعار النفط والتضخم')).toBe('economy');
  });

  it('falls back on the priors for unseen words', () => {
    const skewed = new NaiveBayes();
    skewed.train([
      { text: 'a', label: 'big' },
      { text: 'b', label: 'big' },
      { text: 'c', label: 'small' },
    ]);
    expect(skewed.predict('zzz')).toBe('big');
  });
});
