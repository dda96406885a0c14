import { WireInputError } from './errors';

/**
 * Checks on raw input bytes before any parsing: a file of copy (or one archive record) must be non-empty
 * UTF-8 text of at most 5 MB. Each failure names the file, and the line when the problem has one.
 */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
/** Share of control characters above which text is taken for binary (real copy has next to none). */
const MAX_CONTROL_SHARE = 0.1;
const SAMPLE_BYTES = 64 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export interface InputPlace {
  file: string;
  /** Line of the record's first byte in the file, for archives read a record at a time. */
  line?: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The bytes as text, or a WireInputError saying why they are not acceptable copy. */
export function decodeInput(bytes: Uint8Array, place: InputPlace): string {
  const fail = (reason: string, line = place.line): never => {
    throw new WireInputError(place.file, reason, line);
  };
  if (bytes.length > MAX_INPUT_BYTES) fail(`larger than 5 MB (${bytes.length} bytes)`);
  const start = UTF8_BOM.every((byte, index) => bytes[index] === byte) ? UTF8_BOM.length : 0;
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul >= 0) fail('binary data, not text (NUL byte)', lineAt(body, nul, place.line));
  if (controlShare(body.subarray(0, SAMPLE_BYTES)) > MAX_CONTROL_SHARE)
    fail('binary data, not text (mostly control characters)');
  const invalid = firstInvalidUtf8(body);
  if (invalid >= 0)
    fail(
      `not UTF-8 (invalid byte 0x${body[invalid].toString(16)} at offset ${invalid + start})`,
      lineAt(body, invalid, place.line),
    );
  const text = decoder.decode(body);
  if (text.trim() === '') fail('empty');
  return text;
}

/** Line of byte `offset`, counted from `firstLine` (1 when the bytes are a whole file). */
function lineAt(bytes: Uint8Array, offset: number, firstLine = 1): number {
  let line = firstLine;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

function controlShare(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  let controls = 0;
  for (const byte of bytes) {
    // Tab, line feed, form feed and carriage return are text; the other C0 bytes and DEL are not.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f)
      controls += 1;
  }
  return controls / bytes.length;
}

/**
 * Offset of the first byte that breaks UTF-8 (bad lead or continuation byte, overlong form, surrogate,
 * beyond U+10FFFF, truncated sequence), or -1. Runs only when the fast decoder refused the bytes.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  try {
    decoder.decode(bytes);
    return -1;
  } catch {
    // fall through to locate the byte
  }
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index];
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined || (byte & 0xc0) !== 0x80) return index;
    }
    const second = bytes[index + 1];
    if (
      (lead === 0xe0 && second < 0xa0) ||
      (lead === 0xed && second > 0x9f) ||
      (lead === 0xf0 && second < 0x90) ||
      (lead === 0xf4 && second > 0x8f)
    ) {
      return index;
    }
    index += length;
  }
  return -1;
}
