/**
 * Single-label classification figures: accuracy, per-class precision/recall/F1, macro-F1 (the
 * unweighted mean of per-class F1, so a small section counts as much as a large one) and the
 * confusion matrix; and the same figures with some classes merged into one.
 */

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  /** Test articles of this class. */
  support: number;
}

export interface ClassificationReport {
  accuracy: number;
  macroF1: number;
  perClass: Record<string, ClassScores>;
  /** Class names, in the order of the confusion matrix's rows and columns. */
  classes: string[];
  /** confusion[gold][predicted], indexed like `classes`. */
  confusion: number[][];
  count: number;
}

/** Figures for `gold` against `predicted` (same length), over the classes present in either. */
export function classificationReport(gold: readonly string[], predicted: readonly string[]): ClassificationReport {
  if (gold.length !== predicted.length)
    throw new RangeError(`classificationReport: ${gold.length} gold labels but ${predicted.length} predictions`);
  const classes = [...new Set([...gold, ...predicted])].sort();
  const index = new Map(classes.map((name, position) => [name, position]));
  const confusion = classes.map(() => classes.map(() => 0));
  let correct = 0;
  gold.forEach((label, position) => {
    confusion[index.get(label)!][index.get(predicted[position])!]++;
    if (label === predicted[position]) correct++;
  });
  const perClass: Record<string, ClassScores> = {};
  let f1Sum = 0;
  classes.forEach((name, row) => {
    const truePositives = confusion[row][row];
    const support = confusion[row].reduce((sum, count) => sum + count, 0);
    const predictedCount = confusion.reduce((sum, counts) => sum + counts[row], 0);
    const precision = predictedCount === 0 ? 0 : truePositives / predictedCount;
    const recall = support === 0 ? 0 : truePositives / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[name] = { precision, recall, f1, support };
    f1Sum += f1;
  });
  return {
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    // As scikit-learn does: the mean over every class seen in gold or predictions.
    macroF1: classes.length === 0 ? 0 : f1Sum / classes.length,
    perClass,
    classes,
    confusion,
    count: gold.length,
  };
}

/** The report with every class in `merged` renamed to `into` (for gold and predictions alike). */
export function mergedReport(
  gold: readonly string[],
  predicted: readonly string[],
  merged: readonly string[],
  into: string,
): ClassificationReport {
  const rename = (label: string): string => (merged.includes(label) ? into : label);
  return classificationReport(gold.map(rename), predicted.map(rename));
}
