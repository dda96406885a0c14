import { setAuthorArticleConditions } from '../helpers/roles';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFile } from 'child_process';
import { promisify } from 'util';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, signInAs } from '../helpers/admin';
import { placeInStage } from '../helpers/workflow';
import type { ImportResult, OfferedUpdate } from '../../src/plugins/newsroom/shared/contracts/wire-import';
import { ARTICLE_UID, LEDGER_UID, WIRE_STORY_UID } from '../../src/plugins/newsroom/core/model';
import { readWireInputs } from '../../scripts/lib/wire-input';

/**
 * Updates, not copies (issue #20): a later version of an imported story — the same agency id, the same URL, or
 * near-duplicate text — is offered as an update of that draft, applied to it (a new version; the workflow keeps
 * the live version), or imported as new; the same content again stays "already imported".
 */
let app: TestStrapi;
let strapi: Core.Strapi;
let editor: ReturnType<typeof asAdmin>;
let author: ReturnType<typeof asAdmin>;
let folder = '';
const SAMPLE = fs.readFileSync(path.join(__dirname, '../fixtures/wire/iraq-nato-manama-dialogue.txt'), 'utf8');
const SAMPLE_LINES = SAMPLE.split('\n');
/** The sample with its first paragraph rewritten by the desk. */
const REWRITTEN_LEAD = [
  SAMPLE_LINES[0],
  'عقد مستشار الأمن القومي العراقي قاسم الأعرجي اجتماعاً موسعاً مع رئيس اللجنة العسكرية لحلف الناتو في المنامة، وبحث الطرفان خطط التدريب والدعم الاستشاري للقوات العراقية خلال العام المقبل، بحسب بيان رسمي صدر مساء السبت.',
  ...SAMPLE_LINES.slice(2),
].join('\n');
const UNRELATED =
  'القاهرة - أحمد الريدي\nافتتح وزير الثقافة معرض الكتاب الدولي في دورته الجديدة بمشاركة واسعة من دور النشر العربية والأجنبية، وشهد اليوم الأول إقبالاً كبيراً من الزوار.\n';

const ninjs = (version: number, body: string, headline = 'الأعرجي يبحث مع الناتو تعزيز التعاون الأمني') =>
  JSON.stringify({
    uri: 'urn:newsml:ina.iq:20261206:ina-updates-1',
    version: String(version),
    urgency: version === 1 ? 4 : 2,
    headline,
    body_html: body,
  });
const NINJS_V1 =
  '<p>التقى مستشار الأمن القومي العراقي قاسم الأعرجي رئيس اللجنة العسكرية في حلف الناتو على هامش حوار المنامة.</p>';
const NINJS_V2 =
  '<p>أعلن مكتب مستشار الأمن القومي العراقي أن الأعرجي اتفق مع الناتو على برنامج تدريب جديد يبدأ الشهر المقبل.</p><p>وقال البيان إن البرنامج يشمل ضباط الأركان.</p>';

const importAs = async (session: ReturnType<typeof asAdmin>, body: object): Promise<ImportResult> => {
  const response = await session.post('/newsroom/import', body);
  expect({ status: response.status, body: response.body }).toMatchObject({ status: 200 });
  return response.body.data as ImportResult;
};

interface DraftRow {
  documentId: string;
  title: string;
  body: Array<{ children: Array<{ text: string }> }>;
  contentHash: string | null;
}
const draftOf = async (documentId: string): Promise<DraftRow> =>
  (await strapi.db.query(ARTICLE_UID).findOne({ where: { documentId, locale: 'ar', publishedAt: null } })) as DraftRow;
const textOf = (row: DraftRow) =>
  row.body.map((block) => block.children.map((child) => child.text).join('')).join('\n');
const articleCount = () => strapi.db.query(ARTICLE_UID).count({ where: { locale: 'ar', publishedAt: null } });
const versionsOf = (documentId: string) =>
  strapi.plugin('newsroom').service('history').versions.list(documentId, 'ar') as Promise<
    Array<{ number: number; path: string; actorId: string }>
  >;
const seededSample = async (): Promise<string> => {
  const rows = (await strapi.db.query(ARTICLE_UID).findMany({
    select: ['documentId'],
    where: { locale: 'ar', publishedAt: null, title: { $startsWith: 'التقى مستشار الأمن القومي' } },
    orderBy: { id: 'asc' },
  })) as Array<{ documentId: string }>;
  return rows[0].documentId;
};

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  await strapi.plugin('newsroom').service('seed').run();
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
  author = asAdmin(strapi, await signInAs(strapi, 'strapi-author'));
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wire-updates-'));
}, 300_000);
afterAll(async () => {
  fs.rmSync(folder, { recursive: true, force: true });
  await app?.teardown();
});

describe('the seeded wire sample', () => {
  it('carries its content hash: pasting the sample on a fresh install says "already imported", no copy', async () => {
    const seeded = await seededSample();
    expect((await draftOf(seeded)).contentHash).toMatch(/^[0-9a-f]{64}$/);
    const before = await articleCount();
    const result = await importAs(editor, { text: SAMPLE });
    expect(result.created).toEqual([]);
    expect(result.updates).toEqual([]);
    expect(result.skipped).toEqual([
      expect.objectContaining({ documentId: seeded, reason: 'same content already imported' }),
    ]);
    expect(await articleCount()).toBe(before);
  });

  it('seeding again keeps one sample and one record of it', async () => {
    await strapi.plugin('newsroom').service('seed').run();
    const seeded = await seededSample();
    expect(await strapi.db.query(WIRE_STORY_UID).count({ where: { articleDocumentId: seeded } })).toBe(1);
  });
});

describe('updates offered on the Import page', () => {
  let offer: OfferedUpdate;

  it('offers the sample with a rewritten first paragraph as an update of the seeded draft, with the change', async () => {
    const seeded = await seededSample();
    const before = await draftOf(seeded);
    const count = await articleCount();
    const result = await importAs(editor, { text: REWRITTEN_LEAD });
    expect(result.created).toEqual([]);
    expect(result.updates).toHaveLength(1);
    [offer] = result.updates;
    expect(offer).toMatchObject({
      documentId: seeded,
      locale: 'ar',
      title: before.title,
      matchedBy: 'similar-text',
      stage: 'draft',
      published: false,
      mayApply: true,
    });
    expect(offer.similarity).toBeGreaterThanOrEqual(0.75);
    const body = offer.changes.find((change) => change.field === 'body');
    expect(body).toMatchObject({ type: 'blocks' });
    expect(JSON.stringify(body)).toContain('اجتماعاً موسعاً');
    // Offered, not written.
    expect(await articleCount()).toBe(count);
    expect(textOf(await draftOf(seeded))).toBe(textOf(before));
  });

  it('imports an unrelated story as new', async () => {
    const result = await importAs(editor, { text: UNRELATED });
    expect(result.updates).toEqual([]);
    expect(result.created).toHaveLength(1);
  });

  it('applies the update to the draft: the draft changes, a version is recorded, the workflow sends it back', async () => {
    const seeded = offer.documentId;
    await placeInStage(strapi, seeded, 'approved');
    const ledgerBefore = await strapi.db.query(LEDGER_UID).count({ where: { documentId: seeded } });
    const versionsBefore = (await versionsOf(seeded)).length;
    const count = await articleCount();
    const result = await importAs(editor, {
      text: REWRITTEN_LEAD,
      update: { contentHash: offer.contentHash, documentId: seeded, action: 'apply' },
    });
    expect(result.updated).toEqual([expect.objectContaining({ documentId: seeded })]);
    expect(result.created).toEqual([]);
    expect(await articleCount()).toBe(count);
    const after = await draftOf(seeded);
    expect(textOf(after)).toContain('اجتماعاً موسعاً');
    expect(after.contentHash).toBe(offer.contentHash);
    const versions = await versionsOf(seeded);
    expect(versions).toHaveLength(versionsBefore + 1);
    expect(versions[0]).toMatchObject({ path: 'import-page' });
    // The approval was given to the text before: it no longer covers the draft (an Editor's change is marked).
    const state = await editor.get(`/newsroom/workflow/articles/${seeded}?locale=ar`);
    expect(state.body.data.state).toMatchObject({ stage: 'approved' });
    expect(state.body.data.state.draftChangedAt).toBeDefined();
    expect(await strapi.db.query(LEDGER_UID).count({ where: { documentId: seeded } })).toBeGreaterThanOrEqual(
      ledgerBefore,
    );
    // The same copy again is now the draft's own content.
    const again = await importAs(editor, { text: REWRITTEN_LEAD });
    expect(again.skipped).toEqual([expect.objectContaining({ documentId: seeded })]);
  });

  it('imports it as new when asked, leaving the stored story as it was', async () => {
    const copy = `${REWRITTEN_LEAD}\nوفي ختام اللقاء اتفق الجانبان على عقد اجتماع متابعة في بغداد خلال الأسابيع المقبلة.\n`;
    const offered = await importAs(editor, { text: copy });
    expect(offered.updates).toHaveLength(1);
    const [update] = offered.updates;
    const stored = textOf(await draftOf(update.documentId));
    const result = await importAs(editor, {
      text: copy,
      update: { contentHash: update.contentHash, documentId: update.documentId, action: 'new' },
    });
    expect(result.created).toHaveLength(1);
    expect(result.created[0].documentId).not.toBe(update.documentId);
    expect(textOf(await draftOf(update.documentId))).toBe(stored);
  });
});

describe('agency ids and versions (ninjs)', () => {
  let storyId = '';

  it('stores the agency id, version and urgency of an imported item', async () => {
    const result = await importAs(editor, { text: ninjs(1, NINJS_V1) });
    expect(result.created).toHaveLength(1);
    storyId = result.created[0].documentId;
    expect(
      await strapi.db.query(WIRE_STORY_UID).findOne({ where: { articleDocumentId: storyId, locale: 'ar' } }),
    ).toMatchObject({ agencyId: 'urn:newsml:ina.iq:20261206:ina-updates-1', agencyVersion: '1', urgency: 4 });
  });

  it('offers a new version of the same agency id as an update, however much the text changed', async () => {
    const result = await importAs(editor, { text: ninjs(2, NINJS_V2, 'الأعرجي والناتو يتفقان على برنامج تدريب') });
    expect(result.created).toEqual([]);
    expect(result.updates).toEqual([
      expect.objectContaining({
        documentId: storyId,
        matchedBy: 'agency-id',
        storyTitle: 'الأعرجي والناتو يتفقان على برنامج تدريب',
        agency: { id: 'urn:newsml:ina.iq:20261206:ina-updates-1', version: '2', urgency: 2, previousVersion: '1' },
      }),
    ]);
    expect(result.updates[0].changes.map((change) => change.field)).toEqual(expect.arrayContaining(['title', 'body']));
  });

  it('applies it to a published story without touching the live version', async () => {
    await placeInStage(strapi, storyId, 'published');
    const live = (await strapi.db
      .query(ARTICLE_UID)
      .findOne({ where: { documentId: storyId, locale: 'ar', publishedAt: { $notNull: true } } })) as DraftRow;
    const offered = await importAs(editor, { text: ninjs(2, NINJS_V2, 'الأعرجي والناتو يتفقان على برنامج تدريب') });
    expect(offered.updates[0]).toMatchObject({ published: true, stage: 'published' });
    const result = await importAs(editor, {
      text: ninjs(2, NINJS_V2, 'الأعرجي والناتو يتفقان على برنامج تدريب'),
      update: { contentHash: offered.updates[0].contentHash, documentId: storyId, action: 'apply' },
    });
    expect(result.updated).toEqual([expect.objectContaining({ documentId: storyId })]);
    expect((await draftOf(storyId)).title).toBe('الأعرجي والناتو يتفقان على برنامج تدريب');
    const stillLive = (await strapi.db
      .query(ARTICLE_UID)
      .findOne({ where: { documentId: storyId, locale: 'ar', publishedAt: { $notNull: true } } })) as DraftRow;
    expect(stillLive.title).toBe(live.title);
    expect(textOf(stillLive)).toBe(textOf(live));
    expect(
      await strapi.db.query(WIRE_STORY_UID).findOne({ where: { articleDocumentId: storyId, locale: 'ar' } }),
    ).toMatchObject({ agencyVersion: '2', urgency: 2 });
  });

  it('skips an older version of the item than the one imported when applying', async () => {
    const older = ninjs(1, `${NINJS_V1}<p>فقرة من النسخة الأولى لم تنشر.</p>`);
    const result = await strapi
      .plugin('newsroom')
      .service('wireImport')
      .importStories(readWireInputs([writeFile('older.json', older)]), { updates: 'apply' });
    expect(result.skipped).toEqual([
      expect.objectContaining({ documentId: storyId, reason: 'an older version than the one imported' }),
    ]);
  });
});

function writeFile(name: string, content: string): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('an Author and updates of stories they may not edit', () => {
  it('with "is creator" off the Author applies the update; with it on the update is refused and nothing changes', async () => {
    const editorStory = await importAs(editor, {
      text: 'بغداد - رويترز\nأعلنت وزارة النفط العراقية ارتفاع صادرات الخام في الشهر الماضي إلى أعلى مستوى لها منذ عامين، مدعومة بزيادة الإنتاج في حقول الجنوب وتحسن الطلب في الأسواق الآسيوية.\nوقالت الوزارة إن متوسط الصادرات بلغ ثلاثة ملايين وثلاثمئة ألف برميل يوميا.\n',
    });
    const documentId = editorStory.created[0].documentId;
    const revised = (n: number) =>
      `بغداد - رويترز\nأعلنت وزارة النفط العراقية ارتفاع صادرات الخام في الشهر الماضي إلى أعلى مستوى لها منذ عامين، مدعومة بزيادة الإنتاج في حقول الجنوب وتحسن الطلب في الأسواق الآسيوية.\nوقالت الوزارة إن متوسط الصادرات بلغ ثلاثة ملايين وثلاثمئة ألف برميل يوميا.\nوأضافت الوزارة في بيان لاحق رقم ${n} أن الإيرادات تجاوزت التوقعات.\n`;

    // Guard off: the Author may edit every article, so may apply the update.
    await setAuthorArticleConditions(strapi, 'update', []);
    const open = await importAs(author, { text: revised(1) });
    expect(open.updates).toEqual([expect.objectContaining({ documentId, mayApply: true })]);
    const applied = await importAs(author, {
      text: revised(1),
      update: { contentHash: open.updates[0].contentHash, documentId, action: 'apply' },
    });
    expect(applied.updated).toEqual([expect.objectContaining({ documentId })]);
    expect(textOf(await draftOf(documentId))).toContain('بيان لاحق رقم 1');

    // Guard on (the role as set up): "is creator" — the editor's story is not theirs.
    await setAuthorArticleConditions(strapi, 'update', ['admin::is-creator']);
    const closed = await importAs(author, { text: revised(2) });
    expect(closed.updates).toEqual([expect.objectContaining({ documentId, mayApply: false })]);
    const refused = await importAs(author, {
      text: revised(2),
      update: { contentHash: closed.updates[0].contentHash, documentId, action: 'apply' },
    });
    expect(refused.updated).toEqual([]);
    expect(refused.skipped).toEqual([
      expect.objectContaining({ documentId, reason: 'a different version exists that you may not edit' }),
    ]);
    expect(textOf(await draftOf(documentId))).not.toContain('بيان لاحق رقم 2');
  });
});

describe('the command line (npm run import --updates)', () => {
  const cliImport = (file: string, updates: 'offer' | 'apply' | 'new') =>
    strapi
      .plugin('newsroom')
      .service('wireImport')
      .importStories(readWireInputs([file]), {
        batchSize: 100,
        versionPath: 'import-cli',
        updates,
      }) as Promise<ImportResult>;
  const archive = (name: string, text: string, docno: string) =>
    writeFile(
      name,
      `${JSON.stringify({
        docno,
        url: `https://archive.example.com/${docno}`,
        source: 'skynews',
        category: 'sport',
        title: 'المنتخب يفوز في المباراة النهائية ويتوج بالكأس',
        time: 'Sun, 18 Feb 2018 21:35:43 +0400',
        author: 'أبوظبي - سكاي نيوز عربية',
        abstract: '',
        text,
      })}\n`,
    );
  const FIRST =
    'حقق المنتخب فوزا كبيرا في المباراة النهائية التي أقيمت مساء أمس على ملعب المدينة أمام جمهور غفير.\nوسجل اللاعب هدفين في الشوط الثاني بعد تمريرات متقنة من زملائه في خط الوسط.\nوتسلم قائد الفريق الكأس من رئيس الاتحاد في حفل أقيم بعد المباراة.';
  const SECOND = `${FIRST}\nوأعلن المدرب أن الفريق سيحتفل مع الجماهير غدا.`;

  it('skips (default), applies, or imports as new a near-duplicate filed under another URL', async () => {
    const first = await cliImport(archive('first.jsonl', FIRST, 'U-1'), 'offer');
    expect(first.created).toHaveLength(1);
    const storedId = first.created[0].documentId;

    const skipped = await cliImport(archive('second.jsonl', SECOND, 'U-2'), 'offer');
    expect(skipped.created).toEqual([]);
    expect(skipped.updates).toEqual([expect.objectContaining({ documentId: storedId, matchedBy: 'similar-text' })]);
    expect(textOf(await draftOf(storedId))).not.toContain('سيحتفل');

    const asNew = await cliImport(archive('second-new.jsonl', SECOND, 'U-3'), 'new');
    expect(asNew.created).toHaveLength(1);
    expect(asNew.created[0].documentId).not.toBe(storedId);

    const third = `${SECOND}\nوهنأ رئيس الاتحاد اللاعبين على اللقب.`;
    const applied = await cliImport(archive('third.jsonl', third, 'U-4'), 'apply');
    expect(applied.updated).toHaveLength(1);
    expect(textOf(await draftOf(applied.updated[0].documentId))).toContain('وهنأ رئيس الاتحاد');
    const versions = await versionsOf(applied.updated[0].documentId);
    expect(versions[0]).toMatchObject({ path: 'import-cli' });
  });

  it('refuses an unknown --updates value naming the option', async () => {
    const run = promisify(execFile);
    const script = path.join(__dirname, '../../scripts/import.ts');
    await expect(
      run(process.execPath, ['-r', 'esbuild-register', script, '--dry-run', '--updates', 'merge', folder], {
        cwd: path.join(__dirname, '../..'),
      }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('--updates must be one of skip, apply, new') });
    const { stdout } = await run(
      process.execPath,
      ['-r', 'esbuild-register', script, '--dry-run', '--updates', 'apply', path.join(folder, 'first.jsonl')],
      { cwd: path.join(__dirname, '../..') },
    );
    expect(stdout).toContain('1 parsed');
  });
});
