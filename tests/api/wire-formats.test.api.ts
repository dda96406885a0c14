import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, signInAs } from '../helpers/admin';
import type { ImportResult } from '../../src/plugins/newsroom/shared/contracts/wire-import';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

/** ninjs and NewsML-G2 on the Import page (POST /newsroom/import): the format is told from the content. */
let app: TestStrapi;
let strapi: Core.Strapi;
let editor: ReturnType<typeof asAdmin>;
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../fixtures/wire', name), 'utf8');

const importText = async (body: object): Promise<ImportResult> => {
  const response = await editor.post('/newsroom/import', body);
  expect(response.status).toBe(200);
  return response.body.data as ImportResult;
};

interface ImportedArticle {
  title: string;
  dateline: string | null;
  embargoUntil: string | null;
  standfirst: string | null;
  authors: Array<{ name: string }>;
  sources: Array<{ name: string }>;
}

const article = async (documentId: string): Promise<ImportedArticle> =>
  (await strapi.documents(ARTICLE_UID).findOne({
    documentId,
    locale: 'ar',
    status: 'draft',
    populate: ['authors', 'sources'],
  } as never)) as unknown as ImportedArticle;

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  await strapi.plugin('newsroom').service('seed').run();
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
});
afterAll(async () => {
  await app?.teardown();
});

describe('agency formats on the Import page', () => {
  it('imports pasted ninjs with its embargo, byline person, dateline and agency source', async () => {
    const result = await importText({ text: fixture('ninjs-2-manama-dialogue.json') });
    expect(result.failed).toEqual([]);
    expect(result.created).toHaveLength(1);
    const imported = await article(result.created[0].documentId);
    expect(imported.title).toBe('الأعرجي يبحث مع رئيس اللجنة العسكرية للناتو تعزيز التعاون الأمني');
    expect(new Date(imported.embargoUntil ?? '').toISOString()).toBe('2026-12-05T09:00:00.000Z');
    expect(imported.dateline).toBe('المنامة');
    expect(imported.standfirst).toBe('لقاء على هامش حوار المنامة تناول برامج التدريب والاستشارة.');
    expect(imported.authors.map((person) => person.name)).toEqual(['سيد محمد']);
    expect(imported.sources.map((source) => source.name)).toEqual(['وكالة الأنباء العراقية']);
  });

  it('skips the same ninjs item sent again', async () => {
    const result = await importText({ text: fixture('ninjs-2-manama-dialogue.json') });
    expect(result.created).toEqual([]);
    expect(result.skipped).toHaveLength(1);
  });

  it('imports an uploaded NewsML-G2 message as one draft per item, agencies as sources', async () => {
    const content = Buffer.from(fixture('newsml-g2-message-two-items.xml')).toString('base64');
    const result = await importText({ files: [{ name: 'wire.xml', content }] });
    expect(result.failed).toEqual([]);
    expect(result.created).toHaveLength(2);
    const [doha, paris] = await Promise.all(result.created.map((story) => article(story.documentId)));
    expect(doha.authors).toEqual([]);
    expect(doha.sources.map((source) => source.name)).toEqual(['وكالة الأنباء القطرية']);
    // The seed's «وكالة فرانس برس» is the same source as «أ.ف.ب» (one sourceKey): linked, not duplicated.
    expect(paris.sources.map((source) => source.name)).toEqual(['وكالة فرانس برس']);
  });

  it('imports pasted NewsML-G2 with its embargo and the person of «كتبت:»', async () => {
    const result = await importText({ text: fixture('newsml-g2-item-baghdad.xml') });
    expect(result.failed).toEqual([]);
    const imported = await article(result.created[0].documentId);
    expect(new Date(imported.embargoUntil ?? '').toISOString()).toBe('2026-12-05T15:00:00.000Z');
    expect(imported.authors.map((person) => person.name)).toEqual(['منى الشاذلي']);
  });

  it('reports ninjs nested past the JSON limit as a failure naming the limit, and writes nothing', async () => {
    const before = await strapi.db.query(ARTICLE_UID).count({});
    const deep = `{"uri":"urn:x:deep","bodies":[{"value":"نص."}],"extra":${'['.repeat(100)}${']'.repeat(100)}}`;
    const result = await importText({ text: deep });
    expect(result.created).toEqual([]);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0].reason).toMatch(/jsonDepth \(64\)/);
    expect(await strapi.db.query(ARTICLE_UID).count({})).toBe(before);
  });
});
