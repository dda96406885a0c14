import type { Core } from '@strapi/strapi';
import {
  COMMENT_CREATED_EVENT,
  COMMENT_EDITED_EVENT,
  COMMENT_RESOLVED_EVENT,
  commentEventPayloadSchema,
  type CommentEventEntry,
} from '../../../shared/contracts/comment-events';
import type {
  AnchorField,
  ChangeCommentBody,
  CommentsResponse,
  CommentView,
  CreateCommentBody,
  ThreadView,
  UserRef,
} from '../../../shared/contracts/comments';
import { ARTICLE_UID } from '../../../core/model';
import { plainTextFromBlocks, type Block } from '../../../core/text/word-count';
import { usersWhoMayRead } from '../content/content-manager-access';
import {
  changeRefusal,
  commentParts,
  excerpt,
  findAnchor,
  foldThreads,
  makeAnchor,
  mentionedUserIds,
  nameMatches,
  newMentions,
  threadParticipants,
  type FoldedComment,
  type FoldedThread,
  type TextAnchor,
} from '../domain/comments';
import { getService } from '../get-service';
import { refusal } from '../http/refusal';
import { pluginConfig } from '../plugin-config';
import type { TransactionScope } from '../workflow/state-store';
import { createCommentStore, MAX_LOG_READ } from './store';
import { removeHiddenControls } from '../domain/text/hidden-controls';

/** One article locale. */
export interface ArticleLocale {
  documentId: string;
  locale: string;
}

/** Most names the mention autocomplete answers with. */
const MENTION_SUGGESTIONS = 8;

/** What the autocomplete reads of the admin users: plenty for a newsroom, a bound on one request's cost. */
const MAX_USERS_SCANNED = 500;

const badInput = (field: string, en: string, ar: string, details: Record<string, unknown> = {}) =>
  refusal({
    status: 400,
    code: 'INVALID_COMMENT',
    message: { en: `${field}: ${en}`, ar: `${field}: ${ar}` },
    details: { field, ...details },
  });

/**
 * Comments on article locales: the log (comments/store.ts) folded into threads for the panel, and each write
 * checked (limits, mentions, who may change what) and appended with its outbox event in one transaction. The
 * controller has already checked that the caller may read the article locale.
 */
const comments = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createCommentStore(strapi);
  const config = () => pluginConfig(strapi, 'comments');

  /**
   * The log before a write. A full one (MAX_LOG_READ entries: comments, edits, deletions, resolves) takes no more:
   * entries past what a read folds would never be read back, so an edit or a deletion made then would not show,
   * and a deleted comment would keep its text. Each edit is an entry, so a log can fill without many comments.
   */
  const logForWrite = async (ref: ArticleLocale) => {
    const log = await store.log(ref.documentId, ref.locale);
    if (log.length >= MAX_LOG_READ)
      throw refusal({
        status: 409,
        code: 'COMMENT_LOG_FULL',
        message: {
          en: `This story's discussion has reached its limit of ${MAX_LOG_READ} entries (comments, edits, deletions): nothing more can be added`,
          ar: `بلغ نقاش هذا الخبر حدّه الأقصى، ${MAX_LOG_READ} قيد بين تعليق وتعديل وحذف: لا يمكن إضافة المزيد`,
        },
        details: { limit: MAX_LOG_READ },
      });
    return log;
  };

  /** The text of the fields a comment may quote, from the stored draft (null when the locale has none). */
  const fieldTexts = async ({ documentId, locale }: ArticleLocale): Promise<Record<AnchorField, string> | null> => {
    const draft = (await strapi.db.query(ARTICLE_UID).findOne({
      select: ['title', 'standfirst', 'body', 'dateline'],
      where: { documentId, locale, publishedAt: null },
    })) as { title?: string | null; standfirst?: string | null; body?: unknown; dateline?: string | null } | null;
    if (!draft) return null;
    return {
      title: draft.title ?? '',
      standfirst: draft.standfirst ?? '',
      body: Array.isArray(draft.body) ? plainTextFromBlocks(draft.body as Block[]) : '',
      dateline: draft.dateline ?? '',
    };
  };

  /** Checks a text's length and mentions; answers the mentioned ids. */
  const checkText = async (ref: ArticleLocale, raw: string): Promise<{ text: string; mentions: number[] }> => {
    const { maxTextLength, maxMentions } = config();
    // As every text field on save (domain/text/hidden-controls.ts): an override character would reorder the
    // excerpt in the e-mail and the panel, a zero-width one hide a word.
    const text = removeHiddenControls(raw).trim();
    if (text.length === 0) throw badInput('text', 'a comment cannot be empty', 'لا يمكن أن يكون التعليق فارغاً');
    if (text.length > maxTextLength)
      throw badInput(
        'text',
        `${text.length} characters; the limit is ${maxTextLength} (comments.maxTextLength)`,
        `طول التعليق ${text.length} حرفاً، والحد ${maxTextLength} (comments.maxTextLength)`,
        { limit: maxTextLength },
      );
    const mentions = mentionedUserIds(text);
    if (mentions.length > maxMentions)
      throw badInput(
        'mentions',
        `${mentions.length} users mentioned; the limit is ${maxMentions} (comments.maxMentions)`,
        `ذُكر ${mentions.length} مستخدمين، والحد ${maxMentions} (comments.maxMentions)`,
        { limit: maxMentions },
      );
    const readers = await usersWhoMayRead(strapi, mentions, ref);
    const outsider = mentions.find((id) => !readers.has(id));
    if (outsider !== undefined)
      throw badInput(
        'mentions',
        `user ${outsider} cannot be mentioned: no active admin user with that id may read this article`,
        `لا يمكن ذكر المستخدم ${outsider}: لا يوجد مستخدم إداري نشط بهذا الرقم يحق له قراءة هذا المقال`,
        { userId: outsider },
      );
    return { text, mentions };
  };

  const findComment = (threads: FoldedThread[], id: number): { thread: FoldedThread; comment: FoldedComment } => {
    for (const thread of threads) {
      const comment = thread.comments.find((candidate) => candidate.id === id);
      if (comment) return { thread, comment };
    }
    throw refusal({
      status: 404,
      code: 'NOT_FOUND',
      message: {
        en: `No comment ${id} on this article locale`,
        ar: `لا يوجد تعليق رقمه ${id} على هذا المقال بهذه اللغة`,
      },
    });
  };

  /** Writes the event in the current transaction, checked against the contract; delivered after commit. */
  const announce = async (event: string, entry: CommentEventEntry, onCommit: TransactionScope['onCommit']) => {
    const payload = commentEventPayloadSchema.parse({ model: 'article', uid: ARTICLE_UID, entry });
    await getService(strapi, 'outbox').add(event, payload);
    onCommit(() => {
      getService(strapi, 'outbox')
        .deliver()
        .catch((error: unknown) =>
          strapi.log.error(`[newsroom] webhook delivery: ${error instanceof Error ? error.message : String(error)}`),
        );
    });
  };

  const refuseChange = (reason: NonNullable<ReturnType<typeof changeRefusal>>) => {
    const minutes = config().editWindowMinutes;
    if (reason === 'NOT_AUTHOR')
      return refusal({
        status: 403,
        code: 'NOT_AUTHOR',
        message: { en: 'Only its author may edit or delete a comment', ar: 'لا يعدّل التعليق أو يحذفه إلا كاتبه' },
      });
    if (reason === 'DELETED')
      return refusal({
        status: 409,
        code: 'COMMENT_DELETED',
        message: { en: 'This comment was deleted', ar: 'حُذف هذا التعليق' },
      });
    return refusal({
      status: 403,
      code: 'EDIT_WINDOW_CLOSED',
      message: {
        en: `A comment can be edited or deleted for ${minutes} minutes after it is written (comments.editWindowMinutes)`,
        ar: `يمكن تعديل التعليق أو حذفه خلال ${minutes} دقيقة من كتابته فقط (comments.editWindowMinutes)`,
      },
      details: { limit: minutes },
    });
  };

  /**
   * Resolving a resolved thread, or reopening an open one: most often someone did it a moment before (the loser
   * of two concurrent clicks), so the refusal names who and when.
   */
  const statusRefusal = async (thread: FoldedThread, resolving: boolean) => {
    const by = thread.statusBy
      ? ((await getService(strapi, 'workflowViews').actorNames([thread.statusBy]))[thread.statusBy] ?? thread.statusBy)
      : null;
    const details = { statusBy: thread.statusBy, statusAt: thread.statusAt };
    if (resolving)
      return refusal({
        status: 409,
        code: 'ALREADY_RESOLVED',
        message: {
          en: `This thread is already resolved${by ? ` (by ${by} at ${thread.statusAt})` : ''}`,
          ar: `هذا النقاش محلول بالفعل${by ? ` (حلّه ${by} في ${thread.statusAt})` : ''}`,
        },
        details,
      });
    return refusal({
      status: 409,
      code: 'NOT_RESOLVED',
      message: {
        en: `This thread is open${by ? ` (reopened by ${by} at ${thread.statusAt})` : ''}`,
        ar: `هذا النقاش مفتوح${by ? ` (أعاد فتحه ${by} في ${thread.statusAt})` : ''}`,
      },
      details,
    });
  };

  return {
    /** The threads as the panel shows them to `actorId`: names, mentions, anchors found again, what they may change. */
    async list(ref: ArticleLocale, actorId: string): Promise<CommentsResponse['data']> {
      const threads = foldThreads(await store.log(ref.documentId, ref.locale));
      const texts = await fieldTexts(ref);
      const ids = threads.flatMap((thread) => [
        ...(thread.statusBy ? [thread.statusBy] : []),
        ...thread.comments.flatMap((comment) => [comment.authorId, ...mentionedUserIds(comment.text).map(String)]),
      ]);
      const names = await getService(strapi, 'workflowViews').actorNames(ids);
      const { editWindowMinutes, maxTextLength, maxMentions } = config();
      const now = new Date();
      const commentView = (comment: FoldedComment): CommentView => ({
        id: comment.id,
        threadId: comment.threadId,
        parentId: comment.parentId,
        authorId: comment.authorId,
        ...(names[comment.authorId] ? { authorName: names[comment.authorId] } : {}),
        text: comment.text,
        parts: commentParts(comment.text).map((part) =>
          part.kind === 'mention' && names[String(part.userId)] ? { ...part, name: names[String(part.userId)] } : part,
        ),
        createdAt: comment.createdAt,
        editedAt: comment.editedAt,
        edits: comment.edits,
        deleted: comment.deletedAt !== null,
        mayChange: changeRefusal(comment, actorId, now, editWindowMinutes) === null,
      });
      const threadView = (thread: FoldedThread): ThreadView => ({
        id: thread.id,
        anchor: thread.anchor
          ? {
              field: thread.anchor.field as AnchorField,
              quote: thread.anchor.quote,
              found: findAnchor(thread.anchor, texts?.[thread.anchor.field as AnchorField] ?? '').found,
            }
          : null,
        resolved: thread.resolved,
        statusBy: thread.statusBy,
        ...(thread.statusBy && names[thread.statusBy] ? { statusByName: names[thread.statusBy] } : {}),
        statusAt: thread.statusAt,
        comments: thread.comments.map(commentView),
      });
      return {
        threads: threads.map(threadView),
        timezone: getService(strapi, 'workflow').config().timezone,
        editWindowMinutes,
        maxTextLength,
        maxMentions,
      };
    },

    /** A new thread or a reply, with its `newsroom.comment.create` event, in one transaction. */
    async create(ref: ArticleLocale, actorId: string, body: CreateCommentBody) {
      const { text, mentions } = await checkText(ref, body.text);
      let anchor: TextAnchor | null = null;
      if (body.anchor) {
        if (body.parentId !== undefined)
          throw badInput('anchor', 'only a new thread can be anchored', 'لا يُربط بنص إلا تعليق يبدأ نقاشاً جديداً');
        const texts = await fieldTexts(ref);
        anchor = makeAnchor(body.anchor.field, texts?.[body.anchor.field] ?? '', body.anchor.quote, body.anchor.near);
        if (!anchor)
          throw badInput(
            'anchor.quote',
            `not in the current text of ${body.anchor.field}`,
            `النص المقتبس غير موجود في الحقل ${body.anchor.field} الآن`,
          );
      }
      return strapi.db.transaction(async ({ onCommit }: TransactionScope) => {
        const threads = foldThreads(await logForWrite(ref));
        const parent = body.parentId === undefined ? null : findComment(threads, body.parentId);
        const at = new Date().toISOString();
        const entryId = await store.append({
          ...ref,
          action: 'create',
          ...(parent ? { threadId: parent.thread.id, parentId: parent.comment.id } : {}),
          text,
          mentions,
          ...(anchor ? { anchor } : {}),
          actorId,
          at,
        });
        await announce(
          COMMENT_CREATED_EVENT,
          {
            commentId: entryId,
            threadId: parent ? parent.thread.id : entryId,
            parentId: parent ? parent.comment.id : null,
            documentId: ref.documentId,
            locale: ref.locale,
            actorId: Number(actorId),
            mentionedUserIds: mentions,
            threadParticipantIds: parent ? threadParticipants(parent.thread, actorId) : [],
            excerpt: excerpt(text),
            at,
          },
          onCommit,
        );
        return { commentId: entryId, entryId };
      });
    },

    /**
     * An edit of one's own comment (announced with the users it mentions for the first time), or its thread
     * resolved or reopened (a resolve announced like a new comment). The thread is locked first: of two
     * concurrent resolves one wins, the other is refused (409) having seen it.
     */
    async change(ref: ArticleLocale, actorId: string, commentId: number, body: ChangeCommentBody) {
      const edited = body.action === 'edit' ? await checkText(ref, body.text) : null;
      return strapi.db.transaction(async ({ trx, onCommit }: TransactionScope) => {
        await store.lockThread(trx, commentId);
        const { thread, comment } = findComment(foldThreads(await logForWrite(ref)), commentId);
        const at = new Date().toISOString();
        if (edited) {
          const refused = changeRefusal(comment, actorId, new Date(at), config().editWindowMinutes);
          if (refused) throw refuseChange(refused);
          const entryId = await store.append({ ...ref, action: 'edit', commentId, ...edited, actorId, at });
          await announce(
            COMMENT_EDITED_EVENT,
            {
              commentId,
              threadId: thread.id,
              parentId: comment.parentId,
              documentId: ref.documentId,
              locale: ref.locale,
              actorId: Number(actorId),
              mentionedUserIds: newMentions(comment, edited.text),
              threadParticipantIds: [],
              excerpt: excerpt(edited.text),
              at,
            },
            onCommit,
          );
          return { commentId, entryId };
        }
        const resolving = body.action === 'resolve';
        if (thread.resolved === resolving) throw await statusRefusal(thread, resolving);
        const entryId = await store.append({ ...ref, action: body.action, commentId: thread.id, actorId, at });
        if (resolving)
          await announce(
            COMMENT_RESOLVED_EVENT,
            {
              commentId: thread.id,
              threadId: thread.id,
              parentId: null,
              documentId: ref.documentId,
              locale: ref.locale,
              actorId: Number(actorId),
              mentionedUserIds: [],
              threadParticipantIds: threadParticipants(thread, actorId),
              excerpt: excerpt(thread.comments[0]?.text ?? ''),
              at,
            },
            onCommit,
          );
        return { commentId: thread.id, entryId };
      });
    },

    /** A tombstone for one's own comment (its text stays in the log). */
    async remove(ref: ArticleLocale, actorId: string, commentId: number) {
      return strapi.db.transaction(async ({ trx }: TransactionScope) => {
        await store.lockThread(trx, commentId);
        const { comment } = findComment(foldThreads(await logForWrite(ref)), commentId);
        const at = new Date().toISOString();
        const refused = changeRefusal(comment, actorId, new Date(at), config().editWindowMinutes);
        if (refused) throw refuseChange(refused);
        const entryId = await store.append({ ...ref, action: 'delete', commentId, actorId, at });
        return { commentId, entryId };
      });
    },

    /** Admin users a comment here may mention whose name matches `query` (Arabic spelling variants folded). */
    async mentionable(ref: ArticleLocale, query: string): Promise<UserRef[]> {
      const candidates = (await getService(strapi, 'workflowViews').assignees())
        .filter((user) => nameMatches(query, user.name))
        .slice(0, MAX_USERS_SCANNED);
      const readers = await usersWhoMayRead(
        strapi,
        candidates.slice(0, MENTION_SUGGESTIONS * 4).map((user) => Number(user.id)),
        ref,
      );
      return candidates
        .filter((user) => readers.has(Number(user.id)))
        .slice(0, MENTION_SUGGESTIONS)
        .map((user) => ({ id: Number(user.id), name: user.name }));
    },
  };
};

export default comments;

declare module '../services-registry' {
  interface NewsroomServices {
    comments: ReturnType<typeof comments>;
  }
}
