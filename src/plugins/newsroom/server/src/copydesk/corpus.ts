/**
 * Seeding the copy desk's frequency model from a news corpus file ($NEWSROOM_CORPUS): JSON lines,
 * gzip or plain, one article per line with `title`, `abstract` and `text` (the ANT format the
 * evaluation scripts read). Read once per process, streamed, never copied into the project.
 */
import { createReadStream, existsSync } from 'fs';
import { createInterface } from 'readline';
import { createGunzip } from 'zlib';
import { FrequencyCounter, type FrequencyModel } from '../domain/copydesk';

const GZIP_MAGIC = [0x1f, 0x8b];

async function startsWithGzipMagic(path: string): Promise<boolean> {
  const head: number[] = [];
  for await (const chunk of createReadStream(path, { start: 0, end: 1 })) head.push(...(chunk as Buffer));
  return head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
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
  const file = createReadStream(path);
  const input = (await startsWithGzipMagic(path)) ? file.pipe(createGunzip()) : file;
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
