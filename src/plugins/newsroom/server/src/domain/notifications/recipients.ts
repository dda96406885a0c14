import type { NotificationKind } from '../../../../shared/contracts/notifications';

/**
 * Who hears about what: pure rules from the facts of one source event (a ledger entry, a comment event, a
 * scheduled publish that failed, an embargo that passed) to one kind per recipient. Whether a recipient may read
 * the story, and how they want to be told, is decided afterwards by the service.
 */

/** A workflow move, as the ledger records it, with the story's people read beside it. */
export interface MoveFacts {
  source: 'move';
  transition: string;
  actorId: string;
  /** The assignee after the move, and before it (the locale's previous ledger entry). */
  assignee: string | null;
  previousAssignee: string | null;
  /** The admin user who created the story: "my story". */
  owner: string | null;
  /** Who scheduled it (the last `schedule` move), told when the scheduler publishes or holds it. */
  scheduledBy: string | null;
  /** The scheduler's own moves (a scheduled publish, a hold for an embargo). */
  bySystem: boolean;
}

export interface CommentFacts {
  source: 'comment';
  actorId: string;
  mentionedUserIds: readonly number[];
  threadParticipantIds: readonly number[];
}

/** A scheduled publish the scheduler could not run, or an embargo that has now passed. */
export interface StoryFacts {
  source: 'schedule_failed' | 'embargo_lifted';
  owner: string | null;
  assignee: string | null;
  scheduledBy: string | null;
}

export type SourceFacts = MoveFacts | CommentFacts | StoryFacts;

export interface Recipient {
  userId: number;
  kind: NotificationKind;
}

const userIdOf = (id: string | number | null | undefined): number | null => {
  if (typeof id === 'number') return Number.isSafeInteger(id) && id > 0 ? id : null;
  return typeof id === 'string' && /^[1-9]\d{0,15}$/.test(id) ? Number(id) : null;
};

/** The kind a move tells the story's people, by transition; the scheduler's `unschedule` is a hold. */
const MOVE_KINDS: Readonly<Record<string, NotificationKind>> = {
  request_changes: 'changes_requested',
  approve: 'approved',
  publish: 'published',
  schedule: 'scheduled',
};

/**
 * One kind per user, the first that applies: what happened to the story before "assigned to you", so a
 * request for changes that hands the story back to its writer is one notification, not two. Nobody is told
 * about their own action.
 */
export function recipientsOf(facts: SourceFacts): Recipient[] {
  const wanted: Array<[string | number | null, NotificationKind]> = [];
  if (facts.source === 'comment') {
    for (const id of facts.mentionedUserIds) wanted.push([id, 'mentioned']);
    for (const id of facts.threadParticipantIds) wanted.push([id, 'reply']);
  } else if (facts.source === 'move') {
    const held = facts.bySystem && facts.transition === 'unschedule';
    const kind = held ? 'schedule_held' : MOVE_KINDS[facts.transition];
    if (kind) {
      wanted.push([facts.owner, kind]);
      if (facts.bySystem) wanted.push([facts.scheduledBy, kind]);
      if (held) wanted.push([facts.assignee, kind]);
    }
    const handedOver =
      facts.assignee !== null && (facts.transition === 'assign' || facts.assignee !== facts.previousAssignee);
    if (handedOver) wanted.push([facts.assignee, 'assigned']);
  } else {
    for (const id of [facts.owner, facts.scheduledBy, facts.assignee]) wanted.push([id, facts.source]);
  }
  const actor = facts.source === 'comment' || facts.source === 'move' ? userIdOf(facts.actorId) : null;
  const seen = new Set<number>();
  const recipients: Recipient[] = [];
  for (const [id, kind] of wanted) {
    const userId = userIdOf(id);
    if (userId === null || userId === actor || seen.has(userId)) continue;
    seen.add(userId);
    recipients.push({ userId, kind });
  }
  return recipients;
}
