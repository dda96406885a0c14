import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { TopicSuggestions } from './TopicSuggestions';
import { getTranslation } from '../utils/getTranslation';

/**
 * The "Topics" side panel of the article edit view: suggestions with their evidence, accept and reject.
 * Only for saved articles (suggestions are computed from the stored draft).
 */
export const TopicsPanel: PanelComponent = ({ model, documentId, document }) => {
  if (model !== 'api::article.article' || !documentId) return null;
  const locale = typeof document?.locale === 'string' ? document.locale : 'ar';
  return {
    title: getTranslation('topics.panel.title'),
    content: <TopicSuggestions documentId={documentId} locale={locale} />,
  };
};

