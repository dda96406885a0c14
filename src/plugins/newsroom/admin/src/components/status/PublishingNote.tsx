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
import { refusedByPermission } from '../../../../shared/contracts/edit-access';
import { useEditAccess } from '../editLock/useEditAccess';
import { useArticleWorkflow } from './useArticleWorkflow';
import { useBlockedReason } from './useBlockedReason';

type LocaleQuery = { plugins?: { i18n?: { locale?: string } } };

/** The admin path of an article locale's History page (pages/HistoryPage.tsx). */
export const historyPath = (documentId: string, locale: string): string =>
  `/plugins/${PLUGIN_ID}/history/${documentId}?locale=${encodeURIComponent(locale)}`;

/**
 * Strapi's draft/published badge under the edit view's title (its Header's DocumentStatus, which no API
 * removes): hidden while an article is open, because the workflow stage in the header's actions is the status.
 * It is the only `role="status"` badge that is a grandchild of the header's column (the one with the h1).
 */
const HIDE_STRAPI_STATUS = `main div:has(> div h1) > div > [role='status']:is([aria-label='draft'], [aria-label='published'], [aria-label='modified']) { display: none; }`;

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
  const blocked = useBlockedReason(workflow?.view);
  const access = useEditAccess({ model, documentId: id, locale });
  if (!workflow) return null;
  const t = (key: string, defaultMessage: string) => formatMessage({ id: getTranslation(key), defaultMessage });
  // One who may not change the story (the read-only line above the form says why) is not told to submit it.
  const reason = refusedByPermission(access)
    ? t(
        'status.why.readOnly',
        'You may not change this story, so you cannot move it through the workflow or publish it.',
      )
    : blocked;
  const view = workflow.view;
  const offersMoves = view ? publishingOffer(view.state.stage, view.allowed).primary !== null : false;

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-newsroom-publishing-note="">
      <style>{HIDE_STRAPI_STATUS}</style>
      {reason ? (
        <Typography
          variant="pi"
          textColor="neutral700"
          data-newsroom-why-not-publish={refusedByPermission(access) ? 'read-only' : ''}
        >
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
