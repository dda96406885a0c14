import type { TransitionRule, WorkflowConfig } from './config';
import { refuse, type RefusalContext } from './errors';
import { SCHEDULE_MAX_AHEAD_DAYS, isDue, parseScheduleTime } from './schedule';
import {
  LIVE_STAGE,
  ROLE_SUPER_ADMIN,
  TIMED_TRANSITIONS,
  isTransitionId,
  type Stage,
  type TransitionId,
} from '../../../../core/workflow/stages';
import type { TransitionFailure, TransitionRequest, WorkflowState } from './types';

/**
 * The checks of a transition, in the order that gives the most useful answer:
 *   1. the transition exists (400)        2. the role may take it (403: regardless of the stage)
 *   3. the user saw the current state (409 CONFLICT)   4. the stage allows it, and it is due (409)
 *   5. the request carries what it needs: a reason, a valid future time (400)
 * 1–4 are "access" (what the UI offers); 5 is "input".
 */

export interface Access {
  readonly ok: true;
  readonly id: TransitionId;
  readonly rule: TransitionRule;
}

export type AccessCheck = Access | TransitionFailure;
export type InputCheck = { ok: true; scheduleAt?: string } | TransitionFailure;

type AccessRequest = Pick<
  TransitionRequest,
  'transition' | 'locale' | 'roles' | 'expectedStage' | 'expectedVersion' | 'draftHash'
>;

/** Stages an editor may approve again, in place, once the draft changed since its approval (approval-binding.ts). */
export const REAPPROVABLE_FROM: readonly Stage[] = ['approved', 'scheduled'];

/**
 * Whether the draft (by its hash) is no longer the approved version. Unknown (no hash given: binding off) counts
 * as unchanged; a locale never bound (approved before binding existed) as changed.
 */
export function changedSinceApproval(state: WorkflowState, draftHash: string | undefined): boolean {
  return draftHash !== undefined && draftHash !== state.approvedHash;
}
type InputRequest = Pick<TransitionRequest, 'reason' | 'scheduleAt'>;

export function contextOf(
  state: WorkflowState,
  transition: string,
  locale: string,
  config: WorkflowConfig,
): RefusalContext {
  return { state, transition, locale, config };
}

/** The rule of a transition id, if it is a known id and enabled. */
export function ruleOf(config: WorkflowConfig, transition: string): TransitionRule | undefined {
  return isTransitionId(transition) && Object.hasOwn(config.transitions, transition)
    ? config.transitions[transition]
    : undefined;
}

export function mayTake(roles: readonly string[], rule: TransitionRule): boolean {
  return roles.includes(ROLE_SUPER_ADMIN) || roles.some((role) => rule.roles.includes(role));
}

/** Why access is refused, before any message is written (the UI asks about eleven transitions at a time). */
export type AccessProblem = { readonly ok: false } & (
  | { readonly kind: 'unknown' }
  | { readonly kind: 'forbidden'; readonly roles: readonly string[] }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'stage'; readonly anyOf: readonly Stage[] }
  | { readonly kind: 'not_due'; readonly scheduledAt: string }
  | { readonly kind: 'nothing_scheduled' }
  | { readonly kind: 'changed' }
);

/** Steps 1–4. `skipRoles` is for the scheduler, which acts on the authority of the editor who scheduled. */
export function assessAccess(
  state: WorkflowState,
  request: AccessRequest,
  config: WorkflowConfig,
  now: Date,
  skipRoles = false,
): Access | AccessProblem {
  const id = request.transition;
  const rule = ruleOf(config, id);
  if (!rule || !isTransitionId(id)) return { ok: false, kind: 'unknown' };
  if (!skipRoles && !mayTake(request.roles, rule)) return { ok: false, kind: 'forbidden', roles: rule.roles };
  const staleStage = request.expectedStage !== undefined && request.expectedStage !== state.stage;
  const staleVersion = request.expectedVersion !== undefined && request.expectedVersion !== state.version;
  if (staleStage || staleVersion) return { ok: false, kind: 'conflict' };
  const changed = changedSinceApproval(state, request.draftHash);
  // A fresh approval of a changed draft keeps the stage (and a schedule's time): it only rebinds the approval.
  const reapproval = id === 'approve' && changed && REAPPROVABLE_FROM.includes(state.stage);
  if (!rule.from.includes(state.stage) && !reapproval) return { ok: false, kind: 'stage', anyOf: rule.from };
  // Going live or being scheduled from an approval needs the approved version; a live locale's publish is the approval.
  const leavesApproval = (rule.to === LIVE_STAGE || rule.to === 'scheduled') && state.stage !== LIVE_STAGE;
  if (leavesApproval && changed && !reapproval) return { ok: false, kind: 'changed' };
  if (
    rule.to === LIVE_STAGE &&
    state.stage === 'scheduled' &&
    !(state.scheduledAt !== undefined && isDue(state.scheduledAt, now))
  ) {
    return { ok: false, kind: 'not_due', scheduledAt: state.scheduledAt ?? '' };
  }
  if (id === 'unschedule_unpublish' && state.unpublishAt === undefined) return { ok: false, kind: 'nothing_scheduled' };
  return { ok: true, id, rule: reapproval && !rule.from.includes(state.stage) ? { ...rule, to: state.stage } : rule };
}

/** Steps 1–4, with the refusal written out. */
export function checkAccess(
  state: WorkflowState,
  request: AccessRequest,
  config: WorkflowConfig,
  now: Date,
  skipRoles = false,
): AccessCheck {
  const access = assessAccess(state, request, config, now, skipRoles);
  if (access.ok) return access;
  const ctx = contextOf(state, request.transition, request.locale, config);
  switch (access.kind) {
    case 'unknown':
      return refuse.unknownTransition(ctx);
    case 'forbidden':
      return refuse.forbidden(ctx, access.roles);
    case 'conflict':
      return refuse.conflict(ctx, { stage: request.expectedStage, version: request.expectedVersion });
    case 'stage':
      return refuse.wrongStage(ctx, access.anyOf);
    case 'not_due':
      return refuse.notDue(ctx, access.scheduledAt);
    case 'nothing_scheduled':
      return refuse.nothingScheduled(ctx);
    case 'changed':
      return refuse.changedSinceApproval(ctx, { by: state.draftChangedBy, at: state.draftChangedAt });
  }
}

/** Step 5. */
export function checkInput(
  access: Access,
  state: WorkflowState,
  request: InputRequest & { locale: string },
  config: WorkflowConfig,
  now: Date,
): InputCheck {
  const ctx = contextOf(state, access.id, request.locale, config);
  if (access.rule.requiresReason && !request.reason?.trim()) return refuse.reasonRequired(ctx);
  // The meaning of the id decides (config validation keeps `requiresSchedule` equal to it).
  const timed = TIMED_TRANSITIONS[access.id] !== undefined;
  if (!timed) return request.scheduleAt === undefined ? { ok: true } : refuse.scheduleNotAccepted(ctx);
  const parsed = parseScheduleTime(request.scheduleAt, now);
  if (parsed.ok) return { ok: true, scheduleAt: parsed.iso };
  switch (parsed.problem) {
    case 'missing':
      return refuse.scheduleRequired(ctx);
    case 'format':
      return refuse.scheduleFormat(ctx, request.scheduleAt);
    case 'past':
      return refuse.schedulePast(ctx, parsed.at);
    case 'too_far':
      return refuse.scheduleTooFar(ctx, parsed.at, SCHEDULE_MAX_AHEAD_DAYS);
  }
}
