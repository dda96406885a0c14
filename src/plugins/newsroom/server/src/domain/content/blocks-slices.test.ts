import { nodesOf, shiftFieldError, sliceBlocks, validationMessage } from './blocks-slices';

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

  it('gives a block over maxNodes a run of its own', () => {
    const wide = paragraph(...Array.from({ length: 20 }, () => text('w')));
    const slices = sliceBlocks([body[0], wide, body[1]], 5);
    expect(slices.map((slice) => [slice.offset, slice.blocks])).toEqual([
      [0, [body[0]]],
      [1, [wide]],
      [2, [body[1]]],
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
    expect(shiftFieldError(error, 'body', 400)).toEqual({
      ...error,
      path: ['body', '403', 'children', '0', 'text'],
      message: 'body[403].children[0].text must be a `string` type',
    });
  });

  it('leaves errors of another field or of the field itself as they are', () => {
    expect(shiftFieldError(error, 'summary', 400)).toBe(error);
    const whole = { path: ['body'], message: 'body must be an array', name: 'ValidationError' };
    expect(shiftFieldError(whole, 'body', 400)).toBe(whole);
  });
});

describe('validationMessage', () => {
  it("is the error's own message for one error, else how many occurred (yup's wording)", () => {
    const one = { path: ['body', '0'], message: 'bad', name: 'ValidationError' };
    expect(validationMessage([one])).toBe('bad');
    expect(validationMessage([one, one, one])).toBe('3 errors occurred');
  });
});
