import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { WorkflowControls } from './WorkflowControls';
import { getTranslation } from '../utils/getTranslation';

/** The edit view's "Workflow" panel: the stage as a badge, the transitions the user may take, the history. */
export const WorkflowPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  if (model !== 'api::article.article' || !documentId) return null;
  const locale = typeof document?.locale === 'string' ? document.locale : 'ar';
  return {
    title: formatMessage({ id: getTranslation('workflow.panel.title'), defaultMessage: 'Workflow' }),
    content: <WorkflowControls documentId={documentId} locale={locale} />,
  };
};
