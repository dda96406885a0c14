import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { CreateCommentBody } from '../../../../shared/contracts/comments';
import type { Lang } from '../../../../shared/contracts/workflow';
import { useChangeCommentMutation, useCreateCommentMutation, useDeleteCommentMutation } from '../../api/newsroomApi';
import { errorMessage, isolated } from '../../utils/errorMessage';

export interface CommentActions {
  busy: boolean;
  /** Each resolves true when the server took the change; a refusal is shown in the interface language. */
  create(body: Omit<CreateCommentBody, 'locale'>): Promise<boolean>;
  edit(commentId: number, text: string): Promise<boolean>;
  remove(commentId: number): Promise<boolean>;
  setResolved(threadId: number, resolved: boolean): Promise<boolean>;
}

/** The panel's writes through the one client; each refreshes the threads (api/newsroomApi.ts). */
export const useCommentActions = (documentId: string, locale: string): CommentActions => {
  const { locale: uiLocale } = useIntl();
  const lang: Lang = uiLocale.startsWith('ar') ? 'ar' : 'en';
  const { toggleNotification } = useNotification();
  const [createComment, created] = useCreateCommentMutation();
  const [changeComment, changed] = useChangeCommentMutation();
  const [deleteComment, deleted] = useDeleteCommentMutation();

  const attempt = async (write: () => Promise<unknown>): Promise<boolean> => {
    try {
      await write();
      return true;
    } catch (error) {
      toggleNotification({ type: 'danger', message: isolated(errorMessage(error, lang)) });
      return false;
    }
  };

  return {
    busy: created.isLoading || changed.isLoading || deleted.isLoading,
    create: (body) => attempt(() => createComment({ documentId, body: { ...body, locale } }).unwrap()),
    edit: (commentId, text) =>
      attempt(() => changeComment({ documentId, commentId, body: { locale, action: 'edit', text } }).unwrap()),
    remove: (commentId) => attempt(() => deleteComment({ documentId, commentId, locale }).unwrap()),
    setResolved: (threadId, resolved) =>
      attempt(() =>
        changeComment({
          documentId,
          commentId: threadId,
          body: { locale, action: resolved ? 'resolve' : 'reopen' },
        }).unwrap(),
      ),
  };
};
