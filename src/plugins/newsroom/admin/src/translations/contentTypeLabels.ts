/**
 * Content-type names and field labels in the interface's language. The Content Manager translates them through
 * the admin's messages (5.54: a content type's name is looked up with its display name as the message id, in the
 * main menu and the list's title; a field's label with `content-manager.content-types.<uid>.<field>` in the edit
 * form and the list's column headers), so the plugin supplies those keys in registerTrads. English names stay
 * Strapi's (the display names); English labels are given so they read as words, not attribute names.
 */
type Labels = Record<string, { ar: string; en: string }>;

/** Columns every content type shows in its list (Strapi's own attributes). */
const COMMON: Labels = {
  id: { ar: 'الرقم', en: 'ID' },
  documentId: { ar: 'معرّف الوثيقة', en: 'Document ID' },
  slug: { ar: 'المعرّف في الرابط', en: 'Slug' },
  createdAt: { ar: 'أُنشئ في', en: 'Created' },
  updatedAt: { ar: 'آخر تعديل', en: 'Last edited' },
  publishedAt: { ar: 'نُشر في', en: 'Published' },
  createdBy: { ar: 'أنشأه', en: 'Created by' },
  updatedBy: { ar: 'عدّله', en: 'Last edited by' },
  locale: { ar: 'اللغة', en: 'Language' },
  articles: { ar: 'المقالات', en: 'Articles' },
  name: { ar: 'الاسم', en: 'Name' },
  kind: { ar: 'النوع', en: 'Kind' },
};

const FIELDS: Record<string, Labels> = {
  'api::article.article': {
    title: { ar: 'العنوان', en: 'Headline' },
    standfirst: { ar: 'المقدمة', en: 'Standfirst' },
    body: { ar: 'المتن', en: 'Body' },
    dateline: { ar: 'مكان الخبر', en: 'Dateline' },
    authors: { ar: 'الكتّاب', en: 'Authors' },
    topics: { ar: 'الموضوعات', en: 'Topics' },
    sources: { ar: 'المصادر', en: 'Sources' },
    sourceUrl: { ar: 'رابط المصدر', en: 'Source URL' },
    cover: { ar: 'الصورة الرئيسية', en: 'Cover image' },
    wordCount: { ar: 'عدد الكلمات', en: 'Word count' },
    readingTime: { ar: 'مدة القراءة (بالدقائق)', en: 'Reading time (minutes)' },
    originalPublishedAt: { ar: 'تاريخ النشر الأصلي', en: 'Originally published' },
    embargoUntil: { ar: 'محظور النشر حتى', en: 'Embargoed until' },
    plannedAt: { ar: 'موعد النشر المخطط', en: 'Planned for' },
    seo: { ar: 'البحث والمشاركة', en: 'Search and social' },
  },
  'api::author.author': {
    jobTitle: { ar: 'المسمّى الوظيفي', en: 'Job title' },
    bio: { ar: 'نبذة', en: 'Biography' },
    avatar: { ar: 'الصورة', en: 'Portrait' },
    email: { ar: 'البريد الإلكتروني', en: 'Email' },
    links: { ar: 'الروابط', en: 'Links' },
    // The link component's fields: the form labels them with the document's content type.
    label: { ar: 'النص', en: 'Text' },
    url: { ar: 'الرابط', en: 'URL' },
  },
  'api::source.source': {
    homepageUrl: { ar: 'الموقع الإلكتروني', en: 'Website' },
    country: { ar: 'البلد', en: 'Country' },
    notes: { ar: 'ملاحظات', en: 'Notes' },
  },
  'api::topic.topic': {
    description: { ar: 'الوصف', en: 'Description' },
    parent: { ar: 'الموضوع الأعلى', en: 'Parent topic' },
    children: { ar: 'الموضوعات الفرعية', en: 'Subtopics' },
    altLabels: { ar: 'أسماء أخرى', en: 'Other names' },
    hiddenLabels: { ar: 'أسماء للبحث فقط', en: 'Search-only names' },
    entities: { ar: 'الكيانات', en: 'Entities' },
    colour: { ar: 'اللون', en: 'Colour' },
  },
};

/**
 * Fields of components, by component uid: a single component's fields are labelled with
 * `content-manager.components.<uid>.<field>` (the article's SEO fields), a repeatable one's with the document's
 * content type (the author's links, above).
 */
const COMPONENT_FIELDS: Record<string, Labels> = {
  'shared.seo': {
    metaTitle: { ar: 'العنوان في نتائج البحث', en: 'Search title' },
    metaDescription: { ar: 'الوصف في نتائج البحث', en: 'Search description' },
    socialImage: { ar: 'صورة المشاركة', en: 'Social image' },
    socialImageAlt: { ar: 'النص البديل لصورة المشاركة', en: 'Social image alternative text' },
    canonicalUrl: { ar: 'الرابط الأصلي (canonical)', en: 'Canonical URL' },
    noindex: { ar: 'إخفاء من محركات البحث (noindex)', en: 'Hide from search engines (noindex)' },
  },
};

/** Content-type names by display name (the message id the Content Manager uses). */
const NAMES: Labels = {
  Article: { ar: 'المقالات', en: 'Article' },
  Author: { ar: 'الكتّاب', en: 'Author' },
  Source: { ar: 'المصادر', en: 'Source' },
  Topic: { ar: 'الموضوعات', en: 'Topic' },
  // users-permissions' users, listed in the Content Manager's menu.
  User: { ar: 'المستخدمون', en: 'User' },
};

type Language = 'ar' | 'en';

/** Every content-type name and field label as full message ids, for one interface language. */
export const contentTypeMessages = (language: Language): Record<string, string> => {
  const messages: Record<string, string> = {};
  for (const [displayName, name] of Object.entries(NAMES)) messages[displayName] = name[language];
  for (const [uid, fields] of Object.entries(FIELDS)) {
    for (const [field, label] of Object.entries({ ...COMMON, ...fields })) {
      messages[`content-manager.content-types.${uid}.${field}`] = label[language];
    }
  }
  for (const [uid, fields] of Object.entries(COMPONENT_FIELDS)) {
    for (const [field, label] of Object.entries(fields)) {
      messages[`content-manager.components.${uid}.${field}`] = label[language];
    }
  }
  return messages;
};
