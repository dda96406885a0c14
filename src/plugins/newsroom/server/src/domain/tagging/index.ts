/**
 * Topic suggestion, pure TypeScript (no Strapi, no I/O): a controlled vocabulary matched over
 * normalized, stemmed text, plus a linear model trained on the newsroom's tagged articles and
 * updated from editors' decisions, combined into ranked suggestions with their evidence.
 */
export type { ArticleText, VocabularyTopic } from './types';
export { buildVocabulary, type Vocabulary } from './vocabulary';
export { suggestTopics } from './suggest';
export { TopicModel } from './model';
export { trainModel, updateModel, type TrainOptions } from './train';
export { predictLabels } from './predict';
export { serializeModel, deserializeModel } from './serialize';
