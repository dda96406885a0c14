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
    // Counted in bytes read, not milliseconds (a loaded machine makes any time bound flaky): the scan must
    // stop at the 65th bracket, and read a flat 8 MB body once.
    const counted = (buffer: Buffer) => {
      const reads = { count: 0 };
      const proxy = new Proxy(buffer, {
        get(target, property) {
          if (typeof property === 'string' && /^\d+$/.test(property)) reads.count += 1;
          return Reflect.get(target, property, target) as unknown;
        },
      });
      return { proxy, reads };
    };
    const flood = counted(Buffer.alloc(8 * 1024 * 1024, 0x5b));
    expect(jsonNestedDeeperThan(flood.proxy, 64)).toBe(true);
    expect(flood.reads.count).toBe(65);
    const flat = counted(Buffer.alloc(1024 * 1024, 0x20));
    expect(jsonNestedDeeperThan(flat.proxy, 64)).toBe(false);
    expect(flat.reads.count).toBe(1024 * 1024);
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

describe('JsonDepthScanner counts', () => {
  const passed = (chunks: string[], counts: { maxContainers?: number; maxValues?: number }, maxDepth = 64) => {
    const scanner = new JsonDepthScanner(maxDepth, counts);
    for (const chunk of chunks) if (scanner.feed(bytes(chunk))) return scanner.passed;
    return null;
  };

  it('counts objects and arrays, refusing the first one over maxContainers', () => {
    expect(passed(['{"a":[{},[]]}'], { maxContainers: 4 })).toBeNull();
    expect(passed(['{"a":[{},[],{}]}'], { maxContainers: 4 })).toBe('jsonContainers');
    expect(passed([`[${'{},'.repeat(99_999)}{}]`], { maxContainers: 100_000 })).toBe('jsonContainers');
    expect(passed([`[${'{},'.repeat(99_998)}{}]`], { maxContainers: 100_000 })).toBeNull();
  });

  it('does not count brackets or commas inside strings, escaped quotes included', () => {
    expect(passed(['{"a":"[{,}]","b":"\\"}'], { maxContainers: 1, maxValues: 2 })).toBeNull();
    expect(passed(['{"a":"\\"[{"", "b":1}'], { maxContainers: 1 })).toBeNull();
    expect(passed(['["\\\\",[]]'], { maxContainers: 1 })).toBe('jsonContainers');
    expect(passed(['["نص[{", {"ن":"}]"}]'], { maxContainers: 2, maxValues: 3 })).toBeNull();
  });

  it('keeps its counts and its place across chunk boundaries', () => {
    // Split inside a string, after a backslash, between containers: the same answer as in one piece.
    const text = '[{"a":"x\\"[{"},{"b":"\\\\"},[{"c":"]"}],[]]';
    const whole = passed([text], { maxContainers: 6 });
    expect(whole).toBeNull();
    expect(passed([text], { maxContainers: 5 })).toBe('jsonContainers');
    for (let cut = 1; cut < text.length; cut += 1) {
      expect([cut, passed([text.slice(0, cut), text.slice(cut)], { maxContainers: 6 })]).toEqual([cut, null]);
      expect([cut, passed([text.slice(0, cut), text.slice(cut)], { maxContainers: 5 })]).toEqual([
        cut,
        'jsonContainers',
      ]);
    }
    expect(passed(text.split(''), { maxContainers: 5 })).toBe('jsonContainers');
  });

  it('counts values: each container and each comma outside strings (flat bodies of many scalars)', () => {
    expect(passed(['[1,2,3]'], { maxValues: 3 })).toBeNull();
    expect(passed(['[1,2,3,4]'], { maxValues: 3 })).toBe('jsonValues');
    expect(passed(['{"a":1,"b":[2]}'], { maxValues: 3 })).toBeNull();
    expect(passed(['{"a":1,"b":[2,3]}'], { maxValues: 3 })).toBe('jsonValues');
    expect(passed(['["a,b,c,d"]'], { maxValues: 1 })).toBeNull();
    expect(passed(['[0,', '0,', '0,0]'], { maxValues: 3 })).toBe('jsonValues');
  });

  it('names the depth first when a bracket passes both, and counts nothing without count limits', () => {
    expect(passed(['[[[['], { maxContainers: 3 }, 3)).toBe('jsonDepth');
    expect(passed([`[${'[],'.repeat(100_000)}[]]`], {})).toBeNull();
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
