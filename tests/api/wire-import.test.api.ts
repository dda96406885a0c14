import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { readWireInputs } from '../../scripts/lib/wire-input';
import type { InputItem } from '../../scripts/lib/wire-input';
import type { ParsedStory } from '../../src/plugins/newsroom/server/src/domain/wire';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID } from '../../src/plugins/newsroom/core/model';
import { removeSeededWireSample } from '../helpers/wire-sample';

/** The wire import against a real Strapi: structure, idempotency, one transaction per story, author identity. */
let app: TestStrapi;
let strapi: Core.Strapi;
let folder: string;
const SAMPLE = path.join(__dirname, '../fixtures/wire/iraq-nato-manama-dialogue.txt');

const service = () =>
  strapi.plugin('newsroom').service('wireImport') as {
    session(options?: { publish?: boolean }): {
      importStory(story: ParsedStory): Promise<{ status: string; documentId: string }>;
    };
  };

async function readAll(file: string): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readWireInputs([file])) items.push(item);
  return items;
}

async function importFile(file: string): Promise<{ statuses: string[]; errors: string[] }> {
  const session = service().session();
  const statuses: string[] = [];
  const errors: string[] = [];
  for (const item of await readAll(file)) {
    if ('error' in item) errors.push(item.error.message);
    else {
      try {
        statuses.push((await session.importStory(item.story)).status);
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
  }
  return { statuses, errors };
}

const jsonl = (name: string, records: Array<Record<string, string>>): string => {
  const file = path.join(folder, name);
  fs.writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n'));
  return file;
};

const record = (overrides: Record<string, string>): Record<string, string> => ({
  docno: 'T-1',
  url: 'https://example.com/a',
  source: 'skynews',
  category: 'sport',
  title: 'فوز كبير للمنتخب في المباراة',
  time: 'Sun, 18 Feb 2018 21:35:43 +0400',
  author: 'أبوظبي - سكاي نيوز عربية',
  abstract: '',
  text: 'حقق المنتخب فوزا كبيرا.\nوسجل اللاعب هدفين.',
  ...overrides,
});

const countArticles = (filters: Record<string, unknown>) =>
  strapi.documents(ARTICLE_UID).count({ locale: 'ar', status: 'draft', filters } as never);

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  await strapi.plugin('newsroom').service('seed').run();
  // The sample is imported here as a first import: the seed's copy of it (same content hash) goes.
  await removeSeededWireSample(strapi);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wire-import-'));
});
afterAll(async () => {
  fs.rmSync(folder, { recursive: true, force: true });
  await app?.teardown();
});

describe('wire import', () => {
  let sampleId = '';

  it('imports the sample as a structured Arabic draft', async () => {
    // The seed's copy of the sample is gone (beforeAll); its author and source are reused.
    const authorsBefore = await strapi.db.query(AUTHOR_UID).count({ where: { publishedAt: null } });
    const { statuses, errors } = await importFile(SAMPLE);
    expect(errors).toEqual([]);
    expect(statuses).toEqual(['created']);
    expect(await strapi.db.query(AUTHOR_UID).count({ where: { publishedAt: null } })).toBe(authorsBefore);
    const [article] = (await strapi.documents(ARTICLE_UID).findMany({
      locale: 'ar',
      status: 'draft',
      sort: 'id:desc',
      limit: 1,
      populate: ['authors', 'sources'],
    } as never)) as unknown as Array<{
      documentId: string;
      title: string;
      slug: string;
      publishedAt: string | null;
      body: Array<{ type: string; children: Array<{ text: string }> }>;
      authors: Array<{ name: string }>;
      sources: Array<{ name: string }>;
    }>;
    sampleId = article.documentId;
    expect(article.title).toBe('التقى مستشار الأمن القومي العراقي مع رئيس الجنة العسكرية');
    expect(article.slug).toBeTruthy();
    expect(article.publishedAt).toBeNull();
    expect(article.authors.map((author) => author.name)).toEqual(['سيد محمد']);
    expect(article.sources.map((source) => source.name)).toEqual(['وكالة الأنباء العراقية']);
    const headings = article.body.filter((block) => block.type === 'heading');
    expect(headings).toHaveLength(6);
    const text = article.body.map((block) => block.children.map((child) => child.text).join('')).join('\n');
    expect(text).not.toMatch(/اضغط هنا|قراءة المزيد/);
    const en = await strapi.documents(SOURCE_UID).findFirst({ locale: 'en', filters: { name: 'Iraqi News Agency' } });
    expect(en).not.toBeNull();
  });

  it('does not duplicate the sample when it is imported again', async () => {
    const before = await countArticles({});
    expect((await importFile(SAMPLE)).statuses).toEqual(['skipped']);
    expect(await countArticles({})).toBe(before);
    expect(sampleId).not.toBe('');
  });

  it('keeps one article for two records with the same URL, with the original time and the section', async () => {
    const file = jsonl('same-url.jsonl', [record({ docno: 'A-1' }), record({ docno: 'A-2', category: 'sport' })]);
    const { statuses, errors } = await importFile(file);
    expect(errors).toEqual([]);
    expect(statuses).toEqual(['created', 'skipped']);
    const found = (await strapi.documents(ARTICLE_UID).findMany({
      locale: 'ar',
      status: 'draft',
      filters: { sourceUrl: 'https://example.com/a' },
      populate: ['topics', 'sources'],
    } as never)) as unknown as Array<{
      originalPublishedAt: string;
      dateline: string;
      topics: Array<{ slug: string }>;
      sources: Array<{ name: string }>;
    }>;
    expect(found).toHaveLength(1);
    expect(new Date(found[0].originalPublishedAt).toISOString()).toBe('2018-02-18T17:35:43.000Z');
    expect(found[0].dateline).toBe('أبوظبي');
    expect(found[0].topics.map((topic) => topic.slug)).toEqual(['رياضة']);
    expect(found[0].sources.map((source) => source.name)).toEqual(['سكاي نيوز عربية']);
  });

  it('adds the second section of a story the archive files under two, without a second article', async () => {
    const file = jsonl('two-sections.jsonl', [
      record({ docno: 'A-3', category: 'economy' }),
      record({ docno: 'A-4', category: 'economy' }),
    ]);
    const { statuses, errors } = await importFile(file);
    expect(errors).toEqual([]);
    expect(statuses).toEqual(['updated', 'skipped']);
    const found = (await strapi.documents(ARTICLE_UID).findMany({
      locale: 'ar',
      status: 'draft',
      filters: { sourceUrl: 'https://example.com/a' },
      populate: ['topics'],
    } as never)) as unknown as Array<{ topics: Array<{ slug: string; kind: string }> }>;
    expect(found).toHaveLength(1);
    expect(found[0].topics).toHaveLength(2);
    expect(found[0].topics.every((topic) => topic.kind === 'section')).toBe(true);
    expect(found[0].topics.map((topic) => topic.slug)).toContain('رياضة');
  });

  it('rolls back a bad record entirely and imports the others', async () => {
    const before = {
      authors: await strapi.db.query(AUTHOR_UID).count({ where: { publishedAt: null } }),
      articles: await countArticles({}),
    };
    // A failure after the story's new author was created (standing in for a database error): both must go.
    strapi.documents.use(async (context, next) => {
      const data = (context.params as { data?: { title?: string } }).data;
      if (context.uid === ARTICLE_UID && context.action === 'create' && data?.title === 'خبر سيفشل في قاعدة البيانات')
        throw new Error('simulated failure');
      return next();
    });
    const file = jsonl('bad-middle.jsonl', [
      record({
        docno: 'B-1',
        url: 'https://example.com/b1',
        title: 'خبر أول عن الاقتصاد',
        author: 'القاهرة - كاتب أول',
        text: 'نص أول.',
      }),
      record({
        docno: 'B-2',
        url: 'https://example.com/b2',
        title: 'خبر سيفشل في قاعدة البيانات',
        author: 'القاهرة - كاتب لن يبقى',
        text: 'نص ثان.',
      }),
      record({ docno: 'B-3', url: 'https://example.com/b3', title: 'خب', text: 'عنوان أقصر من ثلاثة أحرف.' }),
      record({
        docno: 'B-4',
        url: 'https://example.com/b4',
        title: 'خبر رابع عن الرياضة',
        author: 'القاهرة - كاتب رابع',
        text: 'نص رابع.',
      }),
    ]);
    fs.appendFileSync(file, '\n{"docno": "B-5", broken json\n');
    const { statuses, errors } = await importFile(file);
    expect(statuses).toEqual(['created', 'created']);
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toMatch(/simulated failure/);
    expect(errors.join('\n')).toMatch(/title shorter than 3 characters/);
    expect(errors.join('\n')).toMatch(/bad-middle\.jsonl:5: not a JSON object/);
    expect(await countArticles({})).toBe(before.articles + 2);
    expect(await strapi.db.query(AUTHOR_UID).count({ where: { publishedAt: null } })).toBe(before.authors + 2);
    expect(await strapi.db.query(AUTHOR_UID).count({ where: { name: 'كاتب لن يبقى' } })).toBe(0);
    expect(await countArticles({ sourceUrl: 'https://example.com/b2' })).toBe(0);
  });

  it('gives one author for two spellings that matchKey unifies', async () => {
    const file = jsonl('spellings.jsonl', [
      record({
        docno: 'C-1',
        url: 'https://example.com/c1',
        title: 'خبر عن السينما',
        author: 'القاهرة - أشرف عبد الحميد',
        text: 'نص عن السينما.',
      }),
      record({
        docno: 'C-2',
        url: 'https://example.com/c2',
        title: 'خبر عن الموسيقى',
        author: 'القاهرة – أشْرَف عبدالحميـد',
        text: 'نص عن الموسيقى.',
      }),
    ]);
    expect((await importFile(file)).statuses).toEqual(['created', 'created']);
    const authors = await strapi.db
      .query(AUTHOR_UID)
      .findMany({ where: { name: { $contains: 'الحم' }, publishedAt: null } });
    expect(authors).toHaveLength(1);
  });

  it('publishes through the workflow with publish: true', async () => {
    const [item] = await readAll(
      jsonl('publish.jsonl', [
        record({ docno: 'D-1', url: 'https://example.com/d1', title: 'خبر للنشر الفوري', text: 'نص للنشر.' }),
      ]),
    );
    if ('error' in item) throw item.error;
    const outcome = await service().session({ publish: true }).importStory(item.story);
    const published = await strapi
      .documents(ARTICLE_UID)
      .findOne({ documentId: outcome.documentId, locale: 'ar', status: 'published' });
    expect(published).not.toBeNull();
  });
});
