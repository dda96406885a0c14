/**
 * Comments on an article locale (issue #18, item 1), the pure core: mentions in the text, anchors that follow
 * the quoted text across versions, and the append-only log folded into threads.
 */
export { commentParts, excerpt, mentionedUserIds, nameMatches, plainText, type CommentPart } from './mentions';
export { CONTEXT_LENGTH, findAnchor, makeAnchor, type AnchorPlace, type TextAnchor } from './anchor';
export {
  COMMENT_ACTIONS,
  changeRefusal,
  foldThreads,
  newMentions,
  threadParticipants,
  type ChangeRefusal,
  type CommentAction,
  type CommentLogRow,
  type FoldedComment,
  type FoldedThread,
} from './threads';
