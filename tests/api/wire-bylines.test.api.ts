import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { readWireInputs } from '../../scripts/lib/wire-input';
import type { ParsedStory } from '../../src/plugins/newsroom/server/src/domain/wire';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * Bylines with credit prefixes and agency abbreviations, imported against a real Strapi: the article links
 * the person without the prefix, and the agency as a source; no author is ever named «كتب: …» or after an agency.
 */
let app: TestStrapi;
let strapi: Core.Strapi;
let folder: string;

interface Credited {
  authors: Array<{ name: string }>;
  sources: Array<{ name: string; kind: string }>;
}

const session = () =>
  (
    strapi.plugin('newsroom').service('wireImport') as {
      session(): { importStory(story: ParsedStory): Promise<{ status: string; documentId: string }> };
    }
  ).session();

/** Imports one file and returns each story's linked authors and sources. */
async function importCredits(name: string, content: string): Promise<Credited[]> {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  const importer = session();
  const credited: Credited[] = [];
  for await (const item of readWireInputs([file])) {
    if ('error' in item) throw item.error;
    const { documentId } = await importer.importStory(item.story);
    credited.push(
      (await strapi.documents(ARTICLE_UID).findOne({
        documentId,
        locale: 'ar',
        status: 'draft',
        populate: ['authors', 'sources'],
      } as never)) as unknown as Credited,
    );
  }
  return credited;
}

const names = (rows: Array<{ name: string }>): string[] => rows.map((row) => row.name);

const archiveLine = (docno: string, author: string): string =>
  JSON.stringify({
    docno,
    url: `https://example.com/${docno}`,
    source: '',
    category: 'politics',
    title: `خبر ${docno} عن الاجتماع الوزاري`,
    time: 'Sun, 18 Feb 2018 21:35:43 +0400',
    author,
    abstract: '',
    text: `عقد الوزراء اجتماعا في ${docno} لبحث التعاون.\nوقال المتحدث إن الاجتماع كان مثمرا.`,
  });

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wire-bylines-'));
});
afterAll(async () => {
  fs.rmSync(folder, { recursive: true, force: true });
  await app?.teardown();
});

describe('bylines on import', () => {
  it('links the person of a «كتب:» byline in copy, without the prefix', async () => {
    const [story] = await importCredits(
      'prefixed.txt',
      'وزير الخارجية يلتقي نظيره الفرنسي\nكتـب : الزميل سيد محمد\nالتقى وزير الخارجية نظيره الفرنسي في باريس أمس.\n',
    );
    expect(names(story.authors)).toEqual(['سيد محمد']);
    expect(story.sources).toEqual([]);
  });

  it('links the agency of a byline written with its abbreviation in brackets as a source, not an author', async () => {
    const authorsBefore = await strapi.db.query(AUTHOR_UID).count({ where: { publishedAt: null } });
    const [story] = await importCredits(
      'agency.txt',
      'وفد عراقي يصل إلى المنامة\nبغداد - وكالة الأنباء العراقية (واع)\nوصل وفد عراقي إلى المنامة للمشاركة في الحوار.\n',
    );
    expect(story.authors).toEqual([]);
    expect(names(story.sources)).toEqual(['وكالة الأنباء العراقية']);
    expect(story.sources[0].kind).toBe('news_agency');
    expect(await strapi.db.query(AUTHOR_UID).count({ where: { publishedAt: null } })).toBe(authorsBefore);
  });

  it('reads archive AUTHOR fields the same way: prefixes off, abbreviations to one source each', async () => {
    const authorsBefore = await strapi.db.query(AUTHOR_UID).count({ where: { publishedAt: null } });
    const stories = await importCredits(
      'archive.jsonl',
      [
        archiveLine('B-1', 'بقلم الزميلة منى الشاذلي'),
        archiveLine('B-2', 'الدوحة - قنا'),
        archiveLine('B-3', 'وكالة الأنباء القطرية (قنا)'),
        archiveLine('B-4', 'باريس - أ.ف.ب'),
      ].join('\n'),
    );
    expect(stories.map((story) => names(story.authors))).toEqual([['منى الشاذلي'], [], [], []]);
    expect(stories.map((story) => names(story.sources))).toEqual([
      [],
      ['وكالة الأنباء القطرية'],
      ['وكالة الأنباء القطرية'],
      ['فرانس برس'],
    ]);
    // One new author (منى الشاذلي); قنا in both spellings is one source.
    expect(await strapi.db.query(AUTHOR_UID).count({ where: { publishedAt: null } })).toBe(authorsBefore + 1);
    expect(
      await strapi.db.query(SOURCE_UID).count({ where: { name: 'وكالة الأنباء القطرية', publishedAt: null } }),
    ).toBe(1);
    for (const prefixed of ['كتب', 'بقلم', 'الزميل', 'وكالة', 'قنا']) {
      expect(
        await strapi.db.query(AUTHOR_UID).count({ where: { name: { $contains: prefixed }, publishedAt: null } }),
      ).toBe(0);
    }
  });
});
