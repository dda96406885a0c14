/**
 * Nesting depth and size of a JSON text, read on its bytes before it is parsed: parsing 4 million nested
 * brackets holds the event loop for seconds, and Strapi's error formatter (JSON.stringify) overflows the
 * stack on a value a few thousand levels deep; a flat body costs JSON.parse in proportion to what it builds
 * (100,000 small objects: 40-140 ms, 4 million zeros in 8 MB: 280 ms), so objects and arrays are counted and
 * so are values. One pass, no allocation, stops at the first limit passed. Brackets and commas inside
 * strings do not count. Pure: no Strapi import.
 */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

/** The limit a JSON text passed: its `limits.*` name. */
export type JsonLimitName = 'jsonDepth' | 'jsonContainers' | 'jsonValues';

export interface JsonCountLimits {
  /** Objects and arrays in the whole text. */
  maxContainers?: number;
  /** Values and members: each object or array, and each one a comma starts, counts one. */
  maxValues?: number;
}

/**
 * Fed the body a chunk at a time as it arrives (so no single step scans more than one chunk); `feed` answers
 * true as soon as the nesting passes `maxDepth` or a count passes its limit (`passed` names which). Keeps its
 * place across chunks (inside a string, after a backslash, the depth and the counts).
 */
export class JsonDepthScanner {
  private depth = 0;
  private containers = 0;
  private values = 0;
  private inString = false;
  private escaped = false;
  /** The limit passed, once `feed` has answered true. */
  passed: JsonLimitName | null = null;
  private readonly maxContainers: number;
  private readonly maxValues: number;

  constructor(
    private readonly max: number,
    counts: JsonCountLimits = {},
  ) {
    this.maxContainers = counts.maxContainers ?? Infinity;
    this.maxValues = counts.maxValues ?? Infinity;
  }

  feed(bytes: Uint8Array): boolean {
    const { max, maxContainers, maxValues } = this;
    let { depth, containers, values, inString, escaped } = this;
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
        containers += 1;
        values += 1;
        if (depth > max) return this.stop('jsonDepth');
        if (containers > maxContainers) return this.stop('jsonContainers');
        if (values > maxValues) return this.stop('jsonValues');
      } else if (byte === 0x5d || byte === 0x7d) {
        depth -= 1;
      } else if (byte === COMMA) {
        values += 1;
        if (values > maxValues) return this.stop('jsonValues');
      }
    }
    this.depth = depth;
    this.containers = containers;
    this.values = values;
    this.inString = inString;
    this.escaped = escaped;
    return false;
  }

  private stop(limit: JsonLimitName): true {
    this.passed = limit;
    return true;
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
      if (
        Object.prototype.hasOwnProperty.call(node, 'constructor') &&
        typeof constructor === 'object' &&
        constructor !== null &&
        'prototype' in constructor
      )
        return true;
    }
    for (const child of Object.values(node)) pending.push(child);
  }
  return false;
}
