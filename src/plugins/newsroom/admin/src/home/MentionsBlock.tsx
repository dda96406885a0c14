import { Box, Link } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { useGetNotificationsQuery, useMarkNotificationsReadMutation } from '../api/newsroomApi';
import { NotificationLine } from '../components/notifications/NotificationLine';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';
import { interfaceDirection } from '../utils/interfaceDirection';

const SHOWN = 5;

/** The home page's Mentions block: the last comments that mention the user, from the notification centre. */
const MentionsBlock = () => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const t = (key: string, defaultMessage: string) => formatMessage({ id: getTranslation(key), defaultMessage });
  const { data, isError } = useGetNotificationsQuery(
    { kind: 'mentioned', state: 'all', page: 1, pageSize: SHOWN },
    { refetchOnMountOrArgChange: 30 },
  );
  const [markRead] = useMarkNotificationsReadMutation();
  if (isError) return <Widget.Error>{t('notifications.error.load', 'Could not load the notifications')}</Widget.Error>;
  if (!data) return <Widget.Loading>{t('workflow.loading', 'Loading')}</Widget.Loading>;
  return (
    <Box data-newsroom-block="mentions" dir={interfaceDirection(uiLocale)}>
      {data.data.length === 0 ? (
        <Box paddingTop={2} data-newsroom-empty="mentions">
          {t('home.mentions.empty', 'Nobody has mentioned you recently.')}
        </Box>
      ) : (
        <Box tag="ul">
          {data.data.map((line) => (
            <NotificationLine key={line.id} line={line} compact onRead={(id) => void markRead({ ids: [id] })} />
          ))}
        </Box>
      )}
      <Box paddingTop={2}>
        <Link tag={RouterLink} to={`/plugins/${PLUGIN_ID}/notifications`}>
          {t('home.mentions.all', 'All notifications')}
        </Link>
      </Box>
    </Box>
  );
};

export default MentionsBlock;
