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
  /** The word as written; start and end are UTF-16 offsets in that field's plain text. */
  word: string;
  start: number;
  end: number;
  suggestion: string;
  evidence: {
    wordCount: number;
    suggestionCount: number;
    /** The neighbour before the word (on its right in Arabic) and after it, when in the same phrase. */
    before?: PairEvidence;
    after?: PairEvidence;
    likelihoodRatio: number;
  };
  /** 0..1. */
  score: number;
  /** A few words either side, for showing the hint in place. */
  context: { before: string; after: string };
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
  meta: { model: CopyDeskModelInfo };
}
