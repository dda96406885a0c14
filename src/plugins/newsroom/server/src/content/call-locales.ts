import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../core/model';
import { getService } from '../get-service';
import type { DocumentParams } from './document-call';

/**
 * The article locales a Document Service call is about: the ones it names, every draft locale for `*`, else the
 * locale Strapi itself falls back to (`fallback`, e.g. the one the call's result has, or the default locale).
 */
export const articleLocalesOf = async (
  strapi: Core.Strapi,
  params: DocumentParams,
  fallback?: string,
): Promise<string[]> => {
  const { locale, documentId } = params;
  if (Array.isArray(locale)) return locale.map(String);
  if (typeof locale === 'string' && locale !== '*') return [locale];
  if (locale === '*') {
    const rows = (await strapi.db.query(ARTICLE_UID).findMany({
      select: ['locale'],
      where: { documentId, publishedAt: null },
    })) as Array<{ locale: string }>;
    return rows.map((row) => row.locale);
  }
  return [fallback ?? (await getService(strapi, 'locales').defaultLocale())];
};
