import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, paragraphs, publicApi, signInAs } from '../helpers/admin';
import { plainTextFromBlocks, type Block } from '../../src/plugins/newsroom/core/text/word-count';
import type { CopyDeskHint, CopyDeskStatus, HintsResponse } from '../../src/plugins/newsroom/shared/contracts/copydesk';
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

/** The corpus named by NEWSROOM_CORPUS: news text with none of the doubled words, to learn from. */
const CORPUS = [
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني وتشجيع الاستثمار في المشاريع الصغيرة',
  'قال وزير المالية إن الموازنة العامة للعام المقبل تركز على التعليم والصحة والبنية التحتية',
  'شهدت الأسواق المالية ارتفاعا ملحوظا بعد إعلان البنك المركزي عن خفض أسعار الفائدة',
].map((text, index) => JSON.stringify({ title: `خبر ${index + 1}`, abstract: '', text }));
/** Words after which the model is `ready`: more than the corpus, less than the corpus and the archive. */
const READY_WORDS = 120;

let app: TestStrapi;
let strapi: Core.Strapi;
let editor: ReturnType<typeof asAdmin>;
let draftId: string;
let corpusDir: string;
/** A named pipe as the corpus: the boot's build waits on it until the test writes it. */
let corpusPipe: string;

const copydesk = () =>
  strapi.plugin('newsroom').service('copydesk') as { status(): CopyDeskStatus; rebuild(): Promise<unknown> };

beforeAll(async () => {
  corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-corpus-'));
  corpusPipe = path.join(corpusDir, 'corpus.jsonl');
  execFileSync('mkfifo', [corpusPipe]);
  app = await startTestStrapi({ NEWSROOM_CORPUS: corpusPipe, NEWSROOM_COPYDESK_READY_WORDS: String(READY_WORDS) });
  strapi = app.strapi;
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
afterAll(async () => {
  await app?.teardown();
  fs.rmSync(corpusDir, { recursive: true, force: true });
});

/** Publishes the archive the hints learn from. */
async function publishArchive(): Promise<void> {
  const workflow = strapi.plugin('newsroom').service('workflow') as {
    publishAsSystem(id: string, locales: string[], actor: string): Promise<unknown>;
  };
  for (const [title, ...body] of ARCHIVE) {
    const created = await strapi
      .documents(ARTICLE_UID)
      .create({ locale: 'ar', data: { title, body: paragraphs(...body) } });
    await workflow.publishAsSystem(created.documentId, ['ar'], 'system:test');
  }
}

/** Waits (bounded) for the background build the boot started to finish. */
async function buildFinished(): Promise<void> {
  for (let waited = 0; copydesk().status().building || copydesk().status().learnedWords === 0; waited += 50) {
    if (waited > 60_000) throw new Error('the copy desk build did not finish');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const pairs = (hints: CopyDeskHint[]) => hints.map((hint) => `${hint.word}→${hint.suggestion}`);

describe('copy-desk states: word list only, learning, ready', () => {
  it('on a fresh install answers from the word list while the model is still being built, and builds nothing itself', async () => {
    expect(copydesk().status()).toMatchObject({ state: 'wordList', building: true, learnedWords: 0 });
    const response = await editor.get(`/newsroom/copydesk/articles/${draftId}?locale=ar`);
    expect(response.status).toBe(200);
    const { data, meta } = response.body as HintsResponse;
    expect(meta.status).toEqual({
      state: 'wordList',
      learnedWords: 0,
      readyWords: READY_WORDS,
      building: true,
      wordListLoaded: true,
    });
    expect(meta.model).toBeNull();
    expect(data.every((hint) => hint.source === 'wordList' && hint.evidence === undefined)).toBe(true);
    expect(pairs(data)).toEqual(expect.arrayContaining(['القاء→اللقاء', 'المؤسات→المؤسسات', 'الدولين→الدوليين']));
    const meeting = data.find((hint) => hint.word === 'القاء');
    const body = plainTextFromBlocks(
      (
        (await strapi
          .documents(ARTICLE_UID)
          .findOne({ documentId: draftId, locale: 'ar', status: 'draft' })) as unknown as {
          body: Block[];
        }
      ).body,
    );
    expect(body.slice(meeting?.start, meeting?.end)).toBe('القاء');
    // Real-word typos need the model: the word list cannot know them, and no hint claims otherwise.
    expect(pairs(data)).not.toContain('الجنة→اللجنة');
    // The request did not build the model: it is still waiting on the corpus.
    expect(copydesk().status()).toMatchObject({ state: 'wordList', building: true, learnedWords: 0 });
  });

  it('learns from the corpus in the background, and says how much it has learned', async () => {
    // Asynchronously: opening a pipe for writing waits for its reader, the build, which needs the event loop.
    await fs.promises.writeFile(corpusPipe, `${CORPUS.join('\n')}\n`);
    await buildFinished();
    const { meta } = (await editor.post('/newsroom/copydesk/check', { body: 'نص' })).body as HintsResponse;
    expect(meta.status.state).toBe('learning');
    expect(meta.status.learnedWords).toBe(meta.model?.totalWords);
    expect(meta.status.learnedWords).toBeGreaterThan(0);
    expect(meta.status.learnedWords).toBeLessThan(READY_WORDS);
    expect(meta.model).toMatchObject({ documents: CORPUS.length, seededFromCorpus: true });
  });

  it('is ready once the published archive has been counted too', async () => {
    await publishArchive();
    await copydesk().rebuild();
    const { meta } = (await editor.post('/newsroom/copydesk/check', { body: 'نص' })).body as HintsResponse;
    expect(meta.status).toMatchObject({ state: 'ready', building: false });
    expect(meta.status.learnedWords).toBeGreaterThanOrEqual(READY_WORDS);
    expect(meta.model?.documents).toBe(CORPUS.length + ARCHIVE.length); // published articles only: not the draft
  });
});

const find = (hints: CopyDeskHint[], word: string) => hints.find((hint) => hint.word === word);

describe('copy-desk hints', () => {
  it('flags الجنة for اللجنة in the stored draft, with the archive’s counts as evidence, and changes nothing', async () => {
    const before = await strapi.documents(ARTICLE_UID).findOne({ documentId: draftId, locale: 'ar', status: 'draft' });
    const response = await editor.get(`/newsroom/copydesk/articles/${draftId}?locale=ar`);
    expect(response.status).toBe(200);
    const { data } = response.body as HintsResponse;

    const committee = find(data, 'الجنة');
    expect(committee).toMatchObject({ field: 'body', suggestion: 'اللجنة', source: 'archive' });
    expect(committee?.evidence?.wordCount).toBe(0);
    expect(committee?.evidence?.suggestionCount).toBeGreaterThanOrEqual(3);
    expect(committee?.evidence?.before).toEqual({ neighbour: 'رئيس', wordPairCount: 0, suggestionPairCount: 4 }); // three bodies and a headline
    expect(committee?.evidence?.after).toMatchObject({ neighbour: 'العسكرية', wordPairCount: 0 });
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
      expect.objectContaining({
        field: 'standfirst',
        word: 'الجنة',
        suggestion: 'اللجنة',
        start: 11,
        end: 16,
        source: 'archive',
      }),
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
