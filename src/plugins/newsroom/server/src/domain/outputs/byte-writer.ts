/**
 * A document written as UTF-8 into one growing buffer: text encoded where it lands, fixed parts copied as bytes.
 * For outputs made whole in memory (the news sitemap): building each piece as a string and encoding it cost
 * allocations and copies a piece, and joining the strings first cost more (V8 flattens them one by one).
 */
export class ByteWriter {
  private bytes: Buffer;
  private length = 0;

  constructor(capacity: number) {
    this.bytes = Buffer.allocUnsafe(Math.max(64, capacity));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + extra));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }

  /** Text as UTF-8 (a UTF-16 code unit is at most three bytes). */
  text(value: string): this {
    this.reserve(value.length * 3);
    this.length += this.bytes.write(value, this.length, 'utf8');
    return this;
  }

  /** Bytes made once (the parts every entry repeats). */
  raw(value: Uint8Array): this {
    this.reserve(value.length);
    this.bytes.set(value, this.length);
    this.length += value.length;
    return this;
  }

  /**
   * What was written: a view of the working buffer (not a copy: the document is sent and dropped; a copy cost
   * 615 KB more of memory outside the heap a news sitemap, which V8 counts towards its next collection).
   * Writing more afterwards does not change it.
   */
  done(): Buffer {
    return this.bytes.subarray(0, this.length);
  }
}
