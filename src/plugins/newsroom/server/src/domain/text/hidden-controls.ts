/**
 * Invisible characters that change how stored text is displayed or matched, removed from text fields on save.
 *
 * Removed:
 *  - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder everything after them
 *    up to the end of the paragraph, and an unbalanced one leaks into whatever the page shows next (an RLO in a
 *    headline reverses the list item, the byline, the next link). No headline needs one: the site isolates
 *    Latin runs itself (`<bdi>`) and sets `dir` from the locale.
 *  - zero-width space, word joiner, invisible operators, U+FEFF: they split words for search and slugs while
 *    looking like nothing, and let two headlines look identical.
 *  - deprecated format characters (U+206A–U+206F: symmetric swapping, Arabic form shaping, digit shapes),
 *    U+180E, interlinear annotation marks (U+FFF9–U+FFFB), and C0/C1 control characters other than tab and line
 *    breaks (LF, CR, VT, FF, NEL): PostgreSQL refuses U+0000 in text, so the save would fail with a 500.
 *
 * Kept, because Arabic and Persian copy uses them on purpose:
 *  - LRM, RLM and ALM (U+200E, U+200F, U+061C): marks with no scope, they only settle the direction of the
 *    neutral characters next to them ("NATO (الحلف)", a headline that opens with a Latin word). They cannot
 *    reorder text that follows; the direction check lists them for an editor to review. A run of the same mark
 *    is one mark.
 *  - ZWNJ and ZWJ (U+200C, U+200D): Persian spellings (می‌خواهد), Arabic letter forms, emoji sequences. Kept
 *    only between two visible characters (at the start or end of the field, or next to whitespace, they join
 *    nothing); a run of them is its first one.
 *
 * One pass over UTF-16 code units (everything named here is in the BMP), no regular expression on the input:
 * linear in the length whatever the input. Idempotent.
 */
import {
  CONTROL_CHARACTERS,
  INVISIBLE_CHARACTERS,
  ODD_SPACES,
  OTHER_LINE_BREAKS,
  fillRanges,
  type CodeRange,
} from './chars';
import { requireString } from './guard';

const KEEP = 0;
const DROP = 1;
const MARK = 2;
const JOINER = 3;
const SPACE = 4;

/** Bidi controls with a scope: embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
export const SCOPED_BIDI_CONTROLS: readonly CodeRange[] = [
  [0x202a, 0x202e],
  [0x2066, 0x2069],
];

/** Deprecated or annotation format characters that nothing in newsroom copy needs. */
const OBSOLETE_FORMAT: readonly CodeRange[] = [
  [0x180e, 0x180e],
  [0x206a, 0x206f],
  [0xfff9, 0xfffb],
];

/** Direction marks without scope (ALM, LRM, RLM). */
export const DIRECTION_MARKS: readonly CodeRange[] = [
  [0x061c, 0x061c],
  [0x200e, 0x200f],
];

const JOINERS: CodeRange = [0x200c, 0x200d];

function buildActions(): Uint8Array {
  const actions = new Uint8Array(0x10000);
  fillRanges(actions, CONTROL_CHARACTERS, DROP);
  fillRanges(actions, SCOPED_BIDI_CONTROLS, DROP);
  fillRanges(actions, INVISIBLE_CHARACTERS, DROP);
  fillRanges(actions, OBSOLETE_FORMAT, DROP);
  fillRanges(actions, DIRECTION_MARKS, MARK);
  fillRanges(actions, [JOINERS], JOINER);
  // Whitespace stays as it is; it only decides whether a joiner next to it joins anything.
  fillRanges(actions, ODD_SPACES, SPACE);
  fillRanges(actions, OTHER_LINE_BREAKS, SPACE);
  for (const code of [0x09, 0x0a, 0x0d, 0x20]) actions[code] = SPACE;
  return actions;
}

const ACTIONS = buildActions();

/** Whether `text` has anything `removeHiddenControls` would change (a quick scan, no allocation). */
function needsWork(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const action = ACTIONS[text.charCodeAt(index)];
    if (action !== KEEP && action !== SPACE) return true;
  }
  return false;
}

/** `text` without bidi embeddings/overrides/isolates, zero-width and control characters (see above). */
export function removeHiddenControls(text: string): string {
  if (typeof text !== 'string') requireString(text, 'removeHiddenControls', 'text');
  if (!needsWork(text)) return text;
  const out: string[] = [];
  // A joiner is written only once the next visible character shows it joins something.
  let pendingJoiner = '';
  let previous = -1; // last code unit written (or pending), -1 at the start
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const action = ACTIONS[code];
    if (action === DROP) continue;
    if (action === JOINER) {
      if (pendingJoiner === '' && previous !== -1 && ACTIONS[previous] !== SPACE) {
        pendingJoiner = text[index];
        previous = code;
      }
      continue;
    }
    if (action === SPACE) {
      pendingJoiner = '';
    } else if (pendingJoiner !== '') {
      out.push(pendingJoiner);
      pendingJoiner = '';
    }
    if (action === MARK && previous === code) continue;
    out.push(text[index]);
    previous = code;
  }
  return out.join('');
}
