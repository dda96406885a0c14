/**
 * Comments on an article locale (issue #18, item 1): threads, replies, @mentions of admin users, resolve and
 * reopen, optionally anchored to a quoted stretch of one field. Admin routes under /newsroom/comments; who may
 * read the article locale may read and write its comments. Every change is a new entry (nothing is rewritten).
 * The outbox events written with a new comment or a resolve are in comment-events.ts.
 */
import { z } from 'zod';
import { localeCode } from './locale';

/** The article fields a comment may quote: the text ones (the body as its plain text). */
export const ANCHOR_FIELDS = ['title', 'standfirst', 'body', 'dateline'] as const;
export type AnchorField = (typeof ANCHOR_FIELDS)[number];

/** Longest quote an anchor keeps. */
export const MAX_QUOTE_LENGTH = 500;

export const commentsQuerySchema = z.object({ locale: localeCode });
export type CommentsQuery = z.infer<typeof commentsQuerySchema>;

/** GET …/mentionable: admin users who may read the article locale, whose name matches `q` (normalized). */
export const mentionableQuerySchema = z.object({ locale: localeCode, q: z.string().max(100).default('') });
export type MentionableQuery = z.infer<typeof mentionableQuerySchema>;

/**
 * POST /newsroom/comments/:documentId: a new thread, or a reply (`parentId`: any comment of the thread). The
 * text names mentioned users as `@[name](id)`; `anchor` quotes the field's current text (`near`: where the
 * writer selected it, to pick among repeats). Limits (length, mentions) are the configuration's, checked by the
 * server with errors naming them.
 */
export const createCommentSchema = z
  .object({
    locale: localeCode,
    text: z.string(),
    parentId: z.number().int().positive().optional(),
    anchor: z
      .object({
        field: z.enum(ANCHOR_FIELDS),
        quote: z.string().min(1).max(MAX_QUOTE_LENGTH),
        near: z.number().int().min(0).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type CreateCommentBody = z.infer<typeof createCommentSchema>;

/**
 * PUT /newsroom/comments/:documentId/:commentId (not PATCH: the admin's fetch client sends no PATCH): edit one's
 * own comment (within the window), or resolve or reopen its thread.
 */
export const changeCommentSchema = z.discriminatedUnion('action', [
  z.object({ locale: localeCode, action: z.literal('edit'), text: z.string() }).strict(),
  z.object({ locale: localeCode, action: z.enum(['resolve', 'reopen']) }).strict(),
]);
export type ChangeCommentBody = z.infer<typeof changeCommentSchema>;

export interface UserRef {
  id: number;
  name: string;
}

export type CommentPartView = { kind: 'text'; text: string } | { kind: 'mention'; userId: number; label: string };

export interface CommentView {
  id: number;
  threadId: number;
  parentId: number | null;
  authorId: string;
  /** The author's current name; absent for an id that is not an admin user. */
  authorName?: string;
  /** The current text, as written (mention tokens included): what an edit starts from. Empty once deleted. */
  text: string;
  /** The text cut into runs and mentions, each mention with the user's current name when known. */
  parts: Array<CommentPartView & { name?: string }>;
  createdAt: string;
  editedAt: string | null;
  edits: number;
  deleted: boolean;
  /** The caller wrote it, it stands, and the edit window is still open. */
  mayChange: boolean;
}

export interface AnchorView {
  field: AnchorField;
  quote: string;
  /** The quote is still in the field's current text. */
  found: boolean;
}

export interface ThreadView {
  id: number;
  anchor: AnchorView | null;
  resolved: boolean;
  /** Who resolved or reopened it last, and when (null when neither happened). */
  statusBy: string | null;
  statusByName?: string;
  statusAt: string | null;
  comments: CommentView[];
}

/** GET /newsroom/comments/:documentId?locale=: the threads, oldest first, and what the panel needs to write. */
export interface CommentsResponse {
  data: {
    threads: ThreadView[];
    /** The workflow's time zone: times are shown as the ledger shows them. */
    timezone: string;
    editWindowMinutes: number;
    maxTextLength: number;
    maxMentions: number;
  };
}

/** POST, PUT, DELETE: the comment's id and the new log entry's id. */
export interface CommentWriteResponse {
  data: { commentId: number; entryId: number };
}

export interface MentionableResponse {
  data: UserRef[];
}
