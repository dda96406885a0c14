import type { AddressInfo } from 'net';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from './strapi';
import { ARTICLE, AUTHOR, TOPIC, siteFixtures, type Made } from './site';

/**
 * A real Strapi listening on a port, so that real clients (`@strapi/client`, `fetch` with `qs`, `graphql-request`)
 * reach it over the network the way a site does, with a small bilingual newsroom and the site's credentials.
 */
export const TEXT = {
  securityAr: 'حوار المنامة يبحث التعاون الأمني في الخليج',
  securityStandfirstAr: 'وزراء ومسؤولون يناقشون أمن المنطقة في المنامة',
  securityEn: 'Manama Dialogue discusses Gulf security cooperation',
  oilAr: 'أسعار النفط ترتفع في الأسواق الخليجية',
  oilRenamedSlug: 'النفط-يرتفع',
  // Shares a word with the published story (المنامة), its topic and its author: a leak shows in every query.
  draftAr: 'مسودة عن قمة المنامة لم تنشر بعد',
  // Saved on the published story's Arabic draft, never published.
  editedStandfirstAr: 'تعديل لم ينشر بعد على الخبر المنشور',
  laylaAr: 'ليلى الصحفية',
  laylaEn: 'Layla Haddad',
  omarAr: 'عمر المراسل',
  omarEn: 'Omar Saleh',
  sectionAr: 'الشرق الأوسط',
  sectionEn: 'Middle East',
  securityTopicAr: 'الأمن الإقليمي',
  securityTopicEn: 'Regional security',
  energyTopicAr: 'الطاقة',
  agencyAr: 'وكالة الأنباء العراقية',
} as const;

export interface Newsroom {
  layla: Made;
  omar: Made;
  section: Made;
  securityTopic: Made;
  energyTopic: Made;
  agency: Made;
  /** Published in Arabic and English. */
  security: Made;
  securityEn: Made;
  /** Published, then given a new slug on purpose and published again: `formerSlug` answers 301. */
  oil: Made & { formerSlug: string };
  /** Never published. */
  draft: Made;
}

export interface SiteCredentials {
  readOnly: string;
  fullAccess: string;
  /** The README's `CMS_PREVIEW_TOKEN`: find on the article and the types it populates, plus `drafts.read`. */
  preview: string;
  /** Article find/findOne and `drafts.read` only: Strapi drops a populate of a type the token may not find. */
  previewArticlesOnly: string;
}

export interface ListeningNewsroom {
  app: TestStrapi;
  strapi: Core.Strapi;
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  newsroom: Newsroom;
  tokens: SiteCredentials;
  close(): Promise<void>;
}

const addEnglish = async (strapi: Core.Strapi, uid: typeof AUTHOR | typeof TOPIC, documentId: string, data: object) => {
  await strapi.documents(uid).update({ documentId, locale: 'en', data });
  await strapi.documents(uid).publish({ documentId, locale: 'en' });
};

async function seedNewsroom(strapi: Core.Strapi): Promise<Newsroom> {
  const make = siteFixtures(strapi);
  const layla = await make.author(TEXT.laylaAr, 'ar', { jobTitle: 'مراسلة', email: 'layla@newsroom.test' });
  await addEnglish(strapi, AUTHOR, layla.documentId, { name: TEXT.laylaEn, jobTitle: 'Correspondent' });
  const omar = await make.author(TEXT.omarAr);
  await addEnglish(strapi, AUTHOR, omar.documentId, { name: TEXT.omarEn });
  const section = await make.topic(TEXT.sectionAr, { kind: 'section' });
  await addEnglish(strapi, TOPIC, section.documentId, { name: TEXT.sectionEn, kind: 'section' });
  const securityTopic = await make.topic(TEXT.securityTopicAr, { parent: section.documentId });
  await addEnglish(strapi, TOPIC, securityTopic.documentId, { name: TEXT.securityTopicEn, kind: 'topic' });
  const energyTopic = await make.topic(TEXT.energyTopicAr, { parent: section.documentId });
  const agency = await make.source(TEXT.agencyAr);

  const security = await make.article(TEXT.securityAr, {
    standfirst: TEXT.securityStandfirstAr,
    authors: [layla.documentId, omar.documentId],
    topics: [securityTopic.documentId, section.documentId],
    sources: [agency.documentId],
  });
  await make.publish(security.documentId);
  const securityEn = await make.article(
    TEXT.securityEn,
    { authors: [layla.documentId, omar.documentId], topics: [securityTopic.documentId, section.documentId] },
    'en',
    security.documentId,
  );
  await make.publish(security.documentId, 'en');
  await strapi
    .documents(ARTICLE)
    .update({ documentId: security.documentId, locale: 'ar', data: { standfirst: TEXT.editedStandfirstAr } });

  const oilFirst = await make.article(TEXT.oilAr, {
    authors: [omar.documentId],
    topics: [energyTopic.documentId, section.documentId],
  });
  await make.publish(oilFirst.documentId);
  const oil = await make.article(TEXT.oilAr, { slug: TEXT.oilRenamedSlug }, 'ar', oilFirst.documentId);
  await make.publish(oil.documentId);

  const draft = await make.article(TEXT.draftAr, {
    authors: [layla.documentId],
    topics: [securityTopic.documentId, section.documentId],
  });
  return {
    layla,
    omar,
    section,
    securityTopic,
    energyTopic,
    agency,
    security,
    securityEn,
    oil: { ...oil, formerSlug: oilFirst.slug },
    draft,
  };
}

async function createTokens(strapi: Core.Strapi): Promise<SiteCredentials> {
  const create = async (name: string, type: string, permissions?: string[]): Promise<string> =>
    (
      (await strapi.service('admin::api-token').create({ name, type, lifespan: null, permissions })) as {
        accessKey: string;
      }
    ).accessKey;
  return {
    readOnly: await create('site', 'read-only'),
    fullAccess: await create('full', 'full-access'),
    preview: await create('preview', 'custom', [
      'api::article.article.find',
      'api::article.article.findOne',
      'api::author.author.find',
      'api::topic.topic.find',
      'api::source.source.find',
      'plugin::newsroom.drafts.read',
    ]),
    previewArticlesOnly: await create('preview-articles', 'custom', [
      'api::article.article.find',
      'api::article.article.findOne',
      'plugin::newsroom.drafts.read',
    ]),
  };
}

/** Boots Strapi (SQLite, or PostgreSQL with TEST_DATABASE_URL), seeds the newsroom and listens on a free port. */
export async function startListeningNewsroom(): Promise<ListeningNewsroom> {
  // The response cache on (in memory), as in production: public answers are cacheable, draft answers never.
  const app = await startTestStrapi({ NEWSROOM_CACHE: 'true', REDIS_URL: '' });
  const strapi = app.strapi;
  const newsroom = await seedNewsroom(strapi);
  const tokens = await createTokens(strapi);
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    app,
    strapi,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    newsroom,
    tokens,
    async close() {
      // fetch keeps connections alive: drop them so that close() does not wait for their timeout.
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.teardown();
    },
  };
}
