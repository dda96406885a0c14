/**
 * Little-endian binary writer and reader for the serialized model: varints for counts and sorted
 * hash gaps, fixed-width numbers for the rest. The reader checks every read against the end of
 * the buffer, so truncated or corrupt bytes fail with a clear Error instead of a wrong model.
 */

export class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  private view = new DataView(this.buffer.buffer);
  private length = 0;

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  u8(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  u32(value: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, value >>> 0, true);
    this.length += 4;
  }

  f32(value: number): void {
    this.reserve(4);
    this.view.setFloat32(this.length, value, true);
    this.length += 4;
  }

  f64(value: number): void {
    this.reserve(8);
    this.view.setFloat64(this.length, value, true);
    this.length += 8;
  }

  /** An unsigned integer below 2^53 in 7-bit groups. */
  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.u8(rest % 0x80 | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.u8(rest);
  }

  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  string(text: string): void {
    const encoded = new TextEncoder().encode(text);
    this.varint(encoded.length);
    this.raw(encoded);
  }

  private reserve(count: number): void {
    if (this.length + count <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + count) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
    this.view = new DataView(grown.buffer);
  }
}

export class ByteReader {
  private offset = 0;
  private readonly view: DataView;

  constructor(
    private readonly buffer: Uint8Array,
    private readonly context: string,
  ) {
    this.view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  get done(): boolean {
    return this.offset === this.buffer.length;
  }

  u8(): number {
    this.need(1);
    return this.buffer[this.offset++];
  }

  u32(): number {
    this.need(4);
    const value = this.view.getUint32(this.offset, true);
    this.offset += 4;
    return value;
  }

  f32(): number {
    this.need(4);
    const value = this.view.getFloat32(this.offset, true);
    this.offset += 4;
    return value;
  }

  f64(): number {
    this.need(8);
    const value = this.view.getFloat64(this.offset, true);
    this.offset += 8;
    return value;
  }

  varint(): number {
    let value = 0;
    let factor = 1;
    for (let shift = 0; shift < 53; shift += 7) {
      const byte = this.u8();
      value += (byte & 0x7f) * factor;
      if ((byte & 0x80) === 0) return value;
      factor *= 0x80;
    }
    throw new Error(`${this.context}: corrupt data (varint too long at byte ${this.offset})`);
  }

  /** A varint that must not exceed `max` (counts that size allocations). */
  count(max: number, what: string): number {
    const value = this.varint();
    if (value > max) throw new Error(`${this.context}: corrupt data (${what} ${value} exceeds ${max})`);
    return value;
  }

  raw(length: number): Uint8Array {
    this.need(length);
    const bytes = this.buffer.subarray(this.offset, this.offset + length);
    this.offset += length;
    return bytes;
  }

  string(): string {
    const length = this.count(this.buffer.length - this.offset, 'string length');
    return new TextDecoder('utf-8', { fatal: true }).decode(this.raw(length));
  }

  private need(count: number): void {
    if (this.offset + count > this.buffer.length)
      throw new Error(`${this.context}: corrupt data (truncated at byte ${this.offset})`);
  }
}
