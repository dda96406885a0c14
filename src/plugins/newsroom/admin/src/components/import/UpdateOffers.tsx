import { Badge, Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import type { OfferedUpdate, UpdateAction } from '../../../../shared/contracts/wire-import';
import { STAGE_LABELS } from '../../../../core/workflow/messages';
import { isStage } from '../../../../core/workflow/stages';
import { editViewPath } from '../../utils/importInput';
import { getTranslation } from '../../utils/getTranslation';
import { DiffView } from '../history/DiffView';

type Translate = (id: string, defaultMessage: string, values?: Record<string, string | number>) => string;

interface Props {
  updates: readonly OfferedUpdate[];
  /** The decision on one offer (the page sends it with that story's input); the offer is busy meanwhile. */
  onDecide(update: OfferedUpdate, action: UpdateAction): void;
  busy: string | null;
}

const MatchedBy = ({ update, t }: { update: OfferedUpdate; t: Translate }) => {
  switch (update.matchedBy) {
    case 'agency-id':
      return (
        <Typography variant="pi" textColor="neutral600">
          {t('import.update.byAgencyId', 'same agency story id')} <bdi dir="ltr">{update.agency?.id}</bdi>
          {update.agency?.version
            ? ` · ${t('import.update.version', 'version {previous} → {version}', {
                previous: update.agency.previousVersion ?? '?',
                version: update.agency.version,
              })}`
            : ''}
        </Typography>
      );
    case 'url':
      return (
        <Typography variant="pi" textColor="neutral600">
          {t('import.update.byUrl', 'same source URL')}
        </Typography>
      );
    case 'similar-text':
      return (
        <Typography variant="pi" textColor="neutral600">
          {t('import.update.bySimilarText', 'near-identical text ({percent}% in common)', {
            percent: Math.round((update.similarity ?? 0) * 100),
          })}
        </Typography>
      );
  }
};

/**
 * Later versions of imported stories: "update of …" the stored draft, how it was recognised, its workflow stage,
 * the change it would make (the History page's diff), and the choice to apply it to the draft or import it as new.
 */
export const UpdateOffers = ({ updates, onDecide, busy }: Props) => {
  const { formatMessage, locale } = useIntl();
  const t: Translate = (id, defaultMessage, values) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const lang = locale.startsWith('ar') ? 'ar' : 'en';
  if (updates.length === 0) return null;
  return (
    <Box paddingTop={4} data-testid="import-updates">
      <Typography tag="h2" variant="delta">
        {t('import.result.updates', 'Updates of imported stories')} ({updates.length})
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={4} paddingTop={2}>
        {updates.map((update) => (
          <Box
            key={`${update.contentHash}-${update.documentId}`}
            padding={4}
            hasRadius
            borderColor="neutral200"
            borderStyle="solid"
            borderWidth="1px"
            data-testid="import-update"
          >
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Flex gap={2} wrap="wrap">
                <Typography fontWeight="bold">{t('import.update.of', 'Update of')}</Typography>
                <Link
                  tag={RouterLink}
                  to={editViewPath(update.documentId, update.locale)}
                  dir="auto"
                  lang={update.locale}
                >
                  <bdi>{update.title}</bdi>
                </Link>
                <Badge>{isStage(update.stage) ? STAGE_LABELS[update.stage][lang] : update.stage}</Badge>
              </Flex>
              <Typography variant="omega">
                {t('import.update.incoming', 'Incoming:')}{' '}
                <bdi dir="auto" lang={update.locale}>
                  {update.storyTitle}
                </bdi>
              </Typography>
              <MatchedBy update={update} t={t} />
              {update.published || update.stage !== 'draft' ? (
                <Typography variant="pi" textColor="warning600">
                  {update.published
                    ? t(
                        'import.update.publishedNote',
                        'Applying changes the draft only: the published version stays until the story goes through the workflow again.',
                      )
                    : t(
                        'import.update.workflowNote',
                        'Applying changes the draft: the workflow asks for a fresh review or approval.',
                      )}
                </Typography>
              ) : null}
              <Box paddingTop={2} paddingBottom={2}>
                <DiffView diff={{ from: 0, to: 0, fields: update.changes, direction: 'rtl' }} />
              </Box>
              <Flex gap={2} wrap="wrap">
                <Button
                  onClick={() => onDecide(update, 'apply')}
                  disabled={!update.mayApply || busy !== null}
                  loading={busy === `${update.contentHash}:apply`}
                >
                  {t('import.update.apply', 'Apply to the draft')}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => onDecide(update, 'new')}
                  disabled={busy !== null}
                  loading={busy === `${update.contentHash}:new`}
                >
                  {t('import.update.asNew', 'Import as a new story')}
                </Button>
                {update.mayApply ? null : (
                  <Typography variant="pi" textColor="neutral600">
                    {t('import.update.notYours', 'You may not edit that story: import it as new or ask an editor.')}
                  </Typography>
                )}
              </Flex>
            </Flex>
          </Box>
        ))}
      </Flex>
    </Box>
  );
};
