/**
 * Tokenizer for Arabic newsroom copy: Arabic, Latin and other-script words, numbers, hashtags.
 * Offsets are UTF-16 indexes into the input as given (not into a cleaned copy), so callers can
 * point at evidence in the original text: `input.slice(token.start, token.end) === token.text`.
 *
 * Rules, in the order they matter:
 *  - a word is a run of letters of one script (Arabic, Latin, other) and digits; combining marks,
 *    tashkeel and tatweel continue it (الأمـــن is one token), a change of script ends it
 *    (الـCNN gives الـ and CNN);
 *  - invisible characters that `matchKey` removes (ZWNJ, bidi controls, ...) do not split a word;
 *  - "." "," ٫ ٬ between two digits belong to the number (3.5, ٣٫٥, 1,000);
 *  - an apostrophe between two Latin letters belongs to the word (don't, O'Brien);
 *  - # followed by a letter or digit starts a hashtag, which runs over letters, digits, marks and
 *    inner underscores (#الأمن_القومي);
 *  - everything else separates: whitespace, ، ؛ ؟ and Latin punctuation, quotes, brackets, dashes.
 * One pass, a table lookup per code unit, no regular expressions on the input: linear time.
 */
import { ARABIC_MARKS, BIDI_CONTROLS, INVISIBLE_CHARACTERS, TATWEEL, WORD_INTERNAL_FORMAT, fillRanges } from './chars';
import { requireString } from './guard';

/** "other" is a word in a script that is neither Arabic nor Latin (Cyrillic, Hebrew, CJK, ...). */
export type TokenKind = 'arabic' | 'latin' | 'number' | 'hashtag' | 'mixed' | 'other';

export interface Token {
  /** Exactly `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

const SEPARATOR = 0;
const ARABIC = 1;
const LATIN = 2;
const OTHER = 3;
const DIGIT = 4;
const MARK = 5;
const IGNORABLE = 6;
const NUMBER_SEPARATOR = 7;
const APOSTROPHE = 8;
const HASH = 9;
const UNDERSCORE = 10;
const HIGH_SURROGATE = 11;
const LOW_SURROGATE = 12;
/** Set on a class returned by `classAt` when the character is a surrogate pair (two code units). */
const PAIR = 16;

const LETTER = /\p{L}/u;
const COMBINING_MARK = /\p{M}/u;
const NUMERAL = /\p{N}/u;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const LATIN_SCRIPT = /\p{Script=Latin}/u;

function classify(char: string): number {
  if (LETTER.test(char)) return ARABIC_SCRIPT.test(char) ? ARABIC : LATIN_SCRIPT.test(char) ? LATIN : OTHER;
  if (COMBINING_MARK.test(char)) return MARK;
  if (NUMERAL.test(char)) return OTHER;
  return SEPARATOR;
}

function buildClasses(): Uint8Array {
  const classes = new Uint8Array(0x10000);
  for (let code = 0; code < 0xd800; code++) classes[code] = classify(String.fromCharCode(code));
  for (let code = 0xe000; code < 0x10000; code++) classes[code] = classify(String.fromCharCode(code));
  classes.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  classes.fill(LOW_SURROGATE, 0xdc00, 0xe000);
  for (let digit = 0; digit < 10; digit++) {
    classes[0x30 + digit] = DIGIT;
    classes[0x0660 + digit] = DIGIT;
    classes[0x06f0 + digit] = DIGIT;
  }
  fillRanges(classes, ARABIC_MARKS, MARK);
  classes[TATWEEL] = MARK;
  // What matchKey deletes must not split a word here, or tokens of x and of matchKey(x) would differ.
  // C0/C1 controls too, except the whitespace among them.
  fillRanges(
    classes,
    [
      [0x00, 0x08],
      [0x0e, 0x1f],
      [0x7f, 0x84],
      [0x86, 0x9f],
    ],
    IGNORABLE,
  );
  fillRanges(classes, BIDI_CONTROLS, IGNORABLE);
  fillRanges(classes, INVISIBLE_CHARACTERS, IGNORABLE);
  fillRanges(classes, WORD_INTERNAL_FORMAT, IGNORABLE);
  for (const separator of ['.', ',', '\u066b', '\u066c']) classes[separator.charCodeAt(0)] = NUMBER_SEPARATOR;
  classes["'".charCodeAt(0)] = APOSTROPHE;
  classes[0x2019] = APOSTROPHE; // right single quotation mark, the typographic apostrophe
  classes['#'.charCodeAt(0)] = HASH;
  classes['_'.charCodeAt(0)] = UNDERSCORE;
  return classes;
}

const CLASSES = buildClasses();
const astralClasses = new Map<number, number>();

function astralClass(high: number, low: number): number {
  // U+1F000–U+1FFFF is emoji and pictographs: no letters, the common case, no lookup.
  if (high >= 0xd83c && high <= 0xd83f) return SEPARATOR;
  const codePoint = ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  let cls = astralClasses.get(codePoint);
  if (cls === undefined) {
    cls = classify(String.fromCharCode(high, low));
    astralClasses.set(codePoint, cls);
  }
  return cls;
}

/** Class of the character at `index`, with PAIR set when it takes two code units. */
function classAt(text: string, index: number, limit: number): number {
  const code = text.charCodeAt(index);
  const cls = CLASSES[code];
  if (cls < HIGH_SURROGATE) return cls;
  if (cls === LOW_SURROGATE || index + 1 >= limit) return SEPARATOR; // lone surrogate
  const low = text.charCodeAt(index + 1);
  // Inline surrogate test: an imported helper would be a getter call per character under esbuild.
  return (low & 0xfc00) === 0xdc00 ? astralClass(code, low) | PAIR : SEPARATOR;
}

function startsWord(cls: number): boolean {
  return cls >= ARABIC && cls <= DIGIT;
}

function continuesWord(cls: number): boolean {
  return cls >= ARABIC && cls <= MARK;
}

/** Index of the first character at or after `index` that is not ignorable (or `limit`). */
function skipIgnorables(text: string, index: number, limit: number): number {
  while (index < limit && classAt(text, index, limit) === IGNORABLE) index++;
  return index;
}

/** Mutable result slot of `nextToken`, reused across calls to avoid an allocation per token. */
export interface TokenSpan {
  start: number;
  end: number;
  kind: TokenKind;
}

function scanWord(text: string, start: number, limit: number, span: TokenSpan): void {
  let script = SEPARATOR;
  let hasDigit = false;
  let previous = SEPARATOR; // class of the previous letter or digit
  let index = start;
  let end = start;
  while (index < limit) {
    const encoded = classAt(text, index, limit);
    const cls = encoded & ~PAIR;
    if (cls === ARABIC || cls === LATIN || cls === OTHER) {
      if (script === SEPARATOR) script = cls;
      else if (script !== cls) break;
    } else if (cls === DIGIT) {
      hasDigit = true;
    } else if (cls === IGNORABLE) {
      const next = skipIgnorables(text, index, limit);
      if (next >= limit || !continuesWord(classAt(text, next, limit) & ~PAIR)) break;
      index = next;
      continue;
    } else if (cls === NUMBER_SEPARATOR || cls === APOSTROPHE) {
      const joins = cls === NUMBER_SEPARATOR ? DIGIT : LATIN;
      if (previous !== joins || index + 1 >= limit || classAt(text, index + 1, limit) !== joins) break;
    } else if (cls !== MARK) {
      break;
    }
    if (cls !== MARK) previous = cls;
    index += encoded & PAIR ? 2 : 1;
    if (cls !== NUMBER_SEPARATOR && cls !== APOSTROPHE) end = index;
  }
  span.start = start;
  span.end = end;
  span.kind =
    script === SEPARATOR
      ? 'number'
      : hasDigit
        ? 'mixed'
        : script === ARABIC
          ? 'arabic'
          : script === LATIN
            ? 'latin'
            : 'other';
}

function scanHashtag(text: string, start: number, limit: number, span: TokenSpan): void {
  let index = start + 1;
  let end = index;
  while (index < limit) {
    const encoded = classAt(text, index, limit);
    const cls = encoded & ~PAIR;
    if (continuesWord(cls)) {
      index += encoded & PAIR ? 2 : 1;
      end = index;
      continue;
    }
    if (cls !== UNDERSCORE && cls !== IGNORABLE) break;
    // Inner underscores and invisibles join hashtag words; trailing ones are not part of it.
    let next = index + 1;
    while (next < limit && (classAt(text, next, limit) === UNDERSCORE || classAt(text, next, limit) === IGNORABLE))
      next++;
    if (next >= limit || !startsWord(classAt(text, next, limit) & ~PAIR)) break;
    index = next;
  }
  span.start = start;
  span.end = end;
  span.kind = 'hashtag';
}

/**
 * Finds the first token in `text[from, limit)` and writes it to `span`; false when there is none.
 * With `hashtags` false, # and _ are plain separators (used to split a hashtag into its words).
 */
export function nextToken(text: string, from: number, limit: number, span: TokenSpan, hashtags: boolean): boolean {
  let index = from;
  while (index < limit) {
    const encoded = classAt(text, index, limit);
    const cls = encoded & ~PAIR;
    if (startsWord(cls)) {
      scanWord(text, index, limit, span);
      return true;
    }
    if (cls === HASH && hashtags && index + 1 < limit && startsWord(classAt(text, index + 1, limit) & ~PAIR)) {
      scanHashtag(text, index, limit, span);
      return true;
    }
    index += encoded & PAIR ? 2 : 1;
  }
  return false;
}

/** Tokens of `text`, each with its kind and its offsets in `text`. */
export function tokenize(text: string): Token[] {
  if (typeof text !== 'string') requireString(text, 'tokenize', 'text');
  const tokens: Token[] = [];
  const span: TokenSpan = { start: 0, end: 0, kind: 'number' };
  const limit = text.length;
  let from = 0;
  while (nextToken(text, from, limit, span, true)) {
    tokens.push({ text: text.slice(span.start, span.end), start: span.start, end: span.end, kind: span.kind });
    from = span.end;
  }
  return tokens;
}

/** Just the token strings of `text`, same tokens as `tokenize`: the fast path for bulk work. */
export function tokenTexts(text: string): string[] {
  if (typeof text !== 'string') requireString(text, 'tokenTexts', 'text');
  const texts: string[] = [];
  const span: TokenSpan = { start: 0, end: 0, kind: 'number' };
  const limit = text.length;
  let from = 0;
  while (nextToken(text, from, limit, span, true)) {
    texts.push(text.slice(span.start, span.end));
    from = span.end;
  }
  return texts;
}
