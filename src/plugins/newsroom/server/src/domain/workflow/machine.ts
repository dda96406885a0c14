import type { WorkflowConfig } from './config';
import { applyTransition } from './effects';
import { refuse } from './errors';
import { buildLedgerEntry } from './ledger';
import { TRANSITION_LABELS, type Bilingual } from '../../../../core/workflow/messages';
import { assessAccess, checkAccess, checkInput, contextOf, ruleOf, type Access } from './rules';
import { isDue, toInstant } from './schedule';
import { checkEmbargo, embargoRefusal } from './embargo';
import {
  INITIAL_STAGE,
  LIVE_STAGE,
  PUBLISHABLE_FROM,
  SCHEDULER_ACTOR_ID,
  TRANSITIONS,
  isStage,
  type Stage,
  type TransitionId,
} from '../../../../core/workflow/stages';
import type {
  Clock,
  TransitionResult,
  TransitionRequest,
  TransitionSuccess,
  WorkflowError,
  WorkflowState,
} from './types';

/**
 * The workflow of one locale: a pure function from (state, request, config, time) to the next state, the ledger
 * entry and the effects, or a refusal that changes nothing. The adapter locks the locale's row, calls this with the
 * state it read, and stores the result in the same database transaction.
 */

export function initialState(assignee?: string): WorkflowState {
  return assignee ? { stage: INITIAL_STAGE, version: 0, assignee } : { stage: INITIAL_STAGE, version: 0 };
}

/** Throws on a state no transition can produce: it means corrupted storage, not a user error. */
export function assertWorkflowState(state: WorkflowState): void {
  const problem = !isStage(state.stage)
    ? `unknown stage ${JSON.stringify(state.stage)}`
    : !Number.isSafeInteger(state.version) || state.version < 0
      ? `invalid version ${String(state.version)}`
      : (state.stage === 'scheduled') !== (state.scheduledAt !== undefined && toInstant(state.scheduledAt) !== null)
        ? 'a scheduled state needs a valid scheduledAt, and only a scheduled state has one'
        : state.unpublishAt !== undefined && (state.stage !== LIVE_STAGE || toInstant(state.unpublishAt) === null)
          ? 'only a published state has an unpublishAt, and it must be valid'
          : null;
  if (problem) throw new TypeError(`Invalid workflow state: ${problem}`);
}

/** Takes one transition on one locale. */
export function transition(
  state: WorkflowState,
  request: TransitionRequest,
  config: WorkflowConfig,
  clock: Clock,
): TransitionResult {
  assertWorkflowState(state);
  const now = clock();
  const access = checkAccess(state, request, config, now);
  if (!access.ok) return access;
  const input = checkInput(access, state, request, config, now);
  if (!input.ok) return input;
  const embargoed = checkEmbargo(
    state,
    access.id,
    access.rule.to,
    request.locale,
    config,
    request.embargoUntil,
    now,
    input.scheduleAt,
  );
  if (embargoed) return embargoed;
  return commit(state, access, now, {
    documentId: request.documentId,
    locale: request.locale,
    actorId: request.userId,
    reason: request.reason,
    assignee: request.assignee,
    scheduleAt: input.scheduleAt,
    draftHash: request.draftHash,
  });
}

interface Move {
  documentId: string;
  locale: string;
  actorId: string;
  reason?: string;
  assignee?: string | null;
  /** The time the transition sets (schedule, schedule_unpublish). */
  scheduleAt?: string;
  /** The time recorded in the ledger: the one set, or the one the scheduler carried out. */
  ledgerTime?: string;
  /** The current draft's hash (approval binding), when the adapter read it. */
  draftHash?: string;
}

/** The success: next state, effects, and the ledger entry that records them. */
function commit(state: WorkflowState, access: Access, now: Date, move: Move): TransitionSuccess {
  const { next, effects } = applyTransition(
    state,
    access.id,
    access.rule,
    move.scheduleAt,
    move.assignee,
    move.draftHash,
  );
  const ledger = buildLedgerEntry({
    documentId: move.documentId,
    locale: move.locale,
    from: state.stage,
    to: next.stage,
    transition: access.id,
    actorId: move.actorId,
    at: now,
    version: next.version,
    reason: move.reason,
    assignee: next.assignee,
    scheduledAt: move.ledgerTime ?? move.scheduleAt,
  });
  return { ok: true, next, ledger, effects };
}

export interface AllowedTransition {
  readonly id: TransitionId;
  readonly to: Stage;
  readonly requiresReason: boolean;
  readonly requiresSchedule: boolean;
  readonly label: Bilingual;
}

/**
 * What the UI offers these roles now: exactly the transitions `transition` would accept, given a reason and time
 * (and the current draft's hash, with approval binding: a changed draft offers a fresh approval, not publishing).
 */
export function allowedTransitions(
  state: WorkflowState,
  roles: readonly string[],
  config: WorkflowConfig,
  clock: Clock,
  draftHash?: string,
): AllowedTransition[] {
  assertWorkflowState(state);
  const now = clock();
  return TRANSITIONS.flatMap((id): AllowedTransition[] => {
    const access = assessAccess(state, { transition: id, locale: '', roles, draftHash }, config, now);
    if (!access.ok) return [];
    const { to, requiresReason, requiresSchedule } = access.rule;
    return [{ id, to, requiresReason, requiresSchedule, label: TRANSITION_LABELS[id] }];
  });
}

/**
 * The publish guard's question, by stage alone: approved, or scheduled and due, or already published (publishing
 * again puts the edited draft live). Roles are the caller's other question.
 */
export function canPublishNow(state: WorkflowState, clock: Clock): boolean {
  if (state.stage === 'scheduled') return state.scheduledAt !== undefined && isDue(state.scheduledAt, clock());
  return PUBLISHABLE_FROM.includes(state.stage);
}

/**
 * The refusal for a publication attempted outside `transition` (any publish path the adapter intercepts), or null
 * when the locale may be published now under this configuration.
 */
export function publishGuard(
  state: WorkflowState,
  locale: string,
  config: WorkflowConfig,
  clock: Clock,
  embargoUntil?: string,
): WorkflowError | null {
  const from = ruleOf(config, 'publish')?.from ?? [];
  if (canPublishNow(state, clock) && from.includes(state.stage))
    return embargoRefusal(state, 'publish', locale, config, embargoUntil, clock())?.error ?? null;
  const ctx = contextOf(state, 'publish', locale, config);
  const refusal =
    state.stage === 'scheduled' && from.includes('scheduled')
      ? refuse.notDue(ctx, state.scheduledAt ?? '')
      : refuse.wrongStage(ctx, from.length > 0 ? from : PUBLISHABLE_FROM);
  return refusal.error;
}

/** A claimed scheduler job: publish or unpublish this locale at `at` (UTC ISO). */
export interface ScheduledJob {
  readonly documentId: string;
  readonly locale: string;
  readonly action: 'publish' | 'unpublish';
  readonly at: string;
  /** The current draft's hash (approval binding): a publish runs only if it is still the approved version. */
  readonly draftHash?: string;
  /** The draft's embargo (UTC ISO), when the embargo guard is on: a publish before it is held (embargo.ts). */
  readonly embargoUntil?: string;
}

/**
 * The scheduler's transition: `publish` from `scheduled`, or `unpublish` from `published`, once due. It needs no
 * role (the editor who scheduled it had one) and no reason; a job whose time is no longer the state's is a CONFLICT
 * (drop it: it was rescheduled or cancelled in the meantime).
 */
export function runScheduled(
  state: WorkflowState,
  job: ScheduledJob,
  config: WorkflowConfig,
  clock: Clock,
): TransitionResult {
  assertWorkflowState(state);
  const now = clock();
  const ctx = contextOf(state, job.action, job.locale, config);
  const pending = job.action === 'publish' ? state.scheduledAt : state.unpublishAt;
  if (pending === undefined || toInstant(pending)?.getTime() !== toInstant(job.at)?.getTime()) {
    return refuse.staleJob(ctx, job.at);
  }
  if (!isDue(pending, now)) return refuse.notDue(ctx, pending);
  if (job.action === 'publish') {
    const embargoed = embargoRefusal(state, 'publish', job.locale, config, job.embargoUntil, now);
    if (embargoed) return embargoed;
  }
  const draftHash = job.action === 'publish' ? job.draftHash : undefined;
  const access = checkAccess(
    state,
    { transition: job.action, locale: job.locale, roles: [], draftHash },
    config,
    now,
    true,
  );
  if (!access.ok) return access;
  return commit(state, access, now, {
    documentId: job.documentId,
    locale: job.locale,
    actorId: SCHEDULER_ACTOR_ID,
    ledgerTime: pending,
    draftHash,
  });
}

/**
 * The scheduler's hold of a due story whose embargo moved later than its time: taken back to `approved` (the
 * publication job cancelled), recorded as the scheduler's `unschedule` with the embargo as its reason, so an
 * editor sees why and schedules it again. The refusal it answers carries the embargo.
 */
export function holdForEmbargo(
  state: WorkflowState,
  job: ScheduledJob,
  refusal: WorkflowError,
  clock: Clock,
): TransitionSuccess {
  const { scheduledAt: _dropped, ...rest } = state;
  const next: WorkflowState = { ...rest, stage: 'approved', version: state.version + 1 };
  const ledger = buildLedgerEntry({
    documentId: job.documentId,
    locale: job.locale,
    from: state.stage,
    to: 'approved',
    transition: 'unschedule',
    actorId: SCHEDULER_ACTOR_ID,
    at: clock(),
    version: next.version,
    reason: `${refusal.message.ar}\n${refusal.message.en}`,
    assignee: state.assignee,
    scheduledAt: job.at,
  });
  return { ok: true, next, ledger, effects: [{ type: 'cancelSchedule', action: 'publish' }] };
}
