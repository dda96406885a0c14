import fs from 'fs';
import os from 'os';
import path from 'path';
import { findNonWordTypos, wordListKeys, type WordListOptions } from '../domain/copydesk';
import { startWordList, type WordListHandle } from './word-list';

/**
 * The word-list check against the real @cspell/dict-ar list (loaded in its worker), with no archive and no
 * corpus: what a fresh install finds.
 */
const SAMPLE = fs.readFileSync(
  path.join(__dirname, '../../../../../../tests/fixtures/wire/iraq-nato-manama-dialogue.txt'),
  'utf8',
);

let cacheDir: string;
let list: WordListHandle;

beforeAll(async () => {
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-words-'));
  list = startWordList({ cacheDir });
  await list.ready;
});
afterAll(async () => {
  await list?.close();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

/** The check as the service runs it: one batch lookup in the worker, then the pure check on its answer. */
async function check(text: string, options: WordListOptions = {}): Promise<string[]> {
  const known = await list.lookup(wordListKeys(text, options));
  return findNonWordTypos(text, known, options).map((hint) => `${hint.word}→${hint.suggestion}`);
}

const VECTORS: Array<[text: string, hints: string[]]> = [
  ['وصف هذا القاء بأنه مهم', ['القاء→اللقاء']],
  ['تعزيز قدرات المؤسات الأمنية', ['المؤسات→المؤسسات']],
  ['بقية الشركاء الدولين', ['الدولين→الدوليين']],
  ['زيادة وتيرة الاتصالات والقاءات بين الجهات', ['والقاءات→واللقاءات']],
  ['البناء المؤسي وتبادل المعارف', ['المؤسي→المؤسسي']],
  // Correct text, and spelling conventions that are not a dropped letter: أكد as اكد, الفنانة as الفنانه, أمها as امها.
  ['وصف هذا اللقاء بأنه مهم وأكد رئيس اللجنة دعم المؤسسات', []],
  ['اكد الوزير ان الفنانه زارت امها', []],
  // Names the list lacks are left alone: no doubled spelling of them is a word.
  ['التقى الأعرجي مع الأدميرال كافو دراكوني في المنامة', []],
  ['', []],
  ['NATO 2025', []],
];

describe('the word-list check (fresh install: no archive, no corpus)', () => {
  it.each(VECTORS)('%s', async (text, hints) => {
    expect(await check(text)).toEqual(hints);
  });

  it('finds the sample story’s non-word typos everywhere they stand, and nothing else', async () => {
    const hints = await check(SAMPLE);
    expect(hints.filter((hint) => hint === 'القاء→اللقاء')).toHaveLength(4);
    expect(hints).toEqual(
      expect.arrayContaining(['المؤسات→المؤسسات', 'الدولين→الدوليين', 'والقاءات→واللقاءات', 'المؤسي→المؤسسي']),
    );
    expect(new Set(hints)).toEqual(
      new Set(['القاء→اللقاء', 'المؤسات→المؤسسات', 'الدولين→الدوليين', 'والقاءات→واللقاءات', 'المؤسي→المؤسسي']),
    );
  });

  it('cannot see the typos that are real words: those need the archive', async () => {
    const known = await list.lookup(['الجنة', 'يعز', 'لتعاون', 'اللجنة', 'يعزز', 'للتعاون']);
    expect([...known].sort()).toEqual(['الجنة', 'اللجنة', 'لتعاون', 'للتعاون', 'يعز', 'يعزز'].sort());
    expect(await check('رئيس الجنة العسكرية بما يعز وجود العراق في إطار لتعاون المستمر')).toEqual([]);
  });

  it('keeps a word the archive writes often, and ranks corrections by the archive', async () => {
    const archiveCount = (key: string) => ({ القاء: 40, اللقاء: 10 })[key] ?? 0;
    expect(await check('هذا القاء', { archiveCount })).toEqual([]);
    expect(await check('هذا القاء', { archiveCount: (key) => (key === 'اللقاء' ? 10 : 0) })).toEqual(['القاء→اللقاء']);
  });

  it('with clitics stripped, a word whose stem is a word counts as known (why it is off: قاء is a word)', async () => {
    expect(await check('هذا القاء', { clitics: true })).toEqual([]);
  });

  it('reads the cache file the first load wrote, with the same answers', async () => {
    const again = startWordList({ cacheDir });
    try {
      expect((await again.ready).fromCache).toBe(true);
      const keys = wordListKeys(SAMPLE);
      expect([...(await again.lookup(keys))].sort()).toEqual([...(await list.lookup(keys))].sort());
    } finally {
      await again.close();
    }
  });
});
