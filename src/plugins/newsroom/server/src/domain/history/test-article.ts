import type { ArticleSnapshot } from './snapshot';

/**
 * A deterministic Arabic article for the history's tests and bench: `words` words drawn from a newsroom
 * vocabulary (with tashkeel on some), in paragraphs of about 50 words, and one-word edits of it.
 */
const VOCABULARY = [
  'قال',
  'وزير',
  'الخارجية',
  'إن',
  'الحكومة',
  'ستعقد',
  'اجتماعاً',
  'طارئاً',
  'مع',
  'ممثلي',
  'النقابات',
  'في',
  'العاصمة',
  'يوم',
  'الأحد',
  'المقبل',
  'لبحث',
  'الأزمة',
  'الاقتصادية',
  'التي',
  'تشهدها',
  'البلاد',
  'منذ',
  'أشهر',
  'وأضاف',
  'أن',
  'المفاوضات',
  'تتناول',
  'الأجور',
  'والأسعار',
  'ودعم',
  'الوقود',
  'بينما',
  'أكد',
  'مصدر',
  'مسؤول',
  'لوكالة',
  'الأنباء',
  'أن',
  'الاتفاق',
  'بات',
  'قريباً',
  'وسط',
  'ترقب',
  'شعبي',
  'واسع',
  'عَلَى',
  'مِنْ',
  'البرلمان',
  'الانتخابات',
  'المدينة',
  'الشرطة',
  'المستشفى',
  'الجامعة',
  'الطلاب',
  'الرئيس',
  'المحكمة',
  'القرار',
  'الميزانية',
  'المياه',
  'الكهرباء',
  '2026',
  'مليون',
  'دينار',
  'بالمئة',
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'المنطقة',
  'الحدود',
  'اللاجئين',
  'المساعدات',
  'الدولية',
];

/** Mulberry32: a small seeded generator, so a failing case can be replayed. */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const pick = (random: () => number): string => VOCABULARY[Math.floor(random() * VOCABULARY.length)] as string;

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** A snapshot whose body has `words` words. */
export const arabicArticle = (words: number, seed = 1): ArticleSnapshot => {
  const random = seededRandom(seed);
  const body = [];
  for (let written = 0; written < words; written += 50) {
    const count = Math.min(50, words - written);
    body.push(paragraph(Array.from({ length: count }, () => pick(random)).join(' ') + '.'));
  }
  return {
    fields: {
      title: 'الحكومة تعقد اجتماعاً طارئاً مع النقابات',
      slug: 'الحكومة-تعقد-اجتماعا-طارئا-مع-النقابات',
      standfirst: 'مفاوضات حول الأجور والأسعار ودعم الوقود وسط ترقب شعبي واسع',
      body,
      dateline: 'عمّان',
      sourceUrl: 'https://example.com/news/1',
      cover: null,
    },
    relations: { authors: ['author-1'], topics: ['topic-1', 'topic-2'], sources: [] },
  };
};

/** The article with one word of one paragraph replaced by another word. */
export const withOneWordChanged = (article: ArticleSnapshot, random: () => number): ArticleSnapshot => {
  const body = (article.fields.body ?? []) as Array<ReturnType<typeof paragraph>>;
  const index = Math.floor(random() * body.length);
  const words = (body[index]?.children[0]?.text ?? '').split(' ');
  const at = Math.floor(random() * words.length);
  let replacement = pick(random);
  while (replacement === words[at]) replacement = pick(random);
  words[at] = replacement;
  const next = body.map((block, blockIndex) => (blockIndex === index ? paragraph(words.join(' ')) : block));
  return { ...article, fields: { ...article.fields, body: next } };
};
