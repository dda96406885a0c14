import { matchKey } from '../text/normalize';
import { tokenTexts } from '../text/tokenize';

/**
 * Near-duplicate copy: a story an agency files again with a rewritten lead, a corrected figure or a new
 * paragraph. Text is cut into shingles of SHINGLE_WORDS normalized words (`matchKey`: tashkeel and tatweel
 * gone, alef/yaa/taa marbuta folded, lowercase), a MinHash signature of SIGNATURE_SIZE 32-bit values
 * estimates the Jaccard similarity of two stories' shingle sets, and LSH banding (BANDS bands of ROWS values)
 * turns the signature into keys that two similar stories share with high probability: a lookup reads the
 * stories sharing a band key, never every stored story. The threshold and the banding were measured on the
 * ANT archive (bench/eval-updates.ts; figures in the README).
 */
export const SHINGLE_WORDS = 3;
export const BANDS = 16;
export const ROWS = 4;
export const SIGNATURE_SIZE = BANDS * ROWS;
/** Estimated Jaccard similarity from which a story is offered as an update of a stored one (measured). */
export const UPDATE_THRESHOLD = 0.75;
/** At most this many words are read: the beginning of a story says what it is; input limits hold anyway. */
const MAX_WORDS = 5000;

/** fmix32 of MurmurHash3: a cheap bijective 32-bit mixer. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units: the shingle's 32-bit id. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fixed seeds (splitmix-like sequence): signatures stored today must compare with those computed later. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  let state = 0x9e3779b9;
  for (let index = 0; index < SIGNATURE_SIZE; index += 1) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[index] = mix32(state);
  }
  return seeds;
})();

/** The normalized words of a text, as the search and the content hash see them. */
export function normalizedWords(text: string): string[] {
  const words: string[] = [];
  for (const token of tokenTexts(matchKey(text))) {
    if (/[\p{L}\p{N}]/u.test(token)) words.push(token);
    if (words.length >= MAX_WORDS) break;
  }
  return words;
}

/** The distinct shingle ids of a word list; a text shorter than a shingle is one shingle. */
export function shingleIds(words: readonly string[]): Set<number> {
  const ids = new Set<number>();
  if (words.length === 0) return ids;
  if (words.length < SHINGLE_WORDS) {
    ids.add(hashString(words.join(' ')));
    return ids;
  }
  for (let index = 0; index + SHINGLE_WORDS <= words.length; index += 1)
    ids.add(hashString(words.slice(index, index + SHINGLE_WORDS).join(' ')));
  return ids;
}

/** The MinHash signature of a shingle set (empty set: all 0xffffffff, similar to nothing). */
export function minHash(shingles: ReadonlySet<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let index = 0; index < SIGNATURE_SIZE; index += 1) {
      const value = mix32(shingle ^ SEEDS[index]);
      if (value < signature[index]) signature[index] = value;
    }
  }
  return signature;
}

/** The signature of a story's text (title and paragraphs). */
export function signatureOfText(title: string, paragraphs: readonly string[]): Uint32Array {
  return minHash(shingleIds(normalizedWords([title, ...paragraphs].join('\n'))));
}

/** Estimated Jaccard similarity: the share of signature positions that agree. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error('signatures of different sizes');
  let same = 0;
  for (let index = 0; index < a.length; index += 1) if (a[index] === b[index] && a[index] !== 0xffffffff) same += 1;
  return same / a.length;
}

/** Exact Jaccard similarity of two shingle sets (for tests and the evaluation). */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const id of a) if (b.has(id)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * The LSH band keys of a signature: `<band>:<hex>` of each band's ROWS values hashed together. Two stories
 * with Jaccard similarity s share at least one key with probability 1 - (1 - s^ROWS)^BANDS.
 */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band += 1) {
    let h = 0x811c9dc5 ^ band;
    for (let row = 0; row < ROWS; row += 1) h = mix32(Math.imul(h, 0x01000193) ^ signature[band * ROWS + row]);
    // An empty text's signature shares keys with every other empty text: it gets none.
    if (signature[band * ROWS] !== 0xffffffff) keys.push(`${band}:${h.toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/** Stored form of a signature: base64 of its little-endian bytes. */
export function encodeSignature(signature: Uint32Array): string {
  const bytes = Buffer.alloc(signature.length * 4);
  signature.forEach((value, index) => bytes.writeUInt32LE(value, index * 4));
  return bytes.toString('base64');
}

export function decodeSignature(encoded: string): Uint32Array | null {
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length !== SIGNATURE_SIZE * 4) return null;
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let index = 0; index < SIGNATURE_SIZE; index += 1) signature[index] = bytes.readUInt32LE(index * 4);
  return signature;
}

/** The chance that two stories of Jaccard similarity `s` share a band key (the LSH S-curve). */
export const candidateProbability = (s: number): number => 1 - (1 - s ** ROWS) ** BANDS;

/**
 * Agency versions compared as numbers when both are ("2" after "10" is older), else as text; undefined
 * when either is missing.
 */
export function compareVersions(a: string | undefined, b: string | undefined): number | undefined {
  if (a === undefined || b === undefined) return undefined;
  const [x, y] = [Number(a), Number(b)];
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a.localeCompare(b);
}

/** A parsed story's signature: its title, headings and paragraphs (what a reader sees of it). */
export function signatureOfStory(story: {
  title: string;
  sections: ReadonlyArray<{ heading?: string; paragraphs: readonly string[] }>;
}): Uint32Array {
  return minHash(shingleIds(normalizedWords(storyText(story))));
}

/** The text of a story the signature reads. */
export function storyText(story: {
  title: string;
  sections: ReadonlyArray<{ heading?: string; paragraphs: readonly string[] }>;
}): string {
  return [
    story.title,
    ...story.sections.flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.paragraphs]),
  ].join('\n');
}

/**
 * An in-memory LSH index (the stories of one archive batch, the evaluation): `find` compares a signature with
 * the entries sharing a band key only.
 */
export class SignatureIndex<Id> {
  private readonly buckets = new Map<string, Id[]>();
  private readonly signatures = new Map<Id, Uint32Array>();

  add(id: Id, signature: Uint32Array): void {
    this.signatures.set(id, signature);
    for (const key of bandKeys(signature)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(id);
      else this.buckets.set(key, [id]);
    }
  }

  /** The most similar entry at or above `threshold`, if any. */
  find(signature: Uint32Array, threshold = UPDATE_THRESHOLD): { id: Id; similarity: number } | null {
    let best: { id: Id; similarity: number } | null = null;
    const seen = new Set<Id>();
    for (const key of bandKeys(signature))
      for (const id of this.buckets.get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const score = similarity(signature, this.signatures.get(id) as Uint32Array);
        if (score >= threshold && (!best || score > best.similarity)) best = { id, similarity: score };
      }
    return best;
  }
}
