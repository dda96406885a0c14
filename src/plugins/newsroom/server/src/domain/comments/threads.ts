import type { TextAnchor } from './anchor';
import { mentionedUserIds } from './mentions';

/**
 * Comments are kept as a log: every change is a new row and no row is ever changed. A `create` row is a comment
 * (its id is the comment's id); `edit` and `delete` rows name the comment they change, `resolve` and `reopen`
 * rows the thread (its first comment). Folding the log in id order gives what the panel shows.
 */
export const COMMENT_ACTIONS = ['create', 'edit', 'delete', 'resolve', 'reopen'] as const;
export type CommentAction = (typeof COMMENT_ACTIONS)[number];

export interface CommentLogRow {
  id: number;
  action: CommentAction;
  /** The comment (edit, delete) or thread (resolve, reopen) the row changes; null on a create. */
  commentId: number | null;
  /** The thread's first comment, on a reply's create; null on a thread's first comment. */
  threadId: number | null;
  /** The comment a reply answers. */
  parentId: number | null;
  text: string | null;
  anchor: TextAnchor | null;
  actorId: string;
  at: string;
}

export interface FoldedComment {
  id: number;
  threadId: number;
  parentId: number | null;
  authorId: string;
  text: string;
  createdAt: string;
  /** The last edit's time; null when never edited. */
  editedAt: string | null;
  /** Edits made (the texts before them stay in the log). */
  edits: number;
  deletedAt: string | null;
  /**
   * Everyone any version of the comment mentioned, in order of first mention: an edit notifies only users not in
   * it, so a mention kept, or removed and put back, is not told twice.
   */
  mentioned: number[];
}

export interface FoldedThread {
  id: number;
  anchor: TextAnchor | null;
  resolved: boolean;
  /** Who resolved or reopened it last, and when; null while neither happened. */
  statusBy: string | null;
  statusAt: string | null;
  comments: FoldedComment[];
}

/** The threads of one article locale, oldest first, each with its comments oldest first. */
export const foldThreads = (rows: readonly CommentLogRow[]): FoldedThread[] => {
  const comments = new Map<number, FoldedComment>();
  const threads = new Map<number, FoldedThread>();
  for (const row of [...rows].sort((a, b) => a.id - b.id)) {
    if (row.action === 'create') {
      const threadId = row.threadId ?? row.id;
      const comment: FoldedComment = {
        id: row.id,
        threadId,
        parentId: row.parentId,
        authorId: row.actorId,
        text: row.text ?? '',
        createdAt: row.at,
        editedAt: null,
        edits: 0,
        deletedAt: null,
        mentioned: mentionedUserIds(row.text ?? ''),
      };
      comments.set(row.id, comment);
      if (row.threadId === null)
        threads.set(row.id, {
          id: row.id,
          anchor: row.anchor,
          resolved: false,
          statusBy: null,
          statusAt: null,
          comments: [],
        });
      threads.get(threadId)?.comments.push(comment);
      continue;
    }
    if (row.commentId === null) continue;
    if (row.action === 'resolve' || row.action === 'reopen') {
      const thread = threads.get(row.commentId);
      if (!thread) continue;
      thread.resolved = row.action === 'resolve';
      thread.statusBy = row.actorId;
      thread.statusAt = row.at;
      continue;
    }
    const comment = comments.get(row.commentId);
    if (!comment || comment.deletedAt !== null) continue;
    if (row.action === 'edit') {
      comment.text = row.text ?? '';
      comment.editedAt = row.at;
      comment.edits += 1;
      comment.mentioned = [...new Set([...comment.mentioned, ...mentionedUserIds(comment.text)])];
    } else {
      comment.text = '';
      comment.deletedAt = row.at;
    }
  }
  return [...threads.values()];
};

/** The admin users who wrote in a thread (deleted comments included), each once, in order, without `except`. */
export const threadParticipants = (thread: FoldedThread, except: string): number[] => [
  ...new Set(
    thread.comments
      .map((comment) => comment.authorId)
      .filter((id) => id !== except && /^\d+$/.test(id))
      .map(Number),
  ),
];

/** The users `text` mentions that no version of `comment` mentioned before: who an edit newly mentions. */
export const newMentions = (comment: FoldedComment, text: string): number[] =>
  mentionedUserIds(text).filter((id) => !comment.mentioned.includes(id));

export type ChangeRefusal = 'NOT_AUTHOR' | 'EDIT_WINDOW_CLOSED' | 'DELETED';

/**
 * May `actorId` edit or delete this comment at `now`? Only its author, only while it stands, and only within
 * `windowMinutes` of writing it.
 */
export const changeRefusal = (
  comment: FoldedComment,
  actorId: string,
  now: Date,
  windowMinutes: number,
): ChangeRefusal | null => {
  if (comment.authorId !== actorId) return 'NOT_AUTHOR';
  if (comment.deletedAt !== null) return 'DELETED';
  if (now.getTime() - new Date(comment.createdAt).getTime() > windowMinutes * 60_000) return 'EDIT_WINDOW_CLOSED';
  return null;
};
