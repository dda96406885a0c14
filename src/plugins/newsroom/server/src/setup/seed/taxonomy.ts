import type { VocabularyTopic } from '../../domain/tagging';

/**
 * The demo taxonomy: six sections (the ANT corpus's categories) and topics under them, in Arabic and English.
 * `key` is the English slug and the seed's identity: re-running the seed finds an entry by it.
 */
export interface SeedTopicLabels {
  name: string;
  description?: string;
  /** Synonyms editors would also write. */
  altLabels?: string[];
  /**
   * Misspellings and variants seen in copy: matched, never shown. `!word` is a blocked form instead: a word
   * sharing a label's stem that never counts for the topic (فضاءً is a space, not outer space).
   */
  hiddenLabels?: string[];
}

export interface SeedTopic {
  key: string;
  kind: 'section' | 'topic';
  parent?: string;
  colour?: string;
  /** People, organisations and places that signal the topic, in any language. */
  entities?: string[];
  ar: SeedTopicLabels;
  en: SeedTopicLabels;
}

const section = (key: string, colour: string, ar: SeedTopicLabels, en: SeedTopicLabels): SeedTopic => ({
  key,
  kind: 'section',
  colour,
  ar,
  en,
});
const topic = (
  key: string,
  parent: string,
  ar: SeedTopicLabels,
  en: SeedTopicLabels,
  entities?: string[],
): SeedTopic => ({
  key,
  kind: 'topic',
  parent,
  ar,
  en,
  ...(entities ? { entities } : {}),
});

export const SEED_TOPICS: SeedTopic[] = [
  // The six sections of the ANT corpus.
  section(
    'middle-east',
    '#8a1c1c',
    { name: 'الشرق الأوسط', altLabels: ['الشرق الاوسط', 'المنطقة العربية'] },
    { name: 'Middle East', altLabels: ['Arab world'] },
  ),
  section(
    'international',
    '#1c4a8a',
    // العالمي/العالمية (global, world-class) are not international news; العالم (the world) is.
    {
      name: 'دولي',
      altLabels: ['أخبار دولية', 'العالم'],
      hiddenLabels: ['!العالمي', '!العالمية', '!عالمي', '!عالمية'],
    },
    { name: 'International', altLabels: ['World'] },
  ),
  section(
    'economy',
    '#1c8a4a',
    { name: 'اقتصاد', altLabels: ['الاقتصاد'] },
    { name: 'Economy', altLabels: ['Business'] },
  ),
  section('sport', '#8a6d1c', { name: 'رياضة', altLabels: ['الرياضة'] }, { name: 'Sport', altLabels: ['Sports'] }),
  section(
    'technology',
    '#5b1c8a',
    { name: 'تكنولوجيا', altLabels: ['التقنية', 'التكنولوجيا'] },
    { name: 'Technology', altLabels: ['Tech'] },
  ),
  section(
    'culture',
    '#8a1c6d',
    { name: 'ثقافة', altLabels: ['الثقافة', 'فنون'] },
    { name: 'Culture', altLabels: ['Arts'] },
  ),

  // Middle East
  topic(
    'security-cooperation',
    'middle-east',
    {
      name: 'التعاون الأمني',
      altLabels: ['التنسيق الأمني', 'الشراكة الأمنية', 'التعاون العسكري'],
      hiddenLabels: ['التعاون الامنى'],
    },
    {
      name: 'Security cooperation',
      altLabels: ['security coordination', 'security partnership', 'military cooperation'],
    },
  ),
  topic(
    'regional-events',
    'middle-east',
    {
      name: 'أحداث إقليمية',
      altLabels: ['الأحداث الإقليمية', 'الاستقرار الإقليمي', 'السلام الإقليمي', 'الأمن الإقليمي', 'التطورات الإقليمية'],
    },
    { name: 'Regional events', altLabels: ['regional affairs', 'regional stability', 'regional security'] },
  ),
  topic(
    'iraq',
    'middle-east',
    { name: 'العراق', altLabels: ['عراقي', 'بغداد'], hiddenLabels: ['العراك'] },
    { name: 'Iraq', altLabels: ['Iraqi', 'Baghdad'] },
    ['الحكومة العراقية', 'وكالة الأنباء العراقية', 'Baghdad'],
  ),
  topic(
    'syria',
    'middle-east',
    { name: 'سوريا', altLabels: ['سورية', 'دمشق', 'السوري'] },
    { name: 'Syria', altLabels: ['Syrian', 'Damascus'] },
  ),
  topic(
    'yemen',
    'middle-east',
    { name: 'اليمن', altLabels: ['اليمني', 'صنعاء', 'عدن', 'الحوثيين'] },
    { name: 'Yemen', altLabels: ['Yemeni', 'Sanaa', 'Houthis'] },
  ),
  topic(
    'palestine',
    'middle-east',
    { name: 'فلسطين', altLabels: ['الفلسطيني', 'غزة', 'الضفة الغربية', 'القدس'] },
    { name: 'Palestine', altLabels: ['Palestinian', 'Gaza', 'West Bank', 'Jerusalem'] },
  ),
  topic(
    'lebanon',
    'middle-east',
    { name: 'لبنان', altLabels: ['اللبناني', 'بيروت'] },
    { name: 'Lebanon', altLabels: ['Lebanese', 'Beirut'] },
  ),
  topic(
    'gulf',
    'middle-east',
    { name: 'الخليج', altLabels: ['دول الخليج', 'مجلس التعاون الخليجي', 'الخليجي'] },
    { name: 'The Gulf', altLabels: ['Gulf states', 'GCC', 'Gulf Cooperation Council'] },
    ['السعودية', 'الإمارات', 'البحرين', 'الكويت', 'قطر', 'عمان'],
  ),
  topic(
    'egypt',
    'middle-east',
    { name: 'مصر', altLabels: ['المصري', 'القاهرة'] },
    { name: 'Egypt', altLabels: ['Egyptian', 'Cairo'] },
  ),
  topic(
    'iran',
    'middle-east',
    { name: 'إيران', altLabels: ['الإيراني', 'طهران'], hiddenLabels: ['ايران'] },
    { name: 'Iran', altLabels: ['Iranian', 'Tehran'] },
  ),

  // International
  topic(
    'nato',
    'international',
    {
      name: 'حلف الناتو',
      altLabels: ['الناتو', 'حلف شمال الأطلسي', 'الأطلسي', 'الحلف الأطلسي'],
      hiddenLabels: ['النيتو'],
    },
    { name: 'NATO', altLabels: ['North Atlantic Treaty Organization', 'the Alliance'] },
    ['NATO', 'OTAN', 'حلف شمال الأطلسي', 'بعثة الناتو'],
  ),
  topic(
    'conferences-and-summits',
    'international',
    { name: 'مؤتمرات وقمم', altLabels: ['مؤتمر', 'قمة', 'حوار المنامة', 'منتدى'] },
    { name: 'Conferences and summits', altLabels: ['summit', 'conference', 'Manama Dialogue', 'forum'] },
    ['حوار المنامة', 'Manama Dialogue', 'منتدى دافوس'],
  ),
  topic(
    'elections',
    'international',
    { name: 'انتخابات', altLabels: ['الانتخابات', 'اقتراع', 'صناديق الاقتراع', 'مرشح'] },
    { name: 'Elections', altLabels: ['vote', 'ballot', 'candidate'] },
  ),
  topic(
    'terrorism',
    'international',
    { name: 'الإرهاب', altLabels: ['إرهابي', 'مكافحة الإرهاب', 'تنظيم داعش', 'القاعدة'], hiddenLabels: ['الارهاب'] },
    { name: 'Terrorism', altLabels: ['counter-terrorism', 'ISIS', 'al-Qaeda'] },
  ),
  topic(
    'united-nations',
    'international',
    { name: 'الأمم المتحدة', altLabels: ['مجلس الأمن', 'المنظمة الدولية', 'الأمين العام للأمم المتحدة'] },
    { name: 'United Nations', altLabels: ['UN', 'Security Council'] },
    ['UN', 'UNESCO', 'UNICEF', 'غوتيريش'],
  ),
  topic(
    'united-states',
    'international',
    { name: 'الولايات المتحدة', altLabels: ['واشنطن', 'الأمريكي', 'البيت الأبيض', 'أمريكا'] },
    { name: 'United States', altLabels: ['US', 'Washington', 'White House'] },
  ),
  topic(
    'russia',
    'international',
    { name: 'روسيا', altLabels: ['موسكو', 'الروسي', 'الكرملين'] },
    { name: 'Russia', altLabels: ['Moscow', 'Kremlin', 'Russian'] },
  ),
  topic(
    'europe',
    'international',
    { name: 'أوروبا', altLabels: ['الاتحاد الأوروبي', 'بروكسل', 'الأوروبي'] },
    { name: 'Europe', altLabels: ['European Union', 'EU', 'Brussels'] },
  ),
  topic(
    'migration',
    'international',
    { name: 'الهجرة واللجوء', altLabels: ['اللاجئين', 'المهاجرين', 'الهجرة غير الشرعية'] },
    { name: 'Migration and asylum', altLabels: ['refugees', 'migrants', 'asylum'] },
  ),

  // Economy
  topic(
    'energy',
    'economy',
    { name: 'الطاقة', altLabels: ['النفط', 'الغاز', 'أسعار النفط', 'أوبك', 'برميل'] },
    { name: 'Energy', altLabels: ['oil', 'gas', 'oil prices', 'OPEC'] },
    ['OPEC', 'أوبك', 'أرامكو'],
  ),
  topic(
    'markets',
    'economy',
    { name: 'الأسواق', altLabels: ['البورصة', 'الأسهم', 'المؤشر', 'سوق الأسهم'] },
    { name: 'Markets', altLabels: ['stocks', 'stock exchange', 'index'] },
  ),
  topic(
    'currencies',
    'economy',
    // ذهب alone is "he went": gold is الذهب.
    { name: 'العملات', altLabels: ['الدولار', 'اليورو', 'سعر الصرف', 'الذهب'], hiddenLabels: ['!ذهب'] },
    { name: 'Currencies', altLabels: ['dollar', 'euro', 'exchange rate', 'gold'] },
  ),
  topic(
    'trade',
    'economy',
    // صادرة / الصادرة: "issued" (a statement issued by…), not exports.
    {
      name: 'التجارة',
      altLabels: ['الصادرات', 'الواردات', 'الرسوم الجمركية', 'الحرب التجارية'],
      hiddenLabels: ['!صادرة', '!الصادرة'],
    },
    { name: 'Trade', altLabels: ['exports', 'imports', 'tariffs', 'trade war'] },
  ),
  topic(
    'banking',
    'economy',
    { name: 'المصارف والمال', altLabels: ['البنك المركزي', 'أسعار الفائدة', 'التضخم', 'المصرف'] },
    { name: 'Banking and finance', altLabels: ['central bank', 'interest rates', 'inflation'] },
  ),

  // Sport
  topic(
    'football',
    'sport',
    { name: 'كرة القدم', altLabels: ['الدوري', 'المنتخب', 'كأس العالم', 'مباراة', 'هدف'] },
    { name: 'Football', altLabels: ['soccer', 'World Cup', 'league'] },
    ['FIFA', 'فيفا', 'ريال مدريد', 'برشلونة'],
  ),
  topic(
    'tennis',
    'sport',
    { name: 'التنس', altLabels: ['بطولة ويمبلدون', 'رولان غاروس'] },
    { name: 'Tennis', altLabels: ['Wimbledon', 'Grand Slam'] },
  ),
  topic(
    'olympics',
    'sport',
    { name: 'الألعاب الأولمبية', altLabels: ['الأولمبياد', 'الميدالية الذهبية'] },
    { name: 'Olympic Games', altLabels: ['Olympics', 'gold medal'] },
  ),

  // Technology
  topic(
    'artificial-intelligence',
    'technology',
    { name: 'الذكاء الاصطناعي', altLabels: ['تعلم الآلة', 'الروبوتات'] },
    { name: 'Artificial intelligence', altLabels: ['AI', 'machine learning', 'robots'] },
  ),
  topic(
    'smartphones',
    'technology',
    // اتصال هاتفي: a phone call, not a smartphone story.
    {
      name: 'الهواتف الذكية',
      altLabels: ['هاتف', 'آيفون', 'أندرويد', 'سامسونغ'],
      hiddenLabels: ['!هاتفي', '!هاتفية', '!الهاتفي', '!الهاتفية'],
    },
    { name: 'Smartphones', altLabels: ['iPhone', 'Android', 'Samsung'] },
    ['Apple', 'أبل', 'Samsung', 'Huawei', 'هواوي'],
  ),
  topic(
    'cybersecurity',
    'technology',
    { name: 'الأمن السيبراني', altLabels: ['القرصنة', 'الاختراق', 'الهجمات الإلكترونية'] },
    { name: 'Cybersecurity', altLabels: ['hacking', 'cyber attack'] },
  ),
  topic(
    'social-media',
    'technology',
    { name: 'وسائل التواصل الاجتماعي', altLabels: ['فيسبوك', 'تويتر', 'إنستغرام', 'يوتيوب'] },
    { name: 'Social media', altLabels: ['Facebook', 'Twitter', 'Instagram', 'YouTube'] },
  ),
  topic(
    'space',
    'technology',
    // Without the article فضاء is a space (فضاءً للحوار), not outer space.
    { name: 'الفضاء', altLabels: ['ناسا', 'مسبار', 'قمر صناعي', 'رائد فضاء'], hiddenLabels: ['!فضاء', '!فضاءات'] },
    { name: 'Space', altLabels: ['NASA', 'satellite', 'astronaut'] },
  ),

  // Culture
  topic(
    'cinema',
    'culture',
    { name: 'السينما', altLabels: ['الأفلام', 'مهرجان سينمائي', 'فيلم'] },
    { name: 'Cinema', altLabels: ['film', 'movies', 'film festival'] },
  ),
  topic(
    'music',
    'culture',
    { name: 'الموسيقى', altLabels: ['أغنية', 'حفل', 'مطرب', 'ألبوم'] },
    { name: 'Music', altLabels: ['song', 'concert', 'album'] },
  ),
  topic(
    'books',
    'culture',
    { name: 'الكتب والأدب', altLabels: ['رواية', 'معرض الكتاب', 'الشعر', 'جائزة أدبية'] },
    { name: 'Books and literature', altLabels: ['novel', 'book fair', 'poetry'] },
  ),
  topic(
    'heritage',
    'culture',
    // أثار is "stirred" (وأثار جدلاً), آثار without the article "effects" (آثار الحرب).
    {
      name: 'التراث والآثار',
      altLabels: ['الآثار', 'المتحف', 'موقع أثري', 'اليونسكو'],
      hiddenLabels: ['!أثار', '!آثار'],
    },
    { name: 'Heritage and archaeology', altLabels: ['museum', 'archaeology', 'UNESCO'] },
  ),
];

/**
 * The seeded taxonomy as the tagging service reads it from the database: labels of both locales (name first),
 * hidden labels of both, entities. For tests and benchmarks that need the vocabulary a fresh install has.
 */
export function seedVocabularyTopics(): VocabularyTopic[] {
  return SEED_TOPICS.map((topic) => ({
    id: topic.key,
    kind: topic.kind,
    parentId: topic.parent,
    labels: {
      ar: [topic.ar.name, ...(topic.ar.altLabels ?? [])],
      en: [topic.en.name, ...(topic.en.altLabels ?? [])],
    },
    hiddenLabels: [...(topic.ar.hiddenLabels ?? []), ...(topic.en.hiddenLabels ?? [])],
    entities: topic.entities ?? [],
  }));
}

export interface SeedSource {
  key: string;
  kind: 'news_agency' | 'official_statement' | 'newspaper' | 'broadcaster' | 'website' | 'social_media';
  country?: string;
  homepageUrl?: string;
  ar: { name: string };
  en: { name: string };
}

export const SEED_SOURCES: SeedSource[] = [
  {
    key: 'iraqi-news-agency',
    kind: 'news_agency',
    country: 'IQ',
    homepageUrl: 'https://www.ina.iq',
    ar: { name: 'وكالة الأنباء العراقية' },
    en: { name: 'Iraqi News Agency' },
  },
  {
    key: 'reuters',
    kind: 'news_agency',
    country: 'GB',
    homepageUrl: 'https://www.reuters.com',
    ar: { name: 'رويترز' },
    en: { name: 'Reuters' },
  },
  {
    key: 'afp',
    kind: 'news_agency',
    country: 'FR',
    homepageUrl: 'https://www.afp.com',
    ar: { name: 'وكالة فرانس برس' },
    en: { name: 'Agence France-Presse' },
  },
  {
    key: 'dpa',
    kind: 'news_agency',
    country: 'DE',
    homepageUrl: 'https://www.dpa.com',
    ar: { name: 'وكالة الأنباء الألمانية' },
    en: { name: 'Deutsche Presse-Agentur' },
  },
];

/** Agency names as wire copy writes them, mapped to the seed source they stand for. */
export const SOURCE_ALIASES: Record<string, string> = {
  'وكالة الأنباء العراقية': 'iraqi-news-agency',
  واع: 'iraqi-news-agency',
  رويترز: 'reuters',
  'فرانس برس': 'afp',
  'أ ف ب': 'afp',
  'د ب أ': 'dpa',
};

export interface SeedAuthor {
  key: string;
  jobTitle?: { ar: string; en: string };
  ar: { name: string };
  en: { name: string };
}

export const SEED_AUTHORS: SeedAuthor[] = [
  {
    key: 'sayed-mohammed',
    jobTitle: { ar: 'مراسل', en: 'Correspondent' },
    ar: { name: 'سيد محمد' },
    en: { name: 'Sayed Mohammed' },
  },
  {
    key: 'newsroom-desk',
    jobTitle: { ar: 'التحرير', en: 'Editorial desk' },
    ar: { name: 'غرفة الأخبار' },
    en: { name: 'Newsroom desk' },
  },
];
