import { blocksLimitMessage, blocksOverLimit, type BlocksLimits } from './blocks-limits';

const LIMITS: BlocksLimits = { maxNodes: 50, maxDepth: 4, maxChildren: 10, maxTextBytes: 100 };
const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });

/** A list nested `levels` deep, one item each. */
const nestedList = (levels: number): unknown => {
  let node: unknown = { type: 'list-item', children: [text('x')] };
  for (let level = 0; level < levels; level += 1) node = { type: 'list', format: 'unordered', children: [node] };
  return node;
};

describe('blocksOverLimit', () => {
  it('passes an ordinary body and values that are not blocks', () => {
    expect(
      blocksOverLimit(
        [paragraph(text('سطر')), paragraph(text('a'), { type: 'link', url: 'https://x', children: [text('b')] })],
        LIMITS,
      ),
    ).toBeNull();
    expect(blocksOverLimit(null, LIMITS)).toBeNull();
    expect(blocksOverLimit('text', LIMITS)).toBeNull();
  });

  it('names the limit passed: children of one node, the top level included', () => {
    expect(blocksOverLimit([paragraph(...Array.from({ length: 11 }, () => text('a')))], LIMITS)).toEqual({
      limit: 'maxChildren',
      max: 10,
    });
    expect(
      blocksOverLimit(
        Array.from({ length: 11 }, () => paragraph(text('a'))),
        LIMITS,
      ),
    ).toEqual({ limit: 'maxChildren', max: 10 });
  });

  it('counts every node and the nesting', () => {
    const many = Array.from({ length: 10 }, () => paragraph(text('a'), text('b'), text('c'), text('d'), text('e')));
    expect(blocksOverLimit(many, LIMITS)).toEqual({ limit: 'maxNodes', max: 50 });
    expect(blocksOverLimit([nestedList(2)], LIMITS)).toBeNull();
    expect(blocksOverLimit([nestedList(3)], LIMITS)).toEqual({ limit: 'maxDepth', max: 4 });
  });

  it('counts text in UTF-8 bytes (an Arabic letter takes two)', () => {
    expect(blocksOverLimit([paragraph(text('ب'.repeat(50)))], LIMITS)).toBeNull();
    expect(blocksOverLimit([paragraph(text('ب'.repeat(51)))], LIMITS)).toEqual({ limit: 'maxTextBytes', max: 100 });
  });

  it('walks 100,000 levels without overflowing the stack, stopping at the limit', () => {
    const deep = [nestedList(100_000)];
    expect(blocksOverLimit(deep, { ...LIMITS, maxDepth: 10 ** 6, maxNodes: 10 ** 6 })).toBeNull();
    expect(blocksOverLimit(deep, LIMITS)).toEqual({ limit: 'maxDepth', max: 4 });
  });

  it('says which field and limit, in English and Arabic', () => {
    expect(blocksLimitMessage('body', { limit: 'maxNodes', max: 20000 })).toEqual({
      en: 'body: over the number of nodes limit (maxNodes: 20000)',
      ar: 'body: تجاوز حد عدد العناصر (maxNodes: 20000)',
    });
  });
});
