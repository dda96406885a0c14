import { seededRandom } from './random';
/**
 * Synthetic newsroom articles for the model tests (test support, not runtime code): each section
 * has its own words, all share filler words, and a seeded generator makes the same corpus on
 * every run. Small enough that training takes milliseconds, varied enough that a model which
 * ignored the text could not pass.
 */

export const SECTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  sport: ['المباراة', 'الفريق', 'اللاعب', 'الهدف', 'الدوري', 'المدرب', 'البطولة', 'الملعب', 'الحارس', 'المنتخب'],
  economy: [
    'الاقتصاد',
    'الأسعار',
    'النفط',
    'البنك',
    'الاستثمار',
    'التضخم',
    'الأسهم',
    'الميزانية',
    'العملة',
    'الصادرات',
  ],
  technology: [
    'التطبيق',
    'الهاتف',
    'الإنترنت',
    'البرمجيات',
    'الذكاء',
    'الحاسوب',
    'البيانات',
    'الشريحة',
    'المنصة',
    'الخوارزمية',
  ],
};

const FILLER = [
  'قال',
  'أعلن',
  'اليوم',
  'العام',
  'الجديد',
  'الكبير',
  'المسؤول',
  'الأسبوع',
  'الماضي',
  'المقبل',
  'مصادر',
  'بيان',
];

export { seededRandom };

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)];
}

/** An article of `length` words, a third of them from the given sections' words. */
export function syntheticArticle(sections: readonly string[], random: () => number, length = 40): string {
  const words: string[] = [];
  for (let index = 0; index < length; index++) {
    words.push(random() < 0.33 ? pick(SECTION_WORDS[pick(sections, random)], random) : pick(FILLER, random));
  }
  return words.join(' ');
}

/** `perSection` single-section articles for every section, labelled with their section. */
export function syntheticCorpus(perSection: number, seed: number): Array<{ text: string; labels: string[] }> {
  const random = seededRandom(seed);
  const examples: Array<{ text: string; labels: string[] }> = [];
  for (let index = 0; index < perSection; index++) {
    for (const section of Object.keys(SECTION_WORDS))
      examples.push({ text: syntheticArticle([section], random), labels: [section] });
  }
  return examples;
}
