import { predictLabels } from './predict';
import { MODEL_FORMAT_VERSION, deserializeModel, serializeModel } from './serialize';
import { seededRandom, syntheticArticle, syntheticCorpus } from './test-corpus';
import { trainModel, updateModel } from './train';

describe('serializeModel / deserializeModel', () => {
  const model = trainModel(syntheticCorpus(50, 11), { mode: 'single-label' });
  const bytes = serializeModel(model);
  const restored = deserializeModel(bytes);
  const random = seededRandom(12);
  const articles = Array.from({ length: 30 }, () => syntheticArticle(['sport', 'economy', 'technology'], random));

  it('restores labels, mode and features', () => {
    expect(restored.labels).toEqual(model.labels);
    expect(restored.mode).toBe('single-label');
    expect(restored.rowCount).toBe(model.rowCount);
    expect(restored.config).toEqual(model.config);
  });

  it('predicts what the original predicts, probabilities within quantization error', () => {
    for (const text of articles) {
      const original = predictLabels(model, text);
      const copy = predictLabels(restored, text);
      expect(copy.map((entry) => entry.label)[0]).toBe(original[0].label);
      for (const entry of original) {
        expect(copy.find((other) => other.label === entry.label)!.probability).toBeCloseTo(entry.probability, 1);
      }
    }
  });

  it('is compact: a few bytes per feature', () => {
    expect(bytes.length).toBeLessThan(model.rowCount * (4 + 2 + 1 + model.labels.length) + 1024);
  });

  it('is stable: serializing the restored model gives the same bytes', () => {
    expect(serializeModel(restored)).toEqual(bytes);
  });

  it('keeps learning after a round trip', () => {
    const copy = deserializeModel(bytes);
    const text = 'الذكاء والبيانات في الملعب';
    const before = predictLabels(copy, text).find((entry) => entry.label === 'technology')!.probability;
    updateModel(copy, { text, label: 'technology', decision: 'accept' });
    expect(predictLabels(copy, text).find((entry) => entry.label === 'technology')!.probability).toBeGreaterThan(
      before,
    );
  });

  it('round-trips a multi-label model that feedback grew (new label, new features)', () => {
    const grown = trainModel(syntheticCorpus(10, 2));
    updateModel(grown, { text: 'المناخ والانبعاثات', label: 'climate', decision: 'accept' });
    const copy = deserializeModel(serializeModel(grown));
    expect(copy.mode).toBe('multi-label');
    expect(copy.labels).toContain('climate');
    expect(copy.rowCount).toBe(grown.rowCount);
  });

  it('rejects bytes that are not a model, with an Error saying why', () => {
    expect(() => deserializeModel(new Uint8Array([1, 2, 3, 4]))).toThrow(
      'deserializeModel: not a serialized topic model',
    );
    const otherVersion = bytes.slice();
    otherVersion[3] = MODEL_FORMAT_VERSION + 1;
    expect(() => deserializeModel(otherVersion)).toThrow(/unsupported model format version/);
    expect(() => deserializeModel(bytes.subarray(0, bytes.length - 3))).toThrow(/corrupt data/);
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(() => deserializeModel(longer)).toThrow(/trailing bytes/);
  });

  it('never returns a wrong model from truncated bytes: every prefix throws', () => {
    for (let length = 0; length < bytes.length; length += Math.max(1, Math.floor(bytes.length / 97))) {
      expect(() => deserializeModel(bytes.subarray(0, length))).toThrow(Error);
    }
  });

  it('names the argument when it is not bytes', () => {
    expect(() => deserializeModel('abc' as unknown as Uint8Array)).toThrow(
      'deserializeModel: bytes must be a Uint8Array, got string',
    );
    expect(() => serializeModel({} as never)).toThrow(/serializeModel: model must be a TopicModel/);
  });
});
