import { z } from 'zod';
import type { ChangeRequestBody, RepublishView } from './corrections';
import { directionSchema } from './locale';

/** GET /newsroom/workflow/articles/:documentId?locale=… — what the edit view's workflow panel shows. */
export type Lang = 'ar' | 'en';
export type Bilingual = Record<Lang, string>;

/** A locale's workflow state (zod: the content-API routes' OpenAPI responses are generated from it). */
export const workflowStateViewSchema = z.object({
  stage: z.string(),
  version: z.number().int(),
  assignee: z.string().optional(),
  scheduledAt: z.string().optional(),
  unpublishAt: z.string().optional(),
  /** sha256 of the draft the last approval bound to (an editor's publish of a live story is one). */
  approvedHash: z.string().optional(),
  /** Who last changed the draft after that approval, and when (see `changedSinceApproval`). */
  draftChangedBy: z.string().optional(),
  draftChangedAt: z.string().optional(),
});
export type WorkflowStateView = z.infer<typeof workflowStateViewSchema>;

export const allowedTransitionViewSchema = z.object({
  id: z.string(),
  to: z.string(),
  requiresReason: z.boolean(),
  requiresSchedule: z.boolean(),
});
export type AllowedTransitionView = z.infer<typeof allowedTransitionViewSchema>;

const bilingualSchema = z.object({ ar: z.string(), en: z.string() });

/** GET /api/newsroom/workflow/articles/:documentId?locale=… (content API): the state and what the caller may do. */
export const workflowApiStateResponseSchema = z.object({
  data: z.object({
    state: workflowStateViewSchema,
    allowed: z.array(allowedTransitionViewSchema.extend({ label: bilingualSchema })),
  }),
});
export type WorkflowApiStateResponse = z.infer<typeof workflowApiStateResponseSchema>;

export interface LedgerEntryView {
  id: number;
  transition: string;
  fromStage: string;
  toStage: string;
  actorId: string;
  at: string;
  reason: string | null;
  scheduledAt: string | null;
  /** Who had the story after this entry (an admin user id, named in `actors`). */
  assigneeId: string | null;
  version: number;
}

/** Who last changed the draft after its approval, and when: publishing it needs a fresh approval first. */
export interface ChangedSinceApprovalView {
  /** An actor id: an admin user id, `api:<id>`, `token:<id>`, `system:code`, or `unknown`. */
  by: string;
  /** The admin user's display name, when `by` is one. */
  byName?: string;
  at: string;
}

export interface WorkflowStateResponse {
  data: {
    state: WorkflowStateView;
    /** Set when the draft changed since its approval (the approved version is no longer the draft). */
    changedSinceApproval: ChangedSinceApprovalView | null;
    allowed: AllowedTransitionView[];
    ledger: LedgerEntryView[];
    /** Display names by actor and assignee id (admin users); the scheduler and system keep their ids. */
    actors: Record<string, string>;
    /** Whether the signed-in user may hand the story to someone (see domain/workflow/assign.ts). */
    mayAssign: boolean;
    /** The newsroom's time zone: schedule times are entered and shown in it. */
    timezone: string;
    /** For a live locale: whether publishing again needs a `change`, and what to offer (null otherwise). */
    republish: RepublishView | null;
    /** The draft's embargo (UTC ISO): it may not go live, nor be scheduled, before it. */
    embargoUntil: string | null;
    labels: {
      stages: Record<string, Bilingual>;
      transitions: Record<string, Bilingual>;
      correctionKinds: Record<string, Bilingual>;
    };
  };
}

/** POST /newsroom/workflow/articles/:documentId/transitions */
export interface TransitionRequestBody {
  transition: string;
  locale?: string;
  locales?: string[];
  reason?: string;
  /** ISO 8601 with an offset or Z. */
  scheduleAt?: string;
  expectedVersion?: number;
  assignee?: string | null;
  /** Publishing a live story whose draft changed: what kind of change it is, with its public note. */
  change?: ChangeRequestBody;
}

/** The ledger entry a move wrote (the server's record; `LedgerEntryView` is the panel's view of it). */
export const movedEntryViewSchema = z.object({
  documentId: z.string(),
  locale: z.string(),
  /** Added, as to every content-API object with a `locale`. */
  dir: directionSchema.optional(),
  from: z.string(),
  to: z.string(),
  transition: z.string(),
  actorId: z.string(),
  at: z.string(),
  version: z.number().int(),
  reason: z.string().optional(),
  assignee: z.string().optional(),
  scheduledAt: z.string().optional(),
});
export type MovedEntryView = z.infer<typeof movedEntryViewSchema>;

/** The answer of a transition or an assignment: each locale moved, its new state and its ledger entry. */
export const workflowMovesResponseSchema = z.object({
  data: z.array(
    z.object({
      locale: z.string(),
      dir: directionSchema.optional(),
      state: workflowStateViewSchema,
      entry: movedEntryViewSchema,
    }),
  ),
});
export type WorkflowMovesResponse = z.infer<typeof workflowMovesResponseSchema>;

/** POST /newsroom/workflow/articles/:documentId/assignee — hand a story to someone (or to nobody) without moving it. */
export interface AssignRequestBody {
  assignee: string | null;
  locale?: string;
  locales?: string[];
  expectedVersion?: number;
}

/** An admin user a story can be assigned to. */
export interface AssigneeView {
  id: string;
  name: string;
}

/** GET /newsroom/workflow/assignees */
export interface AssigneesResponse {
  data: AssigneeView[];
}

/** One row of the list view: the locale's stage and who has it. */
export interface WorkflowSummaryView {
  stage: string;
  assignee?: AssigneeView;
}

/** GET /newsroom/workflow/summary?locale=ar&documentIds=a,b,c — documents without a row are at the first stage. */
export interface WorkflowSummaryResponse {
  data: Record<string, WorkflowSummaryView>;
  labels: Record<string, Bilingual>;
}
