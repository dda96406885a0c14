/**
 * How likely the archive finds a word between its neighbours: a bigram model over spelling keys with
 * Witten–Bell smoothing, backing off to the definite/other word class (definite.ts) when a pair was
 * never seen, with add-one counts inside the classes. Only ratios between words in the same place are
 * used, so factors common to every word there are left out.
 */
import { isDefinite } from './definite';
import type { FrequencyModel } from './model';

export class PhraseModel {
  private readonly types: number;

  constructor(private readonly model: FrequencyModel) {
    this.types = model.vocabulary + 1; // room for the unseen
  }

  /** Add-one unigram: an unseen word keeps a little mass. */
  unigram(key: string): number {
    return (this.model.wordCount(key) + 1) / (this.model.totalWords + this.types);
  }

  /** ln P(before? key after?), up to a factor shared by every key in that place. */
  phraseLogLikelihood(key: string, before: string | undefined, after: string | undefined): number {
    const left = before === undefined ? this.unigram(key) : this.smoothed(before, key, this.byNextClass(before, key));
    const right = after === undefined ? 1 : this.smoothed(key, after, this.byWordClass(key, after));
    return Math.log(left) + Math.log(right);
  }

  /**
   * P(next | word), Witten–Bell: the more distinct words have followed `word`, the more mass goes to
   * pairs not seen, shared out by `backoff`.
   */
  private smoothed(word: string, next: string, backoff: number): number {
    const count = this.model.wordCount(word);
    if (count === 0) return backoff;
    // A word seen only before punctuation has no followers yet; one pseudo-follower keeps P > 0.
    const followers = Math.max(1, this.model.neighbourCount(word, 'followers'));
    return (this.model.pairCount(word, next) + followers * backoff) / (count + followers);
  }

  /*
   * The class backoffs. Each side of the phrase uses the one that reads the neighbour's habit, since
   * the neighbour is what stays fixed while the candidates change: the word before says how often
   * definite words follow it (هذا → اللقاء), the word after how often it follows definite words (the
   * adjective المستمر after التعاون, hardly ever after a bare noun; the genitive اليمن after a bare
   * construct noun, hardly ever after a definite one).
   */

  /** P(next | word) as P(class of next | word) × P(next | its class). */
  private byNextClass(word: string, next: string): number {
    const { data } = this.model;
    const definite = isDefinite(next);
    const followed = this.model.neighbourCount(word, 'followed');
    const followedByDefinite = this.model.neighbourCount(word, 'followedByDefinite');
    const classShare = ((definite ? followedByDefinite : followed - followedByDefinite) + 1) / (followed + 2);
    const classWords = definite ? data.definiteWords : data.totalWords - data.definiteWords;
    return (classShare * (this.model.wordCount(next) + 1)) / (classWords + this.types);
  }

  /** P(next | class of word). */
  private byWordClass(word: string, next: string): number {
    const { data } = this.model;
    const definite = isDefinite(word);
    const preceded = this.model.neighbourCount(next, 'preceded');
    const precededByDefinite = this.model.neighbourCount(next, 'precededByDefinite');
    const pairsFromClass = definite ? data.pairsAfterDefinite : data.totalPairs - data.pairsAfterDefinite;
    return ((definite ? precededByDefinite : preceded - precededByDefinite) + 1) / (pairsFromClass + this.types);
  }
}
