import type { WorkflowConfig } from './config';

/**
 * The desk follows the story: who a transition hands a locale to when the person taking it names nobody.
 *  - `request_changes` goes back to the writer: the last admin user who submitted this locale (the ledger's newest
 *    `submit`), else the locale's creator (Strapi's `createdBy`);
 *  - `submit` goes to the story's desk: the editors configured for its section (`workflow.desks`), the first of
 *    them in the configured order who is an active admin user;
 *  - every other transition keeps the assignee.
 * A name in the request always wins (`null` clears). Candidates who are not active admin users are skipped, so a
 * departed writer or editor never holds a story; with none left, the assignee is kept as it was.
 */

/** What the adapter read about the locale, each list in order of preference. */
export interface DeskFacts {
  /** Admin user ids who submitted this locale, newest first. */
  readonly submitters: readonly string[];
  /** The admin user id that created the locale, if any (REST-created articles have none). */
  readonly creator?: string;
  /** The desk's editors, as configured (ids or e-mails), already resolved to admin user ids in the same order. */
  readonly deskEditors: readonly string[];
  /** Which of the ids above are active admin users. */
  readonly active: ReadonlySet<string>;
}

export type DeskRule = 'named' | 'writer' | 'desk';

/** The assignee to set and why, or null: keep the current assignee. */
export type DeskDecision = { readonly assignee: string | null; readonly rule: DeskRule } | null;

/** Transitions whose assignee follows a rule of the desk (the adapter reads the facts only for these). */
export const DESK_TRANSITIONS: ReadonlySet<string> = new Set(['request_changes', 'submit']);

export function deskAssignee(transition: string, named: string | null | undefined, facts: DeskFacts): DeskDecision {
  if (named !== undefined) return { assignee: named, rule: 'named' };
  const first = (ids: readonly (string | undefined)[]) =>
    ids.find((id): id is string => id !== undefined && facts.active.has(id));
  if (transition === 'request_changes') {
    const writer = first([...facts.submitters, facts.creator]);
    return writer ? { assignee: writer, rule: 'writer' } : null;
  }
  if (transition === 'submit') {
    const editor = first(facts.deskEditors);
    return editor ? { assignee: editor, rule: 'desk' } : null;
  }
  return null;
}

/** A section topic as the adapter found it among the story's topics (and their parents), in the editors' order. */
export interface SectionKey {
  readonly documentId: string;
  /** Its slugs in every locale. */
  readonly slugs: readonly string[];
}

/**
 * The desk's editors (ids or e-mails, as configured) for a story in these sections: the first section, in the
 * editors' order, that has a desk, matched by documentId or by any of its slugs. Empty when none has one.
 */
export function deskOf(sections: readonly SectionKey[], desks: WorkflowConfig['desks']): readonly string[] {
  for (const section of sections) {
    const key = [section.documentId, ...section.slugs].find((candidate) => Object.hasOwn(desks, candidate));
    if (key !== undefined) return desks[key];
  }
  return [];
}
