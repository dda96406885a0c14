import { Badge, Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import type { NotificationKind, NotificationView } from '../../../../shared/contracts/notifications';
import { langOf } from '../../utils/articleList';
import { getTranslation } from '../../utils/getTranslation';
import { editViewPath } from '../../utils/importInput';

/** Each kind's line in English (the translations give both languages): {title} and {actor} are isolated. */
export const KIND_LINES: Record<NotificationKind, string> = {
  assigned: '{title} was assigned to you by {actor}',
  changes_requested: '{actor} requested changes to your story {title}',
  approved: '{actor} approved your story {title}',
  published: 'Your story {title} was published',
  scheduled: 'Your story {title} was scheduled',
  mentioned: '{actor} mentioned you in a comment on {title}',
  reply: '{actor} replied in a thread you took part in on {title}',
  schedule_failed: 'The scheduled publish of {title} failed: it changed after approval',
  schedule_held: 'The scheduled publish of {title} was held: it is still under embargo',
  embargo_lifted: 'The embargo on {title} has lifted',
};

export const KIND_LABELS: Record<NotificationKind, string> = {
  assigned: 'Assigned to me',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
  scheduled: 'Scheduled',
  mentioned: 'Mentioned',
  reply: 'Replies',
  schedule_failed: 'Scheduled publish failed',
  schedule_held: 'Held (embargo)',
  embargo_lifted: 'Embargo lifted',
};

/** One notification: its line linking to the story (which marks it read), when, and Mark read. */
export const NotificationLine = ({
  line,
  onRead,
  compact = false,
}: {
  line: NotificationView;
  onRead?: (id: number) => void;
  compact?: boolean;
}) => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const lang = langOf(uiLocale);
  const title = (
    <bdi dir="auto" lang={line.locale}>
      «{line.title || formatMessage({ id: getTranslation('home.untitled'), defaultMessage: '(no headline)' })}»
    </bdi>
  );
  const actor = (
    <bdi dir="auto">
      {line.actorName ?? formatMessage({ id: getTranslation('notifications.someone'), defaultMessage: 'a colleague' })}
    </bdi>
  );
  const text = formatMessage(
    { id: getTranslation(`notifications.line.${line.kind}`), defaultMessage: KIND_LINES[line.kind] },
    { title, actor },
  );
  const time = new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(new Date(line.at));
  const unread = line.readAt === null;
  return (
    <Box
      tag="li"
      padding={compact ? 2 : 3}
      background={unread ? 'primary100' : 'neutral0'}
      hasRadius
      data-newsroom-notification={line.id}
      data-unread={unread ? 'true' : 'false'}
    >
      <Flex gap={3} justifyContent="space-between" alignItems="flex-start" wrap="wrap">
        <Flex direction="column" alignItems="flex-start" gap={1} flex="1 1 16rem" minWidth={0}>
          <Link
            tag={RouterLink}
            to={editViewPath(line.documentId, line.locale)}
            onClick={() => (unread ? onRead?.(line.id) : undefined)}
          >
            <Typography fontWeight={unread ? 'bold' : 'regular'}>{text}</Typography>
          </Link>
          {line.excerpt && !compact ? (
            <Typography variant="pi" textColor="neutral700" dir="auto" tag="blockquote">
              {line.excerpt}
            </Typography>
          ) : null}
          <Flex gap={2} wrap="wrap">
            <Badge>
              {formatMessage({
                id: getTranslation(`notifications.kind.${line.kind}`),
                defaultMessage: KIND_LABELS[line.kind],
              })}
            </Badge>
            <Typography variant="pi" textColor="neutral600">
              {time}
            </Typography>
          </Flex>
        </Flex>
        {unread && onRead && !compact ? (
          <Button variant="tertiary" size="S" onClick={() => onRead(line.id)}>
            {formatMessage({ id: getTranslation('notifications.markRead'), defaultMessage: 'Mark read' })}
          </Button>
        ) : null}
      </Flex>
    </Box>
  );
};
