/**
 * Property-based tests: whatever the string, every function returns (never throws) and the
 * outputs keep their promises. Three kinds of input: full Unicode (well-formed), arbitrary UTF-16
 * code units (lone surrogates included), and a dense mix of exactly the characters the rules
 * treat specially, which finds interactions random Unicode almost never produces.
 */
import fc from 'fast-check';
import { analyze } from './analyze';
import { clean, matchKey } from './normalize';
import { stem } from './stem';
import { tokenTexts, tokenize } from './tokenize';

const TRICKY_CHARACTERS = [
  // Arabic letters the folds touch, clitic letters, hamza carriers
  'ا',
  'أ',
  'إ',
  'آ',
  'ٱ',
  'ى',
  'ي',
  'ة',
  'ه',
  'ل',
  'ب',
  'و',
  'ف',
  'ك',
  'م',
  'ن',
  'ؤ',
  'ئ',
  'ء',
  'ی',
  'ک',
  // tashkeel, superscript alef, Quranic mark, decomposed hamza/madda, tatweel
  '\u064B',
  '\u064E',
  '\u0651',
  '\u0652',
  '\u0670',
  '\u06D6',
  '\u0653',
  '\u0654',
  '\u0640',
  // digits and number separators
  '٣',
  '٫',
  '٬',
  '۴',
  '3',
  '.',
  ',',
  '٪',
  // whitespace of every kind
  ' ',
  ' ',
  '\t',
  '\u00A0',
  '\u2003',
  '\u202F',
  '\u3000',
  '\n',
  '\n',
  '\r',
  '\u2028',
  '\u000B',
  '\u0085',
  // bidi controls, invisibles, joiners, controls
  '\u200F',
  '\u200E',
  '\u202E',
  '\u2066',
  '\u2069',
  '\u061C',
  '\u200B',
  '\uFEFF',
  '\u200C',
  '\u200D',
  '\u00AD',
  '\u0000',
  '\u001B',
  '\u009F',
  '\u007F',
  // Latin with case and combining marks, punctuation the tokenizer treats specially
  'A',
  'z',
  'İ',
  'É',
  'e',
  '\u0301',
  '\u0308',
  '\u0327',
  '#',
  '_',
  "'",
  '’',
  '-',
  '،',
  '؟',
  '«',
  // presentation forms and ligatures, Hangul jamo (they compose), surrogates and pairs
  'ﻻ',
  'ﷺ',
  '\uFE71',
  '\uFC5E',
  '가',
  '\u11A8',
  '\u1161',
  '\u1100',
  '\uD800',
  '\uDC00',
  '😀',
  '𐐀',
  '𝐀',
  '𠜎',
];

const trickyString = fc.string({ unit: fc.constantFrom(...TRICKY_CHARACTERS), maxLength: 80 });
const inputs: ReadonlyArray<[string, fc.Arbitrary<string>]> = [
  ['full unicode', fc.string({ unit: 'binary', maxLength: 120 })],
  ['UTF-16 code units with lone surrogates', fc.string16bits({ maxLength: 120 })],
  ['Arabic-heavy tricky characters', trickyString],
];
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const TASHKEEL_OR_TATWEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u08D3-\u08FF\u0640]/;
const FOLDED_AWAY = /[أإآٱٲٳىةیک\u0660-\u0669\u06F0-\u06F9]/;
// eslint-disable-next-line no-control-regex -- the C0/C1 control characters are what this pattern is about
const CONTROL_OTHER_THAN_NEWLINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
const ODD_SPACE = /[\t\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF\r\u2028\u2029]/;

describe.each(inputs)('%s', (_name, arbitrary) => {
  it('clean: never throws, idempotent, NFC, no bidi controls, tidy whitespace', () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const cleaned = clean(text);
        expect(clean(cleaned)).toBe(cleaned);
        expect(cleaned.normalize('NFC')).toBe(cleaned);
        expect(cleaned).not.toMatch(BIDI_CONTROL);
        expect(cleaned).not.toMatch(LONE_SURROGATE);
        expect(cleaned).not.toMatch(CONTROL_OTHER_THAN_NEWLINE);
        expect(cleaned).not.toMatch(ODD_SPACE);
        expect(cleaned).not.toMatch(/ {2}|\n{3}|^\s|\s$| \n|\n /);
      }),
      RUNS,
    );
  });

  it('matchKey: never throws, idempotent, single line, nothing left to fold', () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const key = matchKey(text);
        expect(matchKey(key)).toBe(key);
        expect(matchKey(clean(text))).toBe(key);
        expect(key).not.toMatch(BIDI_CONTROL);
        expect(key).not.toMatch(LONE_SURROGATE);
        expect(key).not.toMatch(TASHKEEL_OR_TATWEEL);
        expect(key).not.toMatch(FOLDED_AWAY);
        expect(key).not.toMatch(/\n| {2}|^ | $/);
        expect(key.toLowerCase()).toBe(key);
      }),
      RUNS,
    );
  });

  it('tokenize: offsets slice back to the token text, in order, without overlap', () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const tokens = tokenize(text);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(text.slice(token.start, token.end)).toBe(token.text);
          previousEnd = token.end;
        }
        expect(previousEnd).toBeLessThanOrEqual(text.length);
        expect(tokenTexts(text)).toEqual(tokens.map((token) => token.text));
      }),
      RUNS,
    );
  });

  it('analyze and stem: never throw, terms are non-empty single words inside the input', () => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        for (const term of analyze(text)) {
          expect(term.term).not.toBe('');
          expect(term.term).not.toMatch(/\s/);
          expect(term.start).toBeGreaterThanOrEqual(0);
          expect(term.end).toBeLessThanOrEqual(text.length);
          expect(term.end).toBeGreaterThan(term.start);
        }
        const stemmed = stem(text);
        expect(text.includes(stemmed)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('every BMP character on its own', () => {
  it('has an idempotent matchKey and clean', () => {
    const failures: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const key = matchKey(char);
      if (matchKey(key) !== key || clean(clean(char)) !== clean(char)) failures.push(code.toString(16));
    }
    expect(failures).toEqual([]);
  });
});
