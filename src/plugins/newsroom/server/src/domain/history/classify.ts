import type { ChangeKind } from '../../../../shared/contracts/history';

/**
 * What kind of change turns `before` into `after` (two different texts). Each minor kind holds only when
 * nothing else differs: stripping the whitespace (whitespace-only), the tashkeel and tatweel (tashkeel-only),
 * or the punctuation and the whitespace around it (punctuation-only) makes the two texts equal. Anything
 * else, mixes included, is a `text` change.
 */
const WHITESPACE = /\s+/gu;
/** U+064B–U+065F (harakat, tanwin, shadda, sukun and the rarer marks), U+0670 superscript alef, U+0640 tatweel. */
const TASHKEEL = /[\u064b-\u065f\u0670\u0640]/gu;
/** Unicode punctuation: ، ؛ ؟ « » ٪ and . , ; : ! ? " ' ( ) - … */
const PUNCTUATION = /\p{P}/gu;

export type MinorKind = Exclude<ChangeKind, 'text' | 'format'>;

export function minorKindOf(before: string, after: string): MinorKind | null {
  if (before.replace(WHITESPACE, '') === after.replace(WHITESPACE, '')) return 'whitespace-only';
  if (before.replace(TASHKEEL, '') === after.replace(TASHKEEL, '')) return 'tashkeel-only';
  const bare = (text: string): string => text.replace(PUNCTUATION, '').replace(WHITESPACE, '');
  if (bare(before) === bare(after)) return 'punctuation-only';
  return null;
}

export const changeKindOf = (before: string, after: string): ChangeKind => minorKindOf(before, after) ?? 'text';
