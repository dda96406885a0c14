/**
 * A short published story in Arabic and English, written for the demo so the public API has something to
 * serve on a fresh install (the wire sample itself is imported as a draft).
 */
export const DEMO_ARTICLE = {
  key: 'iraq-nato-meet-at-manama-dialogue',
  authors: ['newsroom-desk'],
  sources: ['iraqi-news-agency'],
  topics: ['middle-east', 'security-cooperation', 'nato', 'iraq', 'conferences-and-summits'],
  ar: {
    title: 'العراق وحلف الناتو يبحثان التعاون الأمني في حوار المنامة',
    standfirst: 'لقاء على هامش مؤتمر حوار المنامة 21 يؤكد استمرار عمل بعثة الناتو في العراق.',
    dateline: 'المنامة',
    paragraphs: [
      {
        heading: undefined,
        text: 'بحث مستشار الأمن القومي العراقي مع رئيس اللجنة العسكرية في حلف NATO سبل استمرار التعاون الأمني، على هامش مؤتمر حوار المنامة 21 في البحرين.',
      },
      {
        heading: 'بعثة الناتو في العراق',
        text: 'أكد الجانبان أهمية تبادل الخبرات والتدريب، وأن بعثة الحلف تعمل بطلب من الحكومة العراقية وفي إطار استشاري.',
      },
    ],
  },
  en: {
    title: 'Iraq and NATO discuss security cooperation at the Manama Dialogue',
    standfirst: 'A meeting on the sidelines of the 21st Manama Dialogue confirms that NATO’s mission in Iraq goes on.',
    dateline: 'Manama',
    paragraphs: [
      {
        heading: undefined,
        text: "Iraq's national security adviser and the chair of NATO's Military Committee discussed continued security cooperation on the sidelines of the 21st Manama Dialogue in Bahrain.",
      },
      {
        heading: 'The NATO mission in Iraq',
        text: 'Both sides stressed training and the exchange of expertise, and that the mission works at the Iraqi government’s request in an advisory role.',
      },
    ],
  },
} as const;
