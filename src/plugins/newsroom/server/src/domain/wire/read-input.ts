/**
 * Reads one input of wire copy or archive stories from its bytes, a chunk at a time: plain-text copy as one
 * story, a ninjs or NewsML-G2 document as its items, archive SGML (<DOC>) and JSON lines a record at a time (27k stories never sit in memory together).
 * Shared by `npm run import` (file streams) and the admin's import page (uploaded bytes); the caller has
 * already gunzipped. Lines are split on bytes rather than decoded first, which would silently turn invalid
 * UTF-8 into U+FFFD where the import must report it. Every limit (input-limits.ts) is checked as the bytes
 * arrive; blank lines are counted, never kept.
 */
import { AntSgmlReader } from './ant-sgml';
import { antRecordFromJson, storyFromAntRecord } from './ant-record';
import { WireInputError } from './errors';
import { detectWireFormat } from './format';
import { MAX_INPUT_BYTES, decodeInput } from './input-check';
import { CLI_INPUT_LIMITS, InputBudget } from './input-limits';
import type { InputItem } from './input-item';
import { storyFromWireCopy } from './text-story';
import { JsonDepthScanner } from '../http/json-depth';
import { readNewsMlG2 } from './newsml-g2';
import { storyFromNinjs } from './ninjs';

/** The JSON bodies' default limits (README, Security: `limits.jsonDepth`, `jsonContainers`, `jsonValues`). */
const NINJS_LIMITS = { jsonDepth: 64, jsonContainers: 60_000, jsonValues: 200_000 } as const;

export type { InputItem };

export interface WireInputSource {
  /** How failures name the input (a path, or an uploaded file's name). */
  file: string;
  /** The name whose extension says the format, without `.gz`. */
  name: string;
  /** Bytes as stored (compressed when gzip). */
  size: number;
  gzip: boolean;
  /** The (decompressed) bytes. */
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

interface ByteLine {
  bytes: Buffer;
  number: number;
}

const toBuffer = (chunk: Uint8Array): Buffer =>
  Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/** Only spaces, tabs and carriage returns from `start` to `end`. */
const isBlank = (buffer: Buffer, start = 0, end = buffer.length): boolean => {
  for (let index = start; index < end; index += 1) {
    const byte = buffer[index];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  }
  return true;
};

/**
 * The non-blank lines as bytes with their 1-based numbers (a trailing \r dropped). Blank lines are only
 * counted: they allocate nothing. Bytes, lines and line length are checked against the budget as each chunk
 * arrives, so a limit stops the stream as soon as it is passed (an unfinished line too).
 */
async function* byteLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  budget: InputBudget,
  file: string,
): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let pendingBlank = true;
  let number = 1;
  const finish = (end: Buffer): ByteLine | null => {
    const blank = pendingBlank && isBlank(end);
    const parts = pending;
    pending = [];
    pendingLength = 0;
    pendingBlank = true;
    if (blank) return null;
    const whole = parts.length === 0 ? end : Buffer.concat([...parts, end]);
    const bytes = whole.length > 0 && whole[whole.length - 1] === 0x0d ? whole.subarray(0, whole.length - 1) : whole;
    return { bytes, number };
  };
  for await (const chunk of chunks) {
    const buffer = toBuffer(chunk);
    budget.addBytes(buffer.length, file, number);
    let start = 0;
    for (let newline = buffer.indexOf(0x0a); newline >= 0; newline = buffer.indexOf(0x0a, start)) {
      budget.checkLine(number, pendingLength + newline - start, file);
      const line = newline === start && pendingLength === 0 ? null : finish(buffer.subarray(start, newline));
      if (line) yield line;
      number += 1;
      start = newline + 1;
    }
    if (start < buffer.length) {
      const rest = buffer.subarray(start);
      pendingLength += rest.length;
      budget.checkLine(number, pendingLength, file);
      pendingBlank = pendingBlank && isBlank(rest);
      pending.push(rest);
    }
  }
  const last = pendingLength > 0 ? finish(Buffer.alloc(0)) : null;
  if (last) yield last;
}

/**
 * A whole document (plain copy, a ninjs file, a NewsML-G2 file), at most 5 MB, decoded at once: its lines
 * (blank runs as one buffer each, so errors keep their line numbers).
 */
async function wholeDocument(
  first: ByteLine | undefined,
  lines: AsyncGenerator<ByteLine>,
  source: WireInputSource,
): Promise<{ text: string; bytes: Buffer }> {
  const { file, size, gzip } = source;
  const tooLarge = (bytes: number) => new WireInputError(file, `larger than 5 MB (${bytes} bytes)`);
  if (!gzip && size > MAX_INPUT_BYTES) throw tooLarge(size);
  const parts: Buffer[] = [];
  let length = 0;
  let previous = 1;
  const add = (line: ByteLine) => {
    if (line.number > previous) parts.push(Buffer.alloc(line.number - previous, 0x0a));
    parts.push(line.bytes);
    length += line.number - previous + line.bytes.length;
    previous = line.number;
    if (length > MAX_INPUT_BYTES) throw tooLarge(length);
  };
  if (first) add(first);
  for await (const line of lines) add(line);
  const bytes = Buffer.concat(parts);
  return { text: decodeInput(bytes, { file }), bytes };
}

/** A ninjs document (one item, or an array of items) as stories; nesting and counts checked before parsing. */
function ninjsItems(document: { text: string; bytes: Buffer }, file: string): InputItem[] {
  const scanner = new JsonDepthScanner(NINJS_LIMITS.jsonDepth, {
    maxContainers: NINJS_LIMITS.jsonContainers,
    maxValues: NINJS_LIMITS.jsonValues,
  });
  if (scanner.feed(document.bytes) && scanner.passed) {
    const limit = scanner.passed;
    throw new WireInputError(
      file,
      `ninjs: over the ${limit} limit (${NINJS_LIMITS[limit]}) / ninjs: تجاوز حد ${limit} (${NINJS_LIMITS[limit]})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(document.text);
  } catch (error) {
    throw new WireInputError(file, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return (Array.isArray(value) ? value : [value]).map((item) => {
    try {
      return { story: storyFromNinjs(item, file) };
    } catch (error) {
      return { error: error instanceof WireInputError ? error : new WireInputError(file, String(error)) };
    }
  });
}

/** Plain copy, a ninjs file or a NewsML-G2 file: read whole, then one story or a few. */
async function* documentStories(
  format: 'text' | 'ninjs' | 'newsml-g2',
  first: ByteLine | undefined,
  lines: AsyncGenerator<ByteLine>,
  source: WireInputSource,
  budget: InputBudget,
): AsyncGenerator<InputItem> {
  const document = await wholeDocument(first, lines, source);
  const { file } = source;
  const items =
    format === 'text'
      ? [{ story: storyFromWireCopy(document.text, file) }]
      : format === 'ninjs'
        ? ninjsItems(document, file)
        : readNewsMlG2(document.text, file);
  for (const item of items) {
    budget.addStory(file, 1);
    yield item;
  }
}

/**
 * The stories and per-record errors of one input; an error of the whole input is thrown as a WireInputError,
 * a passed limit as a WireLimitExceeded (the default budget is the command line's, one per input).
 */
export async function* readWireInput(
  source: WireInputSource,
  budget = new InputBudget(CLI_INPUT_LIMITS),
): AsyncGenerator<InputItem> {
  const { file, name, size } = source;
  if (size === 0) throw new WireInputError(file, 'empty');
  const lines = byteLines(source.chunks, budget, file);
  const first = await lines.next();
  const head = first.done ? '' : first.value.bytes.subarray(0, 200).toString('utf8');
  const format = detectWireFormat(name, head);
  if (first.done) throw new WireInputError(file, 'empty');
  if (format === 'text' || format === 'ninjs' || format === 'newsml-g2') {
    yield* documentStories(format, first.value, lines, source, budget);
    return;
  }
  const sgml = format === 'ant-sgml' ? new AntSgmlReader(file) : null;
  for await (const line of prepend(first.value, lines)) {
    const items: Array<InputItem & { line: number }> = [];
    try {
      const text = decodeInput(line.bytes, { file, line: line.number });
      const read = sgml
        ? sgml.line(text, line.number)
        : [{ record: antRecordFromJson(text, file, line.number), line: line.number }];
      for (const item of read) {
        if ('error' in item) items.push({ error: item.error, line: line.number });
        else items.push({ story: storyFromAntRecord(item.record, { file, line: item.line, format }), line: item.line });
      }
    } catch (error) {
      sgml?.abandon();
      items.push({
        error: error instanceof WireInputError ? error : new WireInputError(file, String(error), line.number),
        line: line.number,
      });
    }
    for (const { line: at, ...item } of items) {
      budget.addStory(file, at);
      yield item;
    }
  }
  for (const item of sgml?.end() ?? []) {
    if ('error' in item) {
      budget.addStory(file);
      yield { error: item.error };
    }
  }
}

async function* prepend<T>(first: T, rest: AsyncGenerator<T>): AsyncGenerator<T> {
  yield first;
  yield* rest;
}
