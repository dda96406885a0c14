/**
 * Copy-desk hints, pure TypeScript (no Strapi, no I/O): a frequency model of the newsroom's archive
 * (words and adjacent pairs) and the checks that read a text against it. Hints only: nothing here
 * changes a text.
 */
export type { PairEvidence, TypoEvidence, TypoHint } from './types';
export { FrequencyModel, type FrequencyModelData } from './model';
export { FrequencyCounter, buildFrequencyModel, DEFAULT_PRUNE, type PruneOptions } from './counter';
export { serializeFrequencyModel, deserializeFrequencyModel, FREQUENCY_FORMAT_VERSION } from './serialize';
export { doubledLetterCandidates, type DoubledLetterCandidate } from './candidates';
export { findDoubledLetterTypos, DEFAULT_TYPO_OPTIONS, type TypoOptions } from './typos';
export { arabicWords, type Word } from './words';
