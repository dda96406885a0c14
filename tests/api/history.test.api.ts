import { setAuthorArticleConditions } from '../helpers/roles';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { Test } from 'supertest';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs, type AdminSession } from '../helpers/admin';
import { readWireInputs } from '../../scripts/lib/wire-input';
import { readDraftSnapshot } from '../../src/plugins/newsroom/server/src/history/snapshot-reader';
import { getService } from '../../src/plugins/newsroom/server/src/get-service';
import type { VersionSummary } from '../../src/plugins/newsroom/shared/contracts/history';
import {
  ARTICLE_UID,
  ARTICLE_VERSION_UID,
  LEDGER_UID,
  WORKFLOW_STATE_UID,
} from '../../src/plugins/newsroom/core/model';

/**
 * Every save is a version (issue #15): each path that changes an article locale records one, naming who, which
 * path, at which stage, with the hash of what was saved; the rows are append-only; the history's admin routes
 * answer only those who may read (or, to restore, update) the article, and are not in the content API.
 */
let app: TestStrapi;
let strapi: Core.Strapi;
let editorSession: AdminSession;
let editor: ReturnType<typeof asAdmin>;
let authorSession: AdminSession;
let author: ReturnType<typeof asAdmin>;
let token: string;
let tokenId: number;
let folder: string;

const versionsOf = async (documentId: string, locale = 'ar'): Promise<VersionSummary[]> =>
  getService(strapi, 'history').versions.list(documentId, locale);
const latestOf = async (documentId: string, locale = 'ar') => (await versionsOf(documentId, locale))[0];
const draftHash = async (documentId: string, locale = 'ar') =>
  (await readDraftSnapshot(strapi, documentId, locale))?.hash;

const withToken = (test: Test): Test => test.set('Authorization', `Bearer ${token}`);

const storyRecord = (docno: string, title: string) => ({
  docno,
  url: `https://example.com/history/${docno}`,
  source: 'skynews',
  category: 'sport',
  title,
  time: 'Sun, 18 Feb 2018 21:35:43 +0400',
  author: 'أبوظبي - سكاي نيوز عربية',
  abstract: '',
  text: `نص الخبر ${docno} الأول.\nوالفقرة الثانية من الخبر.`,
});

const storyInputs = (name: string, records: Array<Record<string, string>>) => {
  const file = path.join(folder, name);
  fs.writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n'));
  return readWireInputs([file]);
};

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  await strapi.plugin('newsroom').service('seed').run();
  editorSession = await signInAs(strapi, 'strapi-editor');
  editor = asAdmin(strapi, editorSession);
  authorSession = await signInAs(strapi, 'strapi-author');
  author = asAdmin(strapi, authorSession);
  const created = (await strapi.service('admin::api-token').create({
    name: 'history',
    type: 'full-access',
    lifespan: null,
  })) as { accessKey: string; id: number };
  token = created.accessKey;
  tokenId = created.id;
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'history-'));
});
afterAll(async () => {
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
  await app?.teardown();
});

describe('each path records the version it saved', () => {
  let cmArticle = '';

  it('Content Manager: create and update, by the admin user; an unchanged save records nothing', async () => {
    const created = await editor.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
      title: 'الحكومة تعقد اجتماعاً',
      body: paragraphs('قال الوزير إن الاجتماع مهم.'),
    });
    expect(created.status).toBe(201);
    cmArticle = created.body.data.documentId as string;
    const first = await latestOf(cmArticle);
    expect(first).toMatchObject({
      number: 1,
      actorId: `admin:${editorSession.userId}`,
      path: 'content-manager',
      stage: 'draft',
      changeSize: 0,
      hash: await draftHash(cmArticle),
    });

    const updated = await editor.put(`${cmPath(ARTICLE_UID, cmArticle)}?locale=ar`, {
      title: 'الحكومة تعقد اجتماعاً طارئاً',
      body: paragraphs('قال الوزير إن الاجتماع مهم.'),
    });
    expect(updated.status).toBe(200);
    const second = await latestOf(cmArticle);
    expect(second).toMatchObject({ number: 2, path: 'content-manager', hash: await draftHash(cmArticle) });
    expect(second?.changeSize).toBeGreaterThan(0);
    expect(second?.hash).not.toBe(first?.hash);

    const unchanged = await editor.put(`${cmPath(ARTICLE_UID, cmArticle)}?locale=ar`, {
      title: 'الحكومة تعقد اجتماعاً طارئاً',
      body: paragraphs('قال الوزير إن الاجتماع مهم.'),
    });
    expect(unchanged.status).toBe(200);
    expect((await versionsOf(cmArticle)).map((version) => version.number)).toEqual([2, 1]);
  });

  it('REST with an API token: create and update', async () => {
    const created = await withToken(publicApi(strapi).post('/api/articles?locale=ar&status=draft')).send({
      data: { title: 'خبر من الواجهة البرمجية' },
    });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId as string;
    expect(await latestOf(documentId)).toMatchObject({
      number: 1,
      actorId: `token:${tokenId}`,
      path: 'rest',
      hash: await draftHash(documentId),
    });
    const updated = await withToken(publicApi(strapi).put(`/api/articles/${documentId}?locale=ar&status=draft`)).send({
      data: { standfirst: 'موجز الخبر' },
    });
    expect(updated.status).toBe(200);
    expect(await latestOf(documentId)).toMatchObject({
      number: 2,
      actorId: `token:${tokenId}`,
      path: 'rest',
      changeSize: 2,
      hash: await draftHash(documentId),
    });
  });

  it('GraphQL with an API token', async () => {
    const created = await strapi
      .documents(ARTICLE_UID)
      .create({ locale: 'ar', data: { title: 'خبر للمخطط' } } as never);
    // With the public draft guard on (the default) GraphQL takes no `status: DRAFT`, and its article mutations
    // publish, which the workflow refuses a token: draft edits through GraphQL exist only with the guard off.
    strapi.config.set('plugin::newsroom.publicDraftGuard', false);
    let response;
    try {
      response = await withToken(publicApi(strapi).post('/graphql')).send({
        query: `mutation { updateArticle(documentId: "${created.documentId}", locale: "ar", status: DRAFT, data: { dateline: "بغداد" }) { documentId } }`,
      });
    } finally {
      strapi.config.set('plugin::newsroom.publicDraftGuard', true);
    }
    expect(response.body.errors).toBeUndefined();
    expect(await latestOf(created.documentId)).toMatchObject({
      number: 2,
      actorId: `token:${tokenId}`,
      path: 'graphql',
      hash: await draftHash(created.documentId),
    });
  });

  it('strapi.documents() from code: create, update, and discardDraft back to the published version', async () => {
    const created = await strapi
      .documents(ARTICLE_UID)
      .create({ locale: 'ar', data: { title: 'خبر من الشيفرة' } } as never);
    const first = await latestOf(created.documentId);
    expect(first).toMatchObject({ number: 1, actorId: 'system:code', path: 'code', stage: 'draft' });
    await getService(strapi, 'workflow').publishAsSystem(created.documentId, ['ar'], 'system:test');
    // Publishing copies the draft: the draft is unchanged, so no version.
    expect((await latestOf(created.documentId))?.number).toBe(1);

    await strapi.documents(ARTICLE_UID).update({
      documentId: created.documentId,
      locale: 'ar',
      data: { title: 'خبر من الشيفرة معدل' },
    } as never);
    expect(await latestOf(created.documentId)).toMatchObject({ number: 2, path: 'code', stage: 'published' });

    await strapi.documents(ARTICLE_UID).discardDraft({ documentId: created.documentId, locale: 'ar' } as never);
    const discarded = await latestOf(created.documentId);
    expect(discarded).toMatchObject({ number: 3, path: 'code', hash: first?.hash });
    expect(discarded?.hash).toBe(await draftHash(created.documentId));
  });

  it("the import's batch path records version 1 of each story in its transaction, as the recorder would read it", async () => {
    const result = await getService(strapi, 'wireImport').importStories(
      storyInputs('batch.jsonl', [storyRecord('B-1', 'فوز كبير للمنتخب'), storyRecord('B-2', 'خسارة الفريق')]),
      { batchSize: 10, versionPath: 'import-cli' },
    );
    expect(result.created).toHaveLength(2);
    for (const { documentId } of result.created) {
      expect(await versionsOf(documentId)).toEqual([
        expect.objectContaining({
          number: 1,
          actorId: 'system:import',
          path: 'import-cli',
          stage: 'draft',
          hash: await draftHash(documentId),
        }),
      ]);
    }
  });

  it('the one-story import path (the command line)', async () => {
    const result = await getService(strapi, 'wireImport').importStories(
      storyInputs('one.jsonl', [storyRecord('O-1', 'قصة واحدة من الأرشيف')]),
      { versionPath: 'import-cli' },
    );
    expect(result.created).toHaveLength(1);
    const { documentId } = result.created[0]!;
    expect(await latestOf(documentId)).toMatchObject({
      number: 1,
      actorId: 'system:import',
      path: 'import-cli',
      hash: await draftHash(documentId),
    });
  });

  it("the admin's Import page, as the admin user importing", async () => {
    // The seed holds the wire sample already (its content hash: "already imported"): a story of its own here.
    const sample =
      'كتب: سيد محمد\nافتتح وزير الثقافة معرض الكتاب الدولي في دورته الجديدة بمشاركة واسعة من دور النشر العربية.\n';
    const response = await editor.post('/newsroom/import', { text: sample });
    expect(response.status).toBe(200);
    const created = (response.body.data.created as Array<{ documentId: string }>)[0];
    expect(created).toBeDefined();
    expect(await latestOf(created!.documentId)).toMatchObject({
      number: 1,
      actorId: `admin:${editorSession.userId}`,
      path: 'import-page',
      hash: await draftHash(created!.documentId),
    });
  });

  it('the scheduler: publishing an article saved before versions existed records its first version', async () => {
    const documentId = `history-scheduled-${Date.now()}`;
    await strapi.db.query(ARTICLE_UID).create({
      data: { documentId, locale: 'ar', title: 'خبر مجدول', slug: 'خبر-مجدول', publishedAt: null },
    });
    await strapi.db.query(WORKFLOW_STATE_UID).create({
      data: {
        contentType: ARTICLE_UID,
        targetDocumentId: documentId,
        locale: 'ar',
        stage: 'scheduled',
        version: 3,
        scheduledAt: new Date(Date.now() - 60_000),
        // Approved as it stands: approval binds to the draft's hash, and the scheduler holds anything else.
        approvedHash: await draftHash(documentId),
      },
    });
    expect(await versionsOf(documentId)).toEqual([]);
    expect(await getService(strapi, 'workflow').runDueJobs(new Date())).toBeGreaterThanOrEqual(1);
    expect(await versionsOf(documentId)).toEqual([
      expect.objectContaining({
        number: 1,
        actorId: 'system:scheduler',
        path: 'scheduler',
        hash: await draftHash(documentId),
      }),
    ]);
  });

  it('a restore: the old content as a new draft version, restoredFrom set, a ledger entry, nothing published', async () => {
    const [second, first] = await versionsOf(cmArticle);
    const restored = await editor.post(`/newsroom/history/articles/${cmArticle}/restore`, { locale: 'ar', number: 1 });
    expect(restored.status).toBe(200);
    expect(restored.body.data.version).toMatchObject({
      number: (second?.number ?? 0) + 1,
      actorId: `admin:${editorSession.userId}`,
      actorName: expect.any(String),
      path: 'restore',
      restoredFrom: 1,
      hash: first?.hash,
    });
    expect(await draftHash(cmArticle)).toBe(first?.hash);
    const ledger = (await strapi.db.query(LEDGER_UID).findMany({
      where: { targetDocumentId: cmArticle, transition: 'restore' },
    })) as Array<{ actorId: string; reason: string }>;
    expect(ledger).toEqual([
      expect.objectContaining({ actorId: String(editorSession.userId), reason: 'restored version 1 as version 3' }),
    ]);
    expect(
      await strapi.db.query(ARTICLE_UID).count({ where: { documentId: cmArticle, publishedAt: { $notNull: true } } }),
    ).toBe(0);
  });
});

describe('the history routes', () => {
  let editorsArticle = '';
  beforeAll(async () => {
    const created = await editor.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title: 'مقال المحرر الأول' });
    editorsArticle = created.body.data.documentId as string;
    await editor.put(`${cmPath(ARTICLE_UID, editorsArticle)}?locale=ar`, { title: 'مقال المحرر الثاني' });
  });

  it('lists versions newest first with admin names, and diffs two of them right to left for Arabic', async () => {
    const list = await editor.get(`/newsroom/history/articles/${editorsArticle}?locale=ar`);
    expect(list.status).toBe(200);
    expect(list.body.data.approvedNumber).toBeNull();
    expect(list.body.data.versions.map((version: VersionSummary) => version.number)).toEqual([2, 1]);
    expect(list.body.data.versions[0].actorName).toEqual(expect.any(String));

    const diff = await editor.get(`/newsroom/history/articles/${editorsArticle}/diff?locale=ar&from=1&to=2`);
    expect(diff.status).toBe(200);
    expect(diff.body.data).toMatchObject({ from: 1, to: 2, direction: 'rtl' });
    expect(diff.body.data.fields.map((field: { field: string }) => field.field)).toContain('title');

    expect((await editor.get(`/newsroom/history/articles/${editorsArticle}/diff?locale=ar&from=1&to=9`)).status).toBe(
      404,
    );
    expect((await editor.get(`/newsroom/history/articles/${editorsArticle}/diff?locale=ar&from=0&to=1`)).status).toBe(
      400,
    );
    expect((await editor.get(`/newsroom/history/articles/nothing-here?locale=ar`)).status).toBe(404);
  });

  it("an Author may read an Editor's article's history but not restore it (update is theirs only)", async () => {
    expect((await author.get(`/newsroom/history/articles/${editorsArticle}?locale=ar`)).status).toBe(200);
    const refused = await author.post(`/newsroom/history/articles/${editorsArticle}/restore`, {
      locale: 'ar',
      number: 1,
    });
    expect(refused.status).toBe(403);
    expect((await versionsOf(editorsArticle)).map((version) => version.number)).toEqual([2, 1]);
  });

  it('an Author without read on the article gets 403 on its history and diff', async () => {
    await setAuthorArticleConditions(strapi, 'read', ['admin::is-creator']);
    expect((await author.get(`/newsroom/history/articles/${editorsArticle}?locale=ar`)).status).toBe(403);
    expect((await author.get(`/newsroom/history/articles/${editorsArticle}/diff?locale=ar&from=1&to=2`)).status).toBe(
      403,
    );
    // Their own article they still read.
    const own = await author.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title: 'مقال الكاتب' });
    expect(own.status).toBe(201);
    expect((await author.get(`/newsroom/history/articles/${own.body.data.documentId}?locale=ar`)).status).toBe(200);
  });

  it('is not in the content API, even with a full-access token', async () => {
    const response = await withToken(
      publicApi(strapi).get(`/api/newsroom/history/articles/${editorsArticle}?locale=ar`),
    );
    expect(response.status).toBe(404);
    expect((await publicApi(strapi).get(`/newsroom/history/articles/${editorsArticle}?locale=ar`)).status).toBe(401);
  });
});

describe('retention (history.keep)', () => {
  afterEach(() => {
    strapi.config.set('plugin::newsroom.history.keep', 'forever');
    strapi.config.set('plugin::newsroom.history.fullEvery', 50);
  });

  it('keeps the last N versions back to the full copy their chain starts from, and they still decode', async () => {
    strapi.config.set('plugin::newsroom.history.keep', { versions: 3 });
    strapi.config.set('plugin::newsroom.history.fullEvery', 2);
    const created = await strapi
      .documents(ARTICLE_UID)
      .create({ locale: 'ar', data: { title: 'نسخة رقم 1' } } as never);
    for (let number = 2; number <= 8; number += 1)
      await strapi.documents(ARTICLE_UID).update({
        documentId: created.documentId,
        locale: 'ar',
        data: { title: `نسخة رقم ${number}` },
      } as never);
    // The last 3 are 6, 7, 8; 6 is a delta on the full copy 5, so 5 stays too.
    expect((await versionsOf(created.documentId)).map((version) => version.number)).toEqual([8, 7, 6, 5]);
    const oldest = await getService(strapi, 'history').versions.snapshotAt(created.documentId, 'ar', 6);
    expect(oldest?.fields.title).toBe('نسخة رقم 6');
  });

  it('keeps everything by default', async () => {
    const created = await strapi
      .documents(ARTICLE_UID)
      .create({ locale: 'ar', data: { title: 'كل النسخ 1' } } as never);
    for (let number = 2; number <= 4; number += 1)
      await strapi.documents(ARTICLE_UID).update({
        documentId: created.documentId,
        locale: 'ar',
        data: { title: `كل النسخ ${number}` },
      } as never);
    expect((await versionsOf(created.documentId)).map((version) => version.number)).toEqual([4, 3, 2, 1]);
  });
});

describe('versions are append-only', () => {
  it('refuses updates and deletes at the query level, whoever asks', async () => {
    const [row] = (await strapi.db.query(ARTICLE_VERSION_UID).findMany({ limit: 1 })) as Array<{ id: number }>;
    expect(row).toBeDefined();
    const query = strapi.db.query(ARTICLE_VERSION_UID);
    await expect(query.update({ where: { id: row!.id }, data: { actorId: 'someone' } })).rejects.toThrow(/append-only/);
    await expect(query.delete({ where: { id: row!.id } })).rejects.toThrow(/append-only/);
    await expect(query.deleteMany({ where: {} })).rejects.toThrow(/append-only/);
    await expect(query.updateMany({ where: {}, data: { stage: 'x' } })).rejects.toThrow(/append-only/);
    expect(((await query.findOne({ where: { id: row!.id } })) as { actorId: string }).actorId).not.toBe('someone');
  });

  it('has no REST route and no GraphQL type', async () => {
    expect((await withToken(publicApi(strapi).get('/api/article-versions'))).status).toBe(404);
    const response = await withToken(publicApi(strapi).post('/graphql')).send({
      query: '{ __type(name: "ArticleVersion") { name } }',
    });
    expect(response.body.data.__type).toBeNull();
  });
});
