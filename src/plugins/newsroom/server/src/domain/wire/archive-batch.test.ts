import { InverseOrder, newDocumentId, splitRepeats } from './archive-batch';
import type { ParsedStory } from './story';

const story = (sourceUrl: string | undefined, contentHash: string): ParsedStory =>
  ({ sourceUrl, contentHash }) as ParsedStory;

describe('splitRepeats', () => {
  it('sends stored stories and repeats within the batch the one-story way, in order', () => {
    const a = story('https://x/a', 'ha');
    const b = story('https://x/b', 'hb');
    const bAgain = story('https://x/b', 'hb2');
    const sameTextAsA = story('https://x/c', 'ha');
    const stored = story('https://x/d', 'hd');
    const noUrl = story(undefined, 'he');
    const { fresh, repeats } = splitRepeats([a, b, bAgain, sameTextAsA, stored, noUrl], {
      urls: new Set(['https://x/d']),
      hashes: new Set(),
    });
    expect(fresh).toEqual([a, b, noUrl]);
    expect(repeats).toEqual([bAgain, sameTextAsA, stored]);
  });

  it('counts a stored content hash as a repeat even under another URL', () => {
    const moved = story('https://x/new-address', 'h1');
    expect(splitRepeats([moved], { urls: new Set(), hashes: new Set(['h1']) }).repeats).toEqual([moved]);
  });
});

describe('newDocumentId', () => {
  it('looks like a Strapi document id: 24 lowercase letters and digits, starting with a letter', () => {
    const ids = Array.from({ length: 500 }, () => newDocumentId());
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]{23}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes its randomness from the source given', () => {
    expect(newDocumentId((size) => new Uint8Array(size))).toBe('a'.repeat(24));
  });
});

describe('InverseOrder', () => {
  it('counts on from the highest stored position of each related document', () => {
    const order = new InverseOrder([[7, 3]]);
    expect([order.next(7), order.next(7), order.next(9), order.next(9)]).toEqual([4, 5, 1, 2]);
  });
});
