import { z } from 'zod';

/**
 * The events the comments feature writes to the outbox (in the same transaction as the comment), which the
 * notifications feature turns into "mentioned" and "reply in my thread" notifications and which webhooks
 * receive like the stage-change event. Shaped like Strapi's entry events: `{ model, uid, entry }`.
 */
export const COMMENT_CREATED_EVENT = 'newsroom.comment.create';
export const COMMENT_RESOLVED_EVENT = 'newsroom.comment.resolve';
/** An edit; its `mentionedUserIds` are only the users no earlier version of the comment mentioned. */
export const COMMENT_EDITED_EVENT = 'newsroom.comment.edit';

export const commentEventEntrySchema = z.object({
  commentId: z.number().int(),
  /** The thread's first comment (equal to commentId for a new thread). */
  threadId: z.number().int(),
  /** The comment this one answers, null for a new thread. */
  parentId: z.number().int().nullable(),
  documentId: z.string(),
  locale: z.string(),
  /** The admin user who wrote (or resolved) it. */
  actorId: z.number().int(),
  /**
   * Admin users this write mentions for the first time in the comment (already checked to exist and to be allowed
   * to read it): every mention on a create, the new ones on an edit, none on a resolve.
   */
  mentionedUserIds: z.array(z.number().int()),
  /** Admin users who wrote earlier comments in the thread (the actor left out): who a reply concerns; none on an edit. */
  threadParticipantIds: z.array(z.number().int()),
  /** The first 200 characters of the text, for a notification line; never the whole text. */
  excerpt: z.string(),
  at: z.string(),
});
export type CommentEventEntry = z.infer<typeof commentEventEntrySchema>;

export const commentEventPayloadSchema = z.object({
  model: z.literal('article'),
  uid: z.string(),
  entry: commentEventEntrySchema,
});
export type CommentEventPayload = z.infer<typeof commentEventPayloadSchema>;
