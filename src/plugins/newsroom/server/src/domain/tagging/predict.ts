/**
 * The model on its own: label probabilities for an article (what the evaluation measures, and
 * what suggestTopics combines with vocabulary evidence).
 */
import { describeType } from '../text/guard';
import { analyzeArticle, modelTerms, readArticle } from './article';
import { TopicModel, vectorizeTerms } from './model';
import type { ArticleText } from './types';

export interface LabelProbability {
  label: string;
  probability: number;
}

/**
 * Every label of the model with its probability for the article, most likely first: for a
 * single-label model the first entry is the prediction.
 */
export function predictLabels(model: TopicModel, text: string | ArticleText): LabelProbability[] {
  if (!(model instanceof TopicModel))
    throw new TypeError(`predictLabels: model must be a TopicModel, got ${describeType(model)}`);
  const article = readArticle(text, 'predictLabels', 'text');
  const { vector } = vectorizeTerms(model, modelTerms(analyzeArticle(article)));
  if (vector.rows.length === 0) return [];
  const probabilities = model.probabilities(model.logits(vector));
  return model.labels
    .map((label, index) => ({ label, probability: probabilities[index] }))
    .sort((a, b) => b.probability - a.probability || (a.label < b.label ? -1 : 1));
}
