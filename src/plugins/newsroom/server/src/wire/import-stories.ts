import { setImmediate as nextTurn } from 'timers/promises';
import type { ImportResult } from '../../../shared/contracts/wire-import';
import { articleDataFromStory, failureOf, type InputItem, type ParsedStory } from '../domain/wire';
import type { BatchItem } from './batch';

/**
 * The import use-case, shared by the admin's Import page and `npm run import`: read the stories (parse),
 * send each to the one-story or the archive (batch) path (plan), write them, and answer one result. Every
 * write is awaited here, and a write that fails becomes a failure of its stories in the result: reading
 * goes on and the caller still gets its summary.
 */
const LOCALE = 'ar';
const SLICE_MS = 20;

/** What the use-case writes through: an import session of the wireImport service. */
export interface StoryWriter {
  importStory(story: ParsedStory): Promise<Omit<BatchItem, 'story' | 'error'>>;
  importBatch(stories: readonly ParsedStory[]): Promise<BatchItem[]>;
}

export interface ImportStoriesOptions {
  /**
   * Stories per transaction on the archive path (new stories written around the Document Service); when
   * undefined, each story goes the one-story way in a transaction of its own.
   */
  batchSize?: number;
  /** Read every story (and check every limit) before the first write: a refused input then leaves nothing. */
  readFirst?: boolean;
  /** After each write (a batch, or a story): the result so far. */
  onWritten?: (result: ImportResult) => Promise<void> | void;
}

export const emptyImportResult = (): ImportResult => ({
  created: [],
  updated: [],
  skipped: [],
  failed: [],
  updates: [],
});

/** Adds one story's outcome to the result. */
const tally = (result: ImportResult, item: BatchItem): void => {
  if (item.error !== undefined || !item.status || item.documentId === undefined) {
    result.failed.push(failureOf(item.error, item.story));
    return;
  }
  if (item.status === 'offered') {
    if (item.update) result.updates.push(item.update);
    return;
  }
  const imported = {
    documentId: item.documentId,
    locale: LOCALE,
    title: articleDataFromStory(item.story).title,
    titleProposed: item.story.titleProposed,
    ...(item.heldUntil ? { heldUntil: item.heldUntil } : {}),
  };
  if (item.status === 'skipped') result.skipped.push({ ...imported, reason: item.reason ?? 'already imported' });
  else result[item.status].push(imported);
};

export async function importStories(
  items: AsyncIterable<InputItem>,
  writer: StoryWriter,
  options: ImportStoriesOptions = {},
): Promise<ImportResult> {
  const result = emptyImportResult();
  const write = async (stories: readonly ParsedStory[]): Promise<void> => {
    if (options.batchSize === undefined) {
      for (const story of stories) {
        try {
          tally(result, { story, ...(await writer.importStory(story)) });
        } catch (error) {
          tally(result, { story, error });
        }
      }
    } else {
      let written: BatchItem[];
      try {
        written = await writer.importBatch(stories);
      } catch (error) {
        written = stories.map((story) => ({ story, error }));
      }
      for (const item of written) tally(result, item);
    }
    await options.onWritten?.(result);
  };

  // The next batch is read and parsed while the database writes the last one. The pending write is kept
  // settled (its error as a value), so a failure waits for the next await instead of ending the process.
  let writing: Promise<{ error: unknown } | null> = Promise.resolve(null);
  const waitForWrite = async () => {
    const outcome = await writing;
    writing = Promise.resolve(null);
    if (outcome) throw outcome.error;
  };
  let pending: ParsedStory[] = [];
  const flush = async () => {
    await waitForWrite();
    const stories = pending;
    pending = [];
    if (stories.length > 0)
      writing = write(stories).then(
        () => null,
        (error: unknown) => ({ error }),
      );
  };

  let sliceStart = performance.now();
  for await (const item of items) {
    if ('error' in item) result.failed.push(failureOf(item.error));
    else pending.push(item.story);
    if (!options.readFirst && pending.length >= (options.batchSize ?? 1)) await flush();
    // Parsing a thousand records is CPU work: give the event loop a turn every 20 ms of it.
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
  if (options.readFirst && options.batchSize !== undefined) {
    for (let start = 0; start < pending.length; start += options.batchSize)
      await write(pending.slice(start, start + options.batchSize));
    pending = [];
  }
  await flush();
  await waitForWrite();
  return result;
}
