/**
 * Reads the inputs of `npm run import`: files and folders of plain-text copy, archive SGML (<DOC>) and
 * archive JSON lines, gzip-compressed or not, streamed through the plugin's `readWireInput` (shared with
 * the admin's import page).
 */
import { createReadStream } from 'fs';
import { open, readdir, stat } from 'fs/promises';
import { basename, join } from 'path';
import { Readable } from 'stream';
import { createGunzip } from 'zlib';
import {
  CLI_INPUT_LIMITS,
  InputBudget,
  WireInputError,
  readWireInput,
  type InputItem,
  type WireInputLimits,
} from '../../src/plugins/newsroom/server/src/domain/wire';

export type { InputItem };

const INPUT_FILE = /\.(txt|text|jsonl|ndjson|json|sgml|sgm|trec|xml)(\.gz)?$/i;

/** Files to read, in a stable order: named files as given, folders walked recursively for known extensions. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new Error(`${path}: no such file or folder`);
    if (info.isDirectory()) {
      const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      const inside = entries
        .filter((entry) => entry.isDirectory() || INPUT_FILE.test(entry.name))
        .map((entry) => join(path, entry.name));
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

/**
 * Stories and errors of every file, in input order; `onBytes` gets the (compressed) bytes read so far. The
 * limits apply to each file as it streams (decompressed bytes, lines, line length, stories): a file passing
 * one is reported as a failure naming the limit and the line, and reading goes on with the next file.
 */
export async function* readWireInputs(
  files: readonly string[],
  onBytes: (bytes: number) => void = () => undefined,
  limits: WireInputLimits = CLI_INPUT_LIMITS,
): AsyncGenerator<InputItem> {
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
      const chunks: Readable = gzip ? raw.pipe(createGunzip()) : raw;
      yield* readWireInput({ file, name: plainName, size, gzip, chunks }, new InputBudget(limits));
    } catch (error) {
      yield {
        error:
          error instanceof WireInputError
            ? error
            : new WireInputError(file, error instanceof Error ? error.message : String(error)),
      };
    } finally {
      raw.destroy();
    }
    done += size;
    onBytes(done);
  }
}
