import type { WorkflowConfig } from './config';
import { buildLedgerEntry } from './ledger';
import { refuse } from './errors';
import { contextOf, mayTake, ruleOf } from './rules';
import { INITIAL_STAGE, ROLE_SUPER_ADMIN } from '../../../../core/workflow/stages';
import type { Clock, TransitionResult, WorkflowState } from './types';

/**
 * Assigning a story to someone without moving it: a ledger entry of its own ('assign', from and to the same
 * stage), so the history shows who handed the story to whom. Whoever may approve (editors by default) may assign;
 * Super Admin always. A transition can also carry an assignee (the author submitting hands it to an editor).
 */
export const ASSIGN = 'assign' as const;

export interface AssignRequest {
  readonly documentId: string;
  readonly locale: string;
  readonly roles: readonly string[];
  readonly userId: string;
  /** The admin user id, or null to leave the story unassigned. */
  readonly assignee: string | null;
  readonly expectedVersion?: number;
}

/** The roles that may assign: those of the `approve` rule (only Super Admin when approval is disabled). */
export function assignRoles(config: WorkflowConfig): readonly string[] {
  return ruleOf(config, 'approve')?.roles ?? [ROLE_SUPER_ADMIN];
}

export function mayAssign(userRoles: readonly string[], config: WorkflowConfig): boolean {
  return mayTake(userRoles, {
    from: [],
    to: INITIAL_STAGE,
    roles: assignRoles(config),
    requiresReason: false,
    requiresSchedule: false,
  });
}

export function assign(
  state: WorkflowState,
  request: AssignRequest,
  config: WorkflowConfig,
  clock: Clock,
): TransitionResult {
  const ctx = contextOf(state, ASSIGN, request.locale, config);
  if (!mayAssign(request.roles, config)) return refuse.forbidden(ctx, assignRoles(config));
  if (request.expectedVersion !== undefined && request.expectedVersion !== state.version) {
    return refuse.conflict(ctx, { version: request.expectedVersion });
  }
  const { assignee: _previous, ...rest } = state;
  const next: WorkflowState = {
    ...rest,
    version: state.version + 1,
    ...(request.assignee ? { assignee: request.assignee } : {}),
  };
  const ledger = buildLedgerEntry({
    documentId: request.documentId,
    locale: request.locale,
    from: state.stage,
    to: state.stage,
    transition: ASSIGN,
    actorId: request.userId,
    at: clock(),
    version: next.version,
    assignee: request.assignee,
  });
  return { ok: true, next, ledger, effects: [] };
}
