import slugify from 'slugify';
import { clean } from '../text/normalize';

/**
 * URL slugs for articles.
 *
 * Two modes:
 * - `arabic`: the slug keeps Arabic letters as written (أ, ة, ى stay), which is what
 *   Al Arabiya, France 24 and Sky News Arabia do: the address bar then reads as Arabic.
 * - `latin`: transliteration through `slugify` (chosen per site, and always used for `en`).
 *
 * Every slug produced here matches {@link SLUG_REGEX_SOURCE}; Strapi compiles a uid field's
 * `regex` with `new RegExp(source)` and no flags, so that source only uses BMP `\uXXXX`
 * ranges (no `u` flag needed).
 */

export type SlugMode = 'arabic' | 'latin';

export interface SlugOptions {
  /** Explicit mode; wins over `locale`. */
  mode?: SlugMode;
  /** Content locale; `ar*` (or none) means `arabic`, anything else `latin`. */
  locale?: string;
  /** Budget in percent-encoded bytes (what travels on the wire); see {@link encodedLength}. */
  maxBytes?: number;
  /** Returned when nothing usable remains; must itself be a valid slug within the budget. */
  fallback?: string;
}

export interface UniqueSlugOptions {
  maxBytes?: number;
  /** Stop after this many candidates; protects against an `isTaken` that always says yes. */
  maxAttempts?: number;
}

/** 240 leaves room under the common 255-byte limits for a path segment and a `-NN` suffix. */
export const DEFAULT_SLUG_MAX_BYTES = 240;
/** Below this a suffix such as `-999` plus a couple of Arabic letters would not fit. */
export const MIN_SLUG_MAX_BYTES = 16;
export const DEFAULT_SLUG_FALLBACK = 'untitled';
const DEFAULT_MAX_ATTEMPTS = 1000;

/**
 * Arabic letters a slug may keep, as code-unit ranges (all BMP, so valid without the `u` flag):
 * U+0620–063F and U+0641–064A (core letters, tatweel U+0640 excluded), U+066E–066F (dotless
 * beh/qaf), U+0671–06D3 and U+06D5 (Persian, Urdu, Kurdish… letters), U+06EE–06EF, U+06FA–06FC,
 * U+06FF, U+0750–077F (Arabic Supplement letters). Tashkeel, digits and punctuation are not in it.
 */
const ARABIC_SLUG_LETTERS =
  '\\u0620-\\u063F\\u0641-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF\\u0750-\\u077F';
const SLUG_WORD_CLASS = `[a-z0-9${ARABIC_SLUG_LETTERS}]`;

/** Words of lowercase Latin, ASCII digits or Arabic letters, joined by single hyphens. */
export const SLUG_REGEX_SOURCE = `^${SLUG_WORD_CLASS}+(?:-${SLUG_WORD_CLASS}+)*$`;
const SLUG_REGEX = new RegExp(SLUG_REGEX_SOURCE);
const ARABIC_SLUG_LETTER = new RegExp(`^[${ARABIC_SLUG_LETTERS}]$`);

/** Tashkeel U+064B–065F, superscript (dagger) alef U+0670, tatweel U+0640. */
const TASHKEEL_AND_TATWEEL = /[\u064B-\u065F\u0670\u0640]/g;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

export function isValidSlug(candidate: string): boolean {
  return SLUG_REGEX.test(candidate);
}

export function resolveSlugMode(options: Pick<SlugOptions, 'mode' | 'locale'> = {}): SlugMode {
  if (options.mode) return options.mode;
  if (options.locale === undefined || /^ar(?:$|[-_])/i.test(options.locale)) return 'arabic';
  return 'latin';
}

export function makeSlug(input: string, options: SlugOptions = {}): string {
  if (typeof input !== 'string') {
    throw new TypeError(`makeSlug: input must be a string, got ${input === null ? 'null' : typeof input}`);
  }
  const maxBytes = checkedMaxBytes(options.maxBytes ?? DEFAULT_SLUG_MAX_BYTES, 'makeSlug');
  const fallback = checkedFallback(options.fallback ?? DEFAULT_SLUG_FALLBACK, maxBytes);
  const prepared = prepareText(input);
  const words = resolveSlugMode(options) === 'latin' ? latinWords(prepared) : arabicWords(prepared);
  const slug = truncateSlug(words.join('-'), maxBytes);
  return slug === '' ? fallback : slug;
}

/**
 * `base`, then `base-2`, `base-3`… until `isTaken` says no. The base is shortened (at a hyphen
 * when possible) so that base plus suffix stays within the byte budget.
 */
export async function uniqueSlug(
  base: string,
  isTaken: (candidate: string) => boolean | Promise<boolean>,
  options: UniqueSlugOptions = {},
): Promise<string> {
  if (!isValidSlug(base)) {
    throw new RangeError(`uniqueSlug: base is not a valid slug: ${JSON.stringify(base)}`);
  }
  const maxBytes = checkedMaxBytes(options.maxBytes ?? DEFAULT_SLUG_MAX_BYTES, 'uniqueSlug');
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const first = truncateSlug(base, maxBytes);
  if (!(await isTaken(first))) return first;
  for (let suffixNumber = 2; suffixNumber <= maxAttempts; suffixNumber += 1) {
    const suffix = `-${suffixNumber}`;
    const shortenedBase = truncateSlug(base, maxBytes - suffix.length);
    if (shortenedBase === '') break;
    const candidate = `${shortenedBase}${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new Error(`uniqueSlug: no free slug for ${JSON.stringify(base)} after ${maxAttempts} attempts`);
}

/**
 * Length of the slug once percent-encoded, i.e. on the wire: ASCII counts 1, every other
 * UTF-8 byte 3 (`%D8`), so an Arabic letter (2 bytes) counts 6.
 */
export function encodedLength(text: string): number {
  let total = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint < 0x80) total += 1;
    else if (codePoint < 0x800) total += 6;
    else if (codePoint < 0x10000) total += 9;
    else total += 12;
  }
  return total;
}

/**
 * Cuts a slug to `maxBytes` at the last whole word that fits; if even the first word is too
 * long, cuts inside it at a code-point boundary. Never leaves a trailing hyphen.
 */
export function truncateSlug(slug: string, maxBytes: number): string {
  if (encodedLength(slug) <= maxBytes) return slug;
  const words = slug.split('-').filter((word) => word !== '');
  let result = '';
  let used = 0;
  for (const word of words) {
    const cost = encodedLength(word) + (result === '' ? 0 : 1);
    if (used + cost > maxBytes) break;
    result = result === '' ? word : `${result}-${word}`;
    used += cost;
  }
  if (result !== '' || words.length === 0) return result;
  let cut = '';
  used = 0;
  for (const character of words[0]) {
    const cost = encodedLength(character);
    if (used + cost > maxBytes) break;
    cut += character;
    used += cost;
  }
  return cut;
}

/** Shared by both modes: canonical text, no tashkeel or tatweel, ASCII digits. */
function prepareText(input: string): string {
  // NFKC folds presentation forms (ﻻ → لا) and full-width Latin before letters are classified.
  return clean(input).normalize('NFKC').replace(TASHKEEL_AND_TATWEEL, '').replace(ARABIC_INDIC_DIGIT, toAsciiDigit);
}

function toAsciiDigit(digit: string): string {
  const codePoint = digit.charCodeAt(0);
  return String(codePoint - (codePoint >= 0x06f0 ? 0x06f0 : 0x0660));
}

function latinWords(text: string): string[] {
  return slugify(text, { lower: true, strict: true })
    .replace(/[^a-z0-9-]/g, '')
    .split('-')
    .filter((word) => word !== '');
}

/**
 * Words are split at anything that is not a letter, mark or number, so all punctuation
 * (، ؛ ؟ « » and Latin) and symbols separate words instead of becoming text. Doing this before
 * `slugify` also stops it from spelling `%` as "percent" or `&` as "and" inside an Arabic slug.
 * Inside a word, Arabic letters are kept and the other runs go through `slugify`.
 */
function arabicWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let otherRun = '';
  const flushOtherRun = (): void => {
    if (otherRun === '') return;
    word += slugify(otherRun, { lower: true, strict: true }).replace(/[^a-z0-9]/g, '');
    otherRun = '';
  };
  const flushWord = (): void => {
    flushOtherRun();
    if (word !== '') words.push(word);
    word = '';
  };
  for (const character of text) {
    if (ARABIC_SLUG_LETTER.test(character)) {
      flushOtherRun();
      word += character;
    } else if (WORD_CHARACTER.test(character)) {
      otherRun += character;
    } else {
      flushWord();
    }
  }
  flushWord();
  return words;
}

function checkedMaxBytes(maxBytes: number, caller: string): number {
  if (!Number.isInteger(maxBytes) || maxBytes < MIN_SLUG_MAX_BYTES) {
    throw new RangeError(`${caller}: maxBytes must be an integer >= ${MIN_SLUG_MAX_BYTES}, received ${maxBytes}`);
  }
  return maxBytes;
}

function checkedFallback(fallback: string, maxBytes: number): string {
  if (!isValidSlug(fallback) || encodedLength(fallback) > maxBytes) {
    throw new RangeError(`makeSlug: fallback must be a valid slug within maxBytes: ${JSON.stringify(fallback)}`);
  }
  return fallback;
}
