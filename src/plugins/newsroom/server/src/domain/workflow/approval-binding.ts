import type { WorkflowConfig } from './config';
import { refuse } from './errors';
import { buildLedgerEntry, type LedgerEntry } from './ledger';
import { contextOf, mayTake, ruleOf } from './rules';
import { LIVE_STAGE, ROLE_SUPER_ADMIN, type Stage } from '../../../../core/workflow/stages';
import type { Clock, WorkflowError, WorkflowState } from './types';

/**
 * What a saved change to an article locale's draft does to its approval (issue #15: approval binds to a version).
 * The adapter (workflow/approval-binding.ts) compares the draft's hash before and after the save and asks here
 * only when it changed:
 *
 *   stage                        Author (default)                 Author (lockAfterSubmit)   Editor or system
 *   in_review                    nothing (not approved yet)       refused, 403                nothing
 *   approved, scheduled          back to in_review, ledger        refused, 403                stage kept; changedBy/At
 *                                `changed_after_approval`,                                   set: publishing needs a
 *                                schedule cleared                                            fresh approve
 *   published                    changedBy/At set (the next editor publish is the approval)
 *   draft, changes_requested,    nothing
 *   unpublished
 *   (any, draft back to the approved version: the record of changes is cleared)
 *
 * An Editor is whoever may approve (the `approve` rule's roles, Super Admin always); everyone else behind a
 * request (Authors, content-API users, API tokens) edits as an Author; code run without a request as the system.
 */
export const CHANGED_AFTER_APPROVAL = 'changed_after_approval' as const;

/** The stages in which a story has been submitted and not yet sent back: `lockAfterSubmit` locks these. */
export const SUBMITTED_STAGES: readonly Stage[] = ['in_review', 'approved', 'scheduled'];
/** The stages an approval holds in (the edit undoes it). */
const APPROVED_STAGES: readonly Stage[] = ['approved', 'scheduled'];
/** Where an Author's edit of an approved story sends it. */
const BACK_TO: Stage = 'in_review';

export type EditorKind = 'author' | 'editor' | 'system';

export interface ApprovalPolicy {
  /** Authors cannot edit a submitted story (they withdraw it first). */
  readonly lockAfterSubmit: boolean;
}

/** Who is editing, in the workflow's terms: `null` roles means code run without a request. */
export function editorKind(roles: readonly string[] | null, config: WorkflowConfig): EditorKind {
  if (roles === null) return 'system';
  const approve = ruleOf(config, 'approve');
  const editor = approve ? mayTake(roles, approve) : roles.includes(ROLE_SUPER_ADMIN);
  return editor ? 'editor' : 'author';
}

export interface DraftEdit {
  readonly documentId: string;
  readonly locale: string;
  readonly actorId: string;
  readonly kind: EditorKind;
  /** The draft's hash after the save (null: no draft any more). */
  readonly draftHash: string | null;
}

export type EditDecision =
  | { readonly kind: 'none' }
  | { readonly kind: 'refuse'; readonly error: WorkflowError }
  /** Store `next` (compare-and-set on the version read), and append `ledger` when there is one. */
  | { readonly kind: 'record'; readonly next: WorkflowState; readonly ledger?: LedgerEntry };

const withoutChange = (state: WorkflowState): WorkflowState => {
  const { draftChangedBy: _by, draftChangedAt: _at, ...rest } = state;
  return rest;
};

/** The decision for a save that changed the draft's content (see the table above). */
export function decideDraftEdit(
  state: WorkflowState,
  edit: DraftEdit,
  policy: ApprovalPolicy,
  config: WorkflowConfig,
  clock: Clock,
): EditDecision {
  const submitted = SUBMITTED_STAGES.includes(state.stage);
  if (submitted && edit.kind === 'author' && policy.lockAfterSubmit) {
    return { kind: 'refuse', error: refuse.lockedAfterSubmit(contextOf(state, 'edit', edit.locale, config)).error };
  }
  if (edit.draftHash !== null && edit.draftHash === state.approvedHash) {
    // Changed back to the approved version: nothing is pending any more.
    return state.draftChangedBy === undefined && state.draftChangedAt === undefined
      ? { kind: 'none' }
      : { kind: 'record', next: withoutChange(state) };
  }
  const approved = APPROVED_STAGES.includes(state.stage);
  if (!approved && state.stage !== LIVE_STAGE) return { kind: 'none' };
  const at = clock();
  const changed: WorkflowState = { ...state, draftChangedBy: edit.actorId, draftChangedAt: at.toISOString() };
  if (!approved || edit.kind !== 'author') return { kind: 'record', next: changed };

  // Back to review. Leaving `scheduled` drops its time, so the scheduler has nothing to run: the job is
  // cleared (not kept and skipped), and the editor schedules again after approving the new version.
  const { scheduledAt: _cleared, ...rest } = changed;
  const next: WorkflowState = { ...rest, stage: BACK_TO, version: state.version + 1 };
  const ledger = buildLedgerEntry({
    documentId: edit.documentId,
    locale: edit.locale,
    from: state.stage,
    to: BACK_TO,
    transition: CHANGED_AFTER_APPROVAL,
    actorId: edit.actorId,
    at,
    version: next.version,
    assignee: next.assignee,
  });
  return { kind: 'record', next, ledger };
}
