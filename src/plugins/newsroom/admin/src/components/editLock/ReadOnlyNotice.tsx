import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { EditAccessView } from '../../../../shared/contracts/edit-access';

/**
 * The line that says why a document (or an action on it) is read only, in the interface language; nothing when
 * the user may edit. `data-readonly-reason` carries the server's code (the browser tests find the line by it).
 */
export const ReadOnlyNotice = ({
  access,
  compact = false,
}: {
  access: EditAccessView | undefined;
  compact?: boolean;
}) => {
  const { locale } = useIntl();
  if (!access || access.mayEdit || !access.reason) return null;
  const text = locale.startsWith('ar') ? access.reason.message.ar : access.reason.message.en;
  return (
    <Box
      role="status"
      data-readonly-reason={access.reason.code}
      background="warning100"
      borderColor="warning200"
      hasRadius
      padding={compact ? 2 : 3}
      marginBottom={compact ? 0 : 4}
    >
      <Typography variant={compact ? 'pi' : 'omega'} textColor="warning700">
        {text}
      </Typography>
    </Box>
  );
};
