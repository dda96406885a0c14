import { historyPath } from './status/PublishingNote';
import { Box, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import type { ChangedSinceApprovalView } from '../../../shared/contracts/workflow';
import { getTranslation } from '../utils/getTranslation';

interface Props {
  documentId: string;
  locale: string;
  change: ChangedSinceApprovalView;
  formatTime: (iso: string) => string;
}

/**
 * «عُدّل بعد الاعتماد بواسطة X» / "Changed since approval by X": the draft is no longer the version that was
 * approved, so publishing it needs a fresh approval; the link opens the history with the diff.
 */
export const ChangedSinceApproval = ({ documentId, locale, change, formatTime }: Props) => {
  const { formatMessage } = useIntl();
  return (
    <Box background="warning100" padding={2} hasRadius>
      <Typography tag="p" variant="pi" fontWeight="bold">
        {formatMessage(
          { id: getTranslation('workflow.changedSinceApproval'), defaultMessage: 'Changed since approval by {name}' },
          { name: change.byName ?? change.by },
        )}
      </Typography>
      <Typography tag="p" variant="pi" textColor="neutral600">
        {formatTime(change.at)} ·{' '}
        {formatMessage({
          id: getTranslation('workflow.needsApproval'),
          defaultMessage: 'It needs a fresh approval before publishing.',
        })}
      </Typography>
      <Link tag={RouterLink} to={historyPath(documentId, locale)}>
        {formatMessage({ id: getTranslation('workflow.showChanges'), defaultMessage: 'Show the changes' })}
      </Link>
    </Box>
  );
};
