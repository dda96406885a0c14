/**
 * The model's side of a suggestion: each label's probability for the article, and on request the
 * article terms that raised a label most, as the editor wrote them (الأمني, التعاون الأمني), not as
 * stems or hashes.
 */
import type { AnalyzedField } from './article';
import { featureOrigin, type HashedFeatures } from './features';
import { vectorizeTerms, type ModelVector, type TopicModel } from './model';

const TERMS_SHOWN = 5;
const WEIGHT_DIGITS = 1e4;

export interface ModelEvidence {
  probabilities: Map<string, number>;
  /** The strongest terms for `label`, largest contribution (to its logit) first. */
  terms(label: string): Array<{ term: string; weight: number }>;
}

export function modelEvidence(model: TopicModel, fields: readonly AnalyzedField[]): ModelEvidence | null {
  const { features, vector } = vectorizeTerms(model, fields, true);
  if (vector.rows.length === 0) return null;
  const probabilities = model.probabilities(model.logits(vector));
  const byLabel = new Map<string, number>();
  model.labels.forEach((label, index) => byLabel.set(label, probabilities[index]));
  return {
    probabilities: byLabel,
    terms: (label) => strongestTerms(model, label, features, vector, fields),
  };
}

function strongestTerms(
  model: TopicModel,
  label: string,
  features: HashedFeatures,
  vector: ModelVector,
  fields: readonly AnalyzedField[],
): Array<{ term: string; weight: number }> {
  const labelIndex = model.labelIndex.get(label);
  if (labelIndex === undefined || features.origins === undefined) return [];
  const terms: Array<{ term: string; weight: number }> = [];
  for (const [entry, contribution] of model.strongestEntries(vector, labelIndex, TERMS_SHOWN)) {
    const { fieldIndex, termIndex, bigram } = featureOrigin(features.origins[vector.sources[entry]]);
    const { text, terms: analyzed } = fields[fieldIndex];
    const first = analyzed[bigram ? termIndex - 1 : termIndex];
    const last = analyzed[termIndex];
    terms.push({
      term: text.slice(first.start, last.end),
      weight: Math.round(contribution * WEIGHT_DIGITS) / WEIGHT_DIGITS,
    });
  }
  return terms;
}
