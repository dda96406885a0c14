import type { Core } from '@strapi/strapi';
import type { Response } from 'supertest';
import { paragraphs, publicApi } from './admin';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID, TOPIC_UID } from '../../src/plugins/newsroom/core/model';

/** Content for the site-read tests, made through the Document Service and published by the workflow. */
export const ARTICLE = ARTICLE_UID;
export const AUTHOR = AUTHOR_UID;
export const TOPIC = TOPIC_UID;
export const SOURCE = SOURCE_UID;

export interface Made {
  documentId: string;
  slug: string;
}

const slugOf = async (strapi: Core.Strapi, uid: string, documentId: string, locale: string): Promise<string> =>
  ((await strapi.db.query(uid).findOne({ where: { documentId, locale }, select: ['slug'] })) as { slug: string }).slug;

export const siteFixtures = (strapi: Core.Strapi) => {
  const documents = (uid: string) => strapi.documents(uid as typeof ARTICLE);
  const made = async (uid: string, documentId: string, locale: string): Promise<Made> => ({
    documentId,
    slug: await slugOf(strapi, uid, documentId, locale),
  });
  /** Authors, topics and sources have drafts: an Editor publishes them before a site shows them. */
  const published = async (uid: string, documentId: string, locale: string): Promise<Made> => {
    await strapi.documents(uid as typeof AUTHOR).publish({ documentId, locale });
    return made(uid, documentId, locale);
  };

  return {
    async author(name: string, locale = 'ar', data: Record<string, unknown> = {}): Promise<Made> {
      const created = await strapi.documents(AUTHOR).create({ locale, data: { name, ...data } });
      return published(AUTHOR, created.documentId, locale);
    },
    async topic(
      name: string,
      data: { kind?: 'section' | 'topic'; parent?: string } & Record<string, unknown> = {},
      locale = 'ar',
    ): Promise<Made> {
      const created = await strapi.documents(TOPIC).create({ locale, data: { kind: 'topic', ...data, name } });
      return published(TOPIC, created.documentId, locale);
    },
    async source(name: string): Promise<Made> {
      const created = await strapi
        .documents(SOURCE)
        .create({ locale: 'ar', data: { name, kind: 'news_agency', homepageUrl: 'https://example.org' } });
      return published(SOURCE, created.documentId, 'ar');
    },
    /** A draft; `publish` publishes it through the workflow, as the newsroom does. */
    async article(
      title: string,
      data: Record<string, unknown> = {},
      locale = 'ar',
      documentId?: string,
    ): Promise<Made> {
      const input = { title, body: paragraphs(`${title}: نص الخبر`), ...data };
      const saved = documentId
        ? await documents(ARTICLE).update({ documentId, locale, data: input })
        : await documents(ARTICLE).create({ locale, data: input });
      return made(ARTICLE, (saved as { documentId: string }).documentId, locale);
    },
    async publish(documentId: string, locale = 'ar'): Promise<void> {
      await strapi.plugin('newsroom').service('workflow').publishAsSystem(documentId, [locale], 'system:test');
    },
  };
};

/** A public GET of a site read (Arabic in paths percent-encoded, as sites send it). */
export const site = (strapi: Core.Strapi, path: string, query: Record<string, string> = {}) =>
  publicApi(strapi)
    .get(`/api/newsroom/site/${path.split('/').map(encodeURIComponent).join('/')}`)
    .query(query);

export interface Counted {
  response: Response;
  statements: string[];
  bindings: unknown[][];
}

/** The SQL statements a request runs, seen through knex's `query` event. */
export const countStatements = async (strapi: Core.Strapi, request: () => PromiseLike<Response>): Promise<Counted> => {
  const statements: string[] = [];
  const bindings: unknown[][] = [];
  const listener = (query: { sql: string; bindings?: unknown[] }) => {
    statements.push(query.sql);
    // A copy: the driver may empty the array once the statement has run.
    bindings.push([...(query.bindings ?? [])]);
  };
  const knex = strapi.db.connection;
  knex.on('query', listener);
  try {
    return { response: await request(), statements, bindings };
  } finally {
    knex.removeListener('query', listener);
  }
};
