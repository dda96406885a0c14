/**
 * Reader for news corpora in the ANT format: JSON lines (gzip-compressed or plain), one article
 * per line with at least `text` and `category`; `title`, `abstract` and `url` are used when present.
 * Files are read where they lie and never copied into the project.
 */
import { createReadStream, existsSync, statSync } from 'fs';
import { resolve } from 'path';
import { createInterface } from 'readline';
import { Readable } from 'stream';
import { createGunzip } from 'zlib';

export interface CorpusArticle {
  title: string;
  abstract: string;
  text: string;
  category: string;
  /** Empty when the line has none. */
  url: string;
}

export interface Corpus {
  path: string;
  articles: CorpusArticle[];
  /** Lines that were not JSON objects with string `text` and `category`. */
  skipped: number;
}

const PROJECT_ROOT = resolve(__dirname, '../..');

/** --corpus, else $NEWSROOM_CORPUS, else <project>/../shared/corpus/ant-dev.jsonl.gz. */
export function corpusPath(argument: string | undefined): string {
  return resolve(argument ?? process.env.NEWSROOM_CORPUS ?? resolve(PROJECT_ROOT, '../shared/corpus/ant-dev.jsonl.gz'));
}

/** One line of the file as an article, or null when it is not one. */
export function parseArticleLine(line: string): CorpusArticle | null {
  if (line.trim() === '') return null;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return null;
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return null;
  const { title, abstract, text, category, url } = record as Record<string, unknown>;
  if (typeof text !== 'string' || typeof category !== 'string' || category === '') return null;
  const optional = (value: unknown): string => (typeof value === 'string' ? value : '');
  return { title: optional(title), abstract: optional(abstract), text, category, url: optional(url) };
}

/** gzip files start with 1f 8b; anything else is read as plain text. */
async function isGzip(path: string): Promise<boolean> {
  const stream = createReadStream(path, { start: 0, end: 1 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const head = Buffer.concat(chunks);
  return head.length === 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Reads a corpus file, calling `onProgress(bytesRead, totalBytes)` as the (compressed) file is
 * consumed. Exits the process with a hint when the file does not exist: every caller is a CLI.
 */
export async function readCorpus(
  path: string,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): Promise<Corpus> {
  if (!existsSync(path)) {
    console.error(`corpus not found at ${path}`);
    console.error(
      'Pass a path (--corpus / --train / --test) or set NEWSROOM_CORPUS: JSON lines, gzip or plain, with "text" and "category".',
    );
    process.exit(2);
  }
  const totalBytes = statSync(path).size;
  const gzip = await isGzip(path);
  const file = createReadStream(path);
  let bytesRead = 0;
  file.on('data', (chunk) => {
    bytesRead += chunk.length;
    onProgress?.(bytesRead, totalBytes);
  });
  const text: Readable = gzip ? file.pipe(createGunzip()) : file;
  const articles: CorpusArticle[] = [];
  let skipped = 0;
  for await (const line of createInterface({ input: text, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const article = parseArticleLine(line);
    if (article === null) skipped++;
    else articles.push(article);
  }
  return { path, articles, skipped };
}
