import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, publicApi, signInAs } from '../helpers/admin';
import type { ImportResult } from '../../src/plugins/newsroom/shared/contracts/wire-import';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';
import { removeSeededWireSample } from '../helpers/wire-sample';

/** POST /newsroom/import, the admin's Import page: drafts from pasted copy and uploaded files, per user. */
let app: TestStrapi;
let strapi: Core.Strapi;
let editor: ReturnType<typeof asAdmin>;
let author: ReturnType<typeof asAdmin>;
let authorId = 0;
const SAMPLE = fs.readFileSync(path.join(__dirname, '../fixtures/wire/iraq-nato-manama-dialogue.txt'), 'utf8');
const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

const importAs = async (session: ReturnType<typeof asAdmin>, body: object, status = 200): Promise<ImportResult> => {
  const response = await session.post('/newsroom/import', body);
  expect({ status: response.status, body: response.body }).toMatchObject({ status });
  return response.body.data as ImportResult;
};

type Draft = {
  documentId: string;
  title: string;
  publishedAt: string | null;
  authors: Array<{ name: string }>;
  createdBy: { id: number } | null;
};
const draft = async (documentId: string): Promise<Draft> =>
  (await strapi.db
    .query(ARTICLE_UID)
    .findOne({ where: { documentId, locale: 'ar', publishedAt: null }, populate: ['authors', 'createdBy'] })) as Draft;

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  await strapi.plugin('newsroom').service('seed').run();
  // These tests import the sample as a first import (tests/api/wire-updates.test.api.ts pastes it next to the seed).
  await removeSeededWireSample(strapi);
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
  const authorSession = await signInAs(strapi, 'strapi-author');
  authorId = authorSession.userId;
  author = asAdmin(strapi, authorSession);
});
afterAll(async () => {
  await app?.teardown();
});

describe('POST /newsroom/import', () => {
  let sampleId = '';

  it('imports pasted copy as a draft at the first stage, with a proposed title and the byline author', async () => {
    const result = await importAs(editor, { text: SAMPLE });
    expect(result.failed).toEqual([]);
    expect(result.created).toHaveLength(1);
    const [story] = result.created;
    expect(story).toMatchObject({
      locale: 'ar',
      title: 'التقى مستشار الأمن القومي العراقي مع رئيس الجنة العسكرية',
      titleProposed: true,
    });
    sampleId = story.documentId;
    const article = await draft(sampleId);
    expect(article.publishedAt).toBeNull();
    expect(article.authors.map((person) => person.name)).toEqual(['سيد محمد']);
    const state = await editor.get(`/newsroom/workflow/articles/${sampleId}?locale=ar`);
    expect(state.body.data.state.stage).toBe('draft');
    expect(
      await strapi.db.query(ARTICLE_UID).count({ where: { documentId: sampleId, publishedAt: { $notNull: true } } }),
    ).toBe(0);
  });

  it('skips the same copy posted again', async () => {
    const result = await importAs(editor, { text: SAMPLE });
    expect(result.created).toEqual([]);
    expect(result.skipped).toEqual([
      expect.objectContaining({ documentId: sampleId, reason: 'same content already imported' }),
    ]);
  });

  it('reports a binary file by its name and imports the other files', async () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const record = {
      docno: 'P-1',
      url: 'https://example.com/page-1',
      source: 'skynews',
      category: 'sport',
      title: 'فوز كبير للمنتخب في المباراة النهائية',
      time: '',
      author: '',
      abstract: '',
      text: 'حقق المنتخب فوزا كبيرا.',
    };
    const result = await importAs(editor, {
      files: [
        { name: 'photo.png', content: base64(binary) },
        { name: 'archive.jsonl.gz', content: base64(zlib.gzipSync(`${JSON.stringify(record)}\n{not json\n`)) },
      ],
    });
    expect(result.created.map((story) => story.title)).toEqual(['فوز كبير للمنتخب في المباراة النهائية']);
    expect(result.failed).toEqual([
      { file: 'photo.png', line: 1, reason: expect.stringContaining('binary') },
      { file: 'archive.jsonl.gz', line: 2, reason: expect.any(String) },
    ]);
  });

  it('refuses a file over 5 MB naming it, bad bodies naming the field, and publishing', async () => {
    const big = await editor.post('/newsroom/import', {
      files: [{ name: 'huge.txt', content: base64(Buffer.alloc(5 * 1024 * 1024 + 1, 0x61)) }],
    });
    expect(big.status).toBe(413);
    expect(big.body.error.message).toContain('huge.txt');
    expect((await editor.post('/newsroom/import', {})).status).toBe(400);
    const notBase64 = await editor.post('/newsroom/import', { files: [{ name: 'a.txt', content: '!!!' }] });
    expect(notBase64.status).toBe(400);
    expect(notBase64.body.error.message).toContain('files.0.content');
    const publish = await editor.post('/newsroom/import', { text: SAMPLE, publish: true });
    expect(publish.status).toBe(400);
    expect(publish.body.error.message).toContain('publish');
  });

  it('answers 401 without a session', async () => {
    expect((await publicApi(strapi).post('/newsroom/import').send({ text: SAMPLE })).status).toBe(401);
  });

  it('lets an Author import; the draft is theirs to edit, and a draft of someone else is not updated', async () => {
    const copy =
      'القاهرة - أحمد الريدي\n\nافتتح وزير الثقافة معرض الكتاب الدولي في دورته الجديدة بمشاركة واسعة من دور النشر العربية.\n';
    const result = await importAs(author, { text: copy });
    expect(result.failed).toEqual([]);
    expect(result.created).toHaveLength(1);
    const mine = result.created[0].documentId;
    expect((await draft(mine)).createdBy?.id).toBe(authorId);
    const edit = await author.put(`/content-manager/collection-types/${ARTICLE_UID}/${mine}?locale=ar`, {
      standfirst: 'معرض الكتاب يفتح أبوابه',
    });
    expect(edit.status).toBe(200);
    // The editor's sample, changed: offered as an update of it, which the author may not apply.
    const changed = await importAs(author, { text: `${SAMPLE}\nفقرة أضيفت لاحقا إلى الخبر بعد نشره الأول.\n` });
    expect(changed.updated).toEqual([]);
    expect(changed.created).toEqual([]);
    expect(changed.updates).toEqual([expect.objectContaining({ matchedBy: 'similar-text', mayApply: false })]);
  });
});
