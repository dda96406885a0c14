import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { TopicSuggestions } from './TopicSuggestions';
import { getTranslation } from '../utils/getTranslation';

/**
 * The "Topics" side panel of the article edit view: suggestions with their evidence, accept and reject.
 * Only for saved articles (suggestions are computed from the stored draft). The Content Manager calls
 * panels as hooks, so the title is translated here.
 */
export const TopicsPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  if (model !== 'api::article.article' || !documentId) return null;
  const locale = typeof document?.locale === 'string' ? document.locale : 'ar';
  return {
    title: formatMessage({ id: getTranslation('topics.panel.title'), defaultMessage: 'Topics' }),
    content: <TopicSuggestions documentId={documentId} locale={locale} />,
  };
};
