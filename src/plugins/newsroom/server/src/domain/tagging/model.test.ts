import { predictLabels } from './predict';
import { syntheticArticle, syntheticCorpus, seededRandom } from './test-corpus';
import { trainModel, updateModel } from './train';
import { TopicModel } from './model';

const probabilityOf = (model: TopicModel, text: string, label: string): number =>
  predictLabels(model, text).find((entry) => entry.label === label)?.probability ?? 0;

describe('trainModel, single-label (sections)', () => {
  const model = trainModel(syntheticCorpus(60, 1), { mode: 'single-label' });

  it('learns every label and predicts held-out articles of each', () => {
    expect([...model.labels].sort()).toEqual(['economy', 'sport', 'technology']);
    const held = syntheticCorpus(20, 99);
    const correct = held.filter((example) => predictLabels(model, example.text)[0].label === example.labels[0]).length;
    expect(correct / held.length).toBeGreaterThan(0.95);
  });

  it('gives probabilities that sum to 1, most likely first', () => {
    const ranked = predictLabels(model, 'المباراة بين الفريق والمنتخب في الملعب');
    expect(ranked[0].label).toBe('sport');
    expect(ranked.reduce((sum, entry) => sum + entry.probability, 0)).toBeCloseTo(1, 6);
    for (let index = 1; index < ranked.length; index++)
      expect(ranked[index - 1].probability).toBeGreaterThanOrEqual(ranked[index].probability);
  });

  it('weighs the title more than the body', () => {
    const body = 'أسعار النفط والاستثمار في البنك. اللاعب والفريق في الملعب والمباراة والمدرب';
    const withoutTitle = probabilityOf(model, body, 'economy');
    const withTitle = predictLabels(model, { title: 'الاقتصاد والتضخم والأسهم', body }).find(
      (entry) => entry.label === 'economy',
    )!.probability;
    expect(withTitle).toBeGreaterThan(withoutTitle);
  });

  it('is deterministic: same examples and seed, same model', () => {
    const again = trainModel(syntheticCorpus(60, 1), { mode: 'single-label' });
    const text = syntheticArticle(['economy', 'technology'], seededRandom(5));
    expect(predictLabels(again, text)).toEqual(predictLabels(model, text));
  });

  it('returns nothing for text with no known terms', () => {
    expect(predictLabels(model, '')).toEqual([]);
    expect(predictLabels(model, 'xyzzy plugh')).toEqual([]);
  });

  it('rejects examples without exactly one label', () => {
    expect(() => trainModel([{ text: 'المباراة', labels: ['sport', 'economy'] }], { mode: 'single-label' })).toThrow(
      RangeError,
    );
  });
});

describe('trainModel, multi-label (topics)', () => {
  const random = seededRandom(7);
  const examples = syntheticCorpus(40, 3);
  for (let index = 0; index < 40; index++) {
    examples.push({ text: syntheticArticle(['sport', 'economy'], random), labels: ['sport', 'economy'] });
  }
  const model = trainModel(examples);

  it('gives an article about two topics a high probability for both, and not for a third', () => {
    const text = 'الفريق والمدرب والملعب والبطولة. الأسعار والاستثمار والبنك والميزانية';
    expect(probabilityOf(model, text, 'sport')).toBeGreaterThan(0.5);
    expect(probabilityOf(model, text, 'economy')).toBeGreaterThan(0.5);
    expect(probabilityOf(model, text, 'technology')).toBeLessThan(0.2);
  });
});

describe('updateModel', () => {
  const text = 'الذكاء والخوارزمية في الملعب: المدرب يستخدم البيانات';

  it('raises a label on accept and lowers it on reject (multi-label)', () => {
    const model = trainModel(syntheticCorpus(40, 5));
    const before = probabilityOf(model, text, 'technology');
    updateModel(model, { text, label: 'technology', decision: 'accept' });
    const accepted = probabilityOf(model, text, 'technology');
    expect(accepted).toBeGreaterThan(before);
    updateModel(model, { text, label: 'technology', decision: 'reject' });
    updateModel(model, { text, label: 'technology', decision: 'reject' });
    expect(probabilityOf(model, text, 'technology')).toBeLessThan(accepted);
  });

  it('moves probability between labels in a single-label model', () => {
    const model = trainModel(syntheticCorpus(40, 5), { mode: 'single-label' });
    const before = probabilityOf(model, text, 'sport');
    updateModel(model, { text, label: 'sport', decision: 'reject' });
    expect(probabilityOf(model, text, 'sport')).toBeLessThan(before);
    updateModel(model, { text, label: 'economy', decision: 'accept' });
    updateModel(model, { text, label: 'economy', decision: 'accept' });
    expect(predictLabels(model, text)[0].label).toBe('economy');
  });

  it('learns a new label from a few acceptances, including words training never saw', () => {
    const model = trainModel(syntheticCorpus(40, 5));
    const story = 'المناخ والانبعاثات والاحترار';
    updateModel(model, { text: story, label: 'climate', decision: 'reject' });
    expect(model.labels).not.toContain('climate');
    for (let round = 0; round < 4; round++) updateModel(model, { text: story, label: 'climate', decision: 'accept' });
    expect(model.labels).toContain('climate');
    expect(probabilityOf(model, 'الانبعاثات والمناخ', 'climate')).toBeGreaterThan(0.5);
    expect(probabilityOf(model, 'المباراة والفريق والملعب', 'climate')).toBeLessThan(0.5);
  });

  it('names the bad argument', () => {
    const model = trainModel(syntheticCorpus(5, 5));
    expect(() => updateModel(model, { text: 42 as unknown as string, label: 'sport', decision: 'accept' })).toThrow(
      /updateModel: example.text/,
    );
    expect(() => updateModel(model, { text: 'x', label: 'sport', decision: 'maybe' as 'accept' })).toThrow(/decision/);
    expect(() => updateModel({} as TopicModel, { text: 'x', label: 'sport', decision: 'accept' })).toThrow(TypeError);
  });
});

describe('trainModel arguments', () => {
  it('names the bad example and field', () => {
    expect(() =>
      trainModel([
        { text: 'ok', labels: ['a'] },
        { text: 'ok', labels: [3 as unknown as string] },
      ]),
    ).toThrow('trainModel: examples[1].labels[0] must be a string, got number');
    expect(() => trainModel([{ text: null as unknown as string, labels: [] }])).toThrow(/examples\[0\]\.text/);
    expect(() => trainModel(5 as unknown as [])).toThrow(TypeError);
    expect(() => trainModel([], { epochs: -1 })).toThrow(/epochs/);
  });

  it('trains on an empty list into a model that predicts nothing', () => {
    const model = trainModel([]);
    expect(model.labels).toEqual([]);
    expect(predictLabels(model, 'المباراة')).toEqual([]);
  });
});
