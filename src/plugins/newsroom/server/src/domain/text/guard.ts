/**
 * Argument checks for the public text functions. Every function in this folder accepts any
 * string (lone surrogates, control characters, megabytes) and never throws on one; a value that
 * is not a string is a caller bug, reported with a TypeError that names the function and argument.
 */

/** A short, human name for the type of `value` ("null", "array", "number", ...). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Throws `TypeError("<fn>: <arg> must be a string, got <type>")` unless `value` is a string.
 * Per-word functions call it as `if (typeof x !== 'string') requireString(...)`: the inline
 * typeof keeps the common path free of a cross-module call (a getter call under esbuild).
 */
export function requireString(value: unknown, fn: string, arg: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: ${arg} must be a string, got ${describeType(value)}`);
  }
}

/**
 * Reads an optional iterable of strings (an options field), rejecting anything else with a
 * TypeError naming the field and, for a bad element, its index.
 */
export function readStringList(value: unknown, fn: string, field: string): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string' || value === null || typeof value !== 'object' || !(Symbol.iterator in value)) {
    throw new TypeError(`${fn}: ${field} must be an iterable of strings, got ${describeType(value)}`);
  }
  const list: string[] = [];
  for (const item of value as Iterable<unknown>) {
    requireString(item, fn, `${field}[${list.length}]`);
    list.push(item);
  }
  return list;
}
