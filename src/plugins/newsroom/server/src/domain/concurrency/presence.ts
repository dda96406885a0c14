/**
 * Who else is editing an article locale: heartbeats, each entry lapsing `ttlSeconds` after its last beat, so
 * nobody holds anything for ever (a closed tab, a crashed browser simply stop beating). Advisory only: it never
 * blocks a save; stale saves are refused on their own (stale-save guard).
 */
export interface PresenceRow {
  userId: string;
  since: Date;
  seenAt: Date;
}

/** Whether an entry last seen at `seenAt` still counts at `now`. */
export const isPresent = (seenAt: Date, now: Date, ttlSeconds: number): boolean =>
  now.getTime() - seenAt.getTime() < ttlSeconds * 1000;

/** The instant before which entries have lapsed. */
export const lapsedBefore = (now: Date, ttlSeconds: number): Date => new Date(now.getTime() - ttlSeconds * 1000);

/** The others present at `now`, oldest session first (the one who opened it first is named first). */
export const othersPresent = (rows: readonly PresenceRow[], me: string, now: Date, ttlSeconds: number): PresenceRow[] =>
  rows
    .filter((row) => row.userId !== me && isPresent(row.seenAt, now, ttlSeconds))
    .sort((a, b) => a.since.getTime() - b.since.getTime() || a.userId.localeCompare(b.userId));
