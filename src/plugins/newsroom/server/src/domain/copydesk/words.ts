/**
 * The words the copy desk counts and checks: Arabic tokens of the text core with their match keys,
 * and whether each one directly follows the previous one. Model building and checking both read
 * text through this one function, so a pair counted in the archive is the same pair looked up in a
 * draft.
 */
import { ARABIC_MARKS, TATWEEL, WORD_INTERNAL_FORMAT, fillRanges } from '../text/chars';
import { clean } from '../text/normalize';
import { tokenize } from '../text/tokenize';

export interface Word {
  /** Exactly `text.slice(start, end)` of the text given. */
  text: string;
  start: number;
  end: number;
  /** The word's spelling (see spellingKey). */
  key: string;
  /**
   * Only horizontal space separates it from the previous word. Punctuation, a line break, a number
   * or a Latin word in between ends a phrase, and a pair across it would be noise, not evidence.
   */
  followsPrevious: boolean;
}

const DROPPED = fillRanges(fillRanges(new Uint8Array(0x10000), ARABIC_MARKS, 1), WORD_INTERNAL_FORMAT, 1);
DROPPED[TATWEEL] = 1;

/**
 * A word as spelled: tashkeel, tatweel and invisible characters removed, presentation forms made
 * plain letters, but hamza forms, ى and ة kept. Not matchKey, which folds them: إلقاء (throwing) and
 * the typo القاء for اللقاء share a match key, and the archive's 250 إلقاء would hide that القاء
 * itself is rare. Counting spellings keeps the writer's own convention apart from the word's.
 */
export function spellingKey(word: string): string {
  const cleaned = clean(word.normalize('NFKC'));
  let key = '';
  let from = 0;
  for (let index = 0; index < cleaned.length; index++) {
    if (DROPPED[cleaned.charCodeAt(index)] === 0) continue;
    key += cleaned.slice(from, index);
    from = index + 1;
  }
  return from === 0 ? cleaned : key + cleaned.slice(from);
}

/** Horizontal whitespace: space, tab, no-break and typographic spaces (not line breaks). */
function isHorizontalSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (from >= to) return false; // two tokens never touch, but a zero gap would not be a word boundary
  for (let index = from; index < to; index++) if (!isHorizontalSpace(text.charCodeAt(index))) return false;
  return true;
}

/** The Arabic words of `text` in order, with offsets into `text` as given. */
export function arabicWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = -1;
  for (const token of tokenize(text)) {
    if (token.kind !== 'arabic') {
      previousEnd = -1; // a number, Latin word or hashtag breaks the phrase
      continue;
    }
    const key = spellingKey(token.text);
    if (key === '') continue;
    const followsPrevious = previousEnd >= 0 && onlySpaceBetween(text, previousEnd, token.start);
    words.push({ text: token.text, start: token.start, end: token.end, key, followsPrevious });
    previousEnd = token.end;
  }
  return words;
}
