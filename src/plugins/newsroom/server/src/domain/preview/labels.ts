import type { PreviewLabels } from './types';

const arabicPlurals = new Intl.PluralRules('ar');

/** "دقيقة واحدة", "دقيقتان", "3 دقائق" (3–10), "11 دقيقة" (11–99), "100 دقيقة": Arabic counted-noun agreement. */
function arabicMinutes(minutes: number): string {
  switch (arabicPlurals.select(minutes)) {
    case 'one':
      return 'دقيقة واحدة';
    case 'two':
      return 'دقيقتان';
    case 'few':
      return `${minutes} دقائق`;
    default:
      return `${minutes} دقيقة`;
  }
}

export const ARABIC_LABELS: Readonly<PreviewLabels> = {
  lang: 'ar',
  draftBanner: 'مسودة: معاينة غير منشورة',
  publishedBanner: 'النسخة المنشورة',
  by: 'بقلم',
  topics: 'الموضوعات',
  sources: 'المصادر',
  originalArticle: 'الخبر الأصلي',
  published: 'نُشر',
  updated: 'حُدِّث',
  originallyPublished: 'النشر الأصلي',
  readingTime: (minutes) => `مدة القراءة: ${arabicMinutes(minutes)}`,
  untitled: '(بلا عنوان)',
  corrections: 'تصحيحات وتحديثات',
  correctionKinds: { update: 'تحديث', correction: 'تصحيح', clarification: 'توضيح' },
  unsafeLink: 'أزيل الرابط: يُسمح فقط بروابط http(s) وmailto والروابط النسبية',
};

export const ENGLISH_LABELS: Readonly<PreviewLabels> = {
  lang: 'en',
  draftBanner: 'Draft preview: not published',
  publishedBanner: 'Published version',
  by: 'By',
  topics: 'Topics',
  sources: 'Sources',
  originalArticle: 'Original article',
  published: 'Published',
  updated: 'Updated',
  originallyPublished: 'Originally published',
  readingTime: (minutes) => `${minutes} min read`,
  untitled: '(untitled)',
  corrections: 'Corrections and updates',
  correctionKinds: { update: 'Update', correction: 'Correction', clarification: 'Clarification' },
  unsafeLink: 'Link removed: only http(s), mailto and relative links are allowed',
};

/**
 * Arabic labels for an Arabic page, English for any other, with `overrides` on top. The labels
 * are taken to be in the defaults' language unless the overrides give `lang`.
 */
export function labelsFor(pageLanguage: string, overrides: Partial<PreviewLabels> | undefined): PreviewLabels {
  const defaults = pageLanguage === 'ar' ? ARABIC_LABELS : ENGLISH_LABELS;
  if (overrides === undefined) return defaults;
  const defined = Object.fromEntries(
    Object.entries(overrides).filter(([, value]) => value !== undefined),
  ) as Partial<PreviewLabels>;
  return { ...defaults, ...defined };
}
