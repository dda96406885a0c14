import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { publicApi } from '../helpers/admin';
import { readWireInputs } from '../../scripts/lib/wire-input';
import type { ParsedStory } from '../../src/plugins/newsroom/server/src/domain/wire';
import type { NewsroomServices } from '../../src/plugins/newsroom/server/src/get-service';
import {
  ARTICLE_UID,
  AUTHOR_UID,
  LEDGER_UID,
  SOURCE_UID,
  WORKFLOW_STATE_UID,
} from '../../src/plugins/newsroom/core/model';

/**
 * The archive path of the importer (a batch per transaction, written around the Document Service) against a
 * real Strapi: it must leave exactly what the one-story path leaves, and keep its guarantees (repeats, a
 * bad story reported on its own and leaving nothing behind).
 */
let app: TestStrapi;
let strapi: Core.Strapi;
let folder: string;

const wireImport = () => strapi.plugin('newsroom').service('wireImport') as NewsroomServices['wireImport'];

const record = (n: number, overrides: Record<string, string> = {}): Record<string, string> => ({
  docno: `ARC-${n}`,
  url: `https://archive.example.com/story-${n}`,
  source: 'skynews',
  category: ['middleEast', 'sport', 'economy', 'internationalNews', 'culture', 'technology'][n % 6],
  title: `خبر الأرشيف رقم ${n} عن التعاون الأمني مع حلف الناتو في العراق`,
  time: 'Sun, 18 Feb 2018 21:35:43 +0400',
  author: [
    'القاهرة - أحمد الريدي',
    'لندن - رويترز',
    'مدريد - د ب أ',
    'أبوظبي - سكاي نيوز عربية',
    '3f2b6a1e-8c9d-4e5f-a6b7-c8d9e0f1a2b3',
    'بغداد - كاتبة الأرشيف',
  ][n % 6],
  abstract: `ملخص الخبر رقم ${n}.`,
  text: `قال مسؤولون إن التنسيق الأمني مع الناتو يتقدم في الخبر ${n}.\nوأضافوا أن الاجتماع المقبل سيعقد في المنامة.`,
  ...overrides,
});

async function storiesOf(records: Array<Record<string, string>>, name: string): Promise<ParsedStory[]> {
  const file = path.join(folder, name);
  fs.writeFileSync(file, records.map((item) => JSON.stringify(item)).join('\n'));
  const stories: ParsedStory[] = [];
  for await (const item of readWireInputs([file])) {
    if ('error' in item) throw item.error;
    stories.push(item.story);
  }
  return stories;
}

interface Linked {
  name?: string;
  slug?: string;
  kind?: string;
}

/** Everything a reader or editor could see of the articles with these URLs, without ids and clock times. */
async function snapshot(urls: readonly string[]) {
  const rows = [];
  for (const url of urls) {
    const [draft] = (await strapi.db.query(ARTICLE_UID).findMany({
      where: { sourceUrl: url, locale: 'ar', publishedAt: null },
      populate: {
        authors: { select: ['name', 'slug', 'searchKey', 'locale'] },
        topics: { select: ['slug'] },
        sources: { select: ['name', 'slug', 'kind', 'searchKey'] },
      },
    })) as Array<Record<string, unknown> & { documentId: string }>;
    const published = (await strapi.db.query(ARTICLE_UID).findMany({
      where: { documentId: draft.documentId, locale: 'ar', publishedAt: { $notNull: true } },
      populate: { authors: { select: ['name'] }, topics: { select: ['slug'] }, sources: { select: ['name'] } },
    })) as Array<Record<string, unknown>>;
    const names = (items: unknown) => (items as Linked[]).map(({ name, slug, kind }) => ({ name, slug, kind }));
    const ledger = (await strapi.db.query(LEDGER_UID).findMany({
      select: ['transition', 'fromStage', 'toStage', 'actorId', 'version', 'locale'],
      where: { targetDocumentId: draft.documentId },
    })) as Array<Record<string, unknown>>;
    rows.push({
      fields: Object.fromEntries(
        [
          'title',
          'slug',
          'standfirst',
          'body',
          'dateline',
          'sourceUrl',
          'originalPublishedAt',
          'wordCount',
          'readingTime',
          'contentHash',
          'searchKey',
          'locale',
        ].map((key) => [key, draft[key]]),
      ),
      authors: names(draft.authors),
      authorSearchKeys: (draft.authors as Array<{ searchKey: string }>).map((author) => author.searchKey),
      topics: (draft.topics as Linked[]).map((topic) => topic.slug).sort(),
      sources: names(draft.sources),
      published: published.map((row) => ({
        title: row.title,
        slug: row.slug,
        authors: (row.authors as Linked[]).map((item) => item.name),
        topics: (row.topics as Linked[]).map((item) => item.slug).sort(),
        sources: (row.sources as Linked[]).map((item) => item.name),
      })),
      state: await strapi.plugin('newsroom').service('workflow').stateOf(draft.documentId, 'ar'),
      ledger,
    });
  }
  return rows;
}

async function removeImported(urls: readonly string[]) {
  const articles = (await strapi.db.query(ARTICLE_UID).findMany({
    select: ['documentId'],
    where: { sourceUrl: { $in: [...urls] }, publishedAt: null },
    populate: { authors: { select: ['documentId'] }, sources: { select: ['documentId'] } },
  })) as Array<{ documentId: string; authors: Array<{ documentId: string }>; sources: Array<{ documentId: string }> }>;
  for (const article of articles) {
    await strapi.documents(ARTICLE_UID).delete({ documentId: article.documentId, locale: 'ar' });
    // The ledger refuses deletes from anyone but the workflow (content/internal-types.ts): test cleanup runs as it.
    await strapi
      .plugin('newsroom')
      .service('workflow')
      .asSystem(() => strapi.db.query(LEDGER_UID).deleteMany({ where: { targetDocumentId: article.documentId } }));
    await strapi.db.query(WORKFLOW_STATE_UID).deleteMany({ where: { targetDocumentId: article.documentId } });
  }
  const created = (uid: typeof AUTHOR_UID | typeof SOURCE_UID, ids: string[]) =>
    strapi.db.query(uid).deleteMany({ where: { documentId: { $in: ids }, createdAt: { $gt: startedAt } } });
  await created(
    AUTHOR_UID,
    articles.flatMap((article) => article.authors.map((author) => author.documentId)),
  );
  await created(
    SOURCE_UID,
    articles.flatMap((article) => article.sources.map((source) => source.documentId)),
  );
}

let startedAt: Date;

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  await strapi.plugin('newsroom').service('seed').run();
  startedAt = new Date();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wire-archive-'));
});
afterAll(async () => {
  fs.rmSync(folder, { recursive: true, force: true });
  await app?.teardown();
});

describe('archive import in batches', () => {
  it('leaves what the one-story path leaves: fields, slugs, search keys, relations, workflow and ledger', async () => {
    const stories = await storiesOf(
      Array.from({ length: 12 }, (_, n) => record(n)),
      'same.jsonl',
    );
    const urls = stories.map((story) => story.sourceUrl as string);
    const options = { publish: true, tagAbove: 0.3 };

    const batchItems = await wireImport().session(options).importBatch(stories);
    expect(batchItems.map((item) => item.error)).toEqual(stories.map(() => undefined));
    expect(batchItems.map((item) => item.status)).toEqual(stories.map(() => 'created'));
    const fromBatch = await snapshot(urls);

    await removeImported(urls);
    expect(await strapi.db.query(ARTICLE_UID).count({ where: { sourceUrl: { $in: urls } } })).toBe(0);
    const session = wireImport().session(options);
    for (const story of stories) expect((await session.importStory(story)).status).toBe('created');
    const oneByOne = await snapshot(urls);

    expect(fromBatch).toEqual(oneByOne);
    // The comparison is not empty: both hold authors, sources, several topics and a published row each.
    expect(fromBatch[0].authors.map((author) => author.name)).toEqual(['أحمد الريدي']);
    expect(fromBatch[1].sources.map((source) => source.name)).toContain('رويترز');
    expect(fromBatch[0].published[0].authors).toEqual(['أحمد الريدي']);
    expect(
      fromBatch.every((row) => row.topics.length >= 2 && row.published.length === 1 && row.state.stage === 'published'),
    ).toBe(true);
  });

  it('serves batch-written articles through the public API with their relations', async () => {
    const [story] = await storiesOf([record(42)], 'public.jsonl');
    const [item] = await wireImport().session({ publish: true }).importBatch([story]);
    const response = await publicApi(strapi).get(
      `/api/articles?locale=ar&filters[documentId][$eq]=${item.documentId}&populate[0]=authors&populate[1]=topics`,
    );
    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(1);
    expect(response.body.data[0].title).toBe(story.title);
    expect(response.body.data[0].authors.map((author: { name: string }) => author.name)).toEqual(['أحمد الريدي']);
    expect(response.body.data[0].topics.length).toBeGreaterThan(0);
  });

  it('gives one author for spellings that matchKey unifies within a batch and across batches', async () => {
    const spellings = ['القاهرة - أشرف عبد الحميد', 'القاهرة – أشْرَف عبدالحميـد', 'القاهرة-أشرف عبد الحميد'];
    const stories = await storiesOf(
      spellings.map((author, n) => record(50 + n, { author })),
      'spellings.jsonl',
    );
    await wireImport().session().importBatch(stories.slice(0, 2));
    await wireImport().session().importBatch(stories.slice(2));
    expect(await strapi.db.query(AUTHOR_UID).count({ where: { name: { $contains: 'أشرف' }, publishedAt: null } })).toBe(
      1,
    );
  });

  it('sends repeats the one-story way: same URL in the batch, already stored, same content', async () => {
    const [stored] = await storiesOf([record(60)], 'stored.jsonl');
    await wireImport().session().importBatch([stored]);
    const stories = await storiesOf(
      [
        record(60),
        record(61),
        record(61, { docno: 'ARC-61b', text: 'نص مختلف للخبر نفسه بعد التصحيح.' }),
        record(62),
        record(62, { docno: 'ARC-62b' }),
      ],
      'repeats.jsonl',
    );
    const items = await wireImport().session().importBatch(stories);
    expect(items.map((item) => item.status)).toEqual(['skipped', 'created', 'updated', 'created', 'skipped']);
    for (const n of [60, 61, 62]) {
      expect(
        await strapi.db.query(ARTICLE_UID).count({ where: { sourceUrl: `https://archive.example.com/story-${n}` } }),
      ).toBe(1);
    }
  });

  it('refuses a story that cannot be stored without holding back the rest of its batch', async () => {
    const stories = await storiesOf([record(70), record(71, { title: 'خب' }), record(72)], 'refused.jsonl');
    const items = await wireImport().session().importBatch(stories);
    expect(items.map((item) => item.status)).toEqual(['created', undefined, 'created']);
    expect(String(items[1].error)).toMatch(/title shorter than 3 characters/);
    expect(
      await strapi.db.query(ARTICLE_UID).count({ where: { sourceUrl: 'https://archive.example.com/story-71' } }),
    ).toBe(0);
  });

  it('after a database failure in a batch, pins it on its story, keeps the others and leaves nothing of the failed one', async () => {
    const authorsBefore = await strapi.db.query(AUTHOR_UID).count({ where: { publishedAt: null } });
    const failing = 'خبر سيفشل في قاعدة البيانات';
    // Stands in for a database error: the batch fails in its transaction, then the failing story on its own.
    strapi.documents.use(async (context, next) => {
      const data = (context.params as { data?: { title?: string } }).data;
      if (context.uid === ARTICLE_UID && context.action === 'create' && data?.title === failing)
        throw new Error('simulated failure');
      return next();
    });
    const slugs = strapi.plugin('newsroom').service('slugs') as NewsroomServices['slugs'];
    const generateMany = slugs.generateMany;
    slugs.generateMany = async () => {
      slugs.generateMany = generateMany;
      throw new Error('simulated batch failure');
    };
    const stories = await storiesOf(
      [
        record(80, { author: 'القاهرة - كاتب باق' }),
        record(81, { title: failing, author: 'القاهرة - كاتب لن يبقى' }),
        record(82, { author: 'القاهرة - كاتب باق' }),
      ],
      'failing.jsonl',
    );
    const items = await wireImport().session().importBatch(stories);
    expect(slugs.generateMany).toBe(generateMany);
    expect(items.map((item) => item.status)).toEqual(['created', undefined, 'created']);
    expect(String(items[1].error)).toMatch(/simulated failure/);
    expect(
      await strapi.db.query(ARTICLE_UID).count({ where: { sourceUrl: 'https://archive.example.com/story-81' } }),
    ).toBe(0);
    expect(await strapi.db.query(AUTHOR_UID).count({ where: { name: 'كاتب لن يبقى' } })).toBe(0);
    expect(await strapi.db.query(AUTHOR_UID).count({ where: { publishedAt: null } })).toBe(authorsBefore + 1);
  });
});
