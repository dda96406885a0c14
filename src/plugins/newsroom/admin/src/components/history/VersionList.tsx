import { Badge, Box, Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { ConfirmDialog } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { VersionPath, VersionSummary } from '../../../../shared/contracts/history';
import { STAGE_LABELS } from '../../../../core/workflow/messages';
import { isStage } from '../../../../core/workflow/stages';
import { actorLabel } from '../../utils/actorLabel';
import { langOf } from '../../utils/articleList';
import { getTranslation } from '../../utils/getTranslation';

const PATH_LABELS: Record<VersionPath, string> = {
  'content-manager': 'Content Manager',
  rest: 'REST API',
  graphql: 'GraphQL',
  code: 'Code',
  'import-cli': 'Import (command line)',
  'import-page': 'Import page',
  scheduler: 'Scheduler',
  restore: 'Restore',
};

interface Props {
  versions: VersionSummary[];
  approvedNumber: number | null;
  /** The two versions compared. */
  from: number | null;
  to: number | null;
  onCompare(from: number, to: number): void;
  onRestore(number: number): Promise<void>;
  restoring: boolean;
  /** False when the user may not edit this story now: no Restore (the page says why). */
  mayRestore: boolean;
}

/** Versions newest first: who, when, through which path, at which stage, how much changed; compare and restore. */
export const VersionList = ({
  versions,
  approvedNumber,
  from,
  to,
  onCompare,
  onRestore,
  restoring,
  mayRestore,
}: Props) => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const lang = langOf(uiLocale);
  const t = (key: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(key), defaultMessage }, values);
  const latest = versions[0]?.number;
  const formatTime = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    );

  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="ol" data-newsroom-versions="">
      {versions.map((version, index) => {
        const before = versions[index + 1]?.number;
        const compared = version.number === from || version.number === to;
        return (
          <Box
            tag="li"
            key={version.number}
            padding={3}
            hasRadius
            background={compared ? 'primary100' : 'neutral0'}
            borderColor={compared ? 'primary200' : 'neutral150'}
            borderStyle="solid"
            borderWidth="1px"
            data-version={version.number}
          >
            <Flex gap={2} wrap="wrap" justifyContent="space-between">
              <Typography fontWeight="bold">{t('history.version', 'Version {n}', { n: version.number })}</Typography>
              <Flex gap={1} wrap="wrap">
                <Badge>{isStage(version.stage) ? STAGE_LABELS[version.stage][lang] : version.stage}</Badge>
                {version.number === approvedNumber ? (
                  <Badge active>{t('history.approved', 'Approved version')}</Badge>
                ) : null}
              </Flex>
            </Flex>
            <Typography tag="p" variant="pi" textColor="neutral700">
              <bdi>{actorLabel(version.actorId, { [version.actorId]: version.actorName }, t)}</bdi> ·{' '}
              <bdi>{formatTime(version.at)}</bdi> ·{' '}
              {t(`history.path.${version.path}`, PATH_LABELS[version.path] ?? version.path)}
            </Typography>
            <Typography tag="p" variant="pi" textColor="neutral600">
              {t('history.changeSize', '{count, plural, one {# word changed} other {# words changed}}', {
                count: version.changeSize,
              })}
              {version.restoredFrom !== undefined
                ? ` · ${t('history.restoredFrom', 'restored from version {n}', { n: version.restoredFrom })}`
                : ''}
            </Typography>
            <Flex gap={2} paddingTop={2} wrap="wrap">
              {before !== undefined ? (
                <Button size="S" variant="tertiary" onClick={() => onCompare(before, version.number)}>
                  {t('history.compareBefore', 'Changes in this version')}
                </Button>
              ) : null}
              {latest !== undefined && version.number !== latest ? (
                <>
                  <Button size="S" variant="tertiary" onClick={() => onCompare(version.number, latest)}>
                    {t('history.compareLatest', 'Compare with the latest')}
                  </Button>
                  {mayRestore ? (
                    <Dialog.Root>
                      <Dialog.Trigger>
                        <Button size="S" variant="secondary" loading={restoring} data-restore={version.number}>
                          {t('history.restore', 'Restore')}
                        </Button>
                      </Dialog.Trigger>
                      <ConfirmDialog
                        title={t('history.restore.title', 'Restore version {n}?', { n: version.number })}
                        variant="default"
                        onConfirm={() => onRestore(version.number)}
                      >
                        {t(
                          'history.restore.body',
                          'The draft becomes a copy of version {n}, as a new version. It goes through the workflow like any edit; nothing published changes until it is published.',
                          { n: version.number },
                        )}
                      </ConfirmDialog>
                    </Dialog.Root>
                  ) : null}
                </>
              ) : null}
            </Flex>
          </Box>
        );
      })}
    </Flex>
  );
};
