/**
 * The archive's word frequencies, frozen for lookups: unigram counts and adjacent-pair counts of
 * spelling keys (see words.ts), rare entries pruned (see FrequencyCounter.finish), and per word how
 * often a definite word stands next to it (see definite.ts). Words are numbered by descending count;
 * pairs are held as sorted numeric keys with parallel counts, so a model of millions of words costs a
 * few typed arrays instead of millions of map entries, and a lookup is a hash (word) plus a binary
 * search (pair).
 */

/** Pair key = left id × PAIR_BASE + right id; exact in a double while ids stay below 2^26. */
export const PAIR_BASE = 2 ** 26;

/** Per word, over its occurrences with an adjacent word (counted before pruning the pairs). */
export interface NeighbourCounts {
  /** Occurrences followed by a word, and by a definite one. */
  followed: Uint32Array;
  followedByDefinite: Uint32Array;
  /** Occurrences preceded by a word, and by a definite one. */
  preceded: Uint32Array;
  precededByDefinite: Uint32Array;
  /** Distinct words that followed it (Witten–Bell smoothing needs it). */
  followers: Uint32Array;
}

export interface FrequencyModelData {
  /** Texts counted. */
  documents: number;
  /** Words counted, pruned or not: the denominator of unigram probabilities. */
  totalWords: number;
  /** Of those, definite words. */
  definiteWords: number;
  /** Adjacent pairs counted, and those whose first word is definite. */
  totalPairs: number;
  pairsAfterDefinite: number;
  /** Distinct words counted before pruning (for smoothing the unseen). */
  vocabulary: number;
  /** The pruning thresholds the model was built with. */
  minWordCount: number;
  minPairCount: number;
  /** Spelling keys, most frequent first; a word's id is its index. */
  words: readonly string[];
  counts: Uint32Array;
  neighbours: NeighbourCounts;
  /** Ascending pair keys and their counts. */
  pairKeys: Float64Array;
  pairCounts: Uint32Array;
}

export const NEIGHBOUR_FIELDS = [
  'followed',
  'followedByDefinite',
  'preceded',
  'precededByDefinite',
  'followers',
] as const;
export type NeighbourField = (typeof NEIGHBOUR_FIELDS)[number];

export class FrequencyModel {
  private readonly ids: Map<string, number>;

  constructor(readonly data: FrequencyModelData) {
    const { counts, neighbours, pairKeys, pairCounts, words } = data;
    if (words.length >= PAIR_BASE)
      throw new RangeError(`FrequencyModel: at most ${PAIR_BASE - 1} words, got ${words.length}`);
    const lengths = [counts.length, ...NEIGHBOUR_FIELDS.map((field) => neighbours[field].length)];
    if (lengths.some((length) => length !== words.length) || pairKeys.length !== pairCounts.length) {
      throw new RangeError('FrequencyModel: every per-word array needs one entry per word, and every pair key a count');
    }
    this.ids = new Map(words.map((word, id) => [word, id]));
  }

  get documents(): number {
    return this.data.documents;
  }

  get totalWords(): number {
    return this.data.totalWords;
  }

  get vocabulary(): number {
    return this.data.vocabulary;
  }

  /** Kept words and pairs: the model's size. */
  get size(): { words: number; pairs: number } {
    return { words: this.data.words.length, pairs: this.data.pairKeys.length };
  }

  /** How often the word with this spelling key was seen (0 when unseen or pruned). */
  wordCount(key: string): number {
    const id = this.ids.get(key);
    return id === undefined ? 0 : this.data.counts[id];
  }

  /** One of the word's neighbour counts (0 when unseen or pruned). */
  neighbourCount(key: string, field: NeighbourField): number {
    const id = this.ids.get(key);
    return id === undefined ? 0 : this.data.neighbours[field][id];
  }

  /** How often `left` was directly followed by `right` (0 when unseen or pruned). */
  pairCount(left: string, right: string): number {
    const a = this.ids.get(left);
    const b = this.ids.get(right);
    if (a === undefined || b === undefined) return 0;
    const target = a * PAIR_BASE + b;
    const keys = this.data.pairKeys;
    let low = 0;
    let high = keys.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const key = keys[middle];
      if (key === target) return this.data.pairCounts[middle];
      if (key < target) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }

  /** Every kept pair as [left, right, count], for merging models. */
  *pairs(): Generator<[left: string, right: string, count: number]> {
    const { pairKeys, pairCounts, words } = this.data;
    for (let index = 0; index < pairKeys.length; index++) {
      const key = pairKeys[index];
      const left = Math.floor(key / PAIR_BASE);
      yield [words[left], words[key - left * PAIR_BASE], pairCounts[index]];
    }
  }
}
