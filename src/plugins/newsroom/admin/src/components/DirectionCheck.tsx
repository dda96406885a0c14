import { useMemo } from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { checkDirection, type DirectionCheckInput, type DirectionFinding } from '../../../core/locale/direction-check';
import { getTranslation } from '../utils/getTranslation';
import { ARTICLE_UID } from '../../../core/model';

const FIX_DEFAULTS: Record<DirectionFinding['suggestion'], string> = {
  'remove-bidi-control': 'Remove the invisible direction mark: it survives into feeds and notifications.',
  'isolate-leading-latin-run':
    'Start the line with an Arabic word: where direction is automatic it will read left to right.',
  'isolate-latin-run-before-number':
    'The number joins the Latin word: reword, or keep the run isolated as the site will show it.',
  'isolate-latin-run-with-punctuation':
    'The punctuation jumps to the other side of the Latin word: keep the run isolated.',
  'isolate-latin-run-with-bracket': 'The bracket may flip: keep the bracketed Latin run isolated.',
  'isolate-number-run': 'The parts of this number can swap places: keep it isolated as one run.',
};

/** Lists the bidi hazards of the title, standfirst and body as they are in the form now (saved or not). */
const DirectionFindings = () => {
  const { formatMessage } = useIntl();
  const values = useForm('DirectionCheck', (state) => state.values) as DirectionCheckInput;
  const { title, standfirst, body } = values;
  const check = useMemo(() => checkDirection({ title, standfirst, body }), [title, standfirst, body]);

  if (check.total === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: getTranslation('direction.clean'), defaultMessage: 'No direction problems found.' })}
      </Typography>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(
          { id: getTranslation('direction.count'), defaultMessage: '{total} to look at' },
          { total: check.total },
        )}
      </Typography>
      {check.findings.map((finding, index) => (
        <Box key={`${finding.field}-${finding.line}-${index}`} padding={2} hasRadius background="neutral100">
          <Flex direction="column" alignItems="stretch" gap={1}>
            <Flex gap={2}>
              <Badge>
                {formatMessage({
                  id: getTranslation(`direction.field.${finding.field}`),
                  defaultMessage: finding.field,
                })}
              </Badge>
              <Typography variant="pi" textColor="neutral600">
                {formatMessage(
                  { id: getTranslation('direction.line'), defaultMessage: 'line {line}' },
                  { line: finding.line },
                )}
              </Typography>
            </Flex>
            <Typography variant="omega" dir="auto">
              <bdi>{finding.context}</bdi>
            </Typography>
            <Typography variant="pi">
              {formatMessage({
                id: getTranslation(`direction.fix.${finding.suggestion}`),
                defaultMessage: FIX_DEFAULTS[finding.suggestion],
              })}
            </Typography>
            {finding.corrected !== undefined && (
              <Typography variant="pi" textColor="success600" dir="auto">
                {formatMessage({ id: getTranslation('direction.corrected'), defaultMessage: 'Corrected:' })}{' '}
                <bdi>{finding.corrected}</bdi>
              </Typography>
            )}
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};

/** The "Direction check" side panel of the article edit view. Panels are called as hooks. */
export const DirectionCheckPanel: PanelComponent = ({ model }) => {
  const { formatMessage } = useIntl();
  if (model !== ARTICLE_UID) return null;
  return {
    title: formatMessage({ id: getTranslation('direction.title'), defaultMessage: 'Direction check' }),
    content: <DirectionFindings />,
  };
};
