import { gunzipSync } from 'zlib';
import { WireInputError, type WireInputSource } from '../domain/wire';
import { MAX_IMPORT_FILE_BYTES, PASTED_TEXT, type ImportRequest } from '../../../shared/contracts/wire-import';

/**
 * The admin import's inputs as the shared reader takes them: pasted text and uploaded files (base64), gzip
 * recognised by its magic bytes. Per file, 5 MB as sent, like `npm run import`; a gzip file expands to at
 * most 64 MB (its records are then checked one at a time).
 */
const MAX_GUNZIPPED_BYTES = 64 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

/** An input the request cannot carry: the status to answer and a message naming the file. */
export class ImportInputRefused extends Error {
  constructor(readonly status: 400 | 413, message: string) {
    super(message);
  }
}

const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

const tooLarge = (name: string, size: number) =>
  new ImportInputRefused(413, `${name}: larger than 5 MB (${size} bytes); the limit is ${MAX_IMPORT_FILE_BYTES} bytes per file`);

/** A source for the reader, or a WireInputError (a file that is not gzip after all) reported as its failure. */
export type ImportInput = WireInputSource | { error: WireInputError };

function fromBytes(file: string, bytes: Buffer): ImportInput {
  const name = file.replace(/\.gz$/i, '');
  if (!isGzip(bytes)) return { file, name, size: bytes.length, gzip: false, chunks: [bytes] };
  try {
    return { file, name, size: bytes.length, gzip: true, chunks: [gunzipSync(bytes, { maxOutputLength: MAX_GUNZIPPED_BYTES })] };
  } catch (error) {
    return { error: new WireInputError(file, `not a readable gzip file (${error instanceof Error ? error.message : String(error)})`) };
  }
}

/** Throws ImportInputRefused for input too large or not base64, naming the file. */
export function importInputs(request: ImportRequest): ImportInput[] {
  const inputs: ImportInput[] = [];
  if (request.text !== undefined && request.text.trim() !== '') {
    const bytes = Buffer.from(request.text, 'utf8');
    if (bytes.length > MAX_IMPORT_FILE_BYTES) throw tooLarge(PASTED_TEXT, bytes.length);
    inputs.push(fromBytes(PASTED_TEXT, bytes));
  }
  (request.files ?? []).forEach((upload, index) => {
    if (!BASE64.test(upload.content)) throw new ImportInputRefused(400, `files.${index}.content: ${upload.name} is not base64`);
    const bytes = Buffer.from(upload.content, 'base64');
    if (bytes.length > MAX_IMPORT_FILE_BYTES) throw tooLarge(upload.name, bytes.length);
    inputs.push(fromBytes(upload.name, bytes));
  });
  return inputs;
}
