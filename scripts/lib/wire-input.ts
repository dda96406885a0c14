/**
 * Reads the inputs of `npm run import`: files and folders of plain-text copy, archive SGML (<DOC>) and
 * archive JSON lines, gzip-compressed or not. Archives are streamed a line at a time (27k stories never sit
 * in memory together); lines are split on bytes rather than with readline, which would silently turn
 * invalid UTF-8 into U+FFFD where the import must report it.
 */
import { createReadStream } from 'fs';
import { open, readdir, stat } from 'fs/promises';
import { basename, join } from 'path';
import { Readable } from 'stream';
import { createGunzip } from 'zlib';
import {
  AntSgmlReader,
  MAX_INPUT_BYTES,
  WireInputError,
  antRecordFromJson,
  decodeInput,
  detectWireFormat,
  storyFromAntRecord,
  storyFromWireCopy,
  type ParsedStory,
} from '../../src/plugins/newsroom/server/src/domain/wire';

export type InputItem = { story: ParsedStory } | { error: WireInputError };

const INPUT_FILE = /\.(txt|text|jsonl|ndjson|sgml|sgm|trec|xml)(\.gz)?$/i;

/** Files to read, in a stable order: named files as given, folders walked recursively for known extensions. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new Error(`${path}: no such file or folder`);
    if (info.isDirectory()) {
      const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      const inside = entries.filter((entry) => entry.isDirectory() || INPUT_FILE.test(entry.name)).map((entry) => join(path, entry.name));
      files.push(...(await expandInputs(inside)));
    } else {
      files.push(path);
    }
  }
  return files;
}

export async function totalBytes(files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += (await stat(file)).size;
  return total;
}

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** Lines as bytes with their 1-based numbers; a trailing \r is dropped. Lines over the limit are cut short and flagged. */
async function* byteLines(stream: Readable): AsyncGenerator<{ bytes: Buffer; number: number; tooLong: boolean }> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let number = 0;
  const flush = (end: Buffer) => {
    const whole = pending.length === 0 ? end : Buffer.concat([...pending, end]);
    pending = [];
    pendingLength = 0;
    number += 1;
    const bytes = whole.length > 0 && whole[whole.length - 1] === 0x0d ? whole.subarray(0, whole.length - 1) : whole;
    return { bytes: bytes.length > MAX_INPUT_BYTES ? bytes.subarray(0, 0) : bytes, number, tooLong: bytes.length > MAX_INPUT_BYTES };
  };
  for await (const chunk of stream) {
    let buffer = chunk as Buffer;
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

/** Stories and errors of every file, in input order; `onBytes` gets the (compressed) bytes read so far. */
export async function* readWireInputs(files: readonly string[], onBytes: (bytes: number) => void = () => undefined): AsyncGenerator<InputItem> {
  let done = 0;
  for (const file of files) {
    const size = (await stat(file)).size;
    const gzip = await isGzip(file);
    const plainName = basename(file).replace(/\.gz$/i, '');
    const raw = createReadStream(file);
    let fileBytes = 0;
    raw.on('data', (chunk) => {
      fileBytes += chunk.length;
      onBytes(done + fileBytes);
    });
    try {
      const stream: Readable = gzip ? raw.pipe(createGunzip()) : raw;
      yield* readOne(file, plainName, size, gzip, stream);
    } catch (error) {
      yield { error: error instanceof WireInputError ? error : new WireInputError(file, error instanceof Error ? error.message : String(error)) };
    } finally {
      raw.destroy();
    }
    done += size;
    onBytes(done);
  }
}

async function* readOne(file: string, name: string, size: number, gzip: boolean, stream: Readable): AsyncGenerator<InputItem> {
  if (size === 0) throw new WireInputError(file, 'empty');
  const lines = byteLines(stream);
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
