/**
 * Finding words that lost one of two identical letters, by the archive's own counts. A dictionary is
 * not enough: الجنة (paradise) and يعز are words, only wrong where they stand. So each word is weighed
 * against each of its doubled-letter spellings in a small noisy-channel model: how likely the archive
 * finds the phrase (previous word, candidate, next word) against the phrase as written (see
 * language-model.ts), times the prior odds that a given word is such a typo at all.
 * A hint is offered when the candidate wins; the text is never changed.
 */
import { requireString } from '../text/guard';
import { matchKey } from '../text/normalize';
import { DEFAULT_STOPWORDS, isStopword } from '../text/stopwords';
import { doubledLetterCandidates } from './candidates';
import { PhraseModel } from './language-model';
import type { FrequencyModel } from './model';
import type { PairEvidence, TypoHint } from './types';
import { arabicWords, type Word } from './words';

export interface TypoOptions {
  /**
   * Natural log of the prior odds that a word is a dropped-letter typo. The phrase must be this many
   * times likelier with the correction before a hint is given: the lower, the fewer and surer the hints.
   */
  logPriorOdds?: number;
  /** The correction must be seen at least this often in the archive: evidence a person can check. */
  minSuggestionCount?: number;
  /**
   * And at least this often per million words of the archive, so that a large archive asks for more
   * than a handful of sightings (3 per million is 19 in the 6.4-million-word corpus).
   */
  minSuggestionPerMillion?: number;
  /** Words not checked (function words: short, frequent, and never the typo). */
  stopwords?: ReadonlySet<string>;
}

/**
 * Tuned on the ANT corpus with `npm run eval:hints` (10% held out): e^3 is the weakest evidence that
 * still finds every typo the sample story is known to have; stricter priors lose لتعاون first.
 */
export const DEFAULT_TYPO_OPTIONS: Required<TypoOptions> = {
  logPriorOdds: -3,
  minSuggestionCount: 3,
  minSuggestionPerMillion: 3,
  stopwords: DEFAULT_STOPWORDS,
};

function pairEvidence(
  model: FrequencyModel,
  neighbour: Word | undefined,
  word: string,
  suggestion: string,
  neighbourFirst: boolean,
): PairEvidence | undefined {
  if (neighbour === undefined) return undefined;
  const count = (key: string) =>
    neighbourFirst ? model.pairCount(neighbour.key, key) : model.pairCount(key, neighbour.key);
  return { neighbour: neighbour.text, wordPairCount: count(word), suggestionPairCount: count(suggestion) };
}

/** Hints for the words of `text` that look like a doubled letter written once, in text order. */
export function findDoubledLetterTypos(text: string, model: FrequencyModel, options: TypoOptions = {}): TypoHint[] {
  requireString(text, 'findDoubledLetterTypos', 'text');
  const { logPriorOdds, minSuggestionCount, minSuggestionPerMillion, stopwords } = {
    ...DEFAULT_TYPO_OPTIONS,
    ...options,
  };
  const minCount = Math.max(minSuggestionCount, (minSuggestionPerMillion * model.totalWords) / 1e6);
  const phrases = new PhraseModel(model);
  const words = arabicWords(text);
  const hints: TypoHint[] = [];
  words.forEach((word, index) => {
    if (isStopword(matchKey(word.text), word.text, stopwords)) return;
    const before = word.followsPrevious ? words[index - 1] : undefined;
    const after = words[index + 1]?.followsPrevious ? words[index + 1] : undefined;
    let best: { text: string; key: string; logRatio: number } | undefined;
    let asWritten: number | undefined; // computed only when some candidate is frequent enough
    for (const candidate of doubledLetterCandidates(word.text)) {
      if (model.wordCount(candidate.key) < minCount) continue;
      asWritten ??= phrases.phraseLogLikelihood(word.key, before?.key, after?.key);
      const logRatio = phrases.phraseLogLikelihood(candidate.key, before?.key, after?.key) - asWritten;
      if (best === undefined || logRatio > best.logRatio) best = { text: candidate.text, key: candidate.key, logRatio };
    }
    if (best === undefined) return;
    const logOdds = best.logRatio + logPriorOdds;
    if (logOdds <= 0) return;
    hints.push({
      source: 'archive',
      word: word.text,
      start: word.start,
      end: word.end,
      suggestion: best.text,
      evidence: {
        wordCount: model.wordCount(word.key),
        suggestionCount: model.wordCount(best.key),
        before: pairEvidence(model, before, word.key, best.key, true),
        after: pairEvidence(model, after, word.key, best.key, false),
        likelihoodRatio: Math.exp(best.logRatio),
      },
      score: 1 / (1 + Math.exp(-logOdds)),
    });
  });
  return hints;
}
