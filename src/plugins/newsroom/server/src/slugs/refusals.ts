import type { Bilingual } from '../../../core/workflow/messages';

const ARABIC_NAMES: Record<string, string> = {
  article: 'مقال',
  articles: 'مقال',
  topic: 'موضوع',
  topics: 'موضوع',
  author: 'كاتب',
  authors: 'كاتب',
  source: 'مصدر',
  sources: 'مصدر',
};

/** The 404 of a slug read (site reads, slug resolution): names the type, the slug and the locale. */
export const noPublished = (type: string, slug: string, locale: string): Bilingual => ({
  en: `No published ${type} with slug "${slug}" in locale ${locale}`,
  ar: `لا يوجد ${ARABIC_NAMES[type] ?? type} منشور بالمعرّف «${slug}» باللغة ${locale}`,
});
