/**
 * The Arabic word list of the copy desk: @cspell/dict-ar (Ayaspell's forms, clitics included, as a
 * cspell trie), read with cspell-trie-lib in a worker thread.
 *
 * Why a worker: decoding the shipped `ar.trie.gz` takes about 2.5 s of CPU, which must not stall the
 * event loop at boot, and cspell-trie-lib is an ES module only, which a worker imports natively (the
 * server is CommonJS, and so is jest's module system in the tests). The worker keeps the trie and
 * answers batches of lookups. After the first decode it writes the trie in cspell's binary format
 * (BTrie) to a cache file, which later boots read in about 0.15 s.
 *
 * The worker's code is a string (`eval: true`) so that it runs the same from dist/, from the sources
 * under esbuild-register and under jest, with no file to locate or compile.
 */
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { Worker } from 'worker_threads';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } = require('fs');
const { gunzipSync } = require('zlib');
const started = Date.now();
import('cspell-trie-lib').then((lib) => {
  let trie;
  let fromCache = false;
  const cache = workerData.cacheFile;
  if (cache && existsSync(cache)) {
    try {
      trie = lib.decodeTrie(new Uint8Array(readFileSync(cache)));
      fromCache = true;
    } catch (error) {
      trie = undefined;
    }
  }
  if (!trie) {
    trie = lib.decodeTrie(gunzipSync(readFileSync(workerData.trieFile)).toString('utf8'));
    if (cache) {
      try {
        mkdirSync(require('path').dirname(cache), { recursive: true });
        const partial = cache + '.' + process.pid + '.part';
        writeFileSync(partial, lib.encodeITrieToBTrie(trie));
        renameSync(partial, cache);
      } catch (error) {
        // No cache (read-only disk): the next boot decodes again.
      }
    }
  }
  parentPort.postMessage({ type: 'ready', ms: Date.now() - started, fromCache, nodes: trie.size });
  parentPort.on('message', (message) => {
    const known = message.keys.filter((key) => trie.has(key));
    parentPort.postMessage({ type: 'known', id: message.id, known });
  });
}).catch((error) => parentPort.postMessage({ type: 'failed', error: String(error && error.stack || error) }));
`;

type WorkerMessage =
  | { type: 'ready'; ms: number; fromCache: boolean; nodes: number }
  | { type: 'known'; id: number; known: string[] }
  | { type: 'failed'; error: string };

export interface WordListLoad {
  /** Milliseconds from starting the worker to the trie being ready. */
  ms: number;
  /** Read from the BTrie cache rather than decoded from the package's trie. */
  fromCache: boolean;
  /** Trie nodes (a rough measure of its size). */
  nodes: number;
}

export interface WordListHandle {
  /** Settles when the list is ready, or rejects when it could not be loaded. */
  readonly ready: Promise<WordListLoad>;
  /** The keys that are words of the list. */
  lookup(keys: readonly string[]): Promise<Set<string>>;
  close(): Promise<void>;
}

/** The package's trie and the version label of the cache file made from it. */
export function wordListFiles(cacheDir: string | undefined): { trieFile: string; cacheFile?: string } {
  // The package exports only its cspell settings file; the trie sits beside it.
  const settings = require.resolve('@cspell/dict-ar/cspell-ext.json');
  const trieFile = join(dirname(settings), 'ar.trie.gz');
  const { version } = JSON.parse(readFileSync(join(dirname(settings), 'package.json'), 'utf8')) as { version: string };
  return { trieFile, cacheFile: cacheDir ? join(cacheDir, `dict-ar-${version}.btrie`) : undefined };
}

/** Starts loading the word list in a worker thread; lookups wait for it. */
export function startWordList({ cacheDir }: { cacheDir?: string } = {}): WordListHandle {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: wordListFiles(cacheDir) });
  const pending = new Map<number, (known: Set<string>) => void>();
  let nextId = 0;
  let closed = false;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const settle of pending.values()) settle(new Set());
    pending.clear();
  };

  const ready = new Promise<WordListLoad>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') resolve({ ms: message.ms, fromCache: message.fromCache, nodes: message.nodes });
      else if (message.type === 'failed') {
        const error = new Error(`copydesk word list: ${message.error}`);
        fail(error);
        reject(error);
      } else {
        pending.get(message.id)?.(new Set(message.known));
        pending.delete(message.id);
      }
    });
    worker.on('error', (error) => {
      fail(error);
      reject(error);
    });
    worker.on('exit', () => {
      const error = new Error('copydesk word list: the worker stopped');
      fail(error);
      reject(error);
    });
  });
  // Callers read `ready` when they need it; an unobserved failure must not crash the process.
  ready.catch(() => undefined);

  return {
    ready,
    async lookup(keys) {
      await ready;
      if (failure || closed || keys.length === 0) return new Set();
      const id = nextId++;
      return new Promise<Set<string>>((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ id, keys });
      });
    },
    async close() {
      closed = true;
      await worker.terminate();
    },
  };
}
