import type { Core } from '@strapi/strapi';
import { paragraphs } from './admin';
import { hasDraftAndPublish } from './relation-paths';

const ARTICLE = 'api::article.article';
const LOCALES = ['ar', 'en'];

interface Documents {
  create(params: { locale: string; data: Record<string, unknown> }): Promise<{ documentId: string }>;
  update(params: { documentId: string; locale: string; data: Record<string, unknown> }): Promise<unknown>;
  publish(params: { documentId: string; locale: string }): Promise<unknown>;
}

/**
 * Articles whose published rows carry the word `published` and whose draft rows carry `secret` (in title,
 * standfirst and body), all linked to one author, one source and a chain of four topics (each linked to every
 * article, so any walk of up to three steps up or down the chain from some topic ends on articles), each in
 * Arabic and English: a story published in both languages and then edited in both (the drafts of a published
 * story), one published in Arabic with its translation never published, and one never published at all.
 */
export async function createRelationFixtures(strapi: Core.Strapi, secret: string, published: string): Promise<void> {
  const documents = (uid: string) => strapi.documents(uid as typeof ARTICLE) as unknown as Documents;
  /** Types without drafts are public once created; a type that has drafts (now or later) is published. */
  const createPublic = async (uid: string, data: (locale: string) => Record<string, unknown>): Promise<string> => {
    const { documentId } = await documents(uid).create({ locale: 'ar', data: data('ar') });
    await documents(uid).update({ documentId, locale: 'en', data: data('en') });
    if (hasDraftAndPublish(strapi, uid)) for (const locale of LOCALES) await documents(uid).publish({ documentId, locale });
    return documentId;
  };
  const text = (word: string, what: string) => ({ title: `${word} ${what}`, standfirst: `${word} standfirst ${what}`, body: paragraphs(`${word} body ${what}`) });

  const topics: string[] = [];
  for (const level of [1, 2, 3, 4]) {
    const parent = topics.at(-1) ?? null;
    topics.push(await createPublic('api::topic.topic', (locale) => ({ name: `topic ${level} ${locale}`, kind: level === 1 ? 'section' : 'topic', parent })));
  }
  const author = await createPublic('api::author.author', (locale) => ({ name: `author ${locale}` }));
  const source = await createPublic('api::source.source', (locale) => ({ name: `source ${locale}`, kind: 'news_agency' }));
  const links = { authors: [author], topics, sources: [source] };
  const workflow = strapi.plugin('newsroom').service('workflow');
  const articles = documents(ARTICLE);

  const story = await articles.create({ locale: 'ar', data: { ...text(published, 'خبر منشور'), ...links } });
  await articles.update({ documentId: story.documentId, locale: 'en', data: { ...text(published, 'published story'), ...links } });
  await workflow.publishAsSystem(story.documentId, LOCALES, 'system:test');
  await articles.update({ documentId: story.documentId, locale: 'ar', data: text(secret, 'عنوان أحدث') });
  await articles.update({ documentId: story.documentId, locale: 'en', data: text(secret, 'newer title') });

  const translated = await articles.create({ locale: 'ar', data: { ...text(published, 'خبر آخر'), ...links } });
  await workflow.publishAsSystem(translated.documentId, ['ar'], 'system:test');
  await articles.update({ documentId: translated.documentId, locale: 'en', data: { ...text(secret, 'unpublished translation'), ...links } });

  const draft = await articles.create({ locale: 'ar', data: { ...text(secret, 'مسودة لم تنشر'), ...links } });
  await articles.update({ documentId: draft.documentId, locale: 'en', data: { ...text(secret, 'draft only'), ...links } });
}
