import { Readable } from 'stream';
import { setImmediate as nextTurn } from 'timers/promises';
import { createGunzip } from 'zlib';
import {
  WireInputError,
  WireLimitExceeded,
  readWireInput,
  type InputBudget,
  type InputItem,
  type WireInputSource,
} from '../domain/wire';
import { MAX_IMPORT_FILE_BYTES, PASTED_TEXT, type ImportRequest } from '../../../shared/contracts/wire-import';

/**
 * The admin import's inputs as the shared reader takes them: pasted text and uploaded files (base64), gzip
 * recognised by its magic bytes. Per file, 5 MB as sent, like `npm run import`. Nothing is decompressed or
 * split here: the reader pulls the bytes a chunk at a time (gzip through zlib's stream, on its thread pool)
 * and checks the import limits (`limits.import`) on the decompressed bytes as they arrive.
 */
// Two linear tests instead of one anchored pattern, which backtracks quadratically over long runs of spaces.
const NOT_BASE64 = /[^A-Za-z0-9+/=\s]/;
const PADDING_INSIDE = /=\s*[^=\s]/;
const PADDING_AT_END = /=\s*$/;
const WHITESPACE = /\s+/g;
/** Base64 characters checked and decoded per turn of the event loop (a 5 MB file is 7 MB of them: 40-70 ms at once). */
const BASE64_PIECE_CHARS = 256 * 1024;
const PIECE_BYTES = 64 * 1024;

/** An input the request cannot carry: the status to answer and a message naming the file. */
export class ImportInputRefused extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly messages: { en: string; ar: string },
  ) {
    super(messages.en);
  }
}

const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

const tooLarge = (name: string, size: number) =>
  new ImportInputRefused(413, {
    en: `${name}: larger than 5 MB (${size} bytes); the limit is ${MAX_IMPORT_FILE_BYTES} bytes per file`,
    ar: `${name}: أكبر من 5 ميغابايت (${size} بايت)، والحد ${MAX_IMPORT_FILE_BYTES} بايت للملف`,
  });

/** The bytes in 64 KB pieces with a turn of the event loop between them: reading a big paste never holds it. */
async function* piecesOf(bytes: Buffer): AsyncGenerator<Buffer> {
  for (let start = 0; start < bytes.length; start += PIECE_BYTES) {
    if (start > 0) await nextTurn();
    yield bytes.subarray(start, start + PIECE_BYTES);
  }
}

/** Decompressed a chunk at a time; stopping early (a limit passed) destroys the stream. */
async function* gunzipped(file: string, bytes: Buffer): AsyncGenerator<Buffer> {
  const gunzip = Readable.from(piecesOf(bytes)).pipe(createGunzip());
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    throw new WireInputError(
      file,
      `not a readable gzip file (${error instanceof Error ? error.message : String(error)})`,
    );
  } finally {
    gunzip.destroy();
  }
}

/** An input for the reader; the import limits apply while it is read. */
export type ImportInput = WireInputSource;

function fromBytes(file: string, bytes: Buffer): ImportInput {
  const name = file.replace(/\.gz$/i, '');
  const gzip = isGzip(bytes);
  return { file, name, size: bytes.length, gzip, chunks: gzip ? gunzipped(file, bytes) : piecesOf(bytes) };
}

/** A file's base64, checked and decoded a piece at a time with a turn of the event loop between pieces; null if not base64. */
async function decodeBase64(content: string): Promise<Buffer | null> {
  const pieces: Buffer[] = [];
  let carried = '';
  let paddingTail = '';
  for (let start = 0; start < content.length; start += BASE64_PIECE_CHARS) {
    if (start > 0) await nextTurn();
    const piece = content.slice(start, start + BASE64_PIECE_CHARS);
    if (NOT_BASE64.test(piece) || PADDING_INSIDE.test(paddingTail + piece)) return null;
    paddingTail = PADDING_AT_END.exec(paddingTail + piece)?.[0] ?? '';
    const characters = carried + piece.replace(WHITESPACE, '');
    const whole = characters.length - (characters.length % 4);
    pieces.push(Buffer.from(characters.slice(0, whole), 'base64'));
    carried = characters.slice(whole);
  }
  if (carried !== '') pieces.push(Buffer.from(carried, 'base64'));
  return Buffer.concat(pieces);
}

/** Rejects with ImportInputRefused for input too large (as sent) or not base64, naming the file. */
export async function importInputs(request: ImportRequest): Promise<ImportInput[]> {
  const inputs: ImportInput[] = [];
  if (request.text !== undefined && request.text.trim() !== '') {
    const bytes = Buffer.from(request.text, 'utf8');
    if (bytes.length > MAX_IMPORT_FILE_BYTES) throw tooLarge(PASTED_TEXT, bytes.length);
    inputs.push(fromBytes(PASTED_TEXT, bytes));
  }
  for (const [index, upload] of (request.files ?? []).entries()) {
    const bytes = await decodeBase64(upload.content);
    if (bytes === null) {
      throw new ImportInputRefused(400, {
        en: `files.${index}.content: ${upload.name} is not base64`,
        ar: `files.${index}.content: ${upload.name} ليس بترميز base64`,
      });
    }
    if (bytes.length > MAX_IMPORT_FILE_BYTES) throw tooLarge(upload.name, bytes.length);
    inputs.push(fromBytes(upload.name, bytes));
  }
  return inputs;
}

/**
 * The stories and read errors of every input, in order, under one budget for the request. An input that
 * cannot be read is one failure naming it; a limit passed (WireLimitExceeded) refuses the whole request.
 */
export async function* readImportInputs(
  inputs: readonly ImportInput[],
  budget: InputBudget,
): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    try {
      yield* readWireInput(input, budget);
    } catch (error) {
      if (error instanceof WireLimitExceeded) throw error;
      yield {
        error:
          error instanceof WireInputError
            ? error
            : new WireInputError(input.file, error instanceof Error ? error.message : String(error)),
      };
    }
  }
}
