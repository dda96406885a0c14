/** What the copy desk reports: shapes shared by the domain, the admin API and the panel. */

/** Counts for the word and its correction next to one neighbour, e.g. «اللجنة العسكرية» 412, «الجنة العسكرية» 0. */
export interface PairEvidence {
  /** The neighbouring word as written in the text. */
  neighbour: string;
  /** How often the archive has the neighbour next to the word as written (pairs seen less than the model's minimum count as 0). */
  wordPairCount: number;
  /** The same with the suggested correction. */
  suggestionPairCount: number;
}

export interface TypoEvidence {
  /** How often the archive has the word as written, and the correction. */
  wordCount: number;
  suggestionCount: number;
  /** The word before (on its right in Arabic) and after, when they are in the same phrase. */
  before?: PairEvidence;
  after?: PairEvidence;
  /** How many times likelier the correction makes the phrase, by the archive's counts. */
  likelihoodRatio: number;
}

export interface TypoHint {
  /** Found by the archive's context model (typos.ts). */
  source: 'archive';
  /** The word as written, and its UTF-16 offsets in the text checked: `text.slice(start, end) === word`. */
  word: string;
  start: number;
  end: number;
  /** The word with the missing letter doubled back. */
  suggestion: string;
  evidence: TypoEvidence;
  /** 0..1: the probability that this is the typo, after the prior odds against any given word being one. */
  score: number;
}

/** A word that is not in the word list while its doubled-letter spelling is (non-words.ts). */
export interface WordListHint {
  source: 'wordList';
  /** The word as written, and its UTF-16 offsets in the text checked. */
  word: string;
  start: number;
  end: number;
  /** The word with the missing letter doubled back: a word of the list. */
  suggestion: string;
}
