/**
 * Bidi hazards in Arabic (RTL) text: runs that the Unicode Bidirectional Algorithm (UAX #9)
 * lays out in an order the writer did not mean, and where they should be wrapped in `<bdi>`.
 *
 * This is not a full UBA implementation. It finds, per paragraph that contains RTL letters, the
 * stretches between RTL letters ("gaps": Latin, digits, punctuation, spaces) and applies the few
 * rules that cause real newsroom bugs:
 *  - W7: European digits take the direction of the nearest preceding strong letter, so a number
 *    after a Latin word joins the Latin run ("حلف NATO 32 دولة" shows 32 next to حلف);
 *  - N1/N2: neutrals (signs, dashes, ×, spaces) between numbers resolve to RTL, so "1280 × 960",
 *    "2018 – 2019", "+966 11 234 5678" and "-5%" come out reordered;
 *  - neutrals at the edge of a Latin run take the paragraph direction, so "C++" shows as "++C",
 *    "#وسم" style hashtags and ".NET" flip, and a bracket closing inside the run depends on the
 *    bracket-pair rule N0 that older renderers lack;
 *  - P2: with `dir="auto"` the first strong letter decides the paragraph direction, so a headline
 *    that starts with a Latin word renders left-to-right.
 * Explicit bidi controls (LRE…RLO, LRI…PDI, LRM, RLM, ALM) are always reported and never emitted.
 */

export type BidiHazardKind =
  | 'bidi-control'
  | 'latin-leading'
  | 'latin-number-adjacency'
  | 'latin-punctuation'
  | 'latin-bracket'
  | 'dimension'
  | 'phone-number'
  | 'number-range'
  | 'number-sequence'
  | 'percent'
  | 'signed-number';

export type BidiSuggestion =
  | 'remove-bidi-control'
  | 'isolate-leading-latin-run'
  | 'isolate-latin-run-before-number'
  | 'isolate-latin-run-with-punctuation'
  | 'isolate-latin-run-with-bracket'
  | 'isolate-number-run';

export interface BidiHazard {
  /** UTF-16 offsets into the analysed string; `text === input.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  kind: BidiHazardKind;
  suggestion: BidiSuggestion;
}

export interface BidiAnalysis {
  /** The input HTML-escaped, bidi controls removed, each hazardous run wrapped in `<bdi>`. */
  html: string;
  hazards: BidiHazard[];
}

const SUGGESTION_FOR: Readonly<Record<BidiHazardKind, BidiSuggestion>> = {
  'bidi-control': 'remove-bidi-control',
  'latin-leading': 'isolate-leading-latin-run',
  'latin-number-adjacency': 'isolate-latin-run-before-number',
  'latin-punctuation': 'isolate-latin-run-with-punctuation',
  'latin-bracket': 'isolate-latin-run-with-bracket',
  dimension: 'isolate-number-run',
  'phone-number': 'isolate-number-run',
  'number-range': 'isolate-number-run',
  'number-sequence': 'isolate-number-run',
  percent: 'isolate-number-run',
  'signed-number': 'isolate-number-run',
};

// Character classes, one per UTF-16 unit (both halves of a surrogate pair get the pair's class).
const RTL = 1; // strong right-to-left letter (Arabic, Hebrew, Syriac…)
const LATIN = 2; // strong left-to-right letter
const DIGIT = 3; // European digit (ASCII, Extended Arabic-Indic ۰-۹, full-width)
const SPACE = 4;
const TRANSPARENT = 5; // format characters the layout ignores (ZWJ, ZWNJ, BOM, bidi controls)
const NEUTRAL = 6; // punctuation, symbols, Arabic-Indic ٠-٩ (class AN, never pulled by W7)
const BREAK = 7; // paragraph separator

type Range = readonly [start: number, end: number];

interface Token {
  start: number;
  end: number;
  /** First and one-past-last Latin letter or digit; -1 when the token has neither. */
  coreStart: number;
  coreEnd: number;
  role: 'latin' | 'number' | 'operator' | 'other';
}

interface Findings {
  hazards: BidiHazard[];
  isolates: Range[];
}

/** Punctuation that ends a sentence or clause: it belongs to the surrounding Arabic, not the run. */
const SENTENCE_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '…', '،']);
const SIGNS = new Set(['+', '-', '\u2212']);
const PERCENT_SIGNS = new Set(['%', '\u066A', '\u2030', '\u0609']);
const OPERATOR_CHARACTERS = new Set([
  '-',
  '\u2010',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2212',
  '~',
  '×',
  '*',
  '/',
  '+',
  ':',
  '=',
  '(',
  ')',
]);
const TIMES = /[×xX*\u2715]/;
const DASHES = /[\u2010-\u2015\u2212~]/;
const PHONE_CONNECTOR = /^(?:[ .-]|\) ?|\)-)$/;
const CLOSING_BRACKET_FOR: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '«': '»', '‹': '›' };
const SYMMETRIC_QUOTES = new Set(['"', "'", '“', '”', '‘', '’']);
const BRACKETS = new Set(['(', ')', '[', ']', '{', '}']);

export function analyzeBidi(text: string): BidiAnalysis {
  if (typeof text !== 'string') {
    throw new TypeError(`analyzeBidi: text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  const classes = classify(text);
  const findings: Findings = { hazards: findBidiControls(text), isolates: [] };
  let paragraphStart = 0;
  for (let index = 0; index <= text.length; index += 1) {
    if (index === text.length || classes[index] === BREAK) {
      analyzeParagraph(text, classes, paragraphStart, index, findings);
      paragraphStart = index + 1;
    }
  }
  findings.hazards.sort((a, b) => a.start - b.start || a.end - b.end);
  return { html: renderHtml(text, findings.isolates), hazards: findings.hazards };
}

function classify(text: string): Uint8Array {
  const classes = new Uint8Array(text.length);
  let previous = NEUTRAL;
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    let characterClass = classOf(codePoint);
    // A combining mark takes the class of what it sits on (UBA rule W1).
    if (characterClass === 0) characterClass = previous;
    else if (characterClass !== TRANSPARENT) previous = characterClass;
    classes.fill(characterClass, index, index + width);
    index += width;
  }
  return classes;
}

/** Returns 0 for a combining mark. */
function classOf(codePoint: number): number {
  if (
    codePoint === 0x0a ||
    codePoint === 0x0d ||
    (codePoint >= 0x1c && codePoint <= 0x1e) ||
    codePoint === 0x85 ||
    codePoint === 0x2029
  ) {
    return BREAK;
  }
  if (codePoint < 0x80) {
    if (codePoint >= 0x30 && codePoint <= 0x39) return DIGIT;
    if ((codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7a) return LATIN;
    return codePoint === 0x20 || codePoint === 0x09 || codePoint === 0x0b || codePoint === 0x0c ? SPACE : NEUTRAL;
  }
  if ((codePoint >= 0x0621 && codePoint <= 0x063a) || (codePoint >= 0x0641 && codePoint <= 0x064a)) return RTL;
  if ((codePoint >= 0x06f0 && codePoint <= 0x06f9) || (codePoint >= 0xff10 && codePoint <= 0xff19)) return DIGIT;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return NEUTRAL; // lone surrogate
  const character = String.fromCodePoint(codePoint);
  if (/\p{M}/u.test(character)) return 0;
  if (/\p{Zs}|\u2028/u.test(character)) return SPACE;
  if (/\p{Cf}/u.test(character)) return TRANSPARENT;
  if (isRtlBlock(codePoint)) return isStrongRtl(codePoint, character) ? RTL : NEUTRAL;
  return /\p{L}/u.test(character) ? LATIN : NEUTRAL;
}

function isRtlBlock(codePoint: number): boolean {
  return (
    (codePoint >= 0x0590 && codePoint <= 0x08ff) ||
    (codePoint >= 0xfb1d && codePoint <= 0xfdff) ||
    (codePoint >= 0xfe70 && codePoint <= 0xfeff) ||
    (codePoint >= 0x10800 && codePoint <= 0x10fff) ||
    (codePoint >= 0x1e800 && codePoint <= 0x1efff)
  );
}

/** Letters, Hebrew punctuation and the Arabic punctuation of class AL (؛ ؟ ۔ …) are strong RTL. */
function isStrongRtl(codePoint: number, character: string): boolean {
  if (codePoint <= 0x05ff) return true;
  return /\p{L}/u.test(character) || [0x060d, 0x061b, 0x061d, 0x061e, 0x061f, 0x06d4].includes(codePoint);
}

function findBidiControls(text: string): BidiHazard[] {
  const hazards: BidiHazard[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (!isBidiControl(text.charCodeAt(index))) continue;
    let end = index + 1;
    while (end < text.length && isBidiControl(text.charCodeAt(end))) end += 1;
    hazards.push(hazard(text, index, end, 'bidi-control'));
    index = end - 1;
  }
  return hazards;
}

/** LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM and ALM. */
function isBidiControl(code: number): boolean {
  return (
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

function analyzeParagraph(text: string, classes: Uint8Array, start: number, end: number, findings: Findings): void {
  if (!classes.subarray(start, end).includes(RTL)) return; // no RTL context, nothing can flip
  let gapStart = start;
  for (let index = start; index <= end; index += 1) {
    if (index === end || classes[index] === RTL) {
      if (index > gapStart) analyzeGap(text, classes, gapStart, index, gapStart === start, findings);
      gapStart = index + 1;
    }
  }
}

function analyzeGap(
  text: string,
  classes: Uint8Array,
  start: number,
  end: number,
  leadsParagraph: boolean,
  findings: Findings,
): void {
  const tokens = tokenize(text, classes, start, end);
  const firstLatin = tokens.findIndex((token) => token.role === 'latin');
  if (firstLatin < 0) {
    analyzeNumbers(text, classes, tokens, findings);
    return;
  }
  let lastLatin = tokens.length - 1;
  while (tokens[lastLatin].role !== 'latin') lastLatin -= 1;
  const trailing = tokens.slice(lastLatin + 1);
  analyzeNumbers(text, classes, tokens.slice(0, firstLatin), findings);
  analyzeLatinRun(text, classes, tokens[firstLatin], tokens[lastLatin], trailing, leadsParagraph, findings);
  analyzeNumbers(text, classes, trailing, findings);
}

function tokenize(text: string, classes: Uint8Array, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let index = start;
  while (index < end) {
    while (index < end && classes[index] === SPACE) index += 1;
    if (index >= end) break;
    const tokenStart = index;
    let coreStart = -1;
    let coreEnd = -1;
    let hasLatin = false;
    let hasDigit = false;
    while (index < end && classes[index] !== SPACE) {
      if (classes[index] === LATIN || classes[index] === DIGIT) {
        if (coreStart < 0) coreStart = index;
        coreEnd = index + 1;
        hasLatin ||= classes[index] === LATIN;
        hasDigit ||= classes[index] === DIGIT;
      }
      index += 1;
    }
    const token: Token = { start: tokenStart, end: index, coreStart, coreEnd, role: 'other' };
    token.role = roleOf(text, classes, token, hasLatin, hasDigit);
    tokens.push(token);
  }
  // A lone "x" between two numbers ("1280 x 960") is a multiplication sign, not a Latin word.
  tokens.forEach((token, index) => {
    const isLoneX = token.coreEnd - token.coreStart === 1 && /^[xX]$/.test(text[token.coreStart]);
    if (isLoneX && tokens[index - 1]?.role === 'number' && tokens[index + 1]?.role === 'number')
      token.role = 'operator';
  });
  return tokens;
}

function roleOf(text: string, classes: Uint8Array, token: Token, hasLatin: boolean, hasDigit: boolean): Token['role'] {
  if (hasDigit && (!hasLatin || isDimensionWord(text, classes, token))) return 'number';
  if (hasLatin) return 'latin';
  for (let index = token.start; index < token.end; index += 1) {
    if (classes[index] !== TRANSPARENT && !OPERATOR_CHARACTERS.has(text[index])) return 'other';
  }
  return 'operator';
}

/** "1280x960": its only letters are x's between digits. */
function isDimensionWord(text: string, classes: Uint8Array, token: Token): boolean {
  for (let index = token.coreStart; index < token.coreEnd; index += 1) {
    if (classes[index] !== LATIN) continue;
    if (!/[xX]/.test(text[index]) || classes[index - 1] !== DIGIT || classes[index + 1] !== DIGIT) return false;
  }
  return true;
}

function analyzeLatinRun(
  text: string,
  classes: Uint8Array,
  first: Token,
  last: Token,
  trailing: readonly Token[],
  leadsParagraph: boolean,
  findings: Findings,
): void {
  const [runStart, runEnd, edgeCharacters] = latinRunExtent(text, classes, first, last);
  const kinds: Array<[BidiHazardKind, number]> = [];
  if (leadsParagraph) kinds.push(['latin-leading', runEnd]);
  // Isolate only the Latin run, not "NATO 32" together: inside one LTR isolate the number would
  // still sit on the far side of the Latin word from the Arabic it counts (دولة), and an RTL
  // reader scanning word by word would read "حلف 32 NATO دولة". With NATO alone isolated, the
  // number resolves against the Arabic context like any other number and keeps its place.
  const lastNumber = [...trailing].reverse().find((token) => token.role === 'number');
  if (lastNumber) kinds.push(['latin-number-adjacency', lastNumber.coreEnd]);
  if (edgeCharacters.some((character) => BRACKETS.has(character))) kinds.push(['latin-bracket', runEnd]);
  else if (edgeCharacters.length > 0) kinds.push(['latin-punctuation', runEnd]);
  if (kinds.length === 0) return;
  for (const [kind, hazardEnd] of kinds) findings.hazards.push(hazard(text, runStart, hazardEnd, kind));
  findings.isolates.push([runStart, runEnd]);
}

/**
 * Where the isolate for a Latin run starts and ends. Punctuation touching the run is inside it
 * ("C++", "#tag", ".NET", "Apple (AAPL)") except sentence punctuation at its end and brackets or
 * quotes that enclose the whole run ("(Reuters)"), which belong to the Arabic around it.
 * Sentence punctuation is a guess: "Yahoo!" before Arabic is read as the end of a sentence.
 */
function latinRunExtent(text: string, classes: Uint8Array, first: Token, last: Token): [number, number, string[]] {
  const prefix = visibleIndexes(classes, first.start, first.coreStart);
  const suffix = visibleIndexes(classes, last.coreEnd, last.end);
  // Only punctuation outside any enclosing quote or bracket ends the Arabic sentence; inside
  // ("Hello world!") it belongs to the Latin text and must stay in the isolate.
  while (suffix.length > 0 && SENTENCE_PUNCTUATION.has(text[suffix[suffix.length - 1]])) suffix.pop();
  while (prefix.length > 0 && suffix.length > 0 && enclosesWhole(text, prefix[0], suffix[suffix.length - 1])) {
    prefix.shift();
    suffix.pop();
  }
  const start = prefix.length > 0 ? prefix[0] : first.coreStart;
  const end = suffix.length > 0 ? suffix[suffix.length - 1] + 1 : last.coreEnd;
  return [start, end, [...prefix, ...suffix].map((index) => text[index])];
}

function visibleIndexes(classes: Uint8Array, start: number, end: number): number[] {
  const indexes: number[] = [];
  for (let index = start; index < end; index += 1) if (classes[index] !== TRANSPARENT) indexes.push(index);
  return indexes;
}

/** True when the bracket at `open` is closed by the one at `close` (not earlier). */
function enclosesWhole(text: string, open: number, close: number): boolean {
  const opener = text[open];
  const closer = text[close];
  if (SYMMETRIC_QUOTES.has(opener)) return SYMMETRIC_QUOTES.has(closer);
  if (CLOSING_BRACKET_FOR[opener] !== closer) return false;
  let depth = 0;
  for (let index = open; index <= close; index += 1) {
    if (text[index] === opener) depth += 1;
    else if (text[index] === closer) depth -= 1;
    if (depth === 0) return index === close;
  }
  return false;
}

function analyzeNumbers(text: string, classes: Uint8Array, tokens: readonly Token[], findings: Findings): void {
  let runStart = 0;
  for (let index = 0; index <= tokens.length; index += 1) {
    const role = tokens[index]?.role;
    if (role === 'number' || role === 'operator') continue;
    const numbers = tokens.slice(runStart, index).filter((token) => token.role === 'number');
    if (numbers.length > 0) analyzeNumberRun(text, classes, numbers[0], numbers[numbers.length - 1], findings);
    runStart = index + 1;
  }
}

function analyzeNumberRun(text: string, classes: Uint8Array, first: Token, last: Token, findings: Findings): void {
  const groups: Range[] = [];
  for (let index = first.coreStart; index < last.coreEnd; index += 1) {
    if (classes[index] !== DIGIT) continue;
    const groupStart = index;
    while (index < last.coreEnd && classes[index] === DIGIT) index += 1;
    groups.push([groupStart, index]);
  }
  const connectors = groups.slice(1).map(([groupStart], i) => visibleText(text, classes, groups[i][1], groupStart));
  const prefix = visibleText(text, classes, first.start, first.coreStart);
  const sign = SIGNS.has(prefix.slice(-1)) ? prefix.slice(-1) : '';
  const percent = PERCENT_SIGNS.has(visibleText(text, classes, last.coreEnd, last.end).charAt(0));
  const kind = numberHazardKind(connectors, groups, sign, percent);
  if (!kind) return;
  let start = first.coreStart;
  if (sign) start = text.lastIndexOf(sign, first.coreStart - 1);
  let end = last.coreEnd;
  if (percent) end = visibleIndexes(classes, last.coreEnd, last.end)[0] + 1;
  [start, end] = balanceBrackets(text, start, end, first.start, last.end);
  findings.hazards.push(hazard(text, start, end, kind));
  findings.isolates.push([start, end]);
}

function numberHazardKind(
  connectors: readonly string[],
  groups: readonly Range[],
  sign: string,
  percent: boolean,
): BidiHazardKind | null {
  if (connectors.some((connector) => TIMES.test(connector))) return 'dimension';
  const digitCount = groups.reduce((sum, [start, end]) => sum + end - start, 0);
  const phoneShaped = connectors.length > 0 && connectors.every((connector) => PHONE_CONNECTOR.test(connector));
  if (phoneShaped && digitCount >= 7 && (sign === '+' || groups.length >= 3)) return 'phone-number';
  // "2018-2019" with a plain hyphen happens to render left-to-right (rule W4), but the same range
  // typed with an en dash or spaces flips; isolating every range makes them all render alike.
  if (connectors.some((connector) => DASHES.test(connector) || connector.trim() === '-')) return 'number-range';
  if (connectors.some((connector) => connector.trim() === '' || connector.trim().length !== connector.length)) {
    return 'number-sequence';
  }
  if (sign) return percent ? 'percent' : 'signed-number';
  return null;
}

/** Widens [start, end) over a bracket just outside it when the range holds its unmatched partner. */
function balanceBrackets(
  text: string,
  start: number,
  end: number,
  lowerBound: number,
  upperBound: number,
): [number, number] {
  let unmatchedClosers = 0;
  let openers = 0;
  for (let index = start; index < end; index += 1) {
    if (text[index] === '(') openers += 1;
    else if (text[index] === ')') {
      if (openers > 0) openers -= 1;
      else unmatchedClosers += 1;
    }
  }
  // Searches stay inside the run's own tokens so the whole analysis remains linear.
  if (unmatchedClosers > 0) {
    for (let index = start - 1; index >= lowerBound; index -= 1) {
      if (text[index] === '(') {
        start = index;
        break;
      }
    }
  }
  if (openers > 0) {
    for (let index = end; index < upperBound; index += 1) {
      if (text[index] === ')') {
        end = index + 1;
        break;
      }
    }
  }
  return [start, end];
}

function visibleText(text: string, classes: Uint8Array, start: number, end: number): string {
  return visibleIndexes(classes, start, end)
    .map((index) => text[index])
    .join('');
}

function hazard(text: string, start: number, end: number, kind: BidiHazardKind): BidiHazard {
  return { start, end, text: text.slice(start, end), kind, suggestion: SUGGESTION_FOR[kind] };
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes everything, drops bidi controls (the isolates replace them, and a raw RLO would
 * reorder the preview), and turns characters HTML cannot carry (lone surrogates, C0/C1
 * controls other than tab and line breaks) into U+FFFD.
 */
function renderHtml(text: string, isolates: readonly Range[]): string {
  const boundaries: Array<[index: number, tag: string]> = [];
  let lastEnd = -1;
  for (const [start, end] of [...isolates].sort((a, b) => a[0] - b[0])) {
    if (start < lastEnd || start >= end) continue; // overlapping or empty: keep the first
    boundaries.push([start, '<bdi>'], [end, '</bdi>']);
    lastEnd = end;
  }
  const parts: string[] = [];
  let boundary = 0;
  let plainStart = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const isBoundary = boundary < boundaries.length && boundaries[boundary][0] === index;
    const replacement = index < text.length ? replacementFor(text, index) : null;
    if (!isBoundary && replacement === null) continue;
    parts.push(text.slice(plainStart, index));
    while (boundary < boundaries.length && boundaries[boundary][0] === index) {
      parts.push(boundaries[boundary][1]);
      boundary += 1;
    }
    if (replacement !== null) {
      parts.push(replacement);
      plainStart = index + 1;
    } else {
      plainStart = index;
    }
  }
  parts.push(text.slice(plainStart));
  return parts.join('');
}

/** What to emit instead of the code unit at `index`, or null to keep it. */
function replacementFor(text: string, index: number): string | null {
  const code = text.charCodeAt(index);
  if (code >= 0x20 && code < 0x7f) return HTML_ESCAPES[text[index]] ?? null;
  if (isBidiControl(code)) return '';
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return next >= 0xdc00 && next <= 0xdfff ? null : '\uFFFD';
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(index - 1);
    return previous >= 0xd800 && previous <= 0xdbff ? null : '\uFFFD';
  }
  const isDisallowedControl =
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
  return isDisallowedControl ? '\uFFFD' : null;
}
