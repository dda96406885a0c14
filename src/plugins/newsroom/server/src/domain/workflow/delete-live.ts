import type { WorkflowConfig } from './config';
import { buildLedgerEntry } from './ledger';
import { refuse } from './errors';
import { contextOf, mayTake, ruleOf } from './rules';
import { ROLE_SUPER_ADMIN, type Stage } from '../../../../core/workflow/stages';
import type { Clock, TransitionResult, WorkflowState } from './types';

/**
 * Deleting a locale that has a published version takes it off the site, so it needs what unpublishing needs:
 * one of the roles of the `unpublish` rule (Super Admin only when unpublishing is disabled). It is recorded in
 * the ledger as `delete`, to `unpublished`; the adapter then drops the state (the ledger stays). Code run
 * without a request (`bySystem`: the CLI, scripts) may delete, and is recorded too.
 */
export const DELETE = 'delete' as const;
const GONE: Stage = 'unpublished';

export interface DeleteLiveRequest {
  readonly documentId: string;
  readonly locale: string;
  readonly roles: readonly string[];
  readonly userId: string;
  readonly bySystem: boolean;
}

/** The roles that may delete a live locale: those of the `unpublish` rule. */
export function deleteLiveRoles(config: WorkflowConfig): readonly string[] {
  return ruleOf(config, 'unpublish')?.roles ?? [ROLE_SUPER_ADMIN];
}

export function deleteLive(
  state: WorkflowState,
  request: DeleteLiveRequest,
  config: WorkflowConfig,
  clock: Clock,
): TransitionResult {
  const ctx = contextOf(state, DELETE, request.locale, config);
  const roles = deleteLiveRoles(config);
  const rule = { from: [], to: GONE, roles, requiresReason: false, requiresSchedule: false };
  if (!request.bySystem && !mayTake(request.roles, rule)) return refuse.forbidden(ctx, roles);
  const next: WorkflowState = { stage: GONE, version: state.version + 1 };
  const ledger = buildLedgerEntry({
    documentId: request.documentId,
    locale: request.locale,
    from: state.stage,
    to: GONE,
    transition: DELETE,
    actorId: request.userId,
    at: clock(),
    version: next.version,
  });
  return { ok: true, next, ledger, effects: [] };
}
