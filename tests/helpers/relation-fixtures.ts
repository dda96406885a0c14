import type { Core, UID } from '@strapi/strapi';
import { paragraphs } from './admin';
import { hasDraftAndPublish } from './relation-paths';
import type { RelationMetadata } from '../../src/plugins/newsroom/server/src/content/join-tables';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID, TOPIC_UID } from '../../src/plugins/newsroom/core/model';

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
  const documents = (uid: string) => strapi.documents(uid as typeof ARTICLE_UID) as unknown as Documents;
  /** Types without drafts are public once created; a type that has drafts (now or later) is published. */
  const createPublic = async (uid: string, data: (locale: string) => Record<string, unknown>): Promise<string> => {
    const { documentId } = await documents(uid).create({ locale: 'ar', data: data('ar') });
    await documents(uid).update({ documentId, locale: 'en', data: data('en') });
    if (hasDraftAndPublish(strapi, uid))
      for (const locale of LOCALES) await documents(uid).publish({ documentId, locale });
    return documentId;
  };
  const text = (word: string, what: string) => ({
    title: `${word} ${what}`,
    standfirst: `${word} standfirst ${what}`,
    body: paragraphs(`${word} body ${what}`),
  });

  const topics: string[] = [];
  for (const level of [1, 2, 3, 4]) {
    const parent = topics.at(-1) ?? null;
    topics.push(
      await createPublic(TOPIC_UID, (locale) => ({
        name: `topic ${level} ${locale}`,
        kind: level === 1 ? 'section' : 'topic',
        parent,
      })),
    );
  }
  const author = await createPublic(AUTHOR_UID, (locale) => ({ name: `author ${locale}` }));
  const source = await createPublic(SOURCE_UID, (locale) => ({ name: `source ${locale}`, kind: 'news_agency' }));
  const links = { authors: [author], topics, sources: [source] };
  const workflow = strapi.plugin('newsroom').service('workflow');
  const articles = documents(ARTICLE_UID);

  const story = await articles.create({ locale: 'ar', data: { ...text(published, 'خبر منشور'), ...links } });
  await articles.update({
    documentId: story.documentId,
    locale: 'en',
    data: { ...text(published, 'published story'), ...links },
  });
  await workflow.publishAsSystem(story.documentId, LOCALES, 'system:test');
  await articles.update({ documentId: story.documentId, locale: 'ar', data: text(secret, 'عنوان أحدث') });
  await articles.update({ documentId: story.documentId, locale: 'en', data: text(secret, 'newer title') });

  const translated = await articles.create({ locale: 'ar', data: { ...text(published, 'خبر آخر'), ...links } });
  await workflow.publishAsSystem(translated.documentId, ['ar'], 'system:test');
  await articles.update({
    documentId: translated.documentId,
    locale: 'en',
    data: { ...text(secret, 'unpublished translation'), ...links },
  });

  const draft = await articles.create({ locale: 'ar', data: { ...text(secret, 'مسودة لم تنشر'), ...links } });
  await articles.update({
    documentId: draft.documentId,
    locale: 'en',
    data: { ...text(secret, 'draft only'), ...links },
  });
  await linkAcrossStates(strapi);
}

/**
 * Strapi links draft rows to drafts and published rows to published ones when both types have drafts, so with
 * authors, topics and sources under draft & publish a public walk from a published row no longer reaches an
 * article's draft row by itself. Rows linked across states still exist: links of a type without drafts (every
 * type here until draft & publish was turned on for them, and any type a developer adds without it) and the links
 * an upgrade leaves. So every draft article row is also linked to the published rows of what it names: the guard
 * must hold on that data, and the probes with the guard off show it is reachable.
 */
async function linkAcrossStates(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  const article = strapi.db.metadata.get(ARTICLE_UID);
  for (const attribute of Object.values(article.attributes) as RelationMetadata[]) {
    const join = attribute.joinTable;
    if (attribute.type !== 'relation' || !join || !attribute.target || attribute.target === ARTICLE_UID) continue;
    // A component (the article's `seo`) is stored as a relation to its table: part of the row, with no drafts.
    if (strapi.getModel(attribute.target as UID.Schema)?.modelType === 'component') continue;
    const targetTable = strapi.db.metadata.get(attribute.target).tableName;
    const drafts = (await knex(article.tableName).whereNull('published_at').select('id')) as Array<{ id: number }>;
    for (const { id } of drafts) {
      const linked = (await knex(join.name)
        .where(join.joinColumn.name, id)
        .select(join.inverseJoinColumn.name)) as Array<Record<string, number>>;
      const targetDocuments = (await knex(targetTable)
        .whereIn(
          'id',
          linked.map((row) => row[join.inverseJoinColumn.name]),
        )
        .distinct('document_id')) as Array<{ document_id: string }>;
      const published = (await knex(targetTable)
        .whereIn(
          'document_id',
          targetDocuments.map((row) => row.document_id),
        )
        .whereNotNull('published_at')
        .select('id')) as Array<{ id: number }>;
      for (const target of published)
        await knex(join.name).insert({ [join.joinColumn.name]: id, [join.inverseJoinColumn.name]: target.id });
    }
  }
}
