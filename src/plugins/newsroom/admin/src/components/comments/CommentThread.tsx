import { useState } from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ThreadView } from '../../../../shared/contracts/comments';
import { decodeMentions } from '../../utils/mentionDraft';
import { getTranslation } from '../../utils/getTranslation';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import type { CommentActions } from './useCommentActions';

interface Props {
  documentId: string;
  locale: string;
  thread: ThreadView;
  maxTextLength: number;
  formatTime(iso: string): string;
  actions: CommentActions;
}

/** A thread: its anchor (the quote, or that the text changed), its comments, reply, resolve and reopen. */
export const CommentThread = ({ documentId, locale, thread, maxTextLength, formatTime, actions }: Props) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const [replyTo, setReplyTo] = useState<number | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [expanded, setExpanded] = useState(!thread.resolved);
  const fieldLabel = (field: string) => t(`comments.field.${field}`, field);

  return (
    <Box
      padding={3}
      hasRadius
      background={thread.resolved ? 'neutral100' : 'neutral0'}
      borderColor="neutral200"
      data-newsroom-thread={thread.id}
      data-resolved={thread.resolved ? 'true' : 'false'}
    >
      {thread.anchor ? (
        <Box paddingBottom={2}>
          <Typography tag="p" variant="pi" textColor="neutral600">
            {fieldLabel(thread.anchor.field)}
            {thread.anchor.found ? null : (
              <>
                {' '}
                <Badge>{t('comments.anchorLost', 'The quoted text has changed')}</Badge>
              </>
            )}
          </Typography>
          <Typography
            tag="p"
            variant="pi"
            dir="auto"
            style={{ borderInlineStart: '3px solid #c0c0cf', paddingInlineStart: 8 }}
          >
            {thread.anchor.quote}
          </Typography>
        </Box>
      ) : null}
      {thread.resolved ? (
        <Flex justifyContent="space-between" gap={2} wrap="wrap">
          <Typography tag="p" variant="pi" textColor="success600" data-newsroom-thread-status="">
            {t('comments.resolvedBy', 'Resolved')}: <bdi>{thread.statusByName ?? thread.statusBy}</bdi>
            {thread.statusAt ? (
              <>
                {' '}
                · <bdi>{formatTime(thread.statusAt)}</bdi>
              </>
            ) : null}
          </Typography>
          <Button size="S" variant="tertiary" onClick={() => setExpanded((open) => !open)}>
            {expanded ? t('comments.hide', 'Hide') : t('comments.show', 'Show')}
          </Button>
        </Flex>
      ) : null}
      {expanded
        ? thread.comments.map((comment) =>
            editing === comment.id ? (
              <Box key={comment.id} paddingTop={2}>
                <CommentComposer
                  documentId={documentId}
                  locale={locale}
                  initial={decodeMentions(comment.parts)}
                  submitLabel={t('comments.save', 'Save')}
                  busy={actions.busy}
                  maxTextLength={maxTextLength}
                  onCancel={() => setEditing(null)}
                  onSubmit={async (text) => {
                    const done = await actions.edit(comment.id, text);
                    if (done) setEditing(null);
                    return done;
                  }}
                />
              </Box>
            ) : (
              <CommentItem
                key={comment.id}
                comment={comment}
                formatTime={formatTime}
                onReply={() => setReplyTo(comment.id)}
                onEdit={() => setEditing(comment.id)}
                onDelete={() => void actions.remove(comment.id)}
              />
            ),
          )
        : null}
      {replyTo !== null ? (
        <Box paddingTop={2}>
          <CommentComposer
            documentId={documentId}
            locale={locale}
            submitLabel={t('comments.sendReply', 'Reply')}
            busy={actions.busy}
            maxTextLength={maxTextLength}
            onCancel={() => setReplyTo(null)}
            onSubmit={async (text) => {
              const done = await actions.create({ text, parentId: replyTo });
              if (done) setReplyTo(null);
              return done;
            }}
          />
        </Box>
      ) : null}
      <Flex paddingTop={2} gap={2}>
        <Button
          size="S"
          variant={thread.resolved ? 'secondary' : 'success-light'}
          disabled={actions.busy}
          onClick={() => void actions.setResolved(thread.id, !thread.resolved)}
        >
          {thread.resolved ? t('comments.reopen', 'Reopen') : t('comments.resolve', 'Resolve')}
        </Button>
      </Flex>
    </Box>
  );
};
