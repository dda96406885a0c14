/**
 * Publishing workflow, the pure core: stages and transitions per article locale, who may take them, the ledger
 * entry of each move, schedule times, and the refusals in Arabic and English. No Strapi, no database, no clock
 * of its own: the adapter reads and locks the state, calls `transition`, and stores `next`, the ledger entry and
 * the effects in one transaction; the scheduler claims due jobs and calls `runScheduled`.
 */
export { INITIAL_STAGE, ROLE_SUPER_ADMIN } from '../../../../core/workflow/stages';
export type { Stage } from '../../../../core/workflow/stages';
export { loadWorkflowConfig } from './config';
export type { WorkflowConfig } from './config';
export { allowedTransitions, holdForEmbargo, initialState, publishGuard, runScheduled, transition } from './machine';
export { DESK_TRANSITIONS, deskAssignee, deskOf } from './desk';
export type { DeskDecision, DeskFacts, SectionKey } from './desk';
export { embargoHolds, embargoRefusal } from './embargo';
export type { AllowedTransition } from './machine';
export type { Effect, TransitionResult, WorkflowError, WorkflowState } from './types';
export type { LedgerEntry } from './ledger';
export { ASSIGN, assign, mayAssign } from './assign';
export { deleteLive } from './delete-live';
export {
  ASSIGN_LABEL,
  CHANGED_AFTER_APPROVAL_LABEL,
  RESTORE_LABEL,
  STAGE_LABELS,
  TRANSITION_LABELS,
} from '../../../../core/workflow/messages';
export { transitionBodySchema } from './request';
export { CHANGED_AFTER_APPROVAL, decideDraftEdit, editorKind } from './approval-binding';
export type { ApprovalPolicy, EditDecision, EditorKind } from './approval-binding';
export { refuse } from './errors';
export type { TransitionBody } from './request';
