import type { ComponentType } from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';
import { ARTICLE_UID } from '../../../core/model';

/**
 * A side panel of the article edit view, for saved articles only (the panels read the stored draft).
 * The Content Manager calls panels as hooks, so the title is translated here.
 */
export const articlePanel = (
  titleKey: string,
  defaultTitle: string,
  Content: ComponentType<{ documentId: string; locale: string }>,
): PanelComponent => {
  const Panel: PanelComponent = ({ model, documentId, document }) => {
    const { formatMessage } = useIntl();
    if (model !== ARTICLE_UID || !documentId) return null;
    const locale = typeof document?.locale === 'string' ? document.locale : 'ar';
    return {
      title: formatMessage({ id: getTranslation(titleKey), defaultMessage: defaultTitle }),
      content: <Content documentId={documentId} locale={locale} />,
    };
  };
  return Panel;
};
