import { classificationReport, mergedReport } from './metrics';

describe('classificationReport', () => {
  const gold = ['a', 'a', 'a', 'b', 'b', 'c'];
  const predicted = ['a', 'a', 'b', 'b', 'c', 'c'];
  const report = classificationReport(gold, predicted);

  it('computes accuracy, per-class precision/recall/F1 and support', () => {
    expect(report.accuracy).toBeCloseTo(4 / 6);
    expect(report.perClass.a).toEqual({ precision: 1, recall: 2 / 3, f1: 0.8, support: 3 });
    expect(report.perClass.b.precision).toBeCloseTo(0.5);
    expect(report.perClass.b.recall).toBeCloseTo(0.5);
    expect(report.perClass.c).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3, support: 1 });
  });

  it('macro-F1 is the unweighted mean over classes', () => {
    expect(report.macroF1).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3);
  });

  it('builds the confusion matrix as [gold][predicted] over sorted classes', () => {
    expect(report.classes).toEqual(['a', 'b', 'c']);
    expect(report.confusion).toEqual([
      [2, 1, 0],
      [0, 1, 1],
      [0, 0, 1],
    ]);
  });

  it('merges classes into one before scoring', () => {
    const merged = mergedReport(gold, predicted, ['b', 'c'], 'b+c');
    expect(merged.classes).toEqual(['a', 'b+c']);
    expect(merged.accuracy).toBeCloseTo(5 / 6);
    expect(merged.perClass['b+c']).toEqual({ precision: 0.75, recall: 1, f1: 6 / 7, support: 3 });
  });

  it('rejects mismatched lengths and handles no data', () => {
    expect(() => classificationReport(['a'], [])).toThrow(RangeError);
    expect(classificationReport([], [])).toMatchObject({ accuracy: 0, macroF1: 0, classes: [] });
  });
});
