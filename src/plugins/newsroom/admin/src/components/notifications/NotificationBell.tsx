import { Bell } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { useGetUnreadNotificationsQuery } from '../../api/newsroomApi';
import { getTranslation } from '../../utils/getTranslation';

/** How often the menu asks for the unread count (marking lines read refreshes it at once). */
const POLL_MS = 30_000;

type IconProps = React.SVGProps<SVGSVGElement> & { fill?: string };

/**
 * The Notifications menu link's icon with the unread count on it. Strapi 5.54's `addMenuLink` takes a fixed
 * `notificationsCount` when the plugin registers, before anyone signs in, and reads it once; the icon is the one
 * part of a menu link that renders as a component, so the live count lives here.
 */
export const NotificationBell = (props: IconProps) => {
  const { formatMessage } = useIntl();
  const { data: unread = 0 } = useGetUnreadNotificationsQuery(undefined, { pollingInterval: POLL_MS });
  const label = formatMessage(
    { id: getTranslation('notifications.badge'), defaultMessage: '{count} unread notifications' },
    { count: unread },
  );
  return (
    <span style={{ position: 'relative', display: 'inline-flex' }}>
      <Bell {...props} />
      {unread > 0 ? (
        <span
          data-newsroom-unread={unread}
          role="status"
          aria-label={label}
          title={label}
          style={{
            position: 'absolute',
            top: -8,
            insetInlineEnd: -10,
            minWidth: 16,
            height: 16,
            padding: '0 4px',
            borderRadius: 8,
            background: '#d02b20',
            color: '#fff',
            fontSize: 10,
            fontWeight: 700,
            lineHeight: '16px',
            textAlign: 'center',
            boxSizing: 'border-box',
          }}
        >
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </span>
  );
};
