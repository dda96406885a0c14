import { readFileSync } from 'fs';
import { join } from 'path';
import { applyBlockChanges } from './apply';
import { diffBlocks } from './blocks-diff';
import { sampleBody, textOfBlock, withText, type SampleBlock } from './wire-sample.test-data';

const BODY = sampleBody(
  readFileSync(join(__dirname, '../../../../../../../tests/fixtures/wire/iraq-nato-manama-dialogue.txt'), 'utf8'),
);

const notEqual = (before: unknown[], after: unknown[]) =>
  diffBlocks(before, after).filter((change) => change.op !== 'equal');

const roundTrips = (before: unknown[], after: unknown[]): void =>
  expect(applyBlockChanges('body', before, diffBlocks(before, after))).toEqual(after);

describe('blocks diff on the wire sample', () => {
  it('reads the fixture as headings and paragraphs', () => {
    expect(BODY.length).toBeGreaterThanOrEqual(12);
    expect(BODY.filter((block) => block.type === 'heading').length).toBeGreaterThanOrEqual(5);
  });

  it('reports only equal blocks for the same body', () => {
    expect(diffBlocks(BODY, structuredClone(BODY)).every((change) => change.op === 'equal')).toBe(true);
  });

  it('shows a moved paragraph as one move, every other block equal', () => {
    const moved = [...BODY];
    const [paragraph] = moved.splice(2, 1);
    moved.splice(8, 0, paragraph);
    expect(notEqual(BODY, moved)).toEqual([{ op: 'move', from: 2, to: 8, blockType: 'paragraph' }]);
    roundTrips(BODY, moved);
  });

  it('shows a word fixed inside a paragraph as a change of that block with the word runs', () => {
    const edited = BODY.map((block, index) =>
      index === 0 ? withText(block, textOfBlock(block).replace('أن القاء', 'أن اللقاء')) : block,
    );
    const [change] = notEqual(BODY, edited);
    expect(change).toMatchObject({ op: 'change', from: 0, to: 0, blockType: 'paragraph', kind: 'text' });
    expect(change.runs?.filter((run) => run.op !== 'equal')).toEqual([
      { op: 'delete', text: 'القاء' },
      { op: 'insert', text: 'اللقاء' },
    ]);
    roundTrips(BODY, edited);
  });

  it('classifies tashkeel added in a block as a tashkeel-only change of that block', () => {
    const edited = BODY.map((block, index) =>
      index === 0 ? withText(block, textOfBlock(block).replace('مستشار الأمن', 'مُسْتَشار الأمن')) : block,
    );
    expect(notEqual(BODY, edited)).toMatchObject([{ op: 'change', from: 0, kind: 'tashkeel-only' }]);
  });

  it('shows a changed heading level as a change, with the old type', () => {
    const edited = BODY.map((block) => (block === BODY[1] ? { ...block, level: 3 } : block));
    expect(notEqual(BODY, edited)).toMatchObject([
      { op: 'change', from: 1, to: 1, blockType: 'heading 3', blockTypeBefore: 'heading 2', kind: 'format' },
    ]);
    roundTrips(BODY, edited);
  });

  it('shows bold added to a run as a format change', () => {
    const bolder = { ...BODY[0], children: [{ ...BODY[0].children[0], bold: true }] };
    expect(notEqual(BODY, [bolder, ...BODY.slice(1)])).toMatchObject([{ op: 'change', kind: 'format' }]);
  });

  it('places inserted and deleted blocks where they stand, in new-body order', () => {
    const quote: SampleBlock = { type: 'paragraph', children: [{ type: 'text', text: 'فقرة جديدة عن حوار المنامة' }] };
    const edited = [BODY[0], quote, ...BODY.slice(1, 4), ...BODY.slice(5)];
    const changes = notEqual(BODY, edited);
    expect(changes).toEqual([
      { op: 'insert', to: 1, blockType: 'paragraph', block: quote },
      { op: 'delete', from: 4, blockType: BODY[4].type === 'heading' ? 'heading 2' : 'paragraph', block: BODY[4] },
    ]);
    const all = diffBlocks(BODY, edited);
    expect(all.findIndex((change) => change.op === 'delete')).toBe(5);
    roundTrips(BODY, edited);
  });

  it('tells a moved and edited paragraph from a new one', () => {
    const edited = [...BODY];
    const [paragraph] = edited.splice(2, 1);
    edited.splice(6, 0, withText(paragraph, textOfBlock(paragraph).replace('لقاء عمل عابر', 'اجتماع عمل عابر')));
    expect(notEqual(BODY, edited)).toMatchObject([{ op: 'move', from: 2, to: 6, kind: 'text' }]);
    roundTrips(BODY, edited);
  });

  it('matches lists, quotes and images', () => {
    const list = (items: string[]) => ({
      type: 'list',
      format: 'unordered',
      children: items.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })),
    });
    const image = (caption: string) => ({
      type: 'image',
      image: { url: '/uploads/manama.jpg', caption, alternativeText: 'المنامة' },
      children: [{ type: 'text', text: '' }],
    });
    const quote = (text: string) => ({ type: 'quote', children: [{ type: 'text', text }] });
    const before = [list(['العراق', 'حلف الناتو']), quote('نريد شراكة تقوم على الاحترام'), image('حوار المنامة')];
    const after = [
      list(['العراق', 'حلف الناتو', 'البحرين']),
      quote('نريد شراكةً تقوم على الاحترام'),
      image('حوار المنامة 21'),
    ];
    expect(diffBlocks(before, after)).toMatchObject([
      {
        op: 'change',
        blockType: 'list',
        runs: [
          { op: 'equal', text: 'العراق\nحلف الناتو' },
          { op: 'insert', text: '\nالبحرين' },
        ],
      },
      { op: 'change', blockType: 'quote', kind: 'tashkeel-only' },
      {
        op: 'change',
        blockType: 'image',
        runs: [
          { op: 'equal', text: 'حوار المنامة' },
          { op: 'insert', text: ' 21' },
        ],
      },
    ]);
    roundTrips(before, after);
  });

  it('refuses a diff applied to another body', () => {
    const moved = [BODY[1], BODY[0], ...BODY.slice(2)];
    const changes = diffBlocks(BODY, moved);
    expect(() => applyBlockChanges('body', BODY.slice(1), changes)).toThrow(/body/);
    const edited = [withText(BODY[0], 'نص آخر تماماً'), ...BODY.slice(1)];
    expect(() => applyBlockChanges('body', edited, diffBlocks(BODY, moved))).not.toThrow();
    const fixed = [withText(BODY[0], textOfBlock(BODY[0]).replace('القاء', 'اللقاء')), ...BODY.slice(1)];
    expect(() => applyBlockChanges('body', edited, diffBlocks(BODY, fixed))).toThrow(/old text of block 0/);
  });
});
