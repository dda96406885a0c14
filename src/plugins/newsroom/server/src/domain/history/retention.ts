import type { VersionEncoding } from './version-codec';

/**
 * How long versions are kept (`newsroom.config.history.keep`): `forever` (the default), the last N versions, or
 * the versions of the last N days. The latest version and the one approval binds to are always kept, and so is
 * the full copy their chain starts from (a delta cannot be read without it), so a little more than asked may stay.
 */
export type KeepPolicy = 'forever' | { versions: number } | { days: number };

export interface StoredVersionInfo {
  number: number;
  encoding: VersionEncoding;
  createdAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The lowest version number to keep (every version below it may go), or null when nothing goes. */
export const firstKept = (
  versions: readonly StoredVersionInfo[],
  keep: KeepPolicy,
  now: Date,
  protectedNumber: number | null = null,
): number | null => {
  if (keep === 'forever' || versions.length === 0) return null;
  const ordered = [...versions].sort((a, b) => a.number - b.number);
  const latest = (ordered[ordered.length - 1] as StoredVersionInfo).number;
  let cutoff: number;
  if ('versions' in keep) cutoff = latest - keep.versions + 1;
  else {
    const since = now.getTime() - keep.days * DAY_MS;
    cutoff = ordered.find((version) => version.createdAt.getTime() >= since)?.number ?? latest;
  }
  if (protectedNumber !== null) cutoff = Math.min(cutoff, protectedNumber);
  // Back to the full copy the kept chain starts from.
  const chainStart = ordered.filter((version) => version.number <= cutoff && version.encoding === 'full').pop();
  if (!chainStart) return null;
  return chainStart.number > (ordered[0] as StoredVersionInfo).number ? chainStart.number : null;
};
