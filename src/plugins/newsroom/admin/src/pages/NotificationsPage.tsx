import { useState } from 'react';
import {
  Box,
  Button,
  Checkbox,
  Flex,
  Loader,
  Radio,
  SingleSelect,
  SingleSelectOption,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import {
  EMAIL_MODES,
  NOTIFICATION_KINDS,
  type EmailMode,
  type NotificationKind,
  type NotificationPreferences,
} from '../../../shared/contracts/notifications';
import {
  useGetNotificationPreferencesQuery,
  useGetNotificationsQuery,
  useMarkNotificationsReadMutation,
  useSetNotificationPreferencesMutation,
} from '../api/newsroomApi';
import { KIND_LABELS, NotificationLine } from '../components/notifications/NotificationLine';
import { langOf } from '../utils/articleList';
import { errorMessage, isolated } from '../utils/errorMessage';
import { getTranslation } from '../utils/getTranslation';

const PAGE_SIZE = 25;
type ReadState = 'all' | 'unread' | 'read';
const MODE_LABELS: Record<EmailMode, string> = { immediate: 'Immediately', digest: 'A daily digest', off: 'No e-mail' };

/** The signed-in user's e-mail preferences: when, and for which kinds (the centre always shows every kind). */
const EmailPreferences = () => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const lang = langOf(uiLocale);
  const { toggleNotification } = useNotification();
  const t = (key: string, defaultMessage: string) => formatMessage({ id: getTranslation(key), defaultMessage });
  const stored = useGetNotificationPreferencesQuery();
  const [edited, setEdited] = useState<NotificationPreferences | null>(null);
  const [save, { isLoading: saving }] = useSetNotificationPreferencesMutation();
  if (!stored.data) return <Loader small>{t('workflow.loading', 'Loading')}</Loader>;
  const current = edited ?? { emailMode: stored.data.emailMode, emailKinds: stored.data.emailKinds };
  const toggleKind = (kind: NotificationKind, on: boolean) =>
    setEdited({
      ...current,
      emailKinds: on ? [...current.emailKinds, kind] : current.emailKinds.filter((k) => k !== kind),
    });
  const submit = async () => {
    try {
      await save(current).unwrap();
      setEdited(null);
      toggleNotification({ type: 'success', message: t('notifications.prefs.saved', 'Preferences saved') });
    } catch (error) {
      toggleNotification({ type: 'danger', message: isolated(errorMessage(error, lang)) });
    }
  };
  return (
    <Box tag="section" padding={4} background="neutral0" hasRadius shadow="tableShadow" data-newsroom-email-prefs="">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">
          {t('notifications.prefs.title', 'E-mail')}
        </Typography>
        {stored.data.emailAvailable ? null : (
          <Typography textColor="neutral600">
            {t('notifications.prefs.unavailable', 'E-mail is not set up on this server: only the notification centre.')}
          </Typography>
        )}
        <Radio.Group
          aria-label={t('notifications.prefs.mode', 'When')}
          value={current.emailMode}
          onValueChange={(value: string) => setEdited({ ...current, emailMode: value as EmailMode })}
        >
          {EMAIL_MODES.map((mode) => (
            <Radio.Item key={mode} value={mode}>
              {t(`notifications.prefs.mode.${mode}`, MODE_LABELS[mode])}
            </Radio.Item>
          ))}
        </Radio.Group>
        <Typography variant="omega" fontWeight="bold">
          {t('notifications.prefs.kinds', 'Events sent by e-mail')}
        </Typography>
        <Flex gap={4} wrap="wrap">
          {NOTIFICATION_KINDS.map((kind) => (
            <Checkbox
              key={kind}
              disabled={current.emailMode === 'off'}
              checked={current.emailKinds.includes(kind)}
              onCheckedChange={(checked: boolean | 'indeterminate') => toggleKind(kind, checked === true)}
            >
              {t(`notifications.kind.${kind}`, KIND_LABELS[kind])}
            </Checkbox>
          ))}
        </Flex>
        <Box>
          <Button onClick={() => void submit()} loading={saving} disabled={edited === null}>
            {t('notifications.prefs.save', 'Save')}
          </Button>
        </Box>
      </Flex>
    </Box>
  );
};

/**
 * The notification centre at /plugins/newsroom/notifications: the signed-in user's notifications newest first,
 * filtered by event type and read state, each linking to its story; Mark read, Mark all read; and the e-mail
 * preferences. Right to left in Arabic.
 */
const NotificationsPage = () => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const lang = langOf(uiLocale);
  const { toggleNotification } = useNotification();
  const t = (key: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(key), defaultMessage }, values);
  const [kind, setKind] = useState<NotificationKind | ''>('');
  const [state, setState] = useState<ReadState>('all');
  const [page, setPage] = useState(1);
  const list = useGetNotificationsQuery({ kind: kind || undefined, state, page, pageSize: PAGE_SIZE });
  const [markRead, { isLoading: marking }] = useMarkNotificationsReadMutation();

  const mark = async (body: { ids: number[] } | { all: true }) => {
    try {
      await markRead(body).unwrap();
    } catch (error) {
      toggleNotification({ type: 'danger', message: isolated(errorMessage(error, lang)) });
    }
  };

  const meta = list.data?.meta;
  const pages = meta ? Math.max(1, Math.ceil(meta.total / meta.pageSize)) : 1;
  let content;
  if (list.isLoading) content = <Loader>{t('workflow.loading', 'Loading')}</Loader>;
  else if (list.error || !list.data)
    content = (
      <Typography textColor="danger600">
        {t('notifications.error.load', 'Could not load the notifications')}: {errorMessage(list.error, lang)}
      </Typography>
    );
  else if (list.data.data.length === 0)
    content = <Typography textColor="neutral600">{t('notifications.empty', 'No notifications.')}</Typography>;
  else
    content = (
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2} data-newsroom-notifications="">
        {list.data.data.map((line) => (
          <NotificationLine key={line.id} line={line} onRead={(id) => void mark({ ids: [id] })} />
        ))}
      </Flex>
    );

  const title = t('notifications.title', 'Notifications');
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Box dir={lang === 'ar' ? 'rtl' : 'ltr'} data-newsroom-notification-centre="">
        <Layouts.Header
          title={title}
          subtitle={meta ? t('notifications.unread', '{count} unread', { count: meta.unread }) : undefined}
          primaryAction={
            <Button
              variant="secondary"
              onClick={() => void mark({ all: true })}
              disabled={!meta || meta.unread === 0}
              loading={marking}
            >
              {t('notifications.markAllRead', 'Mark all read')}
            </Button>
          }
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Flex gap={3} wrap="wrap">
              <Box minWidth="14rem">
                <SingleSelect
                  size="S"
                  aria-label={t('notifications.filter.kind', 'Event type')}
                  value={kind}
                  onChange={(value: string | number) => {
                    setKind(String(value) as NotificationKind | '');
                    setPage(1);
                  }}
                >
                  <SingleSelectOption value="">{t('notifications.filter.kind.all', 'All events')}</SingleSelectOption>
                  {NOTIFICATION_KINDS.map((option) => (
                    <SingleSelectOption key={option} value={option}>
                      {t(`notifications.kind.${option}`, KIND_LABELS[option])}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Box>
              <Box minWidth="10rem">
                <SingleSelect
                  size="S"
                  aria-label={t('notifications.filter.state', 'Read or unread')}
                  value={state}
                  onChange={(value: string | number) => {
                    setState(String(value) as ReadState);
                    setPage(1);
                  }}
                >
                  {(['all', 'unread', 'read'] as const).map((option) => (
                    <SingleSelectOption key={option} value={option}>
                      {t(`notifications.state.${option}`, option)}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Box>
            </Flex>
            {content}
            {pages > 1 ? (
              <Flex gap={2} justifyContent="center">
                <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  {t('notifications.page.previous', 'Previous')}
                </Button>
                <Typography>{t('notifications.page.of', 'Page {page} of {pages}', { page, pages })}</Typography>
                <Button variant="tertiary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                  {t('notifications.page.next', 'Next')}
                </Button>
              </Flex>
            ) : null}
            <EmailPreferences />
          </Flex>
        </Layouts.Content>
      </Box>
    </Page.Main>
  );
};

export default NotificationsPage;
