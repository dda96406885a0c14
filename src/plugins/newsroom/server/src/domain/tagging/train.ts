/**
 * Training (trainModel) and learning from editors (updateModel) for the linear topic model.
 *
 * Training is stochastic gradient descent on the logistic loss (softmax in single-label mode) with
 * L2 regularization, the learning rate decaying as η₀ / (1 + η₀·λ·t), over several shuffled passes;
 * the last passes are averaged (averaged SGD), which generalizes better than the final iterate.
 * Updates are single SGD steps, so an accepted or rejected suggestion changes the model at once.
 */
import { describeType } from '../text/guard';
import { DEFAULT_FEATURE_CONFIG, extractFeatures, type FeatureConfig, type HashedFeatures } from './features';
import { FeatureTable, HashCounts } from './feature-table';
import {
  readFeedbackExample,
  readTrainingExample,
  type FeedbackExample,
  type ModelTerms,
  type TrainingExample,
} from './examples';
import { TopicModel, sigmoid, type ModelMode } from './model';
import { SgdTrainer, type TrainingSet } from './sgd';

export type TrainingPhase = 'features' | 'training';

export interface TrainOptions {
  /** 'multi-label' (default): one logistic classifier per label. 'single-label': softmax, one label per example. */
  mode?: ModelMode;
  /** Passes over the examples. Default 8. */
  epochs?: number;
  /** L2 regularization per example (λ). Default 5e-6. */
  regularization?: number;
  /** Initial learning rate (η₀). Default 1. */
  learningRate?: number;
  /** Features seen in fewer articles are dropped (noise, and most of the model's size). Default 2. */
  minDocumentFrequency?: number;
  /** Weigh examples so every label counts as much in total (single-label mode). Default true. */
  balanceLabels?: boolean;
  /** Feature extraction settings, stored in the model. */
  features?: Partial<FeatureConfig>;
  /** Seed of the shuffling: same examples, same seed, same model. */
  seed?: number;
  /** Step size of later updateModel calls. Default 1. */
  updateRate?: number;
  /** Called as work proceeds: 'features' per example (total 0 when unknown), 'training' per pass. */
  onProgress?: (phase: TrainingPhase, done: number, total: number) => void;
}

const DEFAULTS = {
  mode: 'multi-label' as ModelMode,
  epochs: 8,
  regularization: 5e-6,
  learningRate: 1,
  minDocumentFrequency: 2,
  balanceLabels: true,
  seed: 1,
  updateRate: 1,
};

/** Logit of a label added by feedback: rare (p ≈ 0.02) until editors accept it a few times. */
const NEW_LABEL_BIAS = -4;
/** Feedback may add features the training set never had, up to this many beyond it. */
const MAX_FEEDBACK_FEATURES = 200_000;

export type TrainingSettings = Required<Omit<TrainOptions, 'features' | 'onProgress'>> &
  Pick<TrainOptions, 'onProgress'> & { features: FeatureConfig };

export function readOptions(options: unknown): TrainingSettings {
  if (options === undefined) return { ...DEFAULTS, features: DEFAULT_FEATURE_CONFIG };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`trainModel: options must be an object, got ${describeType(options)}`);
  }
  const given = options as TrainOptions;
  if (given.mode !== undefined && given.mode !== 'multi-label' && given.mode !== 'single-label') {
    throw new TypeError(`trainModel: options.mode must be 'multi-label' or 'single-label'`);
  }
  const features: FeatureConfig = {
    ...DEFAULT_FEATURE_CONFIG,
    ...given.features,
    fieldWeights: { ...DEFAULT_FEATURE_CONFIG.fieldWeights, ...given.features?.fieldWeights },
  };
  return {
    mode: given.mode ?? DEFAULTS.mode,
    epochs: positive(given.epochs, DEFAULTS.epochs, 'epochs'),
    regularization: positive(given.regularization, DEFAULTS.regularization, 'regularization', true),
    learningRate: positive(given.learningRate, DEFAULTS.learningRate, 'learningRate'),
    minDocumentFrequency: positive(given.minDocumentFrequency, DEFAULTS.minDocumentFrequency, 'minDocumentFrequency'),
    balanceLabels: given.balanceLabels ?? DEFAULTS.balanceLabels,
    seed: given.seed ?? DEFAULTS.seed,
    updateRate: positive(given.updateRate, DEFAULTS.updateRate, 'updateRate'),
    features,
    onProgress: given.onProgress,
  };
}

function positive(value: number | undefined, fallback: number, name: string, zeroAllowed = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (value === 0 && !zeroAllowed)) {
    throw new TypeError(`trainModel: options.${name} must be a ${zeroAllowed ? 'non-negative' : 'positive'} number`);
  }
  return value;
}

/**
 * Learns the newsroom's own tagging from its published articles, so suggestions follow house
 * practice rather than a generic taxonomy. Deterministic for the same examples and options.
 */
export function trainModel(examples: Iterable<TrainingExample>, options?: TrainOptions): TopicModel {
  if (examples === null || typeof examples !== 'object' || !(Symbol.iterator in examples)) {
    throw new TypeError(`trainModel: examples must be an iterable of { text, labels }, got ${describeType(examples)}`);
  }
  const settings = readOptions(options);
  const single = settings.mode === 'single-label';
  function* analyzed(): Generator<AnalyzedExample> {
    let index = 0;
    for (const example of examples as Iterable<unknown>) {
      const read = readTrainingExample(example, 'trainModel', `examples[${index}]`);
      if (single && read.labels.length !== 1) {
        throw new RangeError(
          `trainModel: examples[${index}] has ${read.labels.length} labels; single-label mode needs exactly one`,
        );
      }
      index++;
      yield read;
    }
  }
  return trainOnTerms(analyzed(), settings, Array.isArray(examples) ? examples.length : 0);
}

export interface AnalyzedExample {
  terms: ModelTerms;
  labels: readonly string[];
}

/** trainModel on examples already analyzed into model terms (checked by the caller). */
export function trainOnTerms(
  examples: Iterable<AnalyzedExample>,
  settings: TrainingSettings,
  total: number,
): TopicModel {
  const documents: Array<{ features: HashedFeatures; labels: number[] }> = [];
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const documentFrequency = new HashCounts();
  for (const { terms, labels: exampleLabels } of examples) {
    const features = extractFeatures(terms, settings.features);
    for (const hash of features.hashes) documentFrequency.increment(hash);
    const ids = [...new Set(exampleLabels)].map((label) => {
      let id = labelIndex.get(label);
      if (id === undefined) {
        id = labels.length;
        labels.push(label);
        labelIndex.set(label, id);
      }
      return id;
    });
    documents.push({ features, labels: ids });
    if (documents.length % 256 === 0) settings.onProgress?.('features', documents.length, total);
  }
  settings.onProgress?.('features', documents.length, total);

  let keptCount = 0;
  documentFrequency.forEach((_, frequency) => {
    if (frequency >= settings.minDocumentFrequency) keptCount++;
  });
  const model = new TopicModel(
    settings.mode,
    settings.features,
    labels,
    new FeatureTable(keptCount),
    documents.length,
    settings.updateRate,
  );
  documentFrequency.forEach((hash, frequency) => {
    if (frequency >= settings.minDocumentFrequency) model.addFeature(hash, model.idfFor(frequency));
  });

  const set = buildTrainingSet(model, documents);
  new SgdTrainer(model, set, settings).run((epoch) => settings.onProgress?.('training', epoch, settings.epochs));
  return model;
}

/** Vectorizes every document once, into flat arrays the trainer walks. */
function buildTrainingSet(
  model: TopicModel,
  documents: Array<{ features: HashedFeatures; labels: number[] }>,
): TrainingSet {
  const offsets = new Int32Array(documents.length + 1);
  const labels = documents.map((document) => document.labels);
  const vectors = documents.map((document, index) => {
    const vector = model.vectorize(document.features);
    offsets[index + 1] = offsets[index] + vector.rows.length;
    return vector;
  });
  documents.length = 0; // the hashed features are no longer needed
  const rows = new Int32Array(offsets[vectors.length]);
  const values = new Float32Array(offsets[vectors.length]);
  vectors.forEach((vector, index) => {
    rows.set(vector.rows, offsets[index]);
    values.set(vector.values, offsets[index]);
  });
  return { offsets, rows, values, labels };
}

/**
 * Learns from one editor decision at once: 'accept' raises the label for articles like this one,
 * 'reject' lowers it. A label the model has never seen is added on its first acceptance.
 */
export function updateModel(model: TopicModel, example: FeedbackExample): void {
  if (!(model instanceof TopicModel))
    throw new TypeError(`updateModel: model must be a TopicModel, got ${describeType(model)}`);
  const { terms, label, accepted } = readFeedbackExample(example, 'updateModel', 'example');
  let labelId = model.labelIndex.get(label);
  if (labelId === undefined) {
    if (!accepted) return; // nothing to lower: an unknown label is never suggested by the model
    labelId = model.addLabel(label, NEW_LABEL_BIAS);
  }
  const features = extractFeatures(terms, model.config);
  if (accepted) {
    const limit = model.trainedRowCount + MAX_FEEDBACK_FEATURES;
    const idf = model.idfFor(1);
    for (const hash of features.hashes) {
      if (model.rowCount >= limit) break;
      if (model.table.get(hash) === -1) model.addFeature(hash, idf);
    }
  }
  const vector = model.vectorize(features);
  const gradients = feedbackGradients(model, model.logits(vector), labelId, accepted);
  const labelCount = model.labels.length;
  for (let entry = 0; entry < vector.rows.length; entry++) {
    const base = vector.rows[entry] * labelCount;
    const step = model.updateRate * vector.values[entry];
    for (let label = 0; label < labelCount; label++)
      if (gradients[label] !== 0) model.weights[base + label] -= step * gradients[label];
  }
  for (let label = 0; label < labelCount; label++) model.bias[label] -= model.updateRate * gradients[label];
}

/** Gradient of the decision's log-loss with respect to each label's logit. */
function feedbackGradients(model: TopicModel, logits: Float64Array, labelId: number, accepted: boolean): Float64Array {
  const gradients = new Float64Array(logits.length);
  if (model.mode === 'multi-label') {
    gradients[labelId] = sigmoid(logits[labelId]) - (accepted ? 1 : 0);
    return gradients;
  }
  const probabilities = model.probabilities(logits);
  if (accepted) {
    for (let label = 0; label < probabilities.length; label++)
      gradients[label] = probabilities[label] - (label === labelId ? 1 : 0);
    return gradients;
  }
  // Rejection minimizes -log(1 - p): the label goes down, the others share the rise by their odds.
  const others = 1 - probabilities[labelId];
  gradients[labelId] = probabilities[labelId];
  for (let label = 0; label < probabilities.length; label++) {
    if (label !== labelId)
      gradients[label] = others > 1e-12 ? (-probabilities[labelId] * probabilities[label]) / others : 0;
  }
  return gradients;
}
