/**
 * Feature extraction for the statistical model: unigrams and bigrams of model terms (stems), each
 * hashed to 32 bits (hash.ts), counted with a weight per field (a word in the title says more
 * about the topic than one deep in the body), then damped with sublinear TF (1 + ln count) so a
 * name repeated twenty times does not drown the rest. IDF and L2 normalization need corpus
 * statistics and are applied by the model (model.ts).
 */
import { hashPair, hashString } from './hash';
import type { ArticleField } from './types';

export interface FeatureConfig {
  /** Count multiplier per field. */
  fieldWeights: Readonly<Record<ArticleField, number>>;
  /** Also count adjacent term pairs (after stopwords are dropped). */
  bigrams: boolean;
  /** Hash seed: part of the model, so two models can be made to hash differently. */
  seed: number;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  fieldWeights: { title: 3, standfirst: 1.5, body: 1 },
  bigrams: true,
  seed: 0x5eed,
};

/** Hashed features of one article: parallel arrays, each hash once, values already sublinear. */
export interface HashedFeatures {
  hashes: Int32Array;
  values: Float32Array;
  /** When asked for: where each feature first occurred, see `featureOrigin`. */
  origins?: Int32Array;
}

/** Where a feature first occurred: which of the fields passed in, and which term (a bigram's second). */
export interface FeatureOrigin {
  fieldIndex: number;
  termIndex: number;
  bigram: boolean;
}

const ORIGIN_FIELD_SHIFT = 29;
const ORIGIN_BIGRAM = 1 << 28;
const ORIGIN_TERM_MASK = ORIGIN_BIGRAM - 1;

function encodeOrigin(fieldIndex: number, termIndex: number, bigram: boolean): number {
  return (fieldIndex << ORIGIN_FIELD_SHIFT) | (bigram ? ORIGIN_BIGRAM : 0) | Math.min(termIndex, ORIGIN_TERM_MASK);
}

export function featureOrigin(code: number): FeatureOrigin {
  return {
    fieldIndex: code >>> ORIGIN_FIELD_SHIFT,
    termIndex: code & ORIGIN_TERM_MASK,
    bigram: (code & ORIGIN_BIGRAM) !== 0,
  };
}

/**
 * A reusable open-addressing accumulator (hash → weighted count): one per call would allocate a
 * Map per article, which costs more than the counting itself.
 */
class Accumulator {
  private keys = new Int32Array(1024);
  private counts = new Float32Array(1024);
  private origins = new Int32Array(1024);
  private slots = new Int32Array(1024).fill(-1);
  private order = new Int32Array(512);
  private size = 0;

  add(hash: number, weight: number, origin: number): void {
    if (this.size * 2 >= this.order.length) this.grow();
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === -1) {
        this.slots[slot] = this.size;
        this.keys[this.size] = hash;
        this.counts[this.size] = weight;
        this.origins[this.size] = origin;
        this.order[this.size] = slot;
        this.size++;
        return;
      }
      if (this.keys[entry] === hash) {
        this.counts[entry] += weight;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The accumulated features with sublinear TF, and the accumulator emptied for the next call. */
  drain(withOrigins: boolean): HashedFeatures {
    const hashes = this.keys.slice(0, this.size);
    const origins = withOrigins ? this.origins.slice(0, this.size) : undefined;
    const values = new Float32Array(this.size);
    for (let index = 0; index < this.size; index++) {
      const count = this.counts[index];
      values[index] = count >= 1 ? 1 + Math.log(count) : count;
      this.slots[this.order[index]] = -1;
    }
    this.size = 0;
    return { hashes, values, origins };
  }

  private grow(): void {
    const entries = this.size;
    const { keys, counts, origins } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.counts = new Float32Array(counts.length * 2);
    this.origins = new Int32Array(origins.length * 2);
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.order = new Int32Array(this.order.length * 2);
    this.size = 0;
    for (let index = 0; index < entries; index++) this.add(keys[index], counts[index], origins[index]);
  }
}

const accumulator = new Accumulator();

/**
 * Hashed, weighted, sublinear unigram and bigram counts of an article's model terms; with
 * `withOrigins`, also where each feature first occurred (to show editors the terms that weighed).
 */
export function extractFeatures(
  fields: ReadonlyArray<{ field: ArticleField; stems: readonly string[] }>,
  config: FeatureConfig,
  withOrigins = false,
): HashedFeatures {
  fields.forEach(({ field, stems }, fieldIndex) => {
    const weight = config.fieldWeights[field];
    if (!(weight > 0)) return;
    let previous = 0;
    for (let index = 0; index < stems.length; index++) {
      const hash = hashString(stems[index], config.seed);
      accumulator.add(hash, weight, encodeOrigin(fieldIndex, index, false));
      if (config.bigrams && index > 0)
        accumulator.add(hashPair(previous, hash), weight, encodeOrigin(fieldIndex, index, true));
      previous = hash;
    }
  });
  return accumulator.drain(withOrigins);
}
