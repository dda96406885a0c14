/**
 * Concurrent editing of an article locale (issue #15, item 7): who else has it open (presence), and the refusal
 * of a save based on a version that is no longer the draft's (409, never a silent overwrite).
 */
import type { FieldDiff } from './history';
import type { Bilingual } from './workflow';

/** The header a draft read answers with (the draft's version hash) and a save sends back as `If-Match: "<hash>"`. */
export const DRAFT_VERSION_HEADER = 'x-newsroom-version';

/** Someone else with the article locale open in the edit view. */
export interface EditorPresence {
  /** The admin user's id. */
  userId: string;
  name: string;
  /** When this editing session started (ISO). */
  since: string;
  /** The last heartbeat (ISO). */
  seenAt: string;
}

/**
 * GET (read) and POST (heartbeat) /newsroom/presence/articles/:documentId/:locale: the others editing, oldest
 * session first; the client beats every `heartbeatSeconds`, an entry lapses `ttlSeconds` after its last beat.
 */
export interface PresenceResponse {
  data: { editors: EditorPresence[]; heartbeatSeconds: number; ttlSeconds: number };
}

/** POST /newsroom/presence/articles/:documentId/:locale/leave: the caller closed the edit view. */
export interface LeaveResponse {
  data: { left: boolean };
}

/**
 * 409 `STALE_VERSION`, `error.details.staleSave`: the save started from version `baseNumber` (`baseHash`), and
 * the draft is now `currentNumber`, last changed by `changedBy` at `changedAt`; `diff` is what changed between
 * the two (null when the base is no version the history knows). Nothing was saved.
 */
export interface StaleSave {
  locale: string;
  baseHash: string;
  baseNumber: number | null;
  currentHash: string;
  currentNumber: number | null;
  changedBy: string | null;
  changedByName?: string;
  changedAt: string | null;
  diff: FieldDiff[] | null;
  message: Bilingual;
}
