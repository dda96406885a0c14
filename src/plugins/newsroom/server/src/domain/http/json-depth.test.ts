import { JsonDepthScanner, hasPrototypePoisoning, jsonNestedDeeperThan } from './json-depth';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('jsonNestedDeeperThan', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonNestedDeeperThan(bytes('{"a":[{"b":[1]}]}'), 4)).toBe(false);
    expect(jsonNestedDeeperThan(bytes('{"a":[{"b":[[1]]}]}'), 4)).toBe(true);
    expect(jsonNestedDeeperThan(bytes(`{"a":"${'['.repeat(1000)}\\"${'{'.repeat(1000)}"}`), 2)).toBe(false);
    expect(jsonNestedDeeperThan(bytes('{"نص":"\\\\"}'), 1)).toBe(false);
  });

  it('stops at the first level over the limit, even in 8 MB of brackets', () => {
    const flood = Buffer.alloc(8 * 1024 * 1024, 0x5b);
    const started = Date.now();
    expect(jsonNestedDeeperThan(flood, 64)).toBe(true);
    expect(jsonNestedDeeperThan(Buffer.alloc(8 * 1024 * 1024, 0x20), 64)).toBe(false);
    expect(Date.now() - started).toBeLessThan(200);
  });
});

describe('JsonDepthScanner', () => {
  it('keeps its place across chunks: inside a string, after a backslash, at a depth', () => {
    const scanner = new JsonDepthScanner(2);
    expect(scanner.feed(bytes('{"a":"x\\'))).toBe(false);
    expect(scanner.feed(bytes('"[[[[" , "b": ['))).toBe(false);
    expect(scanner.feed(bytes('['))).toBe(true);
  });
});

describe('hasPrototypePoisoning', () => {
  it('finds __proto__ and constructor.prototype keys at any depth, not ordinary ones', () => {
    expect(hasPrototypePoisoning(JSON.parse('{"a":[{"__proto__":{"x":1}}]}'))).toBe(true);
    expect(hasPrototypePoisoning(JSON.parse('{"constructor":{"prototype":{"x":1}}}'))).toBe(true);
    expect(hasPrototypePoisoning(JSON.parse('{"constructor":"text","proto":{"prototype":1}}'))).toBe(false);
    expect(hasPrototypePoisoning([1, 'a', null])).toBe(false);
  });
});
