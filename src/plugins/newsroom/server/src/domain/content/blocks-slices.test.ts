import { distinctErrors, nodesOf, shiftFieldError, sliceBlocks, validationMessage } from './blocks-slices';

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });
const list = (...items: unknown[]) => ({ type: 'list', format: 'ordered', children: items });
const item = (...children: unknown[]) => ({ type: 'list-item', children });

describe('nodesOf', () => {
  it('counts the block and every node under children, at any depth', () => {
    expect(nodesOf(paragraph(text('a'), text('b')))).toBe(3);
    expect(nodesOf(list(item(text('a')), list(item(text('b'), text('c')))))).toBe(7);
    expect(nodesOf('not a block')).toBe(1);
  });

  it('walks a value 100,000 levels deep without overflowing the stack', () => {
    let node: unknown = text('x');
    for (let level = 0; level < 100_000; level += 1) node = { type: 'list', children: [node] };
    expect(nodesOf(node)).toBe(100_001);
  });
});

describe('sliceBlocks', () => {
  const body = Array.from({ length: 10 }, (_, n) => paragraph(text(`${n}`), text('x'))); // 3 nodes each

  it('keeps every block once, in order, in runs of at most maxNodes', () => {
    const slices = sliceBlocks(body, 7);
    expect(slices.map((slice) => [slice.offset, slice.blocks.length])).toEqual([
      [0, 2],
      [2, 2],
      [4, 2],
      [6, 2],
      [8, 2],
    ]);
    expect(slices.flatMap((slice) => slice.blocks)).toEqual(body);
  });

  it('cuts a block over maxNodes into runs of its children, each a slice naming where its children start', () => {
    const wide = paragraph(...Array.from({ length: 9 }, (_, n) => text(`${n}`)));
    const slices = sliceBlocks([body[0], wide, body[1]], 5);
    expect(slices).toEqual([
      { offset: 0, blocks: [body[0]] },
      { offset: 1, blocks: [{ ...wide, children: wide.children.slice(0, 4) }], childOffset: 0 },
      { offset: 1, blocks: [{ ...wide, children: wide.children.slice(4, 8) }], childOffset: 4 },
      { offset: 1, blocks: [{ ...wide, children: wide.children.slice(8) }], childOffset: 8 },
      { offset: 2, blocks: [body[1]] },
    ]);
  });

  it('keeps a block over maxNodes whole when one child holds everything', () => {
    const deep = list(item(...Array.from({ length: 20 }, () => text('w'))));
    expect(sliceBlocks([deep, body[0]], 5)).toEqual([
      { offset: 0, blocks: [deep] },
      { offset: 1, blocks: [body[0]] },
    ]);
  });

  it('has no run for an empty body and one for a body under maxNodes', () => {
    expect(sliceBlocks([], 10)).toEqual([]);
    expect(sliceBlocks(body, 1000)).toEqual([{ offset: 0, blocks: body }]);
  });
});

describe('shiftFieldError', () => {
  const error = {
    path: ['body', '3', 'children', '0', 'text'],
    message: 'body[3].children[0].text must be a `string` type',
    name: 'ValidationError',
    value: 5,
  };

  it('moves the index after the field in the path and the message by the offset', () => {
    expect(shiftFieldError(error, 'body', { offset: 400 })).toEqual({
      ...error,
      path: ['body', '403', 'children', '0', 'text'],
      message: 'body[403].children[0].text must be a `string` type',
    });
  });

  it('leaves errors of another field or of the field itself as they are', () => {
    expect(shiftFieldError(error, 'summary', { offset: 400 })).toBe(error);
    const whole = { path: ['body'], message: 'body must be an array', name: 'ValidationError' };
    expect(shiftFieldError(whole, 'body', { offset: 400 })).toBe(whole);
  });

  it("moves a wide block's child index by the run's childOffset, and not the block's own fields", () => {
    expect(shiftFieldError(error, 'body', { offset: 2, childOffset: 300 })).toEqual({
      ...error,
      path: ['body', '5', 'children', '300', 'text'],
      message: 'body[5].children[300].text must be a `string` type',
    });
    const level = { path: ['body', '0', 'level'], message: 'body[0].level must be one of', name: 'ValidationError' };
    expect(shiftFieldError(level, 'body', { offset: 7, childOffset: 300 })).toEqual({
      ...level,
      path: ['body', '7', 'level'],
      message: 'body[7].level must be one of',
    });
  });
});

describe('distinctErrors', () => {
  it('keeps one of each path and message, in order', () => {
    const level = { path: ['body', '7', 'level'], message: 'bad level', name: 'ValidationError' };
    const text = { path: ['body', '7', 'children', '3'], message: 'bad text', name: 'ValidationError' };
    expect(distinctErrors([level, text, { ...level }, level])).toEqual([level, text]);
  });
});

describe('validationMessage', () => {
  it("is the error's own message for one error, else how many occurred (yup's wording)", () => {
    const one = { path: ['body', '0'], message: 'bad', name: 'ValidationError' };
    expect(validationMessage([one])).toBe('bad');
    expect(validationMessage([one, one, one])).toBe('3 errors occurred');
  });
});
