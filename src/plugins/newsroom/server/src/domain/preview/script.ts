import type { Script } from './types';

/**
 * Which writing system a block of text is in, to mark a block whose language differs from the
 * page's (an English quote in an Arabic article) with `lang` and `dir`. Only letters count:
 * digits, punctuation and symbols are shared by every script.
 */
export type ForeignScript = Script | 'unknown';

const LETTER = /\p{L}/u;

function scriptOfLetter(code: number, text: string, index: number): Script | 'other' | null {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 'Latn' : null;
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff))
    return 'Latn';
  if (isArabicLetter(code)) return 'Arab';
  if ((code >= 0x05d0 && code <= 0x05ea) || (code >= 0x05ef && code <= 0x05f2) || (code >= 0xfb1d && code <= 0xfb4f))
    return 'Hebr';
  if (code >= 0xdc00 && code <= 0xdfff) return null; // second half of a pair, judged with the first
  const codePoint = text.codePointAt(index) ?? code;
  return LETTER.test(String.fromCodePoint(codePoint)) ? 'other' : null;
}

function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0620 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    code === 0x06d5 ||
    (code >= 0x06ee && code <= 0x06ef) ||
    (code >= 0x06fa && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08c9) ||
    (code >= 0xfb50 && code <= 0xfdfb) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

/**
 * null when the text has a letter of the page's script or no letter at all (it inherits the
 * page's lang and dir); the script when every letter is of one other known script; 'unknown'
 * when its letters are of other scripts that this cannot name (then only `dir="auto"` is right).
 */
export function foreignScriptOf(text: string, pageScript: Script): ForeignScript | null {
  let found: Script | 'other' | null = null;
  let mixed = false;
  for (let index = 0; index < text.length; index += 1) {
    const script = scriptOfLetter(text.charCodeAt(index), text, index);
    if (script === null) continue;
    if (script === pageScript) return null;
    if (found === null) found = script;
    else if (found !== script) mixed = true;
  }
  if (found === null) return null;
  return mixed || found === 'other' ? 'unknown' : found;
}

/** The direction text in a script is written in. */
export function directionOfScript(script: Script): 'rtl' | 'ltr' {
  return script === 'Latn' ? 'ltr' : 'rtl';
}
