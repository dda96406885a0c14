/**
 * Reference topics for archive stories, by rules written from the archive's own data — not by the
 * suggestion engine — so that its suggestions can be scored (bench/eval-suggestions.ts).
 *
 * The rules:
 *  1. The story's section is its ANT category (ANT_CATEGORY_SECTIONS, as the archive import files it).
 *  2. A topic is the story's when one of its keywords (KEYWORDS) occurs in the story's own headline
 *     or abstract: what the archive itself says the story is about. Keywords are written per topic
 *     of the seeded taxonomy, broader than the taxonomy's labels (places, people, organisations),
 *     as whole words: a word of the text may carry the clitics و ف ب ك ل (لل read as ل + ال) in
 *     front; a keyword ending in * also matches longer words (عراقي* → العراقية). The article ال is
 *     part of a keyword: الفضاء is space, فضاء is not.
 *  3. The section of every topic found is the story's too (a story about Iraq is a Middle East story
 *     whatever its category).
 * Topics named only deep in the body are not reference topics: a suggestion for one counts as wrong,
 * so the precision figures are a lower bound; both runs being compared are scored the same way.
 */
import { matchKey } from '../../src/plugins/newsroom/server/src/domain/text';
import { ANT_CATEGORY_SECTIONS } from '../../src/plugins/newsroom/server/src/domain/wire/article-data';

/** Each topic of the seeded taxonomy (setup/seed/taxonomy.ts), with its section and its keywords. */
export const KEYWORDS: Readonly<Record<string, { section: string; words: readonly string[] }>> = {
  'security-cooperation': {
    section: 'middle-east',
    words: ['التعاون الأمني', 'التنسيق الأمني', 'التعاون العسكري', 'تعاون أمني', 'تعاون عسكري', 'مناورات'],
  },
  'regional-events': {
    section: 'middle-east',
    words: ['الأمن الإقليمي', 'الاستقرار الإقليمي', 'السلام الإقليمي', 'المنطقة العربية'],
  },
  iraq: {
    section: 'middle-east',
    words: ['العراق', 'عراقي*', 'بغداد', 'الموصل', 'البصرة', 'أربيل', 'كردستان العراق', 'كركوك', 'الأنبار'],
  },
  syria: {
    section: 'middle-east',
    words: ['سوريا', 'سورية', 'سوري*', 'دمشق', 'حلب', 'إدلب', 'الأسد', 'الغوطة', 'درعا', 'الرقة', 'حمص'],
  },
  yemen: { section: 'middle-east', words: ['اليمن', 'يمني*', 'صنعاء', 'عدن', 'الحوثي*', 'الحديدة', 'تعز', 'مأرب'] },
  palestine: {
    section: 'middle-east',
    words: [
      'فلسطين',
      'فلسطيني*',
      'غزة',
      'الضفة الغربية',
      'القدس',
      'حماس',
      'الأقصى',
      'رام الله',
      'إسرائيل',
      'إسرائيلي*',
      'الاحتلال',
    ],
  },
  lebanon: { section: 'middle-east', words: ['لبنان', 'لبناني*', 'بيروت', 'حزب الله', 'الحريري', 'عون'] },
  gulf: {
    section: 'middle-east',
    words: [
      'الخليج',
      'خليجي*',
      'السعودية',
      'سعودي*',
      'الرياض',
      'الإمارات',
      'إماراتي*',
      'أبوظبي',
      'دبي',
      'قطر',
      'قطري*',
      'الدوحة',
      'الكويت',
      'كويتي*',
      'البحرين',
      'بحريني*',
      'المنامة',
      'سلطنة عمان',
      'مسقط',
    ],
  },
  egypt: { section: 'middle-east', words: ['مصر', 'مصري*', 'القاهرة', 'السيسي', 'الإسكندرية', 'سيناء'] },
  iran: {
    section: 'middle-east',
    words: ['إيران', 'ايران', 'إيراني*', 'ايراني*', 'طهران', 'روحاني', 'خامنئي', 'الحرس الثوري'],
  },
  nato: { section: 'international', words: ['الناتو', 'حلف شمال الأطلسي', 'الأطلسي', 'NATO'] },
  'conferences-and-summits': {
    section: 'international',
    words: [
      'قمة',
      'القمة',
      'مؤتمر',
      'المؤتمر',
      'منتدى',
      'المنتدى',
      'حوار المنامة',
      'دافوس',
      'مجموعة العشرين',
      'مجموعة السبع',
    ],
  },
  elections: {
    section: 'international',
    words: ['انتخابات', 'الانتخابات', 'انتخابي*', 'الاقتراع', 'مرشح*', 'الناخبين', 'استفتاء', 'الاستفتاء'],
  },
  terrorism: {
    section: 'international',
    words: ['الإرهاب', 'إرهابي*', 'داعش', 'القاعدة', 'تفجير*', 'انتحاري*', 'متطرف*', 'جهادي*', 'بوكو حرام', 'طالبان'],
  },
  'united-nations': {
    section: 'international',
    words: ['الأمم المتحدة', 'مجلس الأمن', 'الأممي*', 'غوتيريش', 'اليونيسيف', 'اليونسكو', 'منظمة الصحة العالمية'],
  },
  'united-states': {
    section: 'international',
    words: [
      'الولايات المتحدة',
      'أمريكا',
      'أميركا',
      'أمريكي*',
      'أميركي*',
      'واشنطن',
      'ترامب',
      'ترمب',
      'أوباما',
      'البيت الأبيض',
      'الكونغرس',
      'البنتاغون',
      'بايدن',
    ],
  },
  russia: { section: 'international', words: ['روسيا', 'روسي*', 'موسكو', 'بوتين', 'الكرملين', 'لافروف'] },
  europe: {
    section: 'international',
    words: [
      'أوروبا',
      'أوروبي*',
      'الاتحاد الأوروبي',
      'بروكسل',
      'فرنسا',
      'فرنسي*',
      'ألمانيا',
      'ألماني*',
      'بريطانيا',
      'بريطاني*',
      'إيطاليا',
      'إسبانيا',
      'ميركل',
      'ماكرون',
      'بريكست',
      'لندن',
      'باريس',
      'برلين',
    ],
  },
  migration: {
    section: 'international',
    words: ['الهجرة', 'مهاجر*', 'المهاجرين', 'لاجئ*', 'اللاجئين', 'اللجوء', 'طالبي اللجوء'],
  },
  energy: {
    section: 'economy',
    words: [
      'النفط',
      'نفط',
      'نفطي*',
      'الغاز',
      'غاز',
      'أوبك',
      'برميل',
      'البرميل',
      'برنت',
      'الخام',
      'أرامكو',
      'الطاقة',
      'الكهرباء',
    ],
  },
  markets: {
    section: 'economy',
    words: [
      'البورصة',
      'بورصة',
      'الأسهم',
      'أسهم',
      'سوق الأسهم',
      'الأسواق',
      'أسواق',
      'المؤشر',
      'مؤشر',
      'داو جونز',
      'ناسداك',
      'وول ستريت',
    ],
  },
  currencies: {
    section: 'economy',
    words: [
      'العملات',
      'عملة',
      'العملة',
      'الدولار',
      'دولار',
      'اليورو',
      'الجنيه',
      'الليرة',
      'الريال',
      'سعر الصرف',
      'أسعار الصرف',
      'الذهب',
      'بيتكوين',
      'العملات الرقمية',
    ],
  },
  trade: {
    section: 'economy',
    words: [
      'التجارة',
      'تجاري*',
      'التجاري*',
      'الصادرات',
      'صادرات',
      'الواردات',
      'واردات',
      'الرسوم الجمركية',
      'رسوم جمركية',
      'الحرب التجارية',
    ],
  },
  banking: {
    section: 'economy',
    words: [
      'البنك',
      'بنك',
      'البنوك',
      'بنوك',
      'المصرف',
      'مصرف',
      'المصارف',
      'مصرفي*',
      'البنك المركزي',
      'الفائدة',
      'التضخم',
      'الاحتياطي الفيدرالي',
      'صندوق النقد',
    ],
  },
  football: {
    section: 'sport',
    words: [
      'كرة القدم',
      'الدوري',
      'دوري',
      'المنتخب',
      'منتخب',
      'كأس العالم',
      'المونديال',
      'مباراة',
      'المباراة',
      'هدف',
      'ريال مدريد',
      'برشلونة',
      'ليفربول',
      'مانشستر',
      'يوفنتوس',
      'الفيفا',
      'فيفا',
      'ميسي',
      'رونالدو',
      'صلاح',
      'مدرب',
      'المدرب',
      'لاعب',
      'اللاعب',
      'نادي',
      'النادي',
      'دوري أبطال',
    ],
  },
  tennis: {
    section: 'sport',
    words: ['التنس', 'تنس', 'ويمبلدون', 'رولان غاروس', 'نادال', 'فيدرر', 'ديوكوفيتش', 'سيرينا'],
  },
  olympics: {
    section: 'sport',
    words: ['الأولمبية', 'الأولمبياد', 'أولمبي*', 'الألعاب الأولمبية', 'الميدالية', 'ميدالية'],
  },
  'artificial-intelligence': {
    section: 'technology',
    words: ['الذكاء الاصطناعي', 'ذكاء اصطناعي', 'روبوت*', 'الروبوت*', 'تعلم الآلة', 'التعلم الآلي'],
  },
  smartphones: {
    section: 'technology',
    words: [
      'هاتف*',
      'الهاتف*',
      'الهواتف',
      'هواتف',
      'آيفون',
      'أيفون',
      'أندرويد',
      'سامسونغ',
      'سامسونج',
      'أبل',
      'آبل',
      'هواوي',
      'شاومي',
      'جوال',
      'الجوال',
    ],
  },
  cybersecurity: {
    section: 'technology',
    words: [
      'الأمن السيبراني',
      'الأمن الإلكتروني',
      'القرصنة',
      'قراصنة',
      'القراصنة',
      'قرصنة',
      'اختراق',
      'الاختراق',
      'هجوم إلكتروني',
      'الهجمات الإلكترونية',
      'هاكرز',
      'فيروس',
      'برمجيات خبيثة',
    ],
  },
  'social-media': {
    section: 'technology',
    words: [
      'فيسبوك',
      'فيس بوك',
      'تويتر',
      'إنستغرام',
      'انستغرام',
      'يوتيوب',
      'واتساب',
      'سناب شات',
      'تيك توك',
      'مواقع التواصل',
      'وسائل التواصل',
      'التواصل الاجتماعي',
    ],
  },
  space: {
    section: 'technology',
    words: [
      'الفضاء',
      'فضائي*',
      'الفضائي*',
      'ناسا',
      'المريخ',
      'القمر',
      'مسبار',
      'قمر صناعي',
      'الأقمار الصناعية',
      'رائد فضاء',
      'رواد الفضاء',
      'سبيس إكس',
      'صاروخ',
      'الكويكب',
      'كويكب',
      'المجرة',
      'كوكب',
    ],
  },
  cinema: {
    section: 'culture',
    words: [
      'السينما',
      'سينمائي*',
      'فيلم',
      'الفيلم',
      'أفلام',
      'الأفلام',
      'هوليوود',
      'الأوسكار',
      'أوسكار',
      'مهرجان كان',
      'ممثل*',
      'الممثل*',
      'مخرج',
      'المخرج',
    ],
  },
  music: {
    section: 'culture',
    words: [
      'الموسيقى',
      'موسيقي*',
      'أغنية',
      'أغاني',
      'الأغنية',
      'حفل',
      'حفلة',
      'مطرب*',
      'المطرب*',
      'ألبوم',
      'الفنان*',
      'فنان*',
      'غناء',
      'الغناء',
    ],
  },
  books: {
    section: 'culture',
    words: [
      'كتاب',
      'الكتاب',
      'الكتب',
      'رواية',
      'الرواية',
      'روائي*',
      'الأدب',
      'أدبي*',
      'الشعر',
      'شاعر',
      'الشاعر',
      'معرض الكتاب',
      'جائزة البوكر',
    ],
  },
  heritage: {
    section: 'culture',
    words: [
      'التراث',
      'تراثي*',
      'الآثار',
      'أثري*',
      'الأثري*',
      'متحف',
      'المتحف',
      'متاحف',
      'اليونسكو',
      'مومياء',
      'فرعوني*',
      'الفراعنة',
    ],
  },
};

interface CompiledKeyword {
  words: string[];
  /** The last word also matches longer words. */
  prefix: boolean;
}

const compiled = new Map<string, CompiledKeyword[]>(
  Object.entries(KEYWORDS).map(([topic, { words }]) => [
    topic,
    words.map((keyword) => {
      const prefix = keyword.endsWith('*');
      return { words: matchKey(prefix ? keyword.slice(0, -1) : keyword).split(' '), prefix };
    }),
  ]),
);

/** A word of the text as written, and read without each run of leading clitics (و ف, then ب ك ل; لل as ل + ال). */
export function readings(word: string): string[] {
  const result = [word];
  const add = (reading: string): void => {
    if (reading.length >= 2 && !result.includes(reading)) result.push(reading);
  };
  const afterConjunction = 'وف'.includes(word[0]) ? word.slice(1) : word;
  add(afterConjunction);
  for (const reading of [word, afterConjunction]) {
    if (!'بكل'.includes(reading[0])) continue;
    add(reading.slice(1));
    if (reading.startsWith('لل')) add(`ال${reading.slice(2)}`);
  }
  return result;
}

function wordMatches(textWord: readonly string[], keywordWord: string, prefix: boolean): boolean {
  return textWord.some((reading) => (prefix ? reading.startsWith(keywordWord) : reading === keywordWord));
}

/** The topics whose keywords occur in `text` (a headline and abstract). */
export function keywordTopics(text: string): Set<string> {
  const words = matchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map(readings);
  const found = new Set<string>();
  for (const [topic, keywords] of compiled) {
    const hit = keywords.some(({ words: keyword, prefix }) =>
      words.some((_, at) =>
        keyword.every(
          (keywordWord, offset) =>
            at + offset < words.length &&
            wordMatches(words[at + offset], keywordWord, prefix && offset === keyword.length - 1),
        ),
      ),
    );
    if (hit) found.add(topic);
  }
  return found;
}

/** Reference topics of an archive story (rules 1–3 above). */
export function referenceTopics(story: { category: string; title: string; abstract: string }): Set<string> {
  const topics = keywordTopics(`${story.title}\n${story.abstract}`);
  const gold = new Set<string>(topics);
  const section = ANT_CATEGORY_SECTIONS[story.category];
  if (section !== undefined) gold.add(section);
  for (const topic of topics) gold.add(KEYWORDS[topic].section);
  return gold;
}
