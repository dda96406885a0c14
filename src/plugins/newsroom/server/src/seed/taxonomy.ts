/**
 * The demo taxonomy: six sections (the ANT corpus's categories) and topics under them, in Arabic and English.
 * `key` is the English slug and the seed's identity: re-running the seed finds an entry by it.
 */
export interface SeedTopic {
  key: string;
  kind: 'section' | 'topic';
  parent?: string;
  colour?: string;
  ar: { name: string; description?: string; altLabels?: string[] };
  en: { name: string; description?: string; altLabels?: string[] };
}

export const SEED_TOPICS: SeedTopic[] = [
  { key: 'middle-east', kind: 'section', colour: '#8a1c1c', ar: { name: 'الشرق الأوسط' }, en: { name: 'Middle East' } },
  { key: 'international', kind: 'section', colour: '#1c4a8a', ar: { name: 'دولي', altLabels: ['أخبار دولية', 'العالم'] }, en: { name: 'International', altLabels: ['World'] } },
  { key: 'economy', kind: 'section', colour: '#1c8a4a', ar: { name: 'اقتصاد', altLabels: ['الاقتصاد'] }, en: { name: 'Economy', altLabels: ['Business'] } },
  { key: 'sport', kind: 'section', colour: '#8a6d1c', ar: { name: 'رياضة', altLabels: ['الرياضة'] }, en: { name: 'Sport', altLabels: ['Sports'] } },
  { key: 'technology', kind: 'section', colour: '#5b1c8a', ar: { name: 'تكنولوجيا', altLabels: ['التقنية', 'التكنولوجيا'] }, en: { name: 'Technology', altLabels: ['Tech'] } },
  { key: 'culture', kind: 'section', colour: '#8a1c6d', ar: { name: 'ثقافة', altLabels: ['الثقافة', 'فنون'] }, en: { name: 'Culture', altLabels: ['Arts'] } },
  {
    key: 'security-cooperation', kind: 'topic', parent: 'middle-east',
    ar: { name: 'التعاون الأمني', altLabels: ['التنسيق الأمني', 'الشراكة الأمنية'] },
    en: { name: 'Security cooperation', altLabels: ['security coordination', 'security partnership'] },
  },
  {
    key: 'regional-events', kind: 'topic', parent: 'middle-east',
    ar: { name: 'أحداث إقليمية', altLabels: ['الأحداث الإقليمية', 'الاستقرار الإقليمي'] },
    en: { name: 'Regional events', altLabels: ['regional affairs'] },
  },
  { key: 'iraq', kind: 'topic', parent: 'middle-east', ar: { name: 'العراق', altLabels: ['عراقي', 'بغداد'] }, en: { name: 'Iraq', altLabels: ['Iraqi', 'Baghdad'] } },
  {
    key: 'nato', kind: 'topic', parent: 'international',
    ar: { name: 'حلف الناتو', altLabels: ['الناتو', 'حلف شمال الأطلسي', 'الأطلسي'] },
    en: { name: 'NATO', altLabels: ['North Atlantic Treaty Organization', 'the Alliance'] },
  },
  {
    key: 'conferences-and-summits', kind: 'topic', parent: 'international',
    ar: { name: 'مؤتمرات وقمم', altLabels: ['مؤتمر', 'قمة', 'حوار المنامة'] },
    en: { name: 'Conferences and summits', altLabels: ['summit', 'conference', 'Manama Dialogue'] },
  },
  { key: 'elections', kind: 'topic', parent: 'international', ar: { name: 'انتخابات', altLabels: ['الانتخابات', 'اقتراع'] }, en: { name: 'Elections', altLabels: ['vote', 'ballot'] } },
  { key: 'terrorism', kind: 'topic', parent: 'international', ar: { name: 'الإرهاب', altLabels: ['إرهابي', 'مكافحة الإرهاب'] }, en: { name: 'Terrorism', altLabels: ['counter-terrorism'] } },
  { key: 'energy', kind: 'topic', parent: 'economy', ar: { name: 'الطاقة', altLabels: ['النفط', 'الغاز'] }, en: { name: 'Energy', altLabels: ['oil', 'gas'] } },
  { key: 'markets', kind: 'topic', parent: 'economy', ar: { name: 'الأسواق', altLabels: ['البورصة', 'الأسهم'] }, en: { name: 'Markets', altLabels: ['stocks', 'stock exchange'] } },
  { key: 'football', kind: 'topic', parent: 'sport', ar: { name: 'كرة القدم', altLabels: ['الدوري', 'المنتخب'] }, en: { name: 'Football', altLabels: ['soccer'] } },
  { key: 'artificial-intelligence', kind: 'topic', parent: 'technology', ar: { name: 'الذكاء الاصطناعي' }, en: { name: 'Artificial intelligence', altLabels: ['AI'] } },
  { key: 'cinema', kind: 'topic', parent: 'culture', ar: { name: 'السينما', altLabels: ['الأفلام', 'مهرجان سينمائي'] }, en: { name: 'Cinema', altLabels: ['film', 'movies'] } },
];

export interface SeedSource {
  key: string;
  kind: 'news_agency' | 'official_statement' | 'newspaper' | 'broadcaster' | 'website' | 'social_media';
  country?: string;
  homepageUrl?: string;
  ar: { name: string };
  en: { name: string };
}

export const SEED_SOURCES: SeedSource[] = [
  { key: 'iraqi-news-agency', kind: 'news_agency', country: 'IQ', homepageUrl: 'https://www.ina.iq', ar: { name: 'وكالة الأنباء العراقية' }, en: { name: 'Iraqi News Agency' } },
  { key: 'reuters', kind: 'news_agency', country: 'GB', homepageUrl: 'https://www.reuters.com', ar: { name: 'رويترز' }, en: { name: 'Reuters' } },
  { key: 'afp', kind: 'news_agency', country: 'FR', homepageUrl: 'https://www.afp.com', ar: { name: 'وكالة فرانس برس' }, en: { name: 'Agence France-Presse' } },
  { key: 'dpa', kind: 'news_agency', country: 'DE', homepageUrl: 'https://www.dpa.com', ar: { name: 'وكالة الأنباء الألمانية' }, en: { name: 'Deutsche Presse-Agentur' } },
];

/** Agency names as wire copy writes them, mapped to the seed source they stand for. */
export const SOURCE_ALIASES: Record<string, string> = {
  'وكالة الأنباء العراقية': 'iraqi-news-agency',
  'واع': 'iraqi-news-agency',
  'رويترز': 'reuters',
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
  { key: 'sayed-mohammed', jobTitle: { ar: 'مراسل', en: 'Correspondent' }, ar: { name: 'سيد محمد' }, en: { name: 'Sayed Mohammed' } },
  { key: 'newsroom-desk', jobTitle: { ar: 'التحرير', en: 'Editorial desk' }, ar: { name: 'غرفة الأخبار' }, en: { name: 'Newsroom desk' } },
];
