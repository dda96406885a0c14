/**
 * Topic suggestion, pure TypeScript (no Strapi, no I/O): a controlled vocabulary matched over
 * normalized, stemmed text, plus a linear model trained on the newsroom's tagged articles and
 * updated from editors' decisions, combined into ranked suggestions with their evidence.
 */
export type { ArticleField, ArticleText, Evidence, Suggestion, VocabularyTopic } from './types';
export type { FeedbackExample, TrainingExample } from './examples';
export { buildVocabulary, type Vocabulary } from './vocabulary';
export { suggestTopics, type SuggestOptions } from './suggest';
export { TopicModel, type ModelMode } from './model';
export { trainModel, updateModel, type TrainOptions, type TrainingPhase } from './train';
export { predictLabels, type LabelProbability } from './predict';
export { serializeModel, deserializeModel, MODEL_FORMAT_VERSION } from './serialize';
