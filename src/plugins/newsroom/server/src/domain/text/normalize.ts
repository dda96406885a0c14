/**
 * The two normalization layers for Arabic newsroom copy.
 *
 *  - `clean(text)`: what is stored and shown. NFC, no bidi controls or stray control characters,
 *    odd spaces made plain, whitespace tidied; tashkeel, tatweel and digits stay as written.
 *  - `matchKey(text)`: what is compared. Everything `clean` does, then the spelling variation that
 *    does not change a word is folded away (see `buildKeyActions`), on a single line.
 *
 * Both run one table-driven pass over UTF-16 code units (no regular expressions on the input, so
 * time is linear in the length whatever the input) plus one call to the engine's normalizer.
 */
import {
  ALEF,
  ALEF_MAKSURA,
  ALEF_VARIANTS,
  ARABIC_DECIMAL_SEPARATOR,
  ARABIC_INDIC_ZERO,
  ARABIC_MARKS,
  ARABIC_PERCENT_SIGN,
  ARABIC_THOUSANDS_SEPARATOR,
  BIDI_CONTROLS,
  CARRIAGE_RETURN,
  CONTROL_CHARACTERS,
  EASTERN_ARABIC_INDIC_ZERO,
  FARSI_YEH,
  HEH,
  INVISIBLE_CHARACTERS,
  KAF,
  KEHEH,
  LINE_FEED,
  ODD_SPACES,
  OTHER_LINE_BREAKS,
  REPLACEMENT_CHARACTER,
  SPACE,
  TATWEEL,
  TEH_MARBUTA,
  WORD_INTERNAL_FORMAT,
  YEH,
  fillRanges,
} from './chars';
import { requireString } from './guard';
import { unitsToString } from './units';

// Actions: a value >= 0 is the code unit to emit; negative values are what to do instead.
const DROP = -1;
const BLANK = -2; // horizontal whitespace: collapsed into one space between words
const BREAK = -3; // line break
const CR = -4; // line break that also swallows a following LF
const HIGH_SURROGATE = -5;
const LOW_SURROGATE = -6; // reached only when lone
/** DROP for a character matchKey should have removed before normalizing (see buildPreKeyActions). */
const DROP_EARLY = -7;
/**
 * Flag on an emitted code unit that can combine with or reorder against the character before it
 * (combining marks, Hangul jamo). If one follows a dropped or replaced character, the result may
 * no longer be normalized, and the key is normalized again (see `matchKey`).
 */
const COMBINING = 0x10000;

function buildCleanActions(): Int32Array {
  const actions = new Int32Array(0x10000);
  for (let code = 0; code < actions.length; code++) actions[code] = code;
  fillRanges(actions, CONTROL_CHARACTERS, DROP);
  fillRanges(actions, BIDI_CONTROLS, DROP);
  fillRanges(actions, INVISIBLE_CHARACTERS, DROP);
  fillRanges(actions, ODD_SPACES, BLANK);
  actions[SPACE] = BLANK;
  actions[LINE_FEED] = BREAK;
  fillRanges(actions, OTHER_LINE_BREAKS, BREAK);
  actions[CARRIAGE_RETURN] = CR;
  actions.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  actions.fill(LOW_SURROGATE, 0xdc00, 0xe000);
  return actions;
}

/**
 * The key folds, applied after NFKC (which already turned presentation forms and ligatures such
 * as ﻻ or ﷺ into plain letters):
 *  - one line: every line break is a space;
 *  - tashkeel, Quranic marks, tatweel, ZWNJ/ZWJ and soft hyphen removed;
 *  - أ إ آ ٱ (and the rare wavy-hamza alefs) → ا, ى → ي, ة → ه, Persian ی → ي, ک → ك;
 *  - Arabic-Indic and Eastern Arabic-Indic digits → 0-9, ٫ → "." and ٬ → "," so that ٣٫٥ = 3.5, ٪ → %;
 *  - lowercase (every cased script, not only Latin: the key must not depend on case anywhere).
 * ؤ and ئ are kept, as Lucene's ArabicNormalizer and CAMeL Tools keep them: they are distinct
 * spellings (سؤال is not سوال), and folding them onto و/ي would merge words that differ. The price is
 * that the Egyptian مسئول and the Levantine مسؤول get different keys; a variant layer can bridge that.
 */
function buildKeyActions(cleanActions: Int32Array): Int32Array {
  const actions = Int32Array.from(cleanActions);
  for (let code = 0; code < actions.length; code++) {
    if (actions[code] === BREAK || actions[code] === CR) actions[code] = BLANK;
  }
  fillRanges(actions, ARABIC_MARKS, DROP);
  fillRanges(actions, WORD_INTERNAL_FORMAT, DROP);
  actions[TATWEEL] = DROP;
  for (const alef of ALEF_VARIANTS) actions[alef] = ALEF;
  actions[ALEF_MAKSURA] = YEH;
  actions[TEH_MARBUTA] = HEH;
  actions[FARSI_YEH] = YEH;
  actions[KEHEH] = KAF;
  for (let digit = 0; digit < 10; digit++) {
    actions[ARABIC_INDIC_ZERO + digit] = 0x30 + digit;
    actions[EASTERN_ARABIC_INDIC_ZERO + digit] = 0x30 + digit;
  }
  actions[ARABIC_DECIMAL_SEPARATOR] = 0x2e;
  actions[ARABIC_THOUSANDS_SEPARATOR] = 0x2c;
  actions[ARABIC_PERCENT_SIGN] = 0x25;
  const combiningMark = /\p{M}/u;
  for (let code = 0; code < 0xd800; code++) markCasedOrCombining(actions, code, combiningMark);
  for (let code = 0xe000; code < 0x10000; code++) markCasedOrCombining(actions, code, combiningMark);
  return actions;
}

function markCasedOrCombining(actions: Int32Array, code: number, combiningMark: RegExp): void {
  if (actions[code] !== code) return;
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  // toLowerCase("İ") is "i" + U+0307; a key only needs the "i".
  if (lower !== char) actions[code] = lower.charCodeAt(0);
  else if (combiningMark.test(char) || (code >= 0x1100 && code <= 0x11ff)) actions[code] = code | COMBINING;
}

/**
 * What matchKey removes before normalizing: what clean removes, plus the joiners. A letter and a
 * combining mark separated only by one of these must compose first (ي + RLM + hamza above is ئ
 * for clean, so it must be ئ for the key too: matchKey(clean(x)) === matchKey(x)).
 */
function buildPreKeyActions(cleanActions: Int32Array): Int32Array {
  return fillRanges(Int32Array.from(cleanActions), WORD_INTERNAL_FORMAT, DROP);
}

/** Marks in the key table what the pre-key pass drops, so the key pass can tell it was needed. */
function flagEarlyDrops(keyActions: Int32Array, preKeyActions: Int32Array): Int32Array {
  for (let code = 0; code < keyActions.length; code++) if (preKeyActions[code] === DROP) keyActions[code] = DROP_EARLY;
  return keyActions;
}

const CLEAN_ACTIONS = buildCleanActions();
const PRE_KEY_ACTIONS = buildPreKeyActions(CLEAN_ACTIONS);
const KEY_ACTIONS = flagEarlyDrops(buildKeyActions(CLEAN_ACTIONS), PRE_KEY_ACTIONS);
const ASTRAL_COMBINING_MARK = /\p{M}/u;

// The loop below reads these as module-local bindings: CommonJS output of bundlers (esbuild in
// the benchmark and Strapi's build) turns imported bindings into getter calls, which in a
// per-character loop cost as much as the loop's own work.
const LF = LINE_FEED;
const SP = SPACE;
const FFFD = REPLACEMENT_CHARACTER;

/** Output buffer reused across calls (the functions are synchronous), up to this many code units. */
const SCRATCH_LIMIT = 1 << 20;
let scratch = new Uint16Array(4096);

/** A buffer for `length` code units: the shared one, or for huge inputs a one-off not kept alive. */
function outputBuffer(length: number): Uint16Array {
  if (length > SCRATCH_LIMIT) return new Uint16Array(length);
  if (scratch.length < length) scratch = new Uint16Array(Math.min(SCRATCH_LIMIT, Math.max(length, scratch.length * 2)));
  return scratch;
}

interface TidyResult {
  text: string;
  /** A combining character follows a dropped or replaced one: normalize again. */
  needsRenormalizing: boolean;
  /** A DROP_EARLY character was met: the input needed the pre-key pass. */
  droppedEarly: boolean;
}

/**
 * One pass: map each code unit through `actions` and rebuild the whitespace. Spaces are collapsed
 * and trimmed at line ends; line breaks are counted and written as at most two (one blank line),
 * never before the first or after the last content. Lone surrogates become U+FFFD so the result
 * is always well-formed UTF-16 (and encodable as UTF-8 for the database).
 */
function tidy(source: string, actions: Int32Array, foldAstral: boolean): TidyResult {
  const length = source.length;
  const out = outputBuffer(length); // the output is never longer than the input
  let written = 0;
  let pendingBlank = false;
  let pendingBreaks = 0;
  let lineHasContent = false;
  let textHasContent = false;
  let previousAltered = false;
  let needsRenormalizing = false;
  let droppedEarly = false;

  for (let index = 0; index < length; index++) {
    const code = source.charCodeAt(index);
    let action = actions[code];
    let second = -1; // low surrogate of a pair
    if (action < 0) {
      if (action === DROP || action === DROP_EARLY) {
        if (action === DROP_EARLY) droppedEarly = true;
        previousAltered = true;
        continue;
      }
      if (action === BLANK) {
        if (lineHasContent) pendingBlank = true;
        previousAltered = true;
        continue;
      }
      if (action === BREAK || action === CR) {
        if (action === CR && index + 1 < length && source.charCodeAt(index + 1) === LF) index++;
        if (textHasContent) pendingBreaks++;
        pendingBlank = false;
        lineHasContent = false;
        previousAltered = true;
        continue;
      }
      const next = index + 1 < length ? source.charCodeAt(index + 1) : 0;
      if (action === HIGH_SURROGATE && (next & 0xfc00) === 0xdc00) {
        index++;
        action = code;
        second = next;
        if (foldAstral) {
          const folded = foldAstralCodePoint(code, next);
          if (folded !== 0) {
            action = folded >> 16;
            second = folded & 0xffff;
            previousAltered = true;
          } else if (astralIsCombining(code, next)) {
            if (previousAltered) needsRenormalizing = true;
            previousAltered = false;
          } else previousAltered = false;
        }
      } else {
        action = FFFD;
        previousAltered = true;
      }
    } else if (action > 0xffff) {
      action &= 0xffff;
      if (previousAltered) needsRenormalizing = true;
      previousAltered = false;
    } else {
      previousAltered = action !== code;
    }

    if (pendingBreaks !== 0) {
      out[written++] = LF;
      if (pendingBreaks > 1) out[written++] = LF;
      pendingBreaks = 0;
      pendingBlank = false;
    } else if (pendingBlank) {
      out[written++] = SP;
      pendingBlank = false;
    }
    out[written++] = action;
    if (second >= 0) out[written++] = second;
    lineHasContent = true;
    textHasContent = true;
  }
  return { text: unitsToString(out, written), needsRenormalizing, droppedEarly };
}

/** Lowercase of an astral cased letter (Deseret, Osage, Adlam, ...) as (high << 16 | low), or 0. */
function foldAstralCodePoint(high: number, low: number): number {
  const codePoint = ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  if (codePoint < 0x10400 || codePoint > 0x1e95f) return 0;
  const char = String.fromCharCode(high, low);
  const lower = char.toLowerCase();
  if (lower === char || lower.length !== 2) return 0;
  return (lower.charCodeAt(0) << 16) | lower.charCodeAt(1);
}

function astralIsCombining(high: number, low: number): boolean {
  // From U+1F000 up (emoji, CJK extensions, tags, variation selectors) nothing combines canonically.
  return high < 0xd83c && ASTRAL_COMBINING_MARK.test(String.fromCharCode(high, low));
}

/** Text as stored and shown: NFC, bidi controls and control characters removed, whitespace tidied. */
export function clean(text: string): string {
  if (typeof text !== 'string') requireString(text, 'clean', 'text');
  // Tidy first, normalize second: removing a control character between a letter and its
  // combining mark must let them compose, or clean(clean(x)) would differ from clean(x).
  return tidy(text, CLEAN_ACTIONS, false).text.normalize('NFC');
}

/** Bound on re-normalization rounds; each round only composes, so one is all real text needs. */
const MAX_RENORMALIZING_ROUNDS = 4;

/** Single-line comparison key: `clean`, NFKC, tashkeel/tatweel removed, letters/digits folded, lowercase. */
export function matchKey(text: string): string {
  if (typeof text !== 'string') requireString(text, 'matchKey', 'text');
  // Real copy rarely has anything to remove before normalizing (45 of 31.5k articles carry bidi
  // controls), so the pre-key pass runs only when the key pass reports that it was needed.
  let result = tidy(text.normalize('NFKC'), KEY_ACTIONS, true);
  if (result.droppedEarly) result = tidy(tidy(text, PRE_KEY_ACTIONS, false).text.normalize('NFKC'), KEY_ACTIONS, true);
  for (let round = 0; result.needsRenormalizing && round < MAX_RENORMALIZING_ROUNDS; round++) {
    const again = tidy(result.text.normalize('NFKC'), KEY_ACTIONS, true);
    if (again.text === result.text) break;
    result = again;
  }
  return result.text;
}
