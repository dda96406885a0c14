import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { CommentView } from '../../../../shared/contracts/comments';
import { getTranslation } from '../../utils/getTranslation';

interface Props {
  comment: CommentView;
  formatTime(iso: string): string;
  onReply(): void;
  onEdit(): void;
  onDelete(): void;
}

/**
 * One comment: who and when (as the ledger lines show them, each isolated), the text in its own direction with
 * mentions marked, and what the reader may do with it. A deleted comment keeps its place in the thread.
 */
export const CommentItem = ({ comment, formatTime, onReply, onEdit, onDelete }: Props) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  return (
    <Box paddingTop={2} data-newsroom-comment={comment.id}>
      <Typography tag="p" variant="pi" textColor="neutral600" data-newsroom-comment-line="">
        <bdi>{comment.authorName ?? comment.authorId}</bdi> · <bdi>{formatTime(comment.createdAt)}</bdi>
        {comment.editedAt ? ` · ${t('comments.edited', 'edited')}` : ''}
      </Typography>
      {comment.deleted ? (
        <Typography tag="p" variant="pi" textColor="neutral500" style={{ fontStyle: 'italic' }}>
          {t('comments.deleted', 'Comment deleted')}
        </Typography>
      ) : (
        <Typography tag="p" variant="omega" dir="auto" style={{ whiteSpace: 'pre-wrap' }} data-newsroom-comment-text="">
          {comment.parts.map((part, index) =>
            part.kind === 'text' ? (
              <span key={index}>{part.text}</span>
            ) : (
              <Typography
                key={index}
                tag="span"
                fontWeight="bold"
                textColor="primary600"
                data-newsroom-mention={part.userId}
              >
                <bdi>@{part.name ?? part.label}</bdi>
              </Typography>
            ),
          )}
        </Typography>
      )}
      <Flex gap={1} paddingTop={1}>
        <Button size="S" variant="ghost" onClick={onReply}>
          {t('comments.reply', 'Reply')}
        </Button>
        {comment.mayChange ? (
          <>
            <Button size="S" variant="ghost" onClick={onEdit}>
              {t('comments.edit', 'Edit')}
            </Button>
            <Button size="S" variant="ghost" onClick={onDelete}>
              {t('comments.delete', 'Delete')}
            </Button>
          </>
        ) : null}
      </Flex>
    </Box>
  );
};
