import { createMemoryStore } from './memory-store';

const response = (chars: number) => ({ body: 'x'.repeat(chars), etag: `"${chars}"`, contentType: 'application/xml' });

describe('the in-process response store', () => {
  it('holds at most its characters of bodies, the least recently used out first', async () => {
    const store = createMemoryStore(5000, 1000);
    const generation = await store.generation();
    await store.put('a', response(400), ['t'], 60, generation);
    await store.put('b', response(400), ['t'], 60, generation);
    expect(await store.get('a')).not.toBeNull(); // read: now the most recently used
    await store.put('c', response(400), ['t'], 60, generation);
    expect(await store.get('b')).toBeNull();
    expect(await store.get('a')).not.toBeNull();
    expect(await store.get('c')).not.toBeNull();
  });

  it('never stores a body larger than its whole bound, and keeps what it had', async () => {
    const store = createMemoryStore(5000, 1000);
    const generation = await store.generation();
    await store.put('small', response(10), ['t'], 60, generation);
    await store.put('huge', response(1001), ['t'], 60, generation);
    expect(await store.get('huge')).toBeNull();
    expect(await store.get('small')).not.toBeNull();
  });

  it('counts a replaced, evicted or cleared body out of the bound', async () => {
    const store = createMemoryStore(5000, 1000);
    let generation = await store.generation();
    for (let round = 0; round < 10; round += 1) await store.put('same', response(900), ['t'], 60, generation);
    await store.put('other', response(100), ['u'], 60, generation);
    expect(await store.get('same')).not.toBeNull();
    await store.evict(['t']);
    generation = await store.generation();
    await store.put('next', response(900), ['t'], 60, generation);
    expect(await store.get('other')).not.toBeNull();
    await store.clear();
    generation = await store.generation();
    await store.put('after', response(1000), ['t'], 60, generation);
    expect(await store.get('after')).not.toBeNull();
  });

  it('holds at most its number of entries', async () => {
    const store = createMemoryStore(2);
    const generation = await store.generation();
    for (const key of ['a', 'b', 'c']) await store.put(key, response(1), ['t'], 60, generation);
    expect([await store.get('a'), await store.get('b'), await store.get('c')].map(Boolean)).toEqual([
      false,
      true,
      true,
    ]);
  });
});
