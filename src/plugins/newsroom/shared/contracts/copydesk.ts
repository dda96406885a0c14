/** Copy-desk hints, as the admin API and the edit view's panel exchange them. Hints only: nothing is applied. */

export type CopyDeskField = 'title' | 'standfirst' | 'body';

/** POST /newsroom/copydesk/check: text not saved yet. */
export interface CheckRequest {
  title?: string;
  standfirst?: string;
  /** Plain text, or Strapi blocks. */
  body?: string | unknown[];
}

/** Counts for the word and its correction next to one neighbour, e.g. «اللجنة العسكرية» 412, «الجنة العسكرية» 0. */
export interface PairEvidence {
  neighbour: string;
  wordPairCount: number;
  suggestionPairCount: number;
}

export interface CopyDeskHint {
  field: CopyDeskField;
  /**
   * `wordList`: the word is not in the Arabic word list and its doubled-letter spelling is (works from the
   * first boot). `archive`: the archive's context model finds the correction far likelier there (it also
   * finds typos that are real words, like الجنة for اللجنة), with its counts in `evidence`.
   */
  source: 'wordList' | 'archive';
  /** The word as written; start and end are UTF-16 offsets in that field's plain text. */
  word: string;
  start: number;
  end: number;
  suggestion: string;
  /** The archive's counts; only for `archive` hints. */
  evidence?: {
    wordCount: number;
    suggestionCount: number;
    /** The neighbour before the word (on its right in Arabic) and after it, when in the same phrase. */
    before?: PairEvidence;
    after?: PairEvidence;
    likelihoodRatio: number;
  };
  /** 0..1, for `archive` hints. */
  score?: number;
  /** A few words either side, for showing the hint in place. */
  context: { before: string; after: string };
}

/**
 * What the desk can find now:
 * - `wordList`: no context model yet (being built, or no published Arabic text): non-word typos only;
 * - `learning`: a context model of fewer than `readyWords` words: it finds real-word typos only where its
 *   few counts are clear, and says nothing for the rest;
 * - `ready`: the context model has read at least `readyWords` words.
 */
export type CopyDeskState = 'wordList' | 'learning' | 'ready';

export interface CopyDeskStatus {
  state: CopyDeskState;
  /** Words of text the context model has read (0 before the first build). */
  learnedWords: number;
  /** Words it needs to be `ready`. */
  readyWords: number;
  /** A context model is being built now (in the background). */
  building: boolean;
  /** The word list is loaded; false while it loads at boot or if it failed. */
  wordListLoaded: boolean;
}

export interface CopyDeskModelInfo {
  /** Texts the model counted: published articles (and corpus articles when seeded). */
  documents: number;
  totalWords: number;
  words: number;
  pairs: number;
  /** ISO time the model was built. */
  builtAt: string;
  seededFromCorpus: boolean;
}

export interface HintsResponse {
  data: CopyDeskHint[];
  /** `model` is null until the first context model is built. */
  meta: { status: CopyDeskStatus; model: CopyDeskModelInfo | null };
}
