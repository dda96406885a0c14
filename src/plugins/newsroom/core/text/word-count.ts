/**
 * Word count and reading time for Arabic and Latin text, and plain text from Strapi 5 "blocks".
 *
 * A word is a run of letters, marks and digits. Tashkeel (marks) and tatweel sit inside words and
 * never split them; format characters (ZWNJ, ZWJ, bidi marks, soft hyphen) are invisible and do
 * not split either. Clitics written attached (وقال، بالعراق، لهم) are one word, as they are one
 * orthographic word. Apostrophes, hyphens, underscores, dots and slashes between two word
 * characters join ("COVID-19", "U.S", "24/7"); commas and colons join between digits only
 * ("1,000", "10:30"), so "كلمة،كلمة" is still two words.
 */

/**
 * Adult reading aloud in Arabic was measured at 138 ± 20 words/min with the IReST texts, the
 * slowest of 17 languages (Trauzettel-Klosinski & Dietz 2012, IOVS 53(9):5452). Silent reading
 * is about 1.3× faster than reading aloud (English: 238 vs 183 words/min, Brysbaert 2019,
 * J. Memory and Language 109:104047), which puts Arabic silent reading near 180. We take the top
 * of the 138–180 range: news is read silently, and Arabic words are fewer per idea (attached
 * clitics) so a lower rate would overstate the time.
 */
export const ARABIC_WORDS_PER_MINUTE = 180;
/** Brysbaert 2019: 238 words/min for silent reading of English non-fiction; rounded down for screens. */
export const ENGLISH_WORDS_PER_MINUTE = 230;

export interface ReadingTimeOptions {
  /** Overrides the language default. */
  wordsPerMinute?: number;
  /** `en*` uses the English rate; anything else (Arabic-first site) the Arabic rate. */
  language?: string;
}

const TATWEEL = 0x0640;
const JOINERS_BETWEEN_WORD_CHARACTERS = new Set(["'", '’', '-', '\u2011', '_', '.', '/']);
const JOINERS_BETWEEN_DIGITS = new Set([',', ':', '\u066B', '\u066C']);

type CharacterKind = 'letter' | 'digit' | 'mark' | 'format' | 'other';

export function countWords(text: string): number {
  if (typeof text !== 'string') {
    throw new TypeError(`countWords: text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  let words = 0;
  let inWord = false;
  let wordHasContent = false; // marks or tatweel alone ("ـــ" as a rule line) are not words
  let pendingJoiner: string | null = null;
  let previousKind: CharacterKind = 'other';
  for (const character of text) {
    const kind = kindOf(character);
    if (kind === 'format') continue;
    if (kind === 'letter' || kind === 'digit' || kind === 'mark') {
      const continuesWord = inWord && (pendingJoiner === null || joins(pendingJoiner, previousKind, kind));
      if (!continuesWord) {
        if (inWord && wordHasContent) words += 1;
        inWord = true;
        wordHasContent = false;
      }
      wordHasContent ||= kind === 'digit' || (kind === 'letter' && character.charCodeAt(0) !== TATWEEL);
      pendingJoiner = null;
      previousKind = kind;
    } else if (
      inWord &&
      pendingJoiner === null &&
      (JOINERS_BETWEEN_WORD_CHARACTERS.has(character) || JOINERS_BETWEEN_DIGITS.has(character))
    ) {
      pendingJoiner = character;
    } else {
      if (inWord && wordHasContent) words += 1;
      inWord = false;
      pendingJoiner = null;
    }
  }
  if (inWord && wordHasContent) words += 1;
  return words;
}

function joins(joiner: string, before: CharacterKind, after: CharacterKind): boolean {
  if (JOINERS_BETWEEN_WORD_CHARACTERS.has(joiner)) return after !== 'mark';
  return before === 'digit' && after === 'digit';
}

function kindOf(character: string): CharacterKind {
  const code = character.charCodeAt(0);
  if (code < 0x80) {
    if (code >= 0x30 && code <= 0x39) return 'digit';
    return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 'letter' : 'other';
  }
  if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3)) return 'letter';
  if ((code >= 0x064b && code <= 0x065f) || code === 0x0670) return 'mark';
  if (/\p{Nd}/u.test(character)) return 'digit';
  if (/\p{L}|\p{N}/u.test(character)) return 'letter';
  if (/\p{M}/u.test(character)) return 'mark';
  return /\p{Cf}/u.test(character) ? 'format' : 'other';
}

/** Whole minutes, rounded up; at least 1 for any non-empty text, 0 for none. */
export function readingTimeMinutes(words: number, options: ReadingTimeOptions = {}): number {
  if (!Number.isInteger(words) || words < 0) {
    throw new RangeError(`readingTimeMinutes: words must be a non-negative integer, got ${words}`);
  }
  const wordsPerMinute = options.wordsPerMinute ?? defaultWordsPerMinute(options.language);
  if (!Number.isFinite(wordsPerMinute) || wordsPerMinute <= 0) {
    throw new RangeError(`readingTimeMinutes: wordsPerMinute must be a positive number, got ${wordsPerMinute}`);
  }
  if (words === 0) return 0;
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

function defaultWordsPerMinute(language: string | undefined): number {
  return language !== undefined && /^en(?:$|[-_])/i.test(language) ? ENGLISH_WORDS_PER_MINUTE : ARABIC_WORDS_PER_MINUTE;
}

/** The subset of a Strapi 5 blocks node that plain text needs (no Strapi import on purpose). */
export interface Block {
  type: string;
  children?: readonly Block[];
  text?: string;
  level?: number;
  format?: string;
  url?: string;
}

const INLINE_TYPES = new Set(['text', 'link']);
/** Images carry no running text (their alt text is metadata, not read as part of the article). */
const SKIPPED_TYPES = new Set(['image']);

/**
 * Blocks to plain text: inline text is concatenated, every block (paragraph, heading, quote,
 * list item, code…) ends a line. Walks with an explicit stack so that deeply nested JSON cannot
 * overflow the call stack; unknown or malformed nodes are skipped, not fatal.
 */
export function plainTextFromBlocks(blocks: readonly Block[] | null | undefined): string {
  if (blocks === null || blocks === undefined) return '';
  if (!Array.isArray(blocks)) {
    throw new TypeError(`plainTextFromBlocks: blocks must be an array, got ${typeof blocks}`);
  }
  const lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    const trimmed = line.trim();
    if (trimmed !== '') lines.push(trimmed);
    line = '';
  };
  type StackEntry = { node: unknown } | { endOfBlock: true };
  const stack: StackEntry[] = [...blocks].reverse().map((node) => ({ node }));
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if ('endOfBlock' in entry) {
      endLine();
      continue;
    }
    const node = entry.node;
    if (typeof node !== 'object' || node === null) continue;
    const { type, text, children } = node as Partial<Record<keyof Block, unknown>>;
    if (typeof type === 'string' && SKIPPED_TYPES.has(type)) continue;
    if (typeof text === 'string') line += text;
    const isBlock = typeof type !== 'string' || !INLINE_TYPES.has(type);
    if (isBlock) {
      endLine();
      stack.push({ endOfBlock: true });
    }
    if (Array.isArray(children)) {
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push({ node: children[index] });
    }
  }
  endLine();
  return lines.join('\n');
}

/** An article's title, standfirst and body (a string, or blocks) as the plain text the tagger and copy desk read. */
export const articlePlainText = (article: {
  title?: string | null;
  standfirst?: string | null;
  body?: unknown;
}): { title: string; standfirst: string; body: string } => ({
  title: article.title ?? '',
  standfirst: article.standfirst ?? '',
  body:
    typeof article.body === 'string'
      ? article.body
      : plainTextFromBlocks(Array.isArray(article.body) ? (article.body as Block[]) : []),
});
