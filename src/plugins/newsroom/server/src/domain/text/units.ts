/**
 * Turning a buffer of UTF-16 code units back into a string. The normalizers build their output
 * in a reused Uint16Array (no per-character string concatenation); this is the one copy out.
 */

/** The decoder reads bytes in platform order; on a big-endian host fall back to the slow loop. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16le = new TextDecoder('utf-16le');
/** Below this length building the string unit by unit is cheaper than a call into the decoder. */
const SHORT = 24;

/**
 * The string made of `units[0..length)`. Callers guarantee well-formed UTF-16 (no lone
 * surrogates), which the decoder requires to reproduce the units exactly.
 */
export function unitsToString(units: Uint16Array, length: number): string {
  if (length > SHORT && LITTLE_ENDIAN) return utf16le.decode(units.subarray(0, length));
  let result = '';
  for (let index = 0; index < length; index++) result += String.fromCharCode(units[index]);
  return result;
}
