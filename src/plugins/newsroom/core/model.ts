/**
 * The newsroom's model facts, spelled once: content-type uids, the tables and link tables the plugin queries by
 * hand, the locales, and the workflow's stage names. Pure (no Strapi, no Node), so the server, the admin panel,
 * the tests and the scripts all import them from here.
 */

/** The newsroom's content types (src/api/<type>). */
export const ARTICLE_UID = 'api::article.article';
export const AUTHOR_UID = 'api::author.author';
export const TOPIC_UID = 'api::topic.topic';
export const SOURCE_UID = 'api::source.source';

/** The plugin's internal types (server/src/content-types), read and written through strapi.db.query only. */
export const INTERNAL_UID_PREFIX = 'plugin::newsroom.';
export const LEDGER_UID = 'plugin::newsroom.ledger-entry';
export const WORKFLOW_STATE_UID = 'plugin::newsroom.workflow-state';
export const OUTBOX_EVENT_UID = 'plugin::newsroom.outbox-event';
export const SLUG_REDIRECT_UID = 'plugin::newsroom.slug-redirect';
export const TAGGING_MODEL_UID = 'plugin::newsroom.tagging-model';
export const TOPIC_FEEDBACK_UID = 'plugin::newsroom.topic-feedback';
export const ARTICLE_VERSION_UID = 'plugin::newsroom.article-version';
export const EDITING_PRESENCE_UID = 'plugin::newsroom.editing-presence';
export const ARTICLE_CORRECTION_UID = 'plugin::newsroom.article-correction';
export const WIRE_STORY_UID = 'plugin::newsroom.wire-story';
export const WIRE_STORY_BAND_UID = 'plugin::newsroom.wire-story-band';
export const NOTIFICATION_UID = 'plugin::newsroom.notification';
export const NOTIFICATION_SOURCE_UID = 'plugin::newsroom.notification-source';
export const NOTIFICATION_PREFERENCE_UID = 'plugin::newsroom.notification-preference';
export const ARTICLE_COMMENT_UID = 'plugin::newsroom.article-comment';

/** Tables (the schemas' collectionName) the site queries read with Knex. */
export const TABLES = {
  articles: 'articles',
  authors: 'authors',
  topics: 'topics',
  sources: 'sources',
  /** plugin::newsroom.article-correction */
  corrections: 'newsroom_article_corrections',
  /** plugin::newsroom.workflow-state */
  workflowStates: 'newsroom_workflow_states',
} as const;

/** Strapi 5's link tables (`<a>_<b>_lnk`) for the relations the site queries follow, with their columns. */
export const JOIN_TABLES = {
  articleAuthors: { name: 'articles_authors_lnk', targetColumn: 'author_id', orderColumn: 'author_ord' },
  articleTopics: { name: 'articles_topics_lnk', targetColumn: 'topic_id', orderColumn: 'topic_ord' },
  articleSources: { name: 'articles_sources_lnk', targetColumn: 'source_id', orderColumn: 'source_ord' },
  topicParent: { name: 'topics_parent_lnk' },
} as const;

/**
 * The article's SEO and social fields: the `shared.seo` component (src/components/shared/seo.json), one row per
 * article row (each locale's draft and published rows have their own), reached through Strapi 5's component link
 * table `<collection>_cmps`; its social image through the media morph table like the cover. The names are Strapi's
 * (tests/api/seo-fields.test.api.ts checks them against the database metadata).
 */
export const SEO_COMPONENT = {
  uid: 'shared.seo',
  field: 'seo',
  table: 'components_shared_seos',
  link: { name: 'articles_cmps', entityColumn: 'entity_id', componentColumn: 'cmp_id', typeColumn: 'component_type' },
  imageField: 'socialImage',
} as const;

/** The newsroom's languages: Arabic first (the default locale), English second. */
/**
 * `name` is what Strapi's i18n stores (its own English names); `label` is that name in each interface language,
 * which the admin shows in the locale picker and the list (admin/src/i18n/localeNames.ts).
 */
export const NEWSROOM_LOCALES = [
  { code: 'ar', name: 'Arabic (ar)', label: { ar: 'العربية (ar)', en: 'Arabic (ar)' } },
  { code: 'en', name: 'English (en)', label: { ar: 'الإنجليزية (en)', en: 'English (en)' } },
] as const;
export const DEFAULT_LOCALE = 'ar';

export { STAGES, INITIAL_STAGE, LIVE_STAGE, type Stage } from './workflow/stages';
