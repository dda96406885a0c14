import type { TransitionRule } from './config';
import { LIVE_STAGE, TIMED_TRANSITIONS, type TransitionId } from '../../../../core/workflow/stages';
import type { Effect, WorkflowState } from './types';

/**
 * The state after a transition that passed every check, and what the adapter must do for it. Derived from the
 * stages, so the configuration cannot get it wrong:
 *  - entering `published` publishes; `publish` from `published` publishes again (the edited draft goes live);
 *  - leaving `published` unpublishes, and cancels a scheduled unpublish;
 *  - leaving `scheduled` cancels the publication job; `schedule` creates or replaces it;
 *  - `schedule_unpublish` creates or replaces the unpublish job, `unschedule_unpublish` cancels it;
 *  - `approve`, and an editor's `publish` of a live locale (the approval of the edited draft), bind the approval
 *    to `draftHash` and clear the record of changes since; going live from an approval clears it too (the draft
 *    is the approved version, or the move was refused); every other move carries the binding as it was.
 */
export function applyTransition(
  state: WorkflowState,
  id: TransitionId,
  rule: TransitionRule,
  scheduleAt: string | undefined,
  assignee: string | null | undefined,
  draftHash?: string,
): { next: WorkflowState; effects: Effect[] } {
  const from = state.stage;
  const to = rule.to;
  const timed = TIMED_TRANSITIONS[id];
  const effects: Effect[] = [];
  if (from === 'scheduled' && to !== 'scheduled') effects.push({ type: 'cancelSchedule', action: 'publish' });
  if (from === LIVE_STAGE && to !== LIVE_STAGE) {
    if (state.unpublishAt !== undefined) effects.push({ type: 'cancelSchedule', action: 'unpublish' });
    effects.push({ type: 'unpublish' });
  }
  if (to === LIVE_STAGE && (from !== LIVE_STAGE || id === 'publish')) effects.push({ type: 'publish' });
  if (id === 'unschedule_unpublish') effects.push({ type: 'cancelSchedule', action: 'unpublish' });
  if (timed !== undefined && scheduleAt !== undefined)
    effects.push({ type: 'schedule', action: timed, at: scheduleAt });

  const scheduledAt = to === 'scheduled' ? (timed === 'publish' ? scheduleAt : state.scheduledAt) : undefined;
  let unpublishAt: string | undefined;
  if (to === LIVE_STAGE) {
    if (timed === 'unpublish') unpublishAt = scheduleAt;
    else if (id !== 'unschedule_unpublish' && from === LIVE_STAGE) unpublishAt = state.unpublishAt;
  }
  const nextAssignee = assignee === undefined ? state.assignee : assignee || undefined; // null or '' clears
  const binds = draftHash !== undefined && (id === 'approve' || (id === 'publish' && from === LIVE_STAGE));
  const approvedHash = binds ? draftHash : state.approvedHash;
  const settled = binds || (to === LIVE_STAGE && id === 'publish');
  const next: WorkflowState = {
    stage: to,
    version: state.version + 1,
    ...(nextAssignee !== undefined ? { assignee: nextAssignee } : {}),
    ...(scheduledAt !== undefined ? { scheduledAt } : {}),
    ...(unpublishAt !== undefined ? { unpublishAt } : {}),
    ...(approvedHash !== undefined ? { approvedHash } : {}),
    ...(!settled && state.draftChangedBy !== undefined ? { draftChangedBy: state.draftChangedBy } : {}),
    ...(!settled && state.draftChangedAt !== undefined ? { draftChangedAt: state.draftChangedAt } : {}),
  };
  return { next, effects };
}
