import type { WorkflowConfig } from './config';
import { refuse } from './errors';
import { contextOf } from './rules';
import { toInstant } from './schedule';
import { LIVE_STAGE } from '../../../../core/workflow/stages';
import type { TransitionFailure, WorkflowState } from './types';

/**
 * Embargoes: a locale's `embargoUntil` is the earliest time it may go live. Publishing before it is refused on
 * every path (the adapter passes the draft's value to `transition`, `publishGuard` and `runScheduled`), and so is
 * scheduling a time before it. Exactly at the embargo is allowed (schedules round up to the minute, so a story
 * scheduled for the embargo's minute never goes out early).
 */

/** Whether an embargo still holds at `now` (none, an unreadable one, or one that has passed: false). */
export function embargoHolds(embargoUntil: string | undefined, now: Date): boolean {
  if (embargoUntil === undefined) return false;
  const until = toInstant(embargoUntil);
  return until !== null && now.getTime() < until.getTime();
}

/** The refusal when going live at `at` would break the embargo, else null (no embargo, or one that has passed). */
export function embargoRefusal(
  state: WorkflowState,
  transition: string,
  locale: string,
  config: WorkflowConfig,
  embargoUntil: string | undefined,
  at: Date,
  scheduling = false,
): TransitionFailure | null {
  if (embargoUntil === undefined) return null;
  const until = toInstant(embargoUntil);
  if (until === null || at.getTime() >= until.getTime()) return null;
  const ctx = contextOf(state, transition, locale, config);
  return refuse.embargoed(ctx, until.toISOString(), scheduling ? at : undefined);
}

/**
 * Whether a transition that passed its other checks breaks the embargo: one that puts the locale live now
 * (entering `published`, or publishing a live locale again), or a `schedule` for a time before it.
 */
export function checkEmbargo(
  state: WorkflowState,
  transition: string,
  to: string,
  locale: string,
  config: WorkflowConfig,
  embargoUntil: string | undefined,
  now: Date,
  scheduleAt: string | undefined,
): TransitionFailure | null {
  if (transition === 'schedule' && scheduleAt !== undefined) {
    const at = toInstant(scheduleAt);
    return at ? embargoRefusal(state, transition, locale, config, embargoUntil, at, true) : null;
  }
  const goesLive = to === LIVE_STAGE && (state.stage !== LIVE_STAGE || transition === 'publish');
  return goesLive ? embargoRefusal(state, transition, locale, config, embargoUntil, now) : null;
}
