import { Flex, Link, Typography } from '@strapi/design-system';
import { ClockCounterClockwise } from '@strapi/icons';
import {
  unstable_useContentManagerContext as useContentManagerContext,
  useForm,
  useQueryParams,
} from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { PLUGIN_ID } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';
import { publishingOffer } from '../../utils/oneStatus';
import { useArticleWorkflow } from './useArticleWorkflow';
import { useBlockedReason } from './useBlockedReason';

type LocaleQuery = { plugins?: { i18n?: { locale?: string } } };

/** The admin path of an article locale's History page (pages/HistoryPage.tsx). */
export const historyPath = (documentId: string, locale: string): string =>
  `/plugins/${PLUGIN_ID}/history/${documentId}?locale=${encodeURIComponent(locale)}`;

/**
 * Under the edit view's document actions (the `right-links` zone of the Entry panel): why Publish is not
 * offered now, a reminder to save before moving the story, and the link to the article locale's History.
 */
export const PublishingNote = () => {
  const { formatMessage } = useIntl();
  const { model, id } = useContentManagerContext();
  const modified = useForm('PublishingNote', (state) => state.modified, false) ?? false;
  const [{ query }] = useQueryParams<LocaleQuery>();
  const locale = query.plugins?.i18n?.locale ?? 'ar';
  const workflow = useArticleWorkflow({ model, documentId: id, document: { locale } });
  const reason = useBlockedReason(workflow?.view);
  if (!workflow) return null;
  const view = workflow.view;
  const offersMoves = view ? publishingOffer(view.state.stage, view.allowed).primary !== null : false;
  const t = (key: string, defaultMessage: string) => formatMessage({ id: getTranslation(key), defaultMessage });

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-newsroom-publishing-note="">
      {reason ? (
        <Typography variant="pi" textColor="neutral700" data-newsroom-why-not-publish="">
          {reason}
        </Typography>
      ) : null}
      {modified && offersMoves ? (
        <Typography variant="pi" textColor="warning600">
          {t('status.saveFirst', 'Save your changes before moving the story to another stage.')}
        </Typography>
      ) : null}
      <Link tag={NavLink} to={historyPath(workflow.documentId, workflow.locale)} startIcon={<ClockCounterClockwise />}>
        {t('history.link', 'History')}
      </Link>
    </Flex>
  );
};
