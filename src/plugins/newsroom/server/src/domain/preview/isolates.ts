/**
 * Splits the html of `analyzeBidi` over a block's whole text back into the pieces of each text
 * node, keeping its `<bdi>` isolates as separate events.
 *
 * `analyzeBidi` html is the input with each code unit emitted as itself, as one entity (the five
 * HTML escapes) or as U+FFFD, except that bidi controls are dropped and `<bdi>`/`</bdi>` are
 * inserted. The inline text is `clean`ed first, which removes bidi controls, so here one unit of
 * text is one character or one entity of html. If that ever stops holding (the walk does not end
 * exactly at the text's length), this returns null and the caller escapes node by node instead.
 */
export type InlineEvent = { kind: 'text'; segment: number; html: string } | { kind: 'open' } | { kind: 'close' };

const OPEN = '<bdi>';
const CLOSE = '</bdi>';
/** Longest entity `analyzeBidi` emits is "&quot;". */
const MAX_ENTITY_LENGTH = 6;

export function splitIsolates(html: string, segmentLengths: readonly number[]): InlineEvent[] | null {
  const events: InlineEvent[] = [];
  let segment = 0;
  let remaining = segmentLengths[0] ?? 0; // units left in the current segment
  const skipEmptySegments = (): void => {
    while (remaining === 0 && segment < segmentLengths.length - 1) {
      segment += 1;
      remaining = segmentLengths[segment];
    }
  };
  skipEmptySegments();
  let pieceStart = 0;
  const flush = (end: number): void => {
    if (end > pieceStart) events.push({ kind: 'text', segment, html: html.slice(pieceStart, end) });
    pieceStart = end;
  };
  let index = 0;
  while (index < html.length) {
    if (html.charCodeAt(index) === 0x3c /* < */) {
      const isOpen = html.startsWith(OPEN, index);
      if (!isOpen && !html.startsWith(CLOSE, index)) return null;
      flush(index);
      events.push({ kind: isOpen ? 'open' : 'close' });
      index += isOpen ? OPEN.length : CLOSE.length;
      pieceStart = index;
      continue;
    }
    if (remaining === 0) return null; // more text than the segments hold
    index = html.charCodeAt(index) === 0x26 /* & */ ? entityEnd(html, index) : index + 1;
    if (index < 0) return null;
    remaining -= 1;
    if (remaining === 0) {
      flush(index);
      skipEmptySegments();
    }
  }
  flush(index);
  return remaining === 0 && segment === Math.max(0, segmentLengths.length - 1) ? events : null;
}

/** Index after the ';' of the entity starting at `start`, or -1. */
function entityEnd(html: string, start: number): number {
  const limit = Math.min(html.length, start + MAX_ENTITY_LENGTH);
  for (let index = start + 1; index < limit; index += 1) {
    if (html.charCodeAt(index) === 0x3b /* ; */) return index + 1;
  }
  return -1;
}
