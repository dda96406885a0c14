import { useState } from 'react';
import { Box, Flex, Link, Loader, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink, useParams, useSearchParams } from 'react-router-dom';
import { ReadOnlyNotice } from '../components/editLock/ReadOnlyNotice';
import { useEditAccess } from '../components/editLock/useEditAccess';
import { useGetHistoryDiffQuery, useGetHistoryQuery, useRestoreVersionMutation } from '../api/newsroomApi';
import { DiffView } from '../components/history/DiffView';
import { VersionList } from '../components/history/VersionList';
import { ARTICLE_UID } from '../../../core/model';
import { langOf } from '../utils/articleList';
import { errorMessage, isolated } from '../utils/errorMessage';
import { getTranslation } from '../utils/getTranslation';
import { defaultPair, newestFirst, pairFromQuery } from '../utils/historyRows';

/**
 * History of an article locale (issue #15 item 4), at /plugins/newsroom/history/:documentId?locale=ar: its
 * versions newest first, the differences between two of them (the latest and the one before, unless others are
 * chosen), and Restore, which makes a new draft version from an old one. Right to left when the admin is in
 * Arabic (Strapi's shell is not: its design system has no right-to-left layout).
 */
const HistoryPage = () => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const lang = langOf(uiLocale);
  const { toggleNotification } = useNotification();
  const { documentId = '' } = useParams<{ documentId: string }>();
  const [searchParams] = useSearchParams();
  const locale = searchParams.get('locale') ?? 'ar';
  const [chosen, setChosen] = useState<{ from: number; to: number } | null>(() => pairFromQuery(searchParams));
  const t = (key: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(key), defaultMessage }, values);

  const history = useGetHistoryQuery({ documentId, locale });
  // A restore is an edit: refused (and not offered) where the user may not edit this story now.
  const access = useEditAccess({ model: ARTICLE_UID, documentId, locale });
  const versions = newestFirst(history.data?.versions ?? []);
  const pair = chosen ?? defaultPair(versions);
  const diff = useGetHistoryDiffQuery(
    { documentId, locale, from: pair?.from ?? 0, to: pair?.to ?? 0 },
    { skip: pair === null },
  );
  const [restoreVersion, { isLoading: restoring }] = useRestoreVersionMutation();

  const restore = async (number: number) => {
    try {
      const { version } = await restoreVersion({ documentId, body: { locale, number } }).unwrap();
      toggleNotification({
        type: 'success',
        message: t('history.restored', 'Version {n} restored as version {m}', { n: number, m: version.number }),
      });
      // The new version is the latest: show what the restore changed.
      setChosen(null);
    } catch (error) {
      toggleNotification({ type: 'danger', message: isolated(errorMessage(error, lang)) });
    }
  };

  const choose = (side: 'from' | 'to', value: string | number) => {
    const number = Number(value);
    if (!pair || !Number.isInteger(number)) return;
    setChosen({ ...pair, [side]: number });
  };

  const title = t('history.title', 'History');
  const editView = `/content-manager/collection-types/${ARTICLE_UID}/${documentId}?plugins[i18n][locale]=${locale}`;

  let content;
  if (history.isLoading) content = <Loader>{t('workflow.loading', 'Loading')}</Loader>;
  else if (history.error || !history.data)
    content = (
      <Typography textColor="danger600" data-newsroom-history-error="">
        {t('history.error.load', 'Could not load the history')}: {errorMessage(history.error, lang)}
      </Typography>
    );
  else
    content = (
      // Two columns on a wide screen, one under the other on a phone.
      <Flex gap={6} wrap="wrap" alignItems="flex-start">
        <Flex direction="column" alignItems="stretch" gap={2} flex="1 1 20rem" minWidth={0}>
          <Typography variant="delta" tag="h2">
            {t('history.versions', 'Versions')}
          </Typography>
          <ReadOnlyNotice access={access} compact />
          <VersionList
            versions={versions}
            approvedNumber={history.data.approvedNumber}
            from={pair?.from ?? null}
            to={pair?.to ?? null}
            onCompare={(from, to) => setChosen({ from, to })}
            onRestore={restore}
            restoring={restoring}
            mayRestore={access === undefined || access.mayEdit}
          />
        </Flex>
        <Flex direction="column" alignItems="stretch" gap={2} flex="2 1 24rem" minWidth={0}>
          <Typography variant="delta" tag="h2">
            {t('history.differences', 'Differences')}
          </Typography>
          {pair ? (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Flex gap={3} wrap="wrap">
                {(['from', 'to'] as const).map((side) => (
                  <Box key={side} minWidth="12rem">
                    <SingleSelect
                      size="S"
                      aria-label={t(`history.${side}`, side === 'from' ? 'Older version' : 'Newer version')}
                      value={String(pair[side])}
                      onChange={(value: string | number) => choose(side, value)}
                    >
                      {versions.map((version) => (
                        <SingleSelectOption key={version.number} value={String(version.number)}>
                          {t('history.version', 'Version {n}', { n: version.number })}
                        </SingleSelectOption>
                      ))}
                    </SingleSelect>
                  </Box>
                ))}
              </Flex>
              {diff.data ? (
                <DiffView diff={diff.data} />
              ) : diff.error ? (
                <Typography textColor="danger600">{errorMessage(diff.error, lang)}</Typography>
              ) : (
                <Loader small>{t('workflow.loading', 'Loading')}</Loader>
              )}
            </Flex>
          ) : (
            <Typography textColor="neutral600">
              {t('history.single', 'Only one version so far: nothing to compare.')}
            </Typography>
          )}
        </Flex>
      </Flex>
    );

  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Box dir={lang === 'ar' ? 'rtl' : 'ltr'} data-newsroom-history="">
        <Layouts.Header
          navigationAction={
            <Link tag={NavLink} to={editView} startIcon={<ArrowLeft />}>
              {t('history.back', 'Back to the article')}
            </Link>
          }
          title={title}
          subtitle={t('history.subtitle', 'Every saved change of this article locale, newest first')}
        />
        <Layouts.Content>{content}</Layouts.Content>
      </Box>
    </Page.Main>
  );
};

export default HistoryPage;
