import type { Clock, TransitionRequest, WorkflowState } from './types';
import { TIMED_TRANSITIONS, isTransitionId, type Stage } from '../../../../core/workflow/stages';

/** Shared by the workflow tests (not a test file itself). Tuesday 14 January 2025, 09:00 UTC = 12:00 in Baghdad. */
export const NOW_ISO = '2025-01-14T09:00:00.000Z';
export const PAST_ISO = '2025-01-14T08:00:00.000Z';
export const FUTURE_ISO = '2025-01-15T09:00:00.000Z';

export const clockAt =
  (iso: string): Clock =>
  () =>
    new Date(iso);
export const clock: Clock = clockAt(NOW_ISO);

/** A valid state in `stage`: scheduled ones are due, published ones have an unpublish time. */
export function stateIn(stage: Stage, extra: Partial<WorkflowState> = {}): WorkflowState {
  const times: Partial<WorkflowState> =
    stage === 'scheduled' ? { scheduledAt: PAST_ISO } : stage === 'published' ? { unpublishAt: FUTURE_ISO } : {};
  return { stage, version: 7, assignee: 'writer-1', ...times, ...extra };
}

/** A request carrying whatever the transition needs (a reason; a future time for the timed ones). */
export function requestFor(
  transition: string,
  roles: readonly string[],
  extra: Partial<TransitionRequest> = {},
): TransitionRequest {
  const timed = isTransitionId(transition) && TIMED_TRANSITIONS[transition] !== undefined;
  return {
    documentId: 'doc-1',
    locale: 'ar',
    transition,
    roles,
    userId: 'user-9',
    reason: 'Because',
    ...(timed ? { scheduleAt: '2025-01-14T15:30+03:00' } : {}),
    ...extra,
  };
}
