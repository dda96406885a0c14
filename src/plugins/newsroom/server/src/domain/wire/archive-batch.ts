import { randomBytes } from 'crypto';
import type { ParsedStory } from './story';

/**
 * Pure helpers of the batched archive load (wire/batch.ts), which writes a hundred stories
 * per transaction straight to the tables instead of a story at a time through the Document Service.
 */

export interface StoryIdentity {
  urls: ReadonlySet<string>;
  hashes: ReadonlySet<string>;
}

export interface BatchSplit {
  /** First sight of their URL and content: inserted together. */
  fresh: ParsedStory[];
  /** Already stored, or a repeat of an earlier story of the batch: each goes the one-story way (update or skip). */
  repeats: ParsedStory[];
}

/**
 * Splits a batch into stories new to the archive and repeats. A story repeating one earlier in the same batch
 * is a repeat too, so that it is compared with the first after that one is stored, exactly as if the two
 * had come in separate runs.
 */
export function splitRepeats(stories: readonly ParsedStory[], stored: StoryIdentity): BatchSplit {
  const urls = new Set(stored.urls);
  const hashes = new Set(stored.hashes);
  const fresh: ParsedStory[] = [];
  const repeats: ParsedStory[] = [];
  for (const story of stories) {
    const seen = (story.sourceUrl !== undefined && urls.has(story.sourceUrl)) || hashes.has(story.contentHash);
    if (seen) repeats.push(story);
    else fresh.push(story);
    if (story.sourceUrl !== undefined) urls.add(story.sourceUrl);
    hashes.add(story.contentHash);
  }
  return { fresh, repeats };
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A new document id shaped like Strapi's own (24 lowercase letters and digits, starting with a letter), for
 * rows written around the Document Service. 123 random bits: collisions are not a practical concern.
 */
export function newDocumentId(random: (size: number) => Uint8Array = randomBytes): string {
  const bytes = random(24);
  let id = ALPHABET[bytes[0] % 26];
  for (let index = 1; index < 24; index += 1) id += ALPHABET[bytes[index] % ALPHABET.length];
  return id;
}

/**
 * The next position of an article in each related document's list (Strapi's inverse order column): one more
 * than the highest stored, counted on as the batch links more articles to the same author or topic.
 */
export class InverseOrder {
  private readonly highest: Map<number, number>;

  constructor(stored: Iterable<[number, number]>) {
    this.highest = new Map(stored);
  }

  next(targetId: number): number {
    const order = (this.highest.get(targetId) ?? 0) + 1;
    this.highest.set(targetId, order);
    return order;
  }
}
