import type { CorrectionView } from '../../../../shared/contracts/corrections';
import { isCorrectionKind, isPublicKind } from './kinds';

/** A stored change, as the corrections table holds it (any order). */
export interface StoredChange {
  readonly kind: string;
  readonly note: string | null;
  /** As the database gives it: a Date, an ISO string, or (SQLite) milliseconds, as a number or a string. */
  readonly at: string | number | Date;
  /** Breaks ties between changes recorded in the same millisecond (the row id). */
  readonly id?: number;
}

const timeOf = (at: StoredChange['at']): number =>
  new Date(typeof at === 'string' && /^\d+$/.test(at) ? Number(at) : at).getTime();
const iso = (at: StoredChange['at']): string => new Date(timeOf(at)).toISOString();

const oldestFirst = (a: StoredChange, b: StoredChange): number =>
  timeOf(a.at) - timeOf(b.at) || (a.id ?? 0) - (b.id ?? 0);

/** What readers see: the non-silent changes that carry a note, oldest first. */
export function publicCorrections(changes: readonly StoredChange[]): CorrectionView[] {
  return [...changes].sort(oldestFirst).flatMap((change): CorrectionView[] => {
    const { kind, note } = change;
    if (!isCorrectionKind(kind) || !isPublicKind(kind) || note === null || note === '') return [];
    return [{ kind, text: note, at: iso(change.at) }];
  });
}

/** `dateModified`: the time of the last non-silent change (with or without a note), or null when there is none. */
export function lastPublicChange(changes: readonly StoredChange[]): string | null {
  let last: StoredChange | null = null;
  for (const change of changes) {
    if (!isCorrectionKind(change.kind) || !isPublicKind(change.kind)) continue;
    if (last === null || oldestFirst(last, change) < 0) last = change;
  }
  return last === null ? null : iso(last.at);
}
