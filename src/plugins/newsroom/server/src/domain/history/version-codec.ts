import { deflateRawSync, inflateRawSync } from 'zlib';

/**
 * How a version's content is stored: the canonical JSON of its snapshot (domain/history/snapshot.ts), either as
 * a compressed full copy, or as a delta against the version just before it. A chain starts at a full copy, so
 * decoding version N reads the full copy at or before N and applies the deltas after it, in order.
 *
 * The delta, chosen by measurement (bench/history.ts) over plain compression of every version (a 2,000-word
 * Arabic article compresses only to about a third, so 100 one-word edits would cost ~30 full copies):
 *  - the bytes the two versions share at the start and at the end are counted, not stored (a one-word edit
 *    leaves a middle of a few bytes);
 *  - the new middle is deflated with the old middle as zlib's preset dictionary, so edits spread over the text
 *    (two typos far apart) still cost only what changed, as long as the old middle fits deflate's 32 KB window.
 * No library: zlib is in Node, and the format is a few lines that a test round-trips on random edit sequences.
 *
 * Bytes, not UTF-16 units: a cut inside an Arabic letter's two bytes is harmless, as the parts are joined again
 * before decoding. The stored text is base64 (a `text` column on SQLite and PostgreSQL alike).
 */
export type VersionEncoding = 'full' | 'delta';

export interface EncodedContent {
  encoding: VersionEncoding;
  content: string;
}

/** deflate's window: only the last 32 KB of a preset dictionary can be referred to. */
const WINDOW = 32 * 1024;
const LEVEL = 9;

const writeVarint = (value: number, out: number[]): void => {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
};

const readVarint = (bytes: Buffer, start: number): { value: number; next: number } => {
  let value = 0;
  let scale = 1;
  let index = start;
  for (;;) {
    if (index >= bytes.length) throw new RangeError('version delta: truncated header');
    const byte = bytes[index] as number;
    value += (byte & 0x7f) * scale;
    index += 1;
    if (byte < 0x80) return { value, next: index };
    scale *= 0x80;
  }
};

const dictionaryOf = (oldMiddle: Buffer): Buffer | undefined =>
  oldMiddle.length === 0 ? undefined : oldMiddle.subarray(Math.max(0, oldMiddle.length - WINDOW));

/**
 * Bytes compared natively (memcmp) a block at a time before the byte loop finds the exact end: the byte loop
 * alone over a 2,000-word article (26 KB) cost a save about half a millisecond (bench/history.ts).
 */
const COMPARE_BLOCK = 256;

/** How many bytes `a` and `b` share at the start. */
export const sharedPrefixLength = (a: Buffer, b: Buffer): number => {
  const shortest = Math.min(a.length, b.length);
  let shared = 0;
  while (
    shared + COMPARE_BLOCK <= shortest &&
    a.compare(b, shared, shared + COMPARE_BLOCK, shared, shared + COMPARE_BLOCK) === 0
  )
    shared += COMPARE_BLOCK;
  while (shared < shortest && a[shared] === b[shared]) shared += 1;
  return shared;
};

/** How many bytes `a` and `b` share at the end, at most `limit` (so that it never overlaps the shared start). */
export const sharedSuffixLength = (a: Buffer, b: Buffer, limit: number): number => {
  let shared = 0;
  while (
    shared + COMPARE_BLOCK <= limit &&
    a.compare(
      b,
      b.length - shared - COMPARE_BLOCK,
      b.length - shared,
      a.length - shared - COMPARE_BLOCK,
      a.length - shared,
    ) === 0
  )
    shared += COMPARE_BLOCK;
  while (shared < limit && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared += 1;
  return shared;
};

/** A compressed full copy of `json`. */
export const encodeFull = (json: string): string =>
  deflateRawSync(Buffer.from(json, 'utf8'), { level: LEVEL }).toString('base64');

export const decodeFull = (content: string): string => inflateRawSync(Buffer.from(content, 'base64')).toString('utf8');

/** `next` as a delta against `previous`: shared prefix length, shared suffix length, the deflated middle. */
export const encodeDelta = (previous: string, next: string): string => {
  const before = Buffer.from(previous, 'utf8');
  const after = Buffer.from(next, 'utf8');
  const prefix = sharedPrefixLength(before, after);
  const suffix = sharedSuffixLength(before, after, Math.min(before.length, after.length) - prefix);
  const oldMiddle = before.subarray(prefix, before.length - suffix);
  const newMiddle = after.subarray(prefix, after.length - suffix);
  const dictionary = dictionaryOf(oldMiddle);
  const middle = deflateRawSync(newMiddle, { level: LEVEL, ...(dictionary ? { dictionary } : {}) });
  const header: number[] = [];
  writeVarint(prefix, header);
  writeVarint(suffix, header);
  return Buffer.concat([Buffer.from(header), middle]).toString('base64');
};

export const decodeDelta = (previous: string, content: string): string => {
  const before = Buffer.from(previous, 'utf8');
  const bytes = Buffer.from(content, 'base64');
  const prefix = readVarint(bytes, 0);
  const suffix = readVarint(bytes, prefix.next);
  if (prefix.value + suffix.value > before.length) throw new RangeError('version delta: not against this version');
  const oldMiddle = before.subarray(prefix.value, before.length - suffix.value);
  const dictionary = dictionaryOf(oldMiddle);
  const middle = inflateRawSync(bytes.subarray(suffix.next), dictionary ? { dictionary } : {});
  return Buffer.concat([
    before.subarray(0, prefix.value),
    middle,
    before.subarray(before.length - suffix.value),
  ]).toString('utf8');
};

/**
 * How to store `next`: a full copy when there is no version before it, when the chain since the last full copy
 * has reached `fullEvery` versions (decoding reads at most that many rows), or when the delta would be no
 * smaller than a full copy (a rewrite).
 */
export const encodeVersion = (
  next: string,
  previous: { json: string; sinceFull: number } | null,
  fullEvery: number,
): EncodedContent => {
  const full = (): EncodedContent => ({ encoding: 'full', content: encodeFull(next) });
  if (previous === null || previous.sinceFull + 1 >= fullEvery) return full();
  const delta = encodeDelta(previous.json, next);
  // Text never deflates below an eighth of itself: a delta that small wins without compressing a full copy to see.
  if (delta.length * 8 < Buffer.byteLength(next, 'utf8')) return { encoding: 'delta', content: delta };
  const copy = encodeFull(next);
  return delta.length < copy.length ? { encoding: 'delta', content: delta } : { encoding: 'full', content: copy };
};

/** The JSON of the last of `chain`: a full copy first, then the deltas after it, in order. */
export const decodeChain = (chain: readonly EncodedContent[]): string => {
  const [first, ...rest] = chain;
  if (!first || first.encoding !== 'full') throw new RangeError('version chain: must start at a full copy');
  let json = decodeFull(first.content);
  for (const link of rest) json = link.encoding === 'full' ? decodeFull(link.content) : decodeDelta(json, link.content);
  return json;
};
