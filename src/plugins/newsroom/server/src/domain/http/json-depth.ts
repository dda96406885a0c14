/**
 * Nesting depth of a JSON text, read on its bytes before it is parsed: parsing 4 million nested brackets
 * holds the event loop for seconds, and Strapi's error formatter (JSON.stringify) overflows the stack on a
 * value a few thousand levels deep. One pass, no allocation, stops at the first level over `max`. Brackets
 * inside strings do not count. Pure: no Strapi import.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Fed the body a chunk at a time as it arrives (so no single step scans more than one chunk); `feed` answers
 * true as soon as the nesting passes `max`. Keeps its place across chunks (inside a string, after a backslash).
 */
export class JsonDepthScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly max: number) {}

  feed(bytes: Uint8Array): boolean {
    const { max } = this;
    let { depth, inString, escaped } = this;
    for (let index = 0; index < bytes.length; index += 1) {
      const byte = bytes[index];
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) {
        inString = true;
      } else if (byte === 0x5b || byte === 0x7b) {
        depth += 1;
        if (depth > max) return true;
      } else if (byte === 0x5d || byte === 0x7d) {
        depth -= 1;
      }
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    return false;
  }
}

/** True when the JSON text nests objects and arrays deeper than `max` levels. */
export const jsonNestedDeeperThan = (bytes: Uint8Array, max: number): boolean => new JsonDepthScanner(max).feed(bytes);

/**
 * A key `__proto__`, or `constructor` holding `prototype`, anywhere in a parsed value (what @hapi/bourne
 * refuses for koa-body): such keys would reach object merges downstream. Iterative; the value is already
 * known to be shallow.
 */
export function hasPrototypePoisoning(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (!Array.isArray(node)) {
      if (Object.prototype.hasOwnProperty.call(node, '__proto__')) return true;
      const constructor = (node as Record<string, unknown>).constructor;
      if (Object.prototype.hasOwnProperty.call(node, 'constructor') && typeof constructor === 'object' && constructor !== null && 'prototype' in constructor) return true;
    }
    for (const child of Object.values(node)) pending.push(child);
  }
  return false;
}
