/**
 * Seeding the copy desk's frequency model from a news corpus file ($NEWSROOM_CORPUS): JSON lines,
 * gzip or plain, one article per line with `title`, `abstract` and `text` (the ANT format the
 * evaluation scripts read). Read once per process, streamed, never copied into the project.
 */
import { createReadStream, existsSync } from 'fs';
import { createInterface } from 'readline';
import { Readable } from 'stream';
import { createGunzip } from 'zlib';
import { FrequencyCounter, type FrequencyModel } from '../domain/copydesk';

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * The file's bytes, gunzipped when they start with gzip's magic. Read as one stream (no second open or
 * seek), so a pipe works too.
 */
async function openCorpus(path: string): Promise<Readable> {
  const chunks = createReadStream(path)[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await chunks.next();
  const head = first.done ? Buffer.alloc(0) : first.value;
  async function* all(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  const bytes = Readable.from(all());
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1] ? bytes.pipe(createGunzip()) : bytes;
}

/** One line's article text (title, abstract unless the text starts with it, text), or '' when not an article. */
export function corpusLineText(line: string): string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return '';
  }
  if (record === null || typeof record !== 'object') return '';
  const { title, abstract, text } = record as Record<string, unknown>;
  const field = (value: unknown) => (typeof value === 'string' ? value : '');
  const body = field(text);
  const summary = field(abstract).trim();
  const withSummary = summary !== '' && !body.startsWith(summary.slice(0, 40));
  return [field(title), withSummary ? summary : '', body].filter((part) => part !== '').join('\n');
}

/** Counts the corpus at `path` into `counter`; returns the number of articles, or null when there is no such file. */
export async function countCorpus(path: string, counter: FrequencyCounter): Promise<number | null> {
  if (!existsSync(path)) return null;
  const input = await openCorpus(path);
  let articles = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const text = corpusLineText(line);
    if (text === '') continue;
    counter.add(text);
    articles++;
  }
  return articles;
}

/** A pruned model of the corpus at `path`, or null when there is no such file. */
export async function corpusModel(path: string): Promise<FrequencyModel | null> {
  const counter = new FrequencyCounter();
  const articles = await countCorpus(path, counter);
  return articles === null ? null : counter.finish();
}
