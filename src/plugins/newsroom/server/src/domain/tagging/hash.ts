/**
 * 32-bit hashes for the model's features (the hashing trick: features are never stored as
 * strings). These functions are part of the serialized model format: changing them changes every
 * feature id, so any change must bump MODEL_FORMAT_VERSION in serialize.ts.
 */

/** FNV-1a over UTF-16 code units, then a murmur3 finalizer so the low bits are well mixed. */
export function hashString(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) | 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return finalize(hash);
}

/** An ordered pair of hashes as one hash: (a, b) and (b, a) differ. */
export function hashPair(first: number, second: number): number {
  return finalize((Math.imul(first, 0x9e3779b1) ^ second) + 0x7f4a7c15);
}

/** murmur3's fmix32: every input bit affects every output bit. */
export function finalize(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash | 0;
}
