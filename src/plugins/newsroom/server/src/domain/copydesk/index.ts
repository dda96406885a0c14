/**
 * Copy-desk hints, pure TypeScript (no Strapi, no I/O): a frequency model of the newsroom's archive
 * (words and adjacent pairs) and the checks that read a text against it. Hints only: nothing here
 * changes a text.
 */
export type { TypoHint, WordListHint } from './types';
export { FrequencyModel } from './model';
export { FrequencyCounter, DEFAULT_PRUNE } from './counter';
export { serializeFrequencyModel, deserializeFrequencyModel } from './serialize';
export { findDoubledLetterTypos, DEFAULT_TYPO_OPTIONS, type TypoOptions } from './typos';
export {
  findNonWordTypos,
  wordListKeys,
  conventionVariants,
  DEFAULT_WORD_LIST_OPTIONS,
  type WordList,
  type WordListOptions,
} from './non-words';
