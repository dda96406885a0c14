/** Printing an evaluation: a readable summary, or one JSON object for --json. */
import type { ClassificationReport, ClassScores } from './metrics';

export interface EvaluationSummary {
  model: string;
  description: string;
  trainCount: number;
  testCount: number;
  leftOut: number;
  trainingSeconds: number;
  testingSeconds: number;
  modelBytes?: number;
  [detail: string]: unknown;
}

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

function roundedClasses(perClass: Record<string, ClassScores>): Record<string, ClassScores> {
  return Object.fromEntries(
    Object.entries(perClass).map(([name, scores]) => [
      name,
      {
        precision: round(scores.precision),
        recall: round(scores.recall),
        f1: round(scores.f1),
        support: scores.support,
      },
    ]),
  );
}

export function reportJson(
  summary: EvaluationSummary,
  all: ClassificationReport,
  merged: ClassificationReport,
  mergedClasses: readonly string[],
): object {
  return {
    ...summary,
    accuracy: round(all.accuracy),
    macroF1: round(all.macroF1),
    perClass: roundedClasses(all.perClass),
    confusion: { classes: all.classes, matrix: all.confusion },
    merged: {
      classes: mergedClasses,
      accuracy: round(merged.accuracy),
      macroF1: round(merged.macroF1),
      perClass: roundedClasses(merged.perClass),
    },
  };
}

const pad = (text: string | number, width: number): string => String(text).padStart(width);
const fixed = (value: number): string => value.toFixed(4);

function printClasses(report: ClassificationReport): void {
  const width = Math.max(8, ...report.classes.map((name) => name.length));
  console.log(
    `  ${'class'.padEnd(width)} ${pad('precision', 9)} ${pad('recall', 7)} ${pad('F1', 7)} ${pad('support', 8)}`,
  );
  for (const name of report.classes) {
    const { precision, recall, f1, support } = report.perClass[name];
    console.log(
      `  ${name.padEnd(width)} ${pad(fixed(precision), 9)} ${pad(fixed(recall), 7)} ${pad(fixed(f1), 7)} ${pad(support, 8)}`,
    );
  }
}

function printConfusion(report: ClassificationReport): void {
  const width = Math.max(8, ...report.classes.map((name) => name.length));
  const cell = Math.max(6, ...report.classes.map((name) => Math.min(name.length, 10) + 1));
  console.log(
    `  ${'gold \\ predicted'.padEnd(width)} ${report.classes.map((name) => pad(name.slice(0, 10), cell)).join('')}`,
  );
  report.classes.forEach((name, row) => {
    console.log(`  ${name.padEnd(width)} ${report.confusion[row].map((count) => pad(count, cell)).join('')}`);
  });
}

export function printReport(
  summary: EvaluationSummary,
  all: ClassificationReport,
  merged: ClassificationReport,
  mergedClasses: readonly string[],
): void {
  const { model, description, trainCount, testCount, leftOut, trainingSeconds, testingSeconds, modelBytes, ...source } =
    summary;
  for (const [key, value] of Object.entries(source)) console.log(`${key.padEnd(12)} ${String(value)}`);
  console.log(`${'model'.padEnd(12)} ${model}: ${description}`);
  console.log(
    `${'articles'.padEnd(12)} ${trainCount.toLocaleString('en-US')} trained on, ${testCount.toLocaleString('en-US')} scored`,
  );
  console.log(`${'left out'.padEnd(12)} ${leftOut} test articles whose URL is also in the training data`);
  console.log(`${'time'.padEnd(12)} training ${trainingSeconds.toFixed(1)} s, testing ${testingSeconds.toFixed(1)} s`);
  if (modelBytes !== undefined)
    console.log(
      `${'model size'.padEnd(12)} ${modelBytes.toLocaleString('en-US')} bytes serialized (${(modelBytes / 2 ** 20).toFixed(2)} MiB)`,
    );
  console.log(`\naccuracy ${fixed(all.accuracy)}   macro-F1 ${fixed(all.macroF1)}`);
  printClasses(all);
  console.log('\nconfusion matrix');
  printConfusion(all);
  const mergedName =
    mergedClasses.length > 0
      ? `${mergedClasses.join(' + ')} as one class`
      : 'fewer than two of the --merge classes present: nothing merged';
  console.log(`\nmerged (${mergedName}): accuracy ${fixed(merged.accuracy)}   macro-F1 ${fixed(merged.macroF1)}`);
  printClasses(merged);
}
