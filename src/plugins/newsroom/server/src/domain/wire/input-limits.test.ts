import { InputBudget, WireLimitExceeded, type WireInputLimits } from './input-limits';
import { readWireInput, type InputItem, type WireInputSource } from './read-input';

const LIMITS: WireInputLimits = { maxBytes: 10_000, maxLines: 100, maxLineBytes: 500, maxStories: 3 };

const source = (name: string, chunks: Buffer[]): WireInputSource => ({
  file: name,
  name,
  size: chunks.reduce((sum, chunk) => sum + chunk.length, 0),
  gzip: false,
  chunks,
});

const readAll = async (input: WireInputSource, limits = LIMITS): Promise<InputItem[]> => {
  const items: InputItem[] = [];
  for await (const item of readWireInput(input, new InputBudget(limits))) items.push(item);
  return items;
};

const refusal = async (input: WireInputSource, limits = LIMITS): Promise<WireLimitExceeded> => {
  try {
    await readAll(input, limits);
  } catch (error) {
    if (error instanceof WireLimitExceeded) return error;
    throw error;
  }
  throw new Error('no limit was passed');
};

const record = (n: number) =>
  JSON.stringify({
    docno: `D-${n}`,
    url: `https://example.com/${n}`,
    source: 'skynews',
    category: 'sport',
    title: `خبر رقم ${n} عن المباراة`,
    time: '',
    author: '',
    abstract: '',
    text: 'حقق المنتخب فوزا كبيرا.',
  });

describe('readWireInput limits', () => {
  it('refuses a flood of newlines at the first line over the limit, with 400 naming maxLines', async () => {
    const error = await refusal(source('a.txt', [Buffer.alloc(5000, 0x0a)]));
    expect(error).toMatchObject({ limit: 'maxLines', max: 100, line: 101, status: 400 });
    expect(error.messages.en).toBe('a.txt:101: over the number of lines limit (maxLines: 100 lines)');
    expect(error.messages.ar).toContain('maxLines: 100');
  });

  it('refuses one endless line before it ends (413 naming maxLineBytes), chunk by chunk', async () => {
    const chunks = Array.from({ length: 5 }, () => Buffer.alloc(200, 0x61));
    const error = await refusal(source('b.jsonl', chunks));
    expect(error).toMatchObject({ limit: 'maxLineBytes', max: 500, line: 1, status: 413 });
  });

  it('counts decompressed bytes across the budget (413 naming maxBytes), blank or not', async () => {
    const line = Buffer.from(`${'x'.repeat(99)}\n`);
    const error = await refusal(
      source(
        'c.txt',
        Array.from({ length: 200 }, () => line),
      ),
      { ...LIMITS, maxLines: 1_000_000 },
    );
    expect(error).toMatchObject({ limit: 'maxBytes', max: 10_000, status: 413 });
  });

  it('counts stories and bad records (400 naming maxStories at the record passing it)', async () => {
    const lines = [record(1), '{not json', record(2), record(3)].join('\n');
    const error = await refusal(source('d.jsonl', [Buffer.from(lines)]));
    expect(error).toMatchObject({ limit: 'maxStories', max: 3, line: 4 });
    const within = await readAll(source('e.jsonl', [Buffer.from([record(1), '', '   ', record(2)].join('\n'))]));
    expect(within.map((item) => ('story' in item ? item.story.title : item.error.message))).toEqual([
      'خبر رقم 1 عن المباراة',
      'خبر رقم 2 عن المباراة',
    ]);
  });

  it('keeps line numbers of plain copy across blank runs, and calls blank input empty', async () => {
    const copy = Buffer.from('\n\n\nالقاهرة - أحمد\n\n\n\nافتتح الوزير المعرض.\0\n');
    await expect(readAll(source('f.txt', [copy]))).rejects.toThrow('f.txt:8: binary data, not text (NUL byte)');
    await expect(readAll(source('g.txt', [Buffer.from(' \n\t\r\n\n')]))).rejects.toThrow('g.txt: empty');
  });

  it('reads a million blank lines in bounded time when the limits allow them', async () => {
    const started = Date.now();
    const flood = Array.from({ length: 16 }, () => Buffer.alloc(64 * 1024, 0x0a));
    await expect(readAll(source('h.txt', flood), { ...LIMITS, maxBytes: 2 ** 30, maxLines: 2 ** 30 })).rejects.toThrow(
      'h.txt: empty',
    );
    // A bound for "linear, not quadratic" with room for a loaded CI machine (measured quiet: ~100 ms).
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
