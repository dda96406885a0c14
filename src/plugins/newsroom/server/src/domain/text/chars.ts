/**
 * Code points and code point ranges shared by the normalizers and the tokenizer, kept in one
 * place so that "what is a space", "what is tashkeel" means the same thing everywhere.
 * Ranges are inclusive [first, last] pairs of UTF-16 code units (everything here is in the BMP).
 */

export type CodeRange = readonly [first: number, last: number];

export const LINE_FEED = 0x0a;
export const CARRIAGE_RETURN = 0x0d;
export const SPACE = 0x20;
export const REPLACEMENT_CHARACTER = 0xfffd;

export const ALEF = 0x0627;
export const ALEF_MAKSURA = 0x0649;
export const YEH = 0x064a;
export const TEH_MARBUTA = 0x0629;
export const HEH = 0x0647;
export const KAF = 0x0643;
export const TATWEEL = 0x0640;

/** Hamza and madda carriers on alef, plus alef wasla and the wavy-hamza alefs: all read as ا. */
export const ALEF_VARIANTS: readonly number[] = [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673];
export const FARSI_YEH = 0x06cc;
export const KEHEH = 0x06a9;

export const ARABIC_INDIC_ZERO = 0x0660;
export const EASTERN_ARABIC_INDIC_ZERO = 0x06f0;
export const ARABIC_DECIMAL_SEPARATOR = 0x066b;
export const ARABIC_THOUSANDS_SEPARATOR = 0x066c;
export const ARABIC_PERCENT_SIGN = 0x066a;

/**
 * Explicit directional formatting characters. U+061C ARABIC LETTER MARK is the Arabic sibling of
 * LRM/RLM, so it goes with them although the issue does not list it.
 */
export const BIDI_CONTROLS: readonly CodeRange[] = [
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

/** Horizontal whitespace other than U+0020 that pasted copy carries: tab, no-break and typographic spaces. */
export const ODD_SPACES: readonly CodeRange[] = [
  [0x09, 0x09],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];

/**
 * Line breaks other than LF (CR is handled on its own so that CRLF becomes one break).
 * VT and FF are C0 controls, but they separate lines; dropping them would glue words together.
 */
export const OTHER_LINE_BREAKS: readonly CodeRange[] = [
  [0x0b, 0x0c],
  [0x85, 0x85],
  [0x2028, 0x2029],
];

/**
 * Zero-width characters with no place in stored copy: zero-width space, word joiner, invisible
 * math operators and U+FEFF (BOM / zero-width no-break space). They are removed rather than turned
 * into spaces because they render as nothing: a space would change what readers see.
 */
export const INVISIBLE_CHARACTERS: readonly CodeRange[] = [
  [0x200b, 0x200b],
  [0x2060, 0x2064],
  [0xfeff, 0xfeff],
];

/** C0 and C1 control characters, DEL included. Line breaks and tab are carved out by the callers. */
export const CONTROL_CHARACTERS: readonly CodeRange[] = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
];

/**
 * Tashkeel and Quranic annotation: harakat, tanween, shadda, sukun, hamza/madda marks
 * (U+064B–U+065F), superscript alef (U+0670), Quranic marks (U+06D6–U+06ED), the honorific
 * signs above letters (U+0610–U+061A) and the extended Quranic marks (U+08D3–U+08FF).
 */
export const ARABIC_MARKS: readonly CodeRange[] = [
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x08d3, 0x08ff],
];

/** Zero-width joiners that sit inside words (ZWNJ in Persian spellings, ZWJ in emoji) and soft hyphen. */
export const WORD_INTERNAL_FORMAT: readonly CodeRange[] = [
  [0x00ad, 0x00ad],
  [0x200c, 0x200d],
];

export function fillRanges<T extends Int32Array | Uint8Array>(
  table: T,
  ranges: readonly CodeRange[],
  value: number,
): T {
  for (const [first, last] of ranges) table.fill(value, first, last + 1);
  return table;
}
