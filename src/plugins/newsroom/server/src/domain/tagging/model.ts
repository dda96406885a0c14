/**
 * The statistical signal: a linear model over TF-IDF weighted, L2-normalized unigram and bigram
 * features (features.ts). One weight column per label. In multi-label mode each column is its own
 * logistic classifier (one-vs-rest: an article may carry several topics); in single-label mode the
 * columns share a softmax (sections: exactly one per article). The same matrix serves both, so
 * training, incremental updates and serialization are written once.
 *
 * Treat a TopicModel as opaque outside this folder: build it with trainModel or deserializeModel.
 */
import { extractFeatures, type FeatureConfig, type HashedFeatures } from './features';
import { FeatureTable } from './feature-table';
import type { ArticleField } from './types';

export type ModelMode = 'multi-label' | 'single-label';

/** A document as the model sees it: rows of the weight matrix and their normalized values. */
export interface ModelVector {
  rows: Int32Array;
  values: Float32Array;
  /** For each entry, its index in the HashedFeatures it came from (to name the term). */
  sources: Int32Array;
}

export class TopicModel {
  readonly labelIndex = new Map<string, number>();
  /** Row-major: the weights of row r are weights[r * labels.length ...]. */
  weights: Float32Array;
  bias: Float64Array;
  idf: Float32Array;
  /** Features that came from training; feedback may add a bounded number beyond them. */
  trainedRowCount = 0;

  constructor(
    readonly mode: ModelMode,
    readonly config: FeatureConfig,
    readonly labels: string[],
    readonly table: FeatureTable,
    /** Articles seen (training plus updates): gives new features a rarity-based IDF. */
    public documentCount: number,
    /** Step size of incremental updates (updateModel). */
    readonly updateRate: number,
  ) {
    labels.forEach((label, index) => this.labelIndex.set(label, index));
    this.weights = new Float32Array(Math.max(1, table.size) * labels.length);
    this.bias = new Float64Array(labels.length);
    this.idf = new Float32Array(Math.max(1, table.size));
  }

  get rowCount(): number {
    return this.table.size;
  }

  /** Memory held by the model's arrays (weights, IDF, feature table), the bulk of its footprint. */
  get byteLength(): number {
    return this.weights.byteLength + this.idf.byteLength + this.bias.byteLength + this.table.byteLength;
  }

  /** IDF of a feature seen in `documentFrequency` of `documentCount` articles (smoothed, ≥ 1). */
  idfFor(documentFrequency: number): number {
    return Math.log((this.documentCount + 1) / (documentFrequency + 1)) + 1;
  }

  /** Known features of `features`, IDF-weighted and L2-normalized; unknown ones are ignored. */
  vectorize(features: HashedFeatures): ModelVector {
    const { hashes, values } = features;
    const rows = new Int32Array(hashes.length);
    const weighted = new Float32Array(hashes.length);
    const sources = new Int32Array(hashes.length);
    let count = 0;
    let squares = 0;
    for (let index = 0; index < hashes.length; index++) {
      const row = this.table.get(hashes[index]);
      if (row === -1) continue;
      const value = values[index] * this.idf[row];
      rows[count] = row;
      weighted[count] = value;
      sources[count] = index;
      squares += value * value;
      count++;
    }
    const norm = squares > 0 ? 1 / Math.sqrt(squares) : 0;
    for (let index = 0; index < count; index++) weighted[index] *= norm;
    return { rows: rows.subarray(0, count), values: weighted.subarray(0, count), sources: sources.subarray(0, count) };
  }

  /** Raw scores (logits) of every label for `vector`. */
  logits(vector: ModelVector, weightScale = 1): Float64Array {
    const labelCount = this.labels.length;
    const scores = new Float64Array(labelCount);
    const { rows, values } = vector;
    const weights = this.weights;
    for (let entry = 0; entry < rows.length; entry++) {
      const base = rows[entry] * labelCount;
      const value = values[entry] * weightScale;
      for (let label = 0; label < labelCount; label++) scores[label] += value * weights[base + label];
    }
    for (let label = 0; label < labelCount; label++) scores[label] += this.bias[label];
    return scores;
  }

  /** Logits to probabilities, in place: softmax (single-label) or a sigmoid per label. */
  probabilities(scores: Float64Array): Float64Array {
    if (this.mode === 'multi-label') {
      for (let label = 0; label < scores.length; label++) scores[label] = sigmoid(scores[label]);
      return scores;
    }
    let max = Number.NEGATIVE_INFINITY;
    for (const score of scores) max = Math.max(max, score);
    let sum = 0;
    for (let label = 0; label < scores.length; label++) {
      scores[label] = Math.exp(scores[label] - max);
      sum += scores[label];
    }
    for (let label = 0; label < scores.length; label++) scores[label] /= sum;
    return scores;
  }

  /** The `limit` entries of `vector` that raise `label`'s score most: [entry index, contribution]. */
  strongestEntries(vector: ModelVector, label: number, limit: number): Array<[number, number]> {
    const labelCount = this.labels.length;
    const found: Array<[number, number]> = [];
    for (let entry = 0; entry < vector.rows.length; entry++) {
      const contribution = vector.values[entry] * this.weights[vector.rows[entry] * labelCount + label];
      if (contribution <= 0) continue;
      if (found.length < limit) {
        found.push([entry, contribution]);
        if (found.length === limit) found.sort((a, b) => b[1] - a[1]);
      } else if (contribution > found[limit - 1][1]) {
        found[limit - 1] = [entry, contribution];
        found.sort((a, b) => b[1] - a[1]);
      }
    }
    return found.sort((a, b) => b[1] - a[1]);
  }

  /** Adds a label with zero weights and the given bias; returns its index. */
  addLabel(label: string, bias: number): number {
    const existing = this.labelIndex.get(label);
    if (existing !== undefined) return existing;
    const oldCount = this.labels.length;
    const rows = Math.max(1, this.table.size, oldCount > 0 ? this.weights.length / oldCount : 0);
    const weights = new Float32Array(rows * (oldCount + 1));
    for (let row = 0; oldCount > 0 && row < rows; row++) {
      weights.set(this.weights.subarray(row * oldCount, (row + 1) * oldCount), row * (oldCount + 1));
    }
    this.weights = weights;
    const grownBias = new Float64Array(oldCount + 1);
    grownBias.set(this.bias);
    grownBias[oldCount] = bias;
    this.bias = grownBias;
    this.labels.push(label);
    this.labelIndex.set(label, oldCount);
    return oldCount;
  }

  /** Adds a feature (zero weights, given IDF), growing the arrays as needed; returns its row. */
  addFeature(hash: number, idf: number): number {
    const before = this.table.size;
    const row = this.table.add(hash);
    if (row < before) return row;
    const labelCount = this.labels.length;
    if ((row + 1) * labelCount > this.weights.length) {
      const weights = new Float32Array(Math.max(16, (row + 1) * 2) * labelCount);
      weights.set(this.weights);
      this.weights = weights;
    }
    if (row >= this.idf.length) {
      const grown = new Float32Array(Math.max(16, (row + 1) * 2));
      grown.set(this.idf);
      this.idf = grown;
    }
    this.idf[row] = idf;
    return row;
  }
}

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/** The model's view of an article: its features, vectorized. */
export function vectorizeTerms(
  model: TopicModel,
  fields: ReadonlyArray<{ field: ArticleField; stems: readonly string[] }>,
  withOrigins = false,
): { features: HashedFeatures; vector: ModelVector } {
  const features = extractFeatures(fields, model.config, withOrigins);
  return { features, vector: model.vectorize(features) };
}
