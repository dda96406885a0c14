import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, paragraphs, publicApi, signInAs } from '../helpers/admin';
import { plainTextFromBlocks, type Block } from '../../src/plugins/newsroom/core/text/word-count';
import type { CopyDeskHint, HintsResponse } from '../../src/plugins/newsroom/shared/contracts/copydesk';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

const sampleLines = fs
  .readFileSync(path.join(__dirname, '..', 'fixtures', 'wire', 'iraq-nato-manama-dialogue.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '');

/** Published stories that spell the doubled words right: the archive the hints learn from. */
const ARCHIVE = [
  [
    'اجتماع اللجنة العسكرية',
    'اجتمع رئيس اللجنة العسكرية مع وفد الحلف، ووصف هذا اللقاء بأنه خطوة لتعزيز قدرات المؤسسات الأمنية.',
    'وهو ما يعزز من قدرة البلاد على مواجهة التحديات، في إطار للتعاون المستمر بين الطرفين.',
  ],
  [
    'رئيس اللجنة العسكرية في بغداد',
    'قال رئيس اللجنة العسكرية إن هذا اللقاء بحث دعم المؤسسات الأمنية العراقية.',
    'وأضاف أن الاتفاق يعزز من التنسيق ويؤسس للتعاون المستمر مع الشركاء.',
  ],
  [
    'حوار أمني إقليمي',
    'أكد رئيس اللجنة العسكرية أن هذا اللقاء يفتح الباب أمام تطوير المؤسسات الأمنية.',
    'وأشار إلى أن الحوار يعزز من الثقة ويمهد للتعاون المستمر في المنطقة.',
  ],
];

let app: TestStrapi;
let strapi: Core.Strapi;
let editor: ReturnType<typeof asAdmin>;
let draftId: string;

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  const workflow = strapi.plugin('newsroom').service('workflow') as {
    publishAsSystem(id: string, locales: string[], actor: string): Promise<unknown>;
  };
  for (const [title, ...body] of ARCHIVE) {
    const created = await strapi
      .documents(ARTICLE_UID)
      .create({ locale: 'ar', data: { title, body: paragraphs(...body) } });
    await workflow.publishAsSystem(created.documentId, ['ar'], 'system:test');
  }
  // The sample wire story, as a draft: its own misspellings must not teach the model.
  const draft = await strapi.documents(ARTICLE_UID).create({
    locale: 'ar',
    data: {
      title: 'العراق وحلف الناتو يبحثان التعاون الأمني في حوار المنامة',
      body: paragraphs(...sampleLines.slice(1)),
    },
  });
  draftId = draft.documentId;
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
});
afterAll(async () => app?.teardown());

const find = (hints: CopyDeskHint[], word: string) => hints.find((hint) => hint.word === word);

describe('copy-desk hints', () => {
  it('flags الجنة for اللجنة in the stored draft, with the archive’s counts as evidence, and changes nothing', async () => {
    const before = await strapi.documents(ARTICLE_UID).findOne({ documentId: draftId, locale: 'ar', status: 'draft' });
    const response = await editor.get(`/newsroom/copydesk/articles/${draftId}?locale=ar`);
    expect(response.status).toBe(200);
    const { data, meta } = response.body as HintsResponse;
    expect(meta.model.documents).toBe(ARCHIVE.length); // published articles only: not the draft

    const committee = find(data, 'الجنة');
    expect(committee).toMatchObject({ field: 'body', suggestion: 'اللجنة' });
    expect(committee?.evidence.wordCount).toBe(0);
    expect(committee?.evidence.suggestionCount).toBeGreaterThanOrEqual(3);
    expect(committee?.evidence.before).toEqual({ neighbour: 'رئيس', wordPairCount: 0, suggestionPairCount: 4 }); // three bodies and a headline
    expect(committee?.evidence.after).toMatchObject({ neighbour: 'العسكرية', wordPairCount: 0 });
    const body = plainTextFromBlocks((before as unknown as { body: Block[] }).body);
    expect(body.slice(committee?.start, committee?.end)).toBe('الجنة');
    expect(committee?.context.after.startsWith(' العسكرية')).toBe(true);

    const suggested = data.map((hint) => `${hint.word}→${hint.suggestion}`);
    expect(suggested).toEqual(
      expect.arrayContaining(['القاء→اللقاء', 'المؤسات→المؤسسات', 'يعز→يعزز', 'لتعاون→للتعاون']),
    );

    const after = await strapi.documents(ARTICLE_UID).findOne({ documentId: draftId, locale: 'ar', status: 'draft' });
    expect(after?.body).toEqual(before?.body);
  });

  it('checks unsaved text, and leaves a correct text alone', async () => {
    const unsaved = await editor.post('/newsroom/copydesk/check', {
      title: 'لقاء',
      standfirst: 'التقى رئيس الجنة العسكرية وفد الحلف',
    });
    expect(unsaved.status).toBe(200);
    expect((unsaved.body as HintsResponse).data).toEqual([
      expect.objectContaining({ field: 'standfirst', word: 'الجنة', suggestion: 'اللجنة', start: 11, end: 16 }),
    ]);
    const clean = await editor.post('/newsroom/copydesk/check', {
      body: paragraphs('اجتمع رئيس اللجنة العسكرية مع الوفد'),
    });
    expect(clean.body.data).toEqual([]);
  });

  it('answers 400 for a malformed body and 404 for an unknown article', async () => {
    const bad = await editor.post('/newsroom/copydesk/check', { body: 42 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('body');
    expect((await editor.get('/newsroom/copydesk/articles/nope?locale=ar')).status).toBe(404);
  });

  it('is closed to callers who are not signed in', async () => {
    expect((await publicApi(strapi).get(`/newsroom/copydesk/articles/${draftId}?locale=ar`)).status).toBe(401);
    expect((await publicApi(strapi).post('/newsroom/copydesk/check').send({ body: 'نص' })).status).toBe(401);
  });
});
