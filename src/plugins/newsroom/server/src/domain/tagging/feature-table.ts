/**
 * The model's feature dictionary: feature hash → row of the weight matrix. Open addressing with
 * linear probing over typed arrays, so a model of half a million features is a few flat arrays
 * (fast to look up, cheap to serialize) rather than a Map of boxed entries.
 */
export class FeatureTable {
  private keys: Int32Array;
  private rows: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    const capacity = tableCapacity(expected);
    this.keys = new Int32Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Memory held by the table's arrays. */
  get byteLength(): number {
    return this.keys.byteLength + this.rows.byteLength;
  }

  /** The row of `hash`, or -1. */
  get(hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const row = this.rows[slot];
      if (row === -1 || this.keys[slot] === hash) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds `hash` as the next row (if absent) and returns its row. */
  add(hash: number): number {
    const existing = this.get(hash);
    if (existing !== -1) return existing;
    if ((this.count + 1) * 2 > this.rows.length) this.rehash(this.rows.length * 2);
    let slot = hash & this.mask;
    while (this.rows[slot] !== -1) slot = (slot + 1) & this.mask;
    this.keys[slot] = hash;
    this.rows[slot] = this.count;
    return this.count++;
  }

  /** Hashes in row order: `hashes()[row]` is the feature of `row`. */
  hashes(): Int32Array {
    const byRow = new Int32Array(this.count);
    for (let slot = 0; slot < this.rows.length; slot++)
      if (this.rows[slot] !== -1) byRow[this.rows[slot]] = this.keys[slot];
    return byRow;
  }

  private rehash(capacity: number): void {
    const { keys, rows } = this;
    this.keys = new Int32Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let slot = 0; slot < rows.length; slot++) {
      if (rows[slot] === -1) continue;
      let target = keys[slot] & this.mask;
      while (this.rows[target] !== -1) target = (target + 1) & this.mask;
      this.keys[target] = keys[slot];
      this.rows[target] = rows[slot];
    }
  }
}

/** A power of two at least twice `expected`: the table stays at most half full. */
function tableCapacity(expected: number): number {
  let capacity = 16;
  while (capacity < expected * 2) capacity *= 2;
  return capacity;
}

/**
 * Counts per hash (document frequencies during training): the same open addressing, with a count
 * beside each key. A Map<number, number> of a few million entries is several times slower and
 * larger; training counts every feature of every article once.
 */
export class HashCounts {
  private keys = new Int32Array(1 << 16);
  private counts = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;
  private count = 0;

  get size(): number {
    return this.count;
  }

  increment(hash: number): void {
    let slot = hash & this.mask;
    for (;;) {
      const current = this.counts[slot];
      if (current === 0) break;
      if (this.keys[slot] === hash) {
        this.counts[slot] = current + 1;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = hash;
    this.counts[slot] = 1;
    if (++this.count * 2 > this.counts.length) this.grow();
  }

  /** Calls `visit(hash, count)` for every hash, in an order fixed by the hashes added. */
  forEach(visit: (hash: number, count: number) => void): void {
    for (let slot = 0; slot < this.counts.length; slot++)
      if (this.counts[slot] !== 0) visit(this.keys[slot], this.counts[slot]);
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.counts = new Int32Array(counts.length * 2);
    this.mask = this.counts.length - 1;
    for (let slot = 0; slot < counts.length; slot++) {
      if (counts[slot] === 0) continue;
      let target = keys[slot] & this.mask;
      while (this.counts[target] !== 0) target = (target + 1) & this.mask;
      this.keys[target] = keys[slot];
      this.counts[target] = counts[slot];
    }
  }
}
