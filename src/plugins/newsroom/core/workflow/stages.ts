/**
 * The editorial stages and transitions. Each article locale (the Arabic and the English version of a story)
 * has its own stage; the ids below are stable keys (stored, sent to the admin, used as message keys).
 *
 * The default graph (config.ts holds it as configuration; roles: A = author, E = editor, SA = super admin):
 *
 *   transition            from                                   to                  roles  needs
 *   submit                draft, changes_requested               in_review           A
 *   withdraw              in_review                              draft               A
 *   request_changes       in_review, approved, scheduled         changes_requested   E      reason
 *   approve               in_review                              approved            E
 *   schedule              approved, scheduled (= reschedule)     scheduled           E      time
 *   unschedule            scheduled                              approved            E
 *   publish               approved, scheduled (due), published   published           E
 *   unpublish             published                              unpublished         E
 *   schedule_unpublish    published                              published           E      time
 *   unschedule_unpublish  published (with an unpublish time)     published           E
 *   reopen                unpublished                            draft               E
 *   (SA may take every transition; nobody may jump outside the graph.)
 *
 * Decisions:
 *  - `published` is the only live stage: a locale is on the site exactly when its stage is `published`, so every
 *    transition into it publishes and every transition out of it unpublishes.
 *  - Editing a live article does not move it: it stays `published` while Strapi holds the edited draft; the edits
 *    go live when an editor publishes again (`publish` from `published`). The editor's publish is the approval.
 *  - `changes_requested` goes back to the writer, who edits and submits again (`submit`). An author can withdraw a
 *    story only while it is in review; once approved, only an editor can send it back (`request_changes`).
 *  - Whatever the configuration, `published` is entered only from `approved`, `scheduled` or `published`, and
 *    `scheduled` only from `approved` or `scheduled` (config-rules.ts): nothing goes live unapproved.
 *  - `unpublished` is parked: an editor reopens it as a draft, and it goes through review again.
 *  - A scheduled locale can be published only once its time is due (the scheduler does it); to publish early an
 *    editor unschedules (back to `approved`) and publishes.
 *  - A scheduled unpublish (an expiry) does not change the stage: the locale stays `published` with an
 *    `unpublishAt` time until the scheduler unpublishes it.
 */

export const STAGES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'unpublished',
] as const;
export type Stage = (typeof STAGES)[number];

export const TRANSITIONS = [
  'submit',
  'withdraw',
  'request_changes',
  'approve',
  'schedule',
  'unschedule',
  'publish',
  'unpublish',
  'schedule_unpublish',
  'unschedule_unpublish',
  'reopen',
] as const;
export type TransitionId = (typeof TRANSITIONS)[number];

/** Where every locale starts. */
export const INITIAL_STAGE: Stage = 'draft';
/** The only stage in which a locale is live. */
export const LIVE_STAGE: Stage = 'published';
/** The stages a locale may be published from: approval is required, or was given before scheduling. */
export const PUBLISHABLE_FROM: readonly Stage[] = ['approved', 'scheduled', 'published'];
/** Entering `scheduled` needs an approval first. */
export const SCHEDULABLE_FROM: readonly Stage[] = ['approved', 'scheduled'];

/**
 * Transitions whose meaning the machine fixes (configuration may restrict them, not redefine them):
 * the stage they lead to, and whether they take a time.
 */
export const FIXED_TARGET: Readonly<Partial<Record<TransitionId, Stage>>> = {
  publish: 'published',
  schedule: 'scheduled',
  schedule_unpublish: 'published',
  unschedule_unpublish: 'published',
};
/** The transitions that take a time (`scheduleAt`): to publish, and to unpublish. */
export const TIMED_TRANSITIONS: Readonly<Partial<Record<TransitionId, 'publish' | 'unpublish'>>> = {
  schedule: 'publish',
  schedule_unpublish: 'unpublish',
};
/** Transitions that only make sense on a live locale. */
export const LIVE_ONLY: readonly TransitionId[] = ['schedule_unpublish', 'unschedule_unpublish'];

/** Strapi admin role codes. */
export const ROLE_AUTHOR = 'strapi-author';
export const ROLE_EDITOR = 'strapi-editor';
/** Implicitly allowed every transition, whatever the configuration says. */
export const ROLE_SUPER_ADMIN = 'strapi-super-admin';

/** The actor recorded in the ledger when the scheduler publishes or unpublishes at the scheduled minute. */
export const SCHEDULER_ACTOR_ID = 'system:scheduler';

const stageSet: ReadonlySet<string> = new Set(STAGES);
const transitionSet: ReadonlySet<string> = new Set(TRANSITIONS);

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && stageSet.has(value);
}

export function isTransitionId(value: unknown): value is TransitionId {
  return typeof value === 'string' && transitionSet.has(value);
}
