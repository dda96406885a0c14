import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { paragraphs } from '../helpers/admin';
import { siteFixtures, type Made } from '../helpers/site';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';
import { snapshotOf, type ArticleSnapshot } from '../../src/plugins/newsroom/server/src/domain/history/snapshot';
import { readDraftSnapshot } from '../../src/plugins/newsroom/server/src/history/snapshot-reader';
import { getService } from '../../src/plugins/newsroom/server/src/get-service';

/**
 * The version recorder's reads (history/snapshot-reader.ts): the relations and cover in one SQL statement, and
 * the fields taken from what the save answered. Both must give the snapshot the query engine's populate gives,
 * or approval and the stale-save check, which compare hashes, would see changes nobody made.
 */
let app: TestStrapi;
let strapi: Core.Strapi;
const people: Made[] = [];
const topics: Made[] = [];
let source: Made;
let coverId: number;

/** The reference: the draft read by the query engine with its relations populated (the reader before). */
const populatedSnapshot = async (documentId: string, locale = 'ar'): Promise<ArticleSnapshot> => {
  const row = (await strapi.db.query(ARTICLE_UID).findOne({
    where: { documentId, locale, publishedAt: null },
    populate: {
      authors: { select: ['documentId'] },
      topics: { select: ['documentId'] },
      sources: { select: ['documentId'] },
      cover: { select: ['id'] },
    },
  })) as Record<string, unknown>;
  return snapshotOf(row);
};

const latestVersionSnapshot = async (documentId: string, locale = 'ar') => {
  const versions = getService(strapi, 'history').versions;
  const latest = await versions.latest(documentId, locale);
  return latest ? versions.snapshotAt(documentId, locale, latest.number) : null;
};

const ids = (made: Made[]) => made.map((item) => item.documentId);

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  const make = siteFixtures(strapi);
  for (const name of ['كاتبة أولى', 'كاتب ثان', 'كاتبة ثالثة']) people.push(await make.author(name));
  for (const name of ['اقتصاد', 'رياضة']) topics.push(await make.topic(name));
  source = await make.source('وكالة الأنباء');
  coverId = (
    (await strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'cover.jpg',
        hash: 'cover_history_reader',
        ext: '.jpg',
        mime: 'image/jpeg',
        size: 12.5,
        url: '/uploads/cover_history_reader.jpg',
        provider: 'local',
      },
    })) as { id: number }
  ).id;
});
afterAll(async () => {
  await app?.teardown();
});

describe('the draft snapshot the recorder reads', () => {
  it('equals the query engine’s populated read: relations in their stored order, the cover, after reorders', async () => {
    const [first, second, third] = people as [Made, Made, Made];
    const created = await strapi.documents(ARTICLE_UID).create({
      locale: 'ar',
      data: {
        title: 'خبر بعلاقات مرتبة',
        body: paragraphs('نص الخبر الأول', 'والفقرة الثانية'),
        authors: ids([third, first, second]),
        topics: ids(topics),
        sources: [source.documentId],
        cover: coverId,
      },
    } as never);
    const { documentId } = created;
    const read = await readDraftSnapshot(strapi, documentId, 'ar');
    expect(read?.snapshot).toEqual(await populatedSnapshot(documentId));
    expect(read?.snapshot.relations.authors).toEqual(ids([third, first, second]));
    expect(read?.snapshot.fields.cover).toBe(coverId);
    expect(await latestVersionSnapshot(documentId)).toEqual(read?.snapshot);

    await strapi.documents(ARTICLE_UID).update({
      documentId,
      locale: 'ar',
      data: { authors: { set: ids([second, third]) }, topics: { disconnect: [topics[0]?.documentId] }, cover: null },
    } as never);
    const reordered = await readDraftSnapshot(strapi, documentId, 'ar');
    expect(reordered?.snapshot).toEqual(await populatedSnapshot(documentId));
    expect(reordered?.snapshot.relations).toEqual({
      authors: ids([second, third]),
      topics: ids(topics.slice(1)),
      sources: [source.documentId],
    });
    expect(reordered?.snapshot.fields.cover).toBeNull();
    expect(await latestVersionSnapshot(documentId)).toEqual(reordered?.snapshot);
  });

  it('records the whole draft when the save answered only some of its fields', async () => {
    const created = await strapi.documents(ARTICLE_UID).create({
      locale: 'ar',
      data: { title: 'خبر يجيب بعنوانه فقط', body: paragraphs('نص طويل'), authors: ids(people.slice(0, 1)) },
    } as never);
    const answered = (await strapi.documents(ARTICLE_UID).update({
      documentId: created.documentId,
      locale: 'ar',
      fields: ['title'],
      data: { title: 'خبر يجيب بعنوانه فقط، معدلاً', body: paragraphs('نص طويل معدل') },
    } as never)) as Record<string, unknown>;
    expect(answered).not.toHaveProperty('body');
    const recorded = await latestVersionSnapshot(created.documentId);
    expect(recorded).toEqual(await populatedSnapshot(created.documentId));
    expect(recorded?.fields.body).toEqual(paragraphs('نص طويل معدل'));
  });

  it('takes the fields from what the save answered: recording adds no read of the article row', async () => {
    const created = await strapi
      .documents(ARTICLE_UID)
      .create({ locale: 'ar', data: { title: 'خبر تقرأ حقوله من جواب الحفظ', body: paragraphs('نص') } } as never);
    const articleReads = async (record: boolean, title: string) => {
      strapi.config.set('plugin::newsroom.history.record', record);
      const statements: string[] = [];
      const listener = (query: { sql: string }) => statements.push(query.sql);
      strapi.db.connection.on('query', listener);
      try {
        await strapi
          .documents(ARTICLE_UID)
          .update({ documentId: created.documentId, locale: 'ar', data: { title } } as never);
      } finally {
        strapi.db.connection.off('query', listener);
        strapi.config.set('plugin::newsroom.history.record', true);
      }
      return statements.filter((sql) => /^select .* from [`"]articles[`"]/i.test(sql)).length;
    };
    const withoutRecording = await articleReads(false, 'خبر تقرأ حقوله من جواب الحفظ، أولاً');
    expect(await articleReads(true, 'خبر تقرأ حقوله من جواب الحفظ، ثانياً')).toBe(withoutRecording);
    expect((await latestVersionSnapshot(created.documentId))?.fields.title).toBe(
      'خبر تقرأ حقوله من جواب الحفظ، ثانياً',
    );
  });
});
