import type { Stage, TransitionId } from '../../../../core/workflow/stages';

/**
 * What a ledger entry records: a transition, an assignment (assign.ts), the deletion of a live locale
 * (delete-live.ts), or a draft edit that undid an approval (approval-binding.ts).
 */
export type LedgerTransition = TransitionId | 'assign' | 'delete' | 'changed_after_approval';

/**
 * One line of the editorial ledger: append-only, one per successful transition, so the newsroom knows who moved
 * what, when and why. Optional fields are absent (not `undefined`) when they do not apply, so an entry is plain
 * JSON and two equal entries compare equal.
 */
export interface LedgerEntry {
  documentId: string;
  locale: string;
  from: Stage;
  to: Stage;
  transition: LedgerTransition;
  /** The admin user who took the transition, or `SCHEDULER_ACTOR_ID` for the scheduler. */
  actorId: string;
  /** UTC ISO 8601, e.g. `2025-01-14T12:30:05.120Z`. */
  at: string;
  /** The state's version after the transition: orders entries of a locale, and matches `expectedVersion`. */
  version: number;
  reason?: string;
  /** The assignee after the transition. */
  assignee?: string;
  /** The time this transition set: the publication time for `schedule`, the unpublish time for `schedule_unpublish`. */
  scheduledAt?: string;
}

/** What a transition knows when it appends: the entry's required fields, a Date, and nullable extras. */
export type LedgerInput = Omit<LedgerEntry, 'at' | 'reason' | 'assignee' | 'scheduledAt'> & {
  at: Date;
  reason?: string | null;
  assignee?: string | null;
  scheduledAt?: Date | string | null;
};

/** Builds an entry: the time in UTC ISO, the reason trimmed, empty optional fields left out. */
export function buildLedgerEntry(input: LedgerInput): LedgerEntry {
  if (Number.isNaN(input.at.getTime())) throw new RangeError('buildLedgerEntry: invalid time');
  const entry: LedgerEntry = {
    documentId: input.documentId,
    locale: input.locale,
    from: input.from,
    to: input.to,
    transition: input.transition,
    actorId: input.actorId,
    at: input.at.toISOString(),
    version: input.version,
  };
  const reason = input.reason?.trim();
  if (reason) entry.reason = reason;
  if (input.assignee) entry.assignee = input.assignee;
  if (input.scheduledAt)
    entry.scheduledAt = typeof input.scheduledAt === 'string' ? input.scheduledAt : input.scheduledAt.toISOString();
  return entry;
}
