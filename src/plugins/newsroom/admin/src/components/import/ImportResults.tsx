import { Badge, Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import type {
  ImportedStory,
  ImportFailure,
  ImportResult,
  SkippedStory,
} from '../../../../shared/contracts/wire-import';
import { editViewPath } from '../../utils/importInput';
import { importReason } from '../../utils/importReason';
import { getTranslation } from '../../utils/getTranslation';

type Translate = (id: string, defaultMessage: string, values?: Record<string, string | number>) => string;

const Section = ({ title, count, children }: { title: string; count: number; children: React.ReactNode }) =>
  count === 0 ? null : (
    <Box paddingTop={4}>
      <Typography tag="h2" variant="delta">
        {title} ({count})
      </Typography>
      <Box tag="ul" paddingTop={2}>
        {children}
      </Box>
    </Box>
  );

const StoryItem = ({ story, t, reason }: { story: ImportedStory; t: Translate; reason?: string }) => (
  <Box tag="li" paddingBottom={2}>
    <Flex gap={2} wrap="wrap">
      <Link tag={RouterLink} to={editViewPath(story.documentId, story.locale)} dir="rtl" lang={story.locale}>
        {story.title}
      </Link>
      {story.titleProposed ? <Badge active>{t('import.result.proposed', 'proposed headline')}</Badge> : null}
      {reason ? (
        <Typography variant="pi" textColor="neutral600">
          {reason}
        </Typography>
      ) : null}
    </Flex>
  </Box>
);

const FailureItem = ({ failure }: { failure: ImportFailure }) => (
  <Box tag="li" paddingBottom={2}>
    <Typography variant="omega" textColor="danger600">
      <bdi>{failure.file}</bdi>
      {failure.line === undefined ? '' : `:${failure.line}`} — <bdi>{failure.reason}</bdi>
    </Typography>
  </Box>
);

/** Created and updated stories link to their edit views; skipped ones say why; failures name file and line. */
export const ImportResults = ({ result }: { result: ImportResult }) => {
  const { formatMessage } = useIntl();
  const t: Translate = (id, defaultMessage, values) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const skipped: SkippedStory[] = result.skipped;
  const total = result.created.length + result.updated.length + skipped.length + result.failed.length;
  if (total === 0) return <Typography>{t('import.result.nothing', 'Nothing was found to import.')}</Typography>;
  return (
    <Box aria-live="polite" data-testid="import-results">
      <Section title={t('import.result.created', 'Created')} count={result.created.length}>
        {result.created.map((story) => (
          <StoryItem key={story.documentId} story={story} t={t} />
        ))}
      </Section>
      <Section title={t('import.result.updated', 'Updated')} count={result.updated.length}>
        {result.updated.map((story) => (
          <StoryItem key={story.documentId} story={story} t={t} />
        ))}
      </Section>
      <Section title={t('import.result.skipped', 'Skipped (already imported)')} count={skipped.length}>
        {skipped.map((story, index) => (
          <StoryItem key={`${story.documentId}-${index}`} story={story} t={t} reason={importReason(story.reason, t)} />
        ))}
      </Section>
      <Section title={t('import.result.failed', 'Failed')} count={result.failed.length}>
        {result.failed.map((failure, index) => (
          <FailureItem key={`${failure.file}-${failure.line ?? 0}-${index}`} failure={failure} />
        ))}
      </Section>
    </Box>
  );
};
