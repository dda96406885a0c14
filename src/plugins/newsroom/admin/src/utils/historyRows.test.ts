import type { DiffResponse, VersionSummary } from '../../../shared/contracts/history';
import { blockText, countWords, defaultPair, diffRows, mergeRuns, newestFirst, pairFromQuery } from './historyRows';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const diff = (fields: DiffResponse['data']['fields']): DiffResponse['data'] => ({
  from: 1,
  to: 2,
  fields,
  direction: 'rtl',
});
const version = (number: number): VersionSummary => ({
  number,
  hash: `h${number}`,
  actorId: 'admin:1',
  at: '2026-12-05T08:00:00.000Z',
  path: 'content-manager',
  stage: 'draft',
  changeSize: 1,
});

describe('mergeRuns', () => {
  it('joins neighbouring runs of one kind and drops empty ones', () => {
    expect(
      mergeRuns([
        { op: 'equal', text: 'رقم ' },
        { op: 'delete', text: 'خاطئ ' },
        { op: 'delete', text: '999' },
        { op: 'insert', text: '' },
        { op: 'insert', text: 'صحيح 99' },
        { op: 'equal', text: ' صوتاً' },
      ]),
    ).toEqual([
      { op: 'equal', text: 'رقم ' },
      { op: 'delete', text: 'خاطئ 999' },
      { op: 'insert', text: 'صحيح 99' },
      { op: 'equal', text: ' صوتاً' },
    ]);
  });

  it('does not change the runs it was given', () => {
    const runs = [
      { op: 'insert' as const, text: 'a ' },
      { op: 'insert' as const, text: 'b' },
    ];
    mergeRuns(runs);
    expect(runs[0].text).toBe('a ');
  });
});

describe('blockText', () => {
  it('reads inline children in order and list items one a line', () => {
    const link = { type: 'link', url: 'https://x', children: [{ type: 'text', text: 'NATO' }] };
    expect(blockText({ type: 'paragraph', children: [{ type: 'text', text: 'حلف ' }, link] })).toBe('حلف NATO');
    const list = {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'أول' }] },
        { type: 'list-item', children: [{ type: 'text', text: 'ثانٍ' }] },
      ],
    };
    expect(blockText(list)).toBe('أول\nثانٍ');
  });

  it('is empty for what is not a block', () => {
    expect(blockText(null)).toBe('');
    expect(blockText('text')).toBe('');
    expect(blockText({ type: 'image' })).toBe('');
  });
});

describe('diffRows', () => {
  it('turns each kind of field diff into rows', () => {
    const rows = diffRows(
      diff([
        {
          type: 'text',
          field: 'standfirst',
          kind: 'text',
          runs: [
            { op: 'equal', text: 'رقم ' },
            { op: 'delete', text: 'خاطئ' },
            { op: 'insert', text: 'صحيح' },
          ],
        },
        { type: 'relation', field: 'topics', added: ['t2'], removed: ['t1'] },
        { type: 'value', field: 'cover', from: null, to: 7 },
      ]),
    );
    expect(rows).toEqual([
      {
        kind: 'text',
        field: 'standfirst',
        change: 'text',
        runs: [
          { op: 'equal', text: 'رقم ' },
          { op: 'delete', text: 'خاطئ' },
          { op: 'insert', text: 'صحيح' },
        ],
      },
      { kind: 'relation', field: 'topics', added: ['t2'], removed: ['t1'], reordered: false },
      { kind: 'value', field: 'cover', from: '—', to: '7' },
    ]);
  });

  it('shows blocks as blocks: unchanged ones folded, inserted and deleted whole, positions from 1', () => {
    const rows = diffRows(
      diff([
        {
          type: 'blocks',
          field: 'body',
          changes: [
            { op: 'equal', from: 0, to: 0, blockType: 'paragraph' },
            { op: 'equal', from: 1, to: 1, blockType: 'paragraph' },
            { op: 'insert', to: 2, blockType: 'paragraph', block: paragraph('فقرة جديدة') },
            { op: 'move', from: 2, to: 4, blockType: 'heading 2', block: paragraph('عنوان') },
            {
              op: 'change',
              from: 3,
              to: 3,
              blockType: 'paragraph',
              kind: 'tashkeel-only',
              runs: [
                { op: 'delete', text: 'كتب' },
                { op: 'insert', text: 'كَتَبَ' },
              ],
            },
            { op: 'delete', from: 4, blockType: 'quote', block: paragraph('اقتباس محذوف') },
            { op: 'equal', from: 5, to: 5, blockType: 'paragraph' },
          ],
        },
      ]),
    );
    expect(
      rows.map((row) => (row.kind === 'block' ? `${row.op}:${row.from ?? ''}>${row.to ?? ''}` : row.kind)),
    ).toEqual(['unchanged-blocks', 'insert:>3', 'move:3>5', 'change:4>4', 'delete:5>', 'unchanged-blocks']);
    expect(rows[0]).toEqual({ kind: 'unchanged-blocks', field: 'body', count: 2 });
    expect(rows[1]).toMatchObject({ runs: [{ op: 'insert', text: 'فقرة جديدة' }] });
    expect(rows[2]).toMatchObject({ blockType: 'heading 2', runs: [{ op: 'equal', text: 'عنوان' }] });
    expect(rows[3]).toMatchObject({ change: 'tashkeel-only' });
    expect(rows[4]).toMatchObject({ runs: [{ op: 'delete', text: 'اقتباس محذوف' }] });
  });
});

describe('what the diff helper adds to the contract', () => {
  it('keeps a heading level change and a reordered relation', () => {
    const rows = diffRows(
      diff([
        {
          type: 'blocks',
          field: 'body',
          changes: [
            {
              op: 'change',
              from: 0,
              to: 0,
              blockType: 'heading 3',
              kind: 'text',
              runs: [{ op: 'equal', text: 'عنوان' }],
              ...{ blockTypeBefore: 'heading 2' },
            },
          ],
        },
        { type: 'relation', field: 'authors', added: [], removed: [], ...{ order: ['b', 'a'] } },
      ]),
    );
    expect(rows[0]).toMatchObject({ kind: 'block', blockType: 'heading 3', blockTypeBefore: 'heading 2' });
    expect(rows[1]).toMatchObject({ kind: 'relation', reordered: true });
  });
});

describe('countWords', () => {
  it('counts the words inserted and deleted in text and blocks', () => {
    const rows = diffRows(
      diff([
        {
          type: 'text',
          field: 'title',
          kind: 'text',
          runs: [
            { op: 'delete', text: 'ثلاث كلمات هنا' },
            { op: 'insert', text: 'كلمتان' },
          ],
        },
        { type: 'blocks', field: 'body', changes: [{ op: 'insert', blockType: 'paragraph', block: paragraph('أ ب') }] },
      ]),
    );
    expect(countWords(rows)).toEqual({ inserted: 3, deleted: 3 });
  });
});

describe('the versions compared first', () => {
  it('is the latest against the one before, whatever the order they come in', () => {
    expect(defaultPair([version(2), version(3), version(1)])).toEqual({ from: 2, to: 3 });
    expect(newestFirst([version(1), version(3), version(2)]).map((v) => v.number)).toEqual([3, 2, 1]);
  });

  it('is nothing with a single version', () => {
    expect(defaultPair([version(1)])).toBeNull();
  });
});

describe('the versions a link asks to compare', () => {
  it('reads ?from=N&to=M (a refused stale save links there), else nothing', () => {
    expect(pairFromQuery(new URLSearchParams('locale=ar&from=1&to=3'))).toEqual({ from: 1, to: 3 });
    expect(pairFromQuery(new URLSearchParams('locale=ar'))).toBeNull();
    expect(pairFromQuery(new URLSearchParams('from=1'))).toBeNull();
    expect(pairFromQuery(new URLSearchParams('from=0&to=2'))).toBeNull();
    expect(pairFromQuery(new URLSearchParams('from=x&to=2'))).toBeNull();
  });
});

describe('yes/no values', () => {
  it('stay booleans, for the page to say in the interface language (نعم/لا, Yes/No)', () => {
    expect(diffRows(diff([{ type: 'value', field: 'seo.noIndex', from: false, to: true }]))).toEqual([
      { kind: 'value', field: 'seo.noIndex', from: false, to: true },
    ]);
  });
});
