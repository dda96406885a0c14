import { useSyncExternalStore } from 'react';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { ARTICLE_UID } from '../../../../core/model';
import type { EditorPresence, StaleSave } from '../../../../shared/contracts/concurrency';
import { staleSaveOf, subscribeToConflicts } from '../../concurrency/draftVersions';
import { langOf } from '../../utils/articleList';
import { getTranslation } from '../../utils/getTranslation';
import { historyPath } from '../status/PublishingNote';
import { usePresence } from './usePresence';

type LocaleQuery = { plugins?: { i18n?: { locale?: string } } };

/** «سارة يحرّر هذه القصة منذ 10:42» / "Sara is editing this story since 10:42", the time in the user's locale. */
const PresenceBanner = ({ editors }: { editors: EditorPresence[] }) => {
  const { formatMessage, formatTime, formatList } = useIntl();
  if (editors.length === 0) return null;
  const oldest = editors[0] as EditorPresence;
  return (
    <Box background="secondary100" padding={2} hasRadius data-newsroom-presence="">
      <Typography tag="p" variant="pi">
        {formatMessage(
          {
            id: getTranslation('presence.editing'),
            defaultMessage: '{names} {count, plural, one {is} other {are}} editing this story since {time}',
          },
          {
            names: formatList(
              editors.map((editor) => editor.name),
              { type: 'conjunction' },
            ),
            count: editors.length,
            time: formatTime(oldest.since, { hour: 'numeric', minute: '2-digit' }),
          },
        )}
      </Typography>
    </Box>
  );
};

/** The refused stale save, in the user's language, with the way to see what changed. */
const StaleSaveNotice = ({ staleSave, documentId }: { staleSave: StaleSave; documentId: string }) => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const diffLink =
    staleSave.baseNumber !== null && staleSave.currentNumber !== null
      ? `${historyPath(documentId, staleSave.locale)}&from=${staleSave.baseNumber}&to=${staleSave.currentNumber}`
      : historyPath(documentId, staleSave.locale);
  return (
    <Box background="danger100" padding={2} hasRadius data-newsroom-stale-save="" role="alert">
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography tag="p" variant="pi" fontWeight="bold">
          {staleSave.message[langOf(uiLocale)]}
        </Typography>
        <Link tag={RouterLink} to={diffLink}>
          {formatMessage({ id: getTranslation('presence.showChanges'), defaultMessage: 'Show what changed' })}
        </Link>
        <Typography tag="p" variant="pi" textColor="neutral600">
          {formatMessage({
            id: getTranslation('presence.staleHint'),
            defaultMessage:
              'Nothing of yours was saved, and the form now shows the current version: see what changed, then make your changes again.',
          })}
        </Typography>
      </Flex>
    </Box>
  );
};

const ArticleEditingNotice = ({ documentId, locale }: { documentId: string; locale: string }) => {
  const editors = usePresence(documentId, locale);
  const staleSave = useSyncExternalStore(subscribeToConflicts, () => staleSaveOf(documentId, locale));
  const { locale: uiLocale } = useIntl();
  if (editors.length === 0 && !staleSave) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} dir={langOf(uiLocale) === 'ar' ? 'rtl' : 'ltr'}>
      <PresenceBanner editors={editors} />
      {staleSave ? <StaleSaveNotice staleSave={staleSave} documentId={documentId} /> : null}
    </Flex>
  );
};

/**
 * In the article edit view (the Entry panel's `right-links` zone): who else has this article locale open, and a
 * save refused because the story changed meanwhile (409 `STALE_VERSION`). Never blocks anything.
 */
export const EditingNotice = () => {
  const { model, id } = useContentManagerContext();
  const [{ query }] = useQueryParams<LocaleQuery>();
  const locale = query.plugins?.i18n?.locale ?? 'ar';
  if (model !== ARTICLE_UID || typeof id !== 'string' || id === '' || id === 'create') return null;
  return <ArticleEditingNotice documentId={id} locale={locale} />;
};
