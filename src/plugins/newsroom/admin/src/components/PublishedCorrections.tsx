import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { CorrectionView } from '../../../shared/contracts/corrections';
import type { Bilingual, Lang } from '../../../shared/contracts/workflow';
import { getTranslation } from '../utils/getTranslation';

interface Props {
  corrections: CorrectionView[];
  kindLabels: Record<string, Bilingual>;
  lang: Lang;
  formatTime: (iso: string) => string;
}

/** The notes readers see under the live story, oldest first: what the next correction adds to. */
export const PublishedCorrections = ({ corrections, kindLabels, lang, formatTime }: Props) => {
  const { formatMessage } = useIntl();
  return (
    <Box paddingTop={2} data-newsroom-published-corrections>
      <Typography variant="sigma" textColor="neutral600">
        {formatMessage({ id: getTranslation('corrections.published'), defaultMessage: 'Corrections and updates' })}
      </Typography>
      {corrections.map((correction) => (
        <Box key={`${correction.at}-${correction.kind}`} paddingTop={2}>
          <Typography tag="p" variant="pi" fontWeight="bold">
            {kindLabels[correction.kind]?.[lang] ?? correction.kind} · {formatTime(correction.at)}
          </Typography>
          <Typography tag="p" variant="pi" dir="auto">
            {correction.text}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
