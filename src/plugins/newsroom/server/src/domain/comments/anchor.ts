/**
 * A comment's anchor: a quoted stretch of one field's text. Offsets do not survive an edit, so the anchor keeps
 * the quote with a little of the text on each side, and is found again in whatever the field says now: where
 * the quote occurs once, there; where it occurs several times, at the occurrence whose surroundings still look
 * most like the original ones; where it no longer occurs, nowhere (the panel says the text has changed).
 */
export interface TextAnchor {
  field: string;
  quote: string;
  /** Up to CONTEXT_LENGTH characters before the quote when it was made. */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters after it. */
  suffix: string;
}

export const CONTEXT_LENGTH = 32;

export type AnchorPlace = { found: true; start: number; end: number } | { found: false };

/** Every start of `quote` in `text` (overlapping ones too). */
const occurrences = (text: string, quote: string): number[] => {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
};

/** Characters `a` and `b` share at their ends (`fromEnd`) or their beginnings. */
const shared = (a: string, b: string, fromEnd: boolean): number => {
  let count = 0;
  const length = Math.min(a.length, b.length);
  while (count < length) {
    const x = fromEnd ? a[a.length - 1 - count] : a[count];
    const y = fromEnd ? b[b.length - 1 - count] : b[count];
    if (x !== y) break;
    count += 1;
  }
  return count;
};

/**
 * The anchor for `quote` in `text`: the quote and its surroundings at its first occurrence at or after `near`
 * (the position the writer selected, when known). Null when the quote is empty or not in the text.
 */
export const makeAnchor = (field: string, text: string, quote: string, near = 0): TextAnchor | null => {
  if (quote.length === 0) return null;
  const starts = occurrences(text, quote);
  if (starts.length === 0) return null;
  const start = starts.find((at) => at >= near) ?? starts[starts.length - 1];
  const end = start + quote.length;
  return {
    field,
    quote,
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
};

/** Where the anchor's quote is in the field's current text, or that it is gone. */
export const findAnchor = (anchor: Pick<TextAnchor, 'quote' | 'prefix' | 'suffix'>, text: string): AnchorPlace => {
  if (anchor.quote.length === 0) return { found: false };
  const starts = occurrences(text, anchor.quote);
  if (starts.length === 0) return { found: false };
  let best = starts[0];
  let bestScore = -1;
  for (const start of starts) {
    const end = start + anchor.quote.length;
    const score =
      shared(text.slice(Math.max(0, start - anchor.prefix.length), start), anchor.prefix, true) +
      shared(text.slice(end, end + anchor.suffix.length), anchor.suffix, false);
    if (score > bestScore) {
      best = start;
      bestScore = score;
    }
  }
  return { found: true, start: best, end: best + anchor.quote.length };
};
