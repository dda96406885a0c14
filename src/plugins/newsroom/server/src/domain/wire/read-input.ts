/**
 * Reads one input of wire copy or archive stories from its bytes, a chunk at a time: plain-text copy as one
 * story, archive SGML (<DOC>) and JSON lines a record at a time (27k stories never sit in memory together).
 * Shared by `npm run import` (file streams) and the admin's import page (uploaded bytes); the caller has
 * already gunzipped. Lines are split on bytes rather than decoded first, which would silently turn invalid
 * UTF-8 into U+FFFD where the import must report it.
 */
import { AntSgmlReader } from './ant-sgml';
import { antRecordFromJson, storyFromAntRecord } from './ant-record';
import { WireInputError } from './errors';
import { detectWireFormat } from './format';
import { MAX_INPUT_BYTES, decodeInput } from './input-check';
import type { ParsedStory } from './story';
import { storyFromWireCopy } from './text-story';

export type InputItem = { story: ParsedStory } | { error: WireInputError };

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
  tooLong: boolean;
}

/** Lines as bytes with their 1-based numbers; a trailing \r is dropped. Lines over the limit are cut short and flagged. */
async function* byteLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let number = 0;
  const flush = (end: Buffer): ByteLine => {
    const whole = pending.length === 0 ? end : Buffer.concat([...pending, end]);
    pending = [];
    pendingLength = 0;
    number += 1;
    const bytes = whole.length > 0 && whole[whole.length - 1] === 0x0d ? whole.subarray(0, whole.length - 1) : whole;
    return { bytes: bytes.length > MAX_INPUT_BYTES ? bytes.subarray(0, 0) : bytes, number, tooLong: bytes.length > MAX_INPUT_BYTES };
  };
  for await (const chunk of chunks) {
    let buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let newline = buffer.indexOf(0x0a);
    while (newline >= 0) {
      yield flush(buffer.subarray(0, newline));
      buffer = buffer.subarray(newline + 1);
      newline = buffer.indexOf(0x0a);
    }
    // Keep at most a little over the limit of an unfinished line: the rest is only counted.
    if (pendingLength <= MAX_INPUT_BYTES) pending.push(buffer);
    pendingLength += buffer.length;
  }
  if (pendingLength > 0) yield flush(Buffer.alloc(0));
}

/** The stories and per-record errors of one input; an error of the whole input is thrown as a WireInputError. */
export async function* readWireInput(source: WireInputSource): AsyncGenerator<InputItem> {
  const { file, name, size, gzip } = source;
  if (size === 0) throw new WireInputError(file, 'empty');
  const lines = byteLines(source.chunks);
  const first = await lines.next();
  const head = first.done ? '' : first.value.bytes.subarray(0, 200).toString('utf8');
  const format = detectWireFormat(name, head);
  if (format === 'text') {
    if (!gzip && size > MAX_INPUT_BYTES) throw new WireInputError(file, `larger than 5 MB (${size} bytes)`);
    const parts: Buffer[] = first.done ? [] : [first.value.bytes];
    for await (const line of lines) parts.push(Buffer.from('\n'), line.bytes);
    yield { story: storyFromWireCopy(decodeInput(Buffer.concat(parts), { file }), file) };
    return;
  }
  const sgml = format === 'ant-sgml' ? new AntSgmlReader(file) : null;
  let sawContent = false;
  const all = first.done ? lines : prepend(first.value, lines);
  for await (const line of all) {
    try {
      if (line.tooLong) throw new WireInputError(file, 'line larger than 5 MB', line.number);
      if (line.bytes.every((byte) => byte === 0x20 || byte === 0x09)) continue;
      sawContent = true;
      const text = decodeInput(line.bytes, { file, line: line.number });
      const items = sgml
        ? sgml.line(text, line.number)
        : [{ record: antRecordFromJson(text, file, line.number), line: line.number }];
      for (const item of items) {
        if ('error' in item) yield { error: item.error };
        else yield { story: storyFromAntRecord(item.record, { file, line: item.line, format }) };
      }
    } catch (error) {
      sgml?.abandon();
      yield { error: error instanceof WireInputError ? error : new WireInputError(file, String(error), line.number) };
    }
  }
  for (const item of sgml?.end() ?? []) if ('error' in item) yield { error: item.error };
  if (!sawContent) throw new WireInputError(file, 'empty');
}

async function* prepend<T>(first: T, rest: AsyncGenerator<T>): AsyncGenerator<T> {
  yield first;
  yield* rest;
}
