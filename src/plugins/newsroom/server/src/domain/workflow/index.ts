/**
 * Publishing workflow, the pure core: stages and transitions per article locale, who may take them, the ledger
 * entry of each move, schedule times, and the refusals in Arabic and English. No Strapi, no database, no clock
 * of its own: the adapter reads and locks the state, calls `transition`, and stores `next`, the ledger entry and
 * the effects in one transaction; the scheduler claims due jobs and calls `runScheduled`.
 */
export {
  FIXED_TARGET,
  INITIAL_STAGE,
  LIVE_STAGE,
  PUBLISHABLE_FROM,
  ROLE_AUTHOR,
  ROLE_EDITOR,
  ROLE_SUPER_ADMIN,
  SCHEDULABLE_FROM,
  SCHEDULER_ACTOR_ID,
  STAGES,
  TIMED_TRANSITIONS,
  TRANSITIONS,
  isStage,
  isTransitionId,
} from '../../../../core/workflow/stages';
export type { Stage, TransitionId } from '../../../../core/workflow/stages';
export {
  DEFAULT_WORKFLOW_CONFIG,
  formatPath,
  loadWorkflowConfig,
  parseWorkflowConfig,
  resolveWorkflowConfig,
  workflowConfigSchema,
} from './config';
export type { ConfigResult, TransitionRule, WorkflowConfig, WorkflowConfigInput } from './config';
export {
  allowedTransitions,
  assertWorkflowState,
  canPublishNow,
  initialState,
  publishGuard,
  runScheduled,
  transition,
} from './machine';
export type { AllowedTransition, ScheduledJob } from './machine';
export { transitionBoth } from './both';
export type { BothResult, Expectation, MultiLocaleRequest } from './both';
export type {
  Clock,
  Effect,
  ErrorCode,
  HttpStatus,
  Missing,
  TransitionFailure,
  TransitionRequest,
  TransitionResult,
  TransitionSuccess,
  WorkflowError,
  WorkflowState,
} from './types';
export { buildLedgerEntry } from './ledger';
export type { LedgerEntry, LedgerInput, LedgerTransition } from './ledger';
export { ASSIGN, assign, assignRoles, mayAssign, type AssignRequest } from './assign';
export { DELETE, deleteLive, deleteLiveRoles, type DeleteLiveRequest } from './delete-live';
export {
  SCHEDULE_MAX_AHEAD_DAYS,
  ceilToMinute,
  dueWindow,
  floorToMinute,
  isDue,
  minutesLate,
  msUntilNextMinute,
  parseIsoInstant,
  parseScheduleTime,
  toInstant,
} from './schedule';
export type { DueWindow, ScheduleParse, ScheduleProblem } from './schedule';
export { canonicalTimeZone, formatInZone, isValidTimeZone, offsetMinutesAt, zonedParts, zonedWallTimeToUtc } from '../../../../core/workflow/timezone';
export type { FormatOptions, UiLocale, WallTimeResult, ZonedParts } from '../../../../core/workflow/timezone';
export { ASSIGN_LABEL, DELETE_LABEL, ROLE_LABELS, STAGE_LABELS, TRANSITION_LABELS, roleLabel, stageLabel, transitionPhrase, versionName } from '../../../../core/workflow/messages';
export type { Bilingual, Lang } from '../../../../core/workflow/messages';
export { MAX_REASON_LENGTH, transitionBodySchema } from './request';
export type { TransitionBody } from './request';
