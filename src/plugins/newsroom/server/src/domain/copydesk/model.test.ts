import { FrequencyCounter, buildFrequencyModel } from './counter';
import { isDefinite } from './definite';
import { deserializeFrequencyModel, serializeFrequencyModel } from './serialize';
import { testModel } from './test-model';

describe('the frequency model', () => {
  const model = buildFrequencyModel(['رئيس اللجنة العسكرية، رئيس اللجنة', 'رئيس اللجنة العسكرية'], {
    minWordCount: 1,
    minPairCount: 1,
  });

  it('counts words by spelling and pairs only across plain space', () => {
    expect(model.wordCount('اللجنة')).toBe(3);
    expect(model.pairCount('رئيس', 'اللجنة')).toBe(3);
    expect(model.pairCount('اللجنة', 'العسكرية')).toBe(2);
    expect(model.pairCount('العسكرية', 'رئيس')).toBe(0); // a comma between
    expect(model.totalWords).toBe(8);
    expect(model.documents).toBe(2);
    expect(model.neighbourCount('رئيس', 'followedByDefinite')).toBe(3);
    expect(model.neighbourCount('العسكرية', 'precededByDefinite')).toBe(2);
  });

  it('prunes rare words and pairs but keeps them in the totals', () => {
    const pruned = buildFrequencyModel(['أ ب', 'أ ب', 'أ ج'], { minWordCount: 2, minPairCount: 2 });
    expect(pruned.wordCount('ج')).toBe(0);
    expect(pruned.pairCount('أ', 'ب')).toBe(2);
    expect(pruned.size).toEqual({ words: 2, pairs: 1 });
    expect(pruned.totalWords).toBe(6);
    expect(pruned.vocabulary).toBe(3);
    expect(pruned.neighbourCount('أ', 'followers')).toBe(2);
  });

  it('round-trips through bytes', () => {
    const original = testModel();
    const copy = deserializeFrequencyModel(serializeFrequencyModel(original));
    expect(copy.data).toEqual(original.data);
    expect(copy.pairCount('اللجنة', 'العسكرية')).toBe(original.pairCount('اللجنة', 'العسكرية'));
  });

  it('rejects bytes that are not a model or are cut short', () => {
    const bytes = serializeFrequencyModel(testModel());
    expect(() => deserializeFrequencyModel(new Uint8Array([1, 2, 3, 4]))).toThrow(/not a copy-desk frequency model/);
    expect(() => deserializeFrequencyModel(bytes.slice(0, bytes.length - 3))).toThrow(/corrupt/);
  });

  it('merges a model into a counter as if its texts had been counted (less what it pruned)', () => {
    const texts = ['رئيس اللجنة العسكرية', 'رئيس اللجنة العسكرية', 'هذا اللقاء'];
    const counter = new FrequencyCounter();
    counter.addModel(buildFrequencyModel(texts.slice(0, 2)));
    counter.add(texts[2]);
    const merged = counter.finish({ minWordCount: 1, minPairCount: 1 });
    const direct = buildFrequencyModel(texts, { minWordCount: 1, minPairCount: 1 });
    for (const word of ['رئيس', 'اللجنة', 'اللقاء']) expect(merged.wordCount(word)).toBe(direct.wordCount(word));
    expect(merged.pairCount('رئيس', 'اللجنة')).toBe(2);
    expect(merged.totalWords).toBe(direct.totalWords);
    expect(merged.documents).toBe(3);
  });
});

describe('isDefinite', () => {
  it('knows the article, alone, after a clitic, or as the لل of لـ + ال', () => {
    for (const word of ['اللجنة', 'للتعاون', 'والأمن', 'بالعراق', 'فالمؤتمر']) expect(isDefinite(word)).toBe(true);
    for (const word of ['لتعاون', 'رئيس', 'الى', 'الا', 'يعزز']) expect(isDefinite(word)).toBe(false);
  });
});
