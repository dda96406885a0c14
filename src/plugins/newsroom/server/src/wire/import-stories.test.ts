import { setTimeout as sleep } from 'timers/promises';
import { WireInputError, type InputItem, type ParsedStory } from '../domain/wire';
import { storyFromWireCopy } from '../domain/wire/text-story';
import type { BatchItem } from './batch';
import { importStories, type StoryWriter } from './import-stories';

const story = (n: number): ParsedStory =>
  storyFromWireCopy(`خبر رقم ${n} عن الاجتماع\n\nنص الخبر رقم ${n}.`, `copy-${n}.txt`);

/** The stories in order, with a pause after each: reading is still going on when a write settles. */
async function* slowly(items: readonly InputItem[]): AsyncGenerator<InputItem> {
  for (const item of items) {
    yield item;
    await sleep(5);
  }
}

const created = (stories: readonly ParsedStory[]): BatchItem[] =>
  stories.map((item, index) => ({ story: item, status: 'created', documentId: `doc-${item.origin.file}-${index}` }));

describe('importStories', () => {
  it('returns the summary with the failed batch when a batch write rejects while the next stories are read', async () => {
    const batches: number[] = [];
    const writer: StoryWriter = {
      importStory: () => Promise.reject(new Error('not the batch path')),
      async importBatch(stories) {
        batches.push(stories.length);
        if (batches.length === 1) throw new Error('database went away');
        return created(stories);
      },
    };
    const items: InputItem[] = [1, 2, 3, 4, 5].map((n) => ({ story: story(n) }));
    items.splice(2, 0, { error: new WireInputError('broken.txt', 'not UTF-8', 3) });
    const written: number[] = [];
    const result = await importStories(slowly(items), writer, {
      batchSize: 2,
      onWritten: (soFar) => {
        written.push(soFar.created.length + soFar.failed.length);
      },
    });
    expect(batches).toEqual([2, 2, 1]);
    expect(result.created.map((item) => item.title)).toEqual([
      'خبر رقم 3 عن الاجتماع',
      'خبر رقم 4 عن الاجتماع',
      'خبر رقم 5 عن الاجتماع',
    ]);
    expect(result.failed).toEqual([
      { file: 'copy-1.txt', line: 1, reason: 'database went away' },
      { file: 'copy-2.txt', line: 1, reason: 'database went away' },
      { file: 'broken.txt', line: 3, reason: 'not UTF-8' },
    ]);
    expect(written).toEqual([2, 5, 6]);
  });

  it('reads everything before the first write when asked, and writes one story at a time without a batch size', async () => {
    const events: string[] = [];
    async function* traced(): AsyncGenerator<InputItem> {
      for (const n of [1, 2, 3]) {
        events.push(`read ${n}`);
        yield { story: story(n) };
      }
    }
    const writer: StoryWriter = {
      async importStory(item) {
        events.push(`write ${item.origin.file}`);
        if (item.origin.file === 'copy-2.txt') throw new Error('refused');
        return item.origin.file === 'copy-3.txt'
          ? { status: 'skipped', documentId: 'old', reason: 'same content already imported' }
          : { status: 'created', documentId: 'new' };
      },
      importBatch: () => Promise.reject(new Error('not the one-story path')),
    };
    const result = await importStories(traced(), writer, { readFirst: true });
    expect(events).toEqual(['read 1', 'read 2', 'read 3', 'write copy-1.txt', 'write copy-2.txt', 'write copy-3.txt']);
    expect(result.created).toEqual([
      { documentId: 'new', locale: 'ar', title: 'خبر رقم 1 عن الاجتماع', titleProposed: false },
    ]);
    expect(result.skipped).toEqual([
      {
        documentId: 'old',
        locale: 'ar',
        title: 'خبر رقم 3 عن الاجتماع',
        titleProposed: false,
        reason: 'same content already imported',
      },
    ]);
    expect(result.failed).toEqual([{ file: 'copy-2.txt', line: expect.any(Number), reason: 'refused' }]);
  });

  it('still hands an error of its own hook to the caller, after the writes', async () => {
    const writer: StoryWriter = {
      importStory: () => Promise.reject(new Error('unused')),
      importBatch: async (stories) => created(stories),
    };
    const items: InputItem[] = [1, 2, 3].map((n) => ({ story: story(n) }));
    await expect(
      importStories(slowly(items), writer, { batchSize: 1, onWritten: () => Promise.reject(new Error('hook failed')) }),
    ).rejects.toThrow('hook failed');
  });
});
