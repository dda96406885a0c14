import type { LedgerEntry } from './ledger';
import type { Bilingual } from '../../../../core/workflow/messages';
import type { Stage } from '../../../../core/workflow/stages';

/** The time, passed in: the core never reads the system clock, so tests and the scheduler decide what "now" is. */
export type Clock = () => Date;

/**
 * The workflow state of one locale of one document. The adapter stores it next to the document (and locks it
 * while a transition runs); `version` counts successful transitions, so two people acting on the same version
 * cannot both win.
 */
export interface WorkflowState {
  readonly stage: Stage;
  /** Integer ≥ 0, +1 per successful transition. */
  readonly version: number;
  /** The admin user id the story is with. */
  readonly assignee?: string;
  /** UTC ISO publication time: present exactly when the stage is `scheduled`. */
  readonly scheduledAt?: string;
  /** UTC ISO unpublish time of a live locale: only when the stage is `published`. */
  readonly unpublishAt?: string;
  /**
   * The hash of the draft the last approval bound to (domain/history/snapshot.ts): `approve`, or an editor's
   * publish of a live locale. Publishing from `approved` or `scheduled` needs the draft to still have it.
   */
  readonly approvedHash?: string;
  /** Who last changed the draft after that approval (an actor id), and when (UTC ISO); cleared by approving. */
  readonly draftChangedBy?: string;
  readonly draftChangedAt?: string;
}

/** Somebody asks to move one locale. `roles` and `userId` come from the session, never from the request body. */
export interface TransitionRequest {
  readonly documentId: string;
  readonly locale: string;
  /** A transition id; anything else is refused (400). */
  readonly transition: string;
  readonly roles: readonly string[];
  readonly userId: string;
  readonly reason?: string;
  /** ISO 8601 with offset or `Z`, for `schedule` and `schedule_unpublish`; refused for other transitions. */
  readonly scheduleAt?: string;
  /** The stage and version the user saw: a mismatch is a CONFLICT (someone else moved it first). */
  readonly expectedStage?: Stage;
  readonly expectedVersion?: number;
  /** A new assignee; `null` clears it; absent keeps it. */
  readonly assignee?: string | null;
  /**
   * The hash of the current draft, read by the adapter in the transition's transaction. When given, `approve`
   * binds to it and publishing or scheduling needs it to equal `approvedHash`; absent (approval binding off),
   * neither is checked.
   */
  readonly draftHash?: string;
  /**
   * The draft's `embargoUntil` (UTC ISO), read by the adapter when the embargo guard is on: publishing before it,
   * or scheduling a time before it, is refused (embargo.ts). Absent: no embargo.
   */
  readonly embargoUntil?: string;
}

/** What the adapter must do in the same database transaction as storing `next` and appending the ledger entry. */
export type Effect =
  | { readonly type: 'publish' }
  | { readonly type: 'unpublish' }
  /** Create, or replace, the pending job of that action for this locale. */
  | { readonly type: 'schedule'; readonly action: 'publish' | 'unpublish'; readonly at: string }
  /** Remove the pending job of that action for this locale, if any (idempotent). */
  | { readonly type: 'cancelSchedule'; readonly action: 'publish' | 'unpublish' };

export type ErrorCode =
  | 'FORBIDDEN'
  | 'INVALID_TRANSITION'
  | 'CONFLICT'
  | 'REASON_REQUIRED'
  | 'SCHEDULE_REQUIRED'
  | 'SCHEDULE_INVALID'
  | 'SCHEDULE_IN_PAST'
  | 'CHANGED_SINCE_APPROVAL'
  | 'LOCKED_AFTER_SUBMIT'
  | 'EMBARGOED';

export type HttpStatus = 400 | 403 | 409;

/** What was missing for the transition: for the UI to point at it. */
export type Missing =
  /** The locale must first reach `stage` (the main way in; `anyOf` lists every stage the transition starts from). */
  | { readonly kind: 'stage'; readonly stage: Stage; readonly anyOf: readonly Stage[] }
  /** The scheduled time has not come. */
  | { readonly kind: 'due'; readonly scheduledAt: string }
  /** One of these roles (Super Admin always qualifies). */
  | { readonly kind: 'role'; readonly anyOf: readonly string[] }
  | { readonly kind: 'reason' }
  /** A valid time in the future. */
  | { readonly kind: 'schedule' }
  /** There is no scheduled unpublishing to cancel. */
  | { readonly kind: 'pending_unpublish' }
  /** A fresh approval: the draft changed since it was approved (by whom and when, if known). */
  | { readonly kind: 'approval'; readonly changedBy?: string; readonly changedAt?: string }
  /** The writer must withdraw the story before editing it (`lockAfterSubmit`). */
  | { readonly kind: 'withdraw' }
  /** The embargo (`embargoUntil`, UTC ISO) must pass first; `at` is the time asked for when scheduling. */
  | { readonly kind: 'embargo'; readonly until: string; readonly at?: string }
  /** Reload: the state changed since the user saw it. */
  | { readonly kind: 'fresh_state'; readonly stage: Stage; readonly version: number };

export interface WorkflowError {
  readonly code: ErrorCode;
  readonly httpStatus: HttpStatus;
  /** The current stage and version (unchanged: a refused transition changes nothing). */
  readonly stage: Stage;
  readonly version: number;
  readonly transition: string;
  readonly locale: string;
  readonly message: Bilingual;
  readonly missing?: Missing;
}

export interface TransitionSuccess {
  readonly ok: true;
  readonly next: WorkflowState;
  readonly ledger: LedgerEntry;
  readonly effects: readonly Effect[];
}

export interface TransitionFailure {
  readonly ok: false;
  readonly error: WorkflowError;
}

export type TransitionResult = TransitionSuccess | TransitionFailure;
