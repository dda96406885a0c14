/**
 * The version a save was based on, as a client states it: `If-Match: "<sha256 hex>"` (RFC 9110 entity tags;
 * a weak `W/"…"` compares the same, several tags mean "any of these"). `*` or no header: no base, the save is
 * not checked (writes without a base keep working).
 */
export type BaseVersion = { kind: 'none' } | { kind: 'hashes'; hashes: string[] } | { kind: 'invalid'; value: string };

const VERSION_HASH = /^[0-9a-f]{64}$/;
const MAX_TAGS = 16;

const tagValue = (tag: string): string | null => {
  const unweak = tag.startsWith('W/') ? tag.slice(2) : tag;
  const bare = unweak.length >= 2 && unweak.startsWith('"') && unweak.endsWith('"') ? unweak.slice(1, -1) : unweak;
  const hash = bare.toLowerCase();
  return VERSION_HASH.test(hash) ? hash : null;
};

export const parseBaseVersion = (header: string | string[] | undefined): BaseVersion => {
  const raw = Array.isArray(header) ? header.join(',') : header;
  if (raw === undefined || raw.trim() === '' || raw.trim() === '*') return { kind: 'none' };
  const tags = raw
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  if (tags.length > MAX_TAGS) return { kind: 'invalid', value: raw.slice(0, 80) };
  const hashes: string[] = [];
  for (const tag of tags) {
    const hash = tagValue(tag);
    if (hash === null) return { kind: 'invalid', value: tag.slice(0, 80) };
    hashes.push(hash);
  }
  return { kind: 'hashes', hashes };
};

/** An entity tag for a version hash, as the `If-Match` a client sends back. */
export const versionTag = (hash: string): string => `"${hash}"`;
