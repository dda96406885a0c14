/**
 * The word-list check: a word that is not in the list, whose doubled-letter spelling is, lost one of
 * its two letters (القاء → اللقاء, المؤسات → المؤسسات, الدولين → الدوليين). It needs no archive, so it
 * works on a fresh install; it cannot see a typo that makes another real word (الجنة for اللجنة, يعز for
 * يعزز: both words), which is what the archive's context model is for (typos.ts).
 *
 * A word counts as known, and is never flagged, when the list has it as written or under a spelling
 * convention that is not a dropped letter: final ه for ة and ى for ي (and back), a bare alef for a hamza
 * one at the start or after a proclitic. With `clitics`, also when the list has its stem (the plugin's
 * Lucene-style stem: و ف ب ك ل ال and common suffixes off), for lists of lemmas; Ayaspell's list carries
 * the clitic forms itself, so it is off by default (see DEFAULT_WORD_LIST_OPTIONS).
 */
import { requireString } from '../text/guard';
import { matchKey } from '../text/normalize';
import { stem } from '../text/stem';
import { DEFAULT_STOPWORDS, isStopword } from '../text/stopwords';
import { doubledLetterCandidates } from './candidates';
import type { WordListHint } from './types';
import { arabicWords } from './words';

/** A set of spelling keys (see words.ts): the word list, or the part of it a batch lookup returned. */
export interface WordList {
  has(key: string): boolean;
}

export interface WordListOptions {
  /** Count a word as known when the list has its stem (for lists of lemmas). */
  clitics?: boolean;
  /** Words not checked: function words. */
  stopwords?: ReadonlySet<string>;
  /** Shorter words are not checked: two-letter words are particles, and doubling one is rarely a word. */
  minLetters?: number;
  /**
   * How often the archive has a spelling (when a model is built), to rank several corrections and to keep
   * words the newsroom itself writes (a name the list lacks) from being flagged.
   */
  archiveCount?: (key: string) => number;
  /** A word the archive has at least this often, and at least as often as its correction, is not flagged. */
  archiveKeeps?: number;
}

/**
 * Measured with `npm run eval:hints`: stripping clitics loses القاء (قاء is a word) and the other
 * ال-typos, for no fewer false flags, so it stays off for Ayaspell's list of forms.
 */
export const DEFAULT_WORD_LIST_OPTIONS: Required<Omit<WordListOptions, 'archiveCount'>> = {
  clitics: false,
  stopwords: DEFAULT_STOPWORDS,
  minLetters: 3,
  archiveKeeps: 3,
};

const ALEF = 'ا';
const HAMZA_ALEFS = ['أ', 'إ', 'آ'];
/** Proclitics a hamza-initial word may carry before its alef. */
const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'وب', 'ول', 'فب', 'فل'];
const FINAL_SWAPS: Record<string, string> = { ه: 'ة', ة: 'ه', ي: 'ى', ى: 'ي' };

/** Spellings of `key` that differ only by a convention, not by a letter: the word is known under any of them. */
export function conventionVariants(key: string): string[] {
  const variants: string[] = [];
  const last = key[key.length - 1];
  const swapped = FINAL_SWAPS[last] === undefined ? undefined : key.slice(0, -1) + FINAL_SWAPS[last];
  for (const base of swapped === undefined ? [key] : [key, swapped]) {
    if (base !== key) variants.push(base);
    for (const prefix of PROCLITICS) {
      if (base.length <= prefix.length + 2 || !base.startsWith(prefix) || base[prefix.length] !== ALEF) continue;
      // An ال there is the article, not إل… without its hamza: (و)القاء is (و)اللقاء missing a lam far more
      // often than (و)إلقاء missing its hamza, and the word list cannot tell which the writer meant.
      if (base.startsWith('ال', prefix.length)) continue;
      for (const hamza of HAMZA_ALEFS) variants.push(prefix + hamza + base.slice(prefix.length + 1));
    }
  }
  return variants;
}

function isKnown(key: string, list: WordList, clitics: boolean): boolean {
  if (list.has(key)) return true;
  if (conventionVariants(key).some((variant) => list.has(variant))) return true;
  if (!clitics) return false;
  const stemmed = stem(key);
  return stemmed !== key && stemmed.length >= 3 && list.has(stemmed);
}

/** Hints for the words of `text` that are not words but would be with a letter doubled, in text order. */
export function findNonWordTypos(text: string, list: WordList, options: WordListOptions = {}): WordListHint[] {
  requireString(text, 'findNonWordTypos', 'text');
  const { clitics, stopwords, minLetters, archiveKeeps } = { ...DEFAULT_WORD_LIST_OPTIONS, ...options };
  const archiveCount = options.archiveCount;
  const hints: WordListHint[] = [];
  for (const word of arabicWords(text)) {
    if (word.key.length < minLetters || isStopword(matchKey(word.text), word.text, stopwords)) continue;
    if (isKnown(word.key, list, clitics)) continue;
    const words = doubledLetterCandidates(word.text).filter((candidate) => list.has(candidate.key));
    if (words.length === 0) continue;
    const count = archiveCount ?? (() => 0);
    const best = words.reduce((chosen, candidate) => (count(candidate.key) > count(chosen.key) ? candidate : chosen));
    const written = count(word.key);
    if (written >= archiveKeeps && written >= count(best.key)) continue; // the newsroom writes it so
    hints.push({ source: 'wordList', word: word.text, start: word.start, end: word.end, suggestion: best.text });
  }
  return hints;
}

/**
 * Every key `findNonWordTypos` may look up for `text`: a list that knows nothing makes it ask for all of
 * them. A word list kept elsewhere (a worker thread) answers these in one batch, and the check then runs
 * on the answer.
 */
export function wordListKeys(text: string, options: WordListOptions = {}): string[] {
  const asked = new Set<string>();
  findNonWordTypos(text, { has: (key) => (asked.add(key), false) }, options);
  return [...asked];
}
