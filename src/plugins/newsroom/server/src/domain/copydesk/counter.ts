/**
 * Counting an archive into a FrequencyModel: add texts (and whole models, e.g. a corpus model seeding
 * the newsroom's own), then `finish` prunes rare entries and freezes the counts.
 */
import { requireString } from '../text/guard';
import { isDefinite } from './definite';
import { FrequencyModel, NEIGHBOUR_FIELDS, PAIR_BASE, type NeighbourField } from './model';
import { arabicWords } from './words';

export interface PruneOptions {
  /** Words seen fewer times are dropped (a typo's own count is small anyway). Default 2. */
  minWordCount?: number;
  /** Pairs seen fewer times are dropped: most pairs are seen once, and they are the bulk of the size. Default 2. */
  minPairCount?: number;
}

export const DEFAULT_PRUNE: Required<PruneOptions> = { minWordCount: 2, minPairCount: 2 };

/** The per-word neighbour counts the counter keeps itself; `followers` is derived from the pairs at the end. */
const COUNTED_FIELDS = NEIGHBOUR_FIELDS.filter((field) => field !== 'followers');

export class FrequencyCounter {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly definite: boolean[] = [];
  private readonly counts: number[] = [];
  private readonly neighbours: Record<NeighbourField, number[]> = {
    followed: [],
    followedByDefinite: [],
    preceded: [],
    precededByDefinite: [],
    followers: [],
  };
  private readonly pairs = new Map<number, number>();
  private documents = 0;
  private totalWords = 0;
  private definiteWords = 0;
  private totalPairs = 0;
  private pairsAfterDefinite = 0;
  /** Distinct words merged models had seen but pruned (added to the vocabulary estimate). */
  private extraVocabulary = 0;

  /** Counts the Arabic words of one text and the pairs of adjacent ones. */
  add(text: string): void {
    requireString(text, 'FrequencyCounter.add', 'text');
    this.documents++;
    let previous = -1;
    const { followed, followedByDefinite, preceded, precededByDefinite } = this.neighbours;
    for (const word of arabicWords(text)) {
      const id = this.idOf(word.key);
      this.counts[id]++;
      this.totalWords++;
      if (this.definite[id]) this.definiteWords++;
      if (word.followsPrevious && previous >= 0) {
        this.addPair(previous * PAIR_BASE + id, 1);
        this.totalPairs++;
        followed[previous]++;
        preceded[id]++;
        if (this.definite[id]) followedByDefinite[previous]++;
        if (this.definite[previous]) {
          precededByDefinite[id]++;
          this.pairsAfterDefinite++;
        }
      }
      previous = id;
    }
  }

  /** Adds a finished model's counts, as if its texts had been added (less what it pruned). */
  addModel(model: FrequencyModel): void {
    const { data } = model;
    const keptFollowers = new Map<string, number>();
    for (const [left, right, count] of model.pairs()) {
      this.addPair(this.idOf(left) * PAIR_BASE + this.idOf(right), count);
      keptFollowers.set(left, (keptFollowers.get(left) ?? 0) + 1);
    }
    data.words.forEach((word, index) => {
      const id = this.idOf(word);
      this.counts[id] += data.counts[index];
      for (const field of COUNTED_FIELDS) this.neighbours[field][id] += data.neighbours[field][index];
      // Followers are recounted from the pairs at the end; keep those the merged model pruned.
      this.neighbours.followers[id] += Math.max(0, data.neighbours.followers[index] - (keptFollowers.get(word) ?? 0));
    });
    this.documents += data.documents;
    this.totalWords += data.totalWords; // pruned words' occurrences included
    this.definiteWords += data.definiteWords;
    this.totalPairs += data.totalPairs;
    this.pairsAfterDefinite += data.pairsAfterDefinite;
    this.extraVocabulary += Math.max(0, data.vocabulary - data.words.length);
  }

  /** Prunes and freezes: the counter can keep counting afterwards, the model does not change. */
  finish(options: PruneOptions = {}): FrequencyModel {
    const { minWordCount, minPairCount } = { ...DEFAULT_PRUNE, ...options };
    const followers = Float64Array.from(this.neighbours.followers);
    for (const key of this.pairs.keys()) followers[Math.floor(key / PAIR_BASE)]++;

    const kept = [...this.words.keys()].filter((id) => this.counts[id] >= minWordCount);
    kept.sort((a, b) => this.counts[b] - this.counts[a] || (this.words[a] < this.words[b] ? -1 : 1));
    const newId = new Int32Array(this.words.length).fill(-1);
    kept.forEach((id, index) => (newId[id] = index));

    const pairEntries: Array<[number, number]> = [];
    for (const [key, count] of this.pairs) {
      if (count < minPairCount) continue;
      const left = newId[Math.floor(key / PAIR_BASE)];
      const right = newId[key % PAIR_BASE];
      if (left >= 0 && right >= 0) pairEntries.push([left * PAIR_BASE + right, count]);
    }
    pairEntries.sort((a, b) => a[0] - b[0]);
    const perWord = (values: ArrayLike<number>) => Uint32Array.from(kept, (id) => values[id]);

    return new FrequencyModel({
      documents: this.documents,
      totalWords: this.totalWords,
      definiteWords: this.definiteWords,
      totalPairs: this.totalPairs,
      pairsAfterDefinite: this.pairsAfterDefinite,
      vocabulary: this.words.length + this.extraVocabulary,
      minWordCount,
      minPairCount,
      words: kept.map((id) => this.words[id]),
      counts: perWord(this.counts),
      neighbours: {
        followed: perWord(this.neighbours.followed),
        followedByDefinite: perWord(this.neighbours.followedByDefinite),
        preceded: perWord(this.neighbours.preceded),
        precededByDefinite: perWord(this.neighbours.precededByDefinite),
        followers: perWord(followers),
      },
      pairKeys: Float64Array.from(pairEntries, (entry) => entry[0]),
      pairCounts: Uint32Array.from(pairEntries, (entry) => entry[1]),
    });
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.words.length;
      if (id >= PAIR_BASE) throw new RangeError(`FrequencyCounter: more than ${PAIR_BASE - 1} distinct words`);
      this.ids.set(key, id);
      this.words.push(key);
      this.definite.push(isDefinite(key));
      this.counts.push(0);
      for (const field of NEIGHBOUR_FIELDS) this.neighbours[field].push(0);
    }
    return id;
  }

  private addPair(key: number, count: number): void {
    this.pairs.set(key, (this.pairs.get(key) ?? 0) + count);
  }
}

/** A model of `texts` in one call. */
export function buildFrequencyModel(texts: Iterable<string>, options: PruneOptions = {}): FrequencyModel {
  const counter = new FrequencyCounter();
  for (const text of texts) counter.add(text);
  return counter.finish(options);
}
