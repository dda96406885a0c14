import type { Core } from '@strapi/strapi';
import type { Test } from 'supertest';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs, type AdminSession } from '../helpers/admin';
import { readDraftSnapshot } from '../../src/plugins/newsroom/server/src/history/snapshot-reader';
import { ARTICLE_UID, EDITING_PRESENCE_UID } from '../../src/plugins/newsroom/core/model';
import { DRAFT_VERSION_HEADER, type StaleSave } from '../../src/plugins/newsroom/shared/contracts/concurrency';

/**
 * Concurrent editing (issue #15, item 7): a save based on a stale version gets 409 with who changed it, when and
 * the diff, never a silent overwrite — the Content Manager's own save (which carries its base as `If-Match`, from
 * the `x-newsroom-version` its read answered), REST and GraphQL alike; writes without a base keep working; and the
 * edit view's presence heartbeats list who else has the story open, lapsing when the heartbeats stop.
 */
let app: TestStrapi;
let strapi: Core.Strapi;
let aliceSession: AdminSession;
let alice: ReturnType<typeof asAdmin>;
let bobSession: AdminSession;
let bob: ReturnType<typeof asAdmin>;
let token: string;

const withToken = (test: Test): Test => test.set('Authorization', `Bearer ${token}`);
const draftHash = async (documentId: string, locale = 'ar') =>
  (await readDraftSnapshot(strapi, documentId, locale))?.hash;
const draftTitle = async (documentId: string) =>
  (
    (await strapi.db.query(ARTICLE_UID).findOne({ where: { documentId, locale: 'ar', publishedAt: null } })) as {
      title: string;
    }
  ).title;

/** The Content Manager's edit view opening the story: its read, and the version it answers with. */
const open = async (session: AdminSession, documentId: string) => {
  const response = await asAdmin(strapi, session).get(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`);
  expect(response.status).toBe(200);
  return response.headers[DRAFT_VERSION_HEADER] as string;
};

/** The Content Manager's save, with the base the edit view loaded (as the admin panel sends it). */
const save = (session: AdminSession, documentId: string, base: string | null, data: Record<string, unknown>) => {
  const request = publicApi(strapi)
    .put(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`)
    .set('Authorization', `Bearer ${session.token}`);
  return (base === null ? request : request.set('If-Match', base)).send(data);
};

const newStory = async (title: string) => {
  const created = await alice.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
    title,
    body: paragraphs('قال المتحدث إن الاجتماع سيعقد غداً.'),
  });
  expect(created.status).toBe(201);
  return created.body.data.documentId as string;
};

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  await strapi.plugin('newsroom').service('seed').run();
  aliceSession = await signInAs(strapi, 'strapi-editor');
  alice = asAdmin(strapi, aliceSession);
  bobSession = await signInAs(strapi, 'strapi-editor');
  bob = asAdmin(strapi, bobSession);
  const created = (await strapi.service('admin::api-token').create({
    name: 'concurrent-editing',
    type: 'full-access',
    lifespan: null,
  })) as { accessKey: string };
  token = created.accessKey;
});
afterAll(async () => {
  await app?.teardown();
});
afterEach(() => {
  strapi.config.set('plugin::newsroom.staleSaveGuard', true);
});

describe('a save based on a stale version: 409 with the diff, never a silent overwrite', () => {
  it('A opens, B saves, A saves from the stale version: 409 naming B, when, the diff; the draft keeps B’s text', async () => {
    const documentId = await newStory('الوزير يزور بغداد');
    const aliceBase = await open(aliceSession, documentId);
    expect(aliceBase).toBe(`"${await draftHash(documentId)}"`);
    const bobBase = await open(bobSession, documentId);
    expect(bobBase).toBe(aliceBase);

    const bobSaved = await save(bobSession, documentId, bobBase, { title: 'الوزير يزور البصرة' });
    expect(bobSaved.status).toBe(200);
    const afterBob = await draftHash(documentId);
    // The save answers the version it ended at: Bob's next save builds on it.
    expect(bobSaved.headers[DRAFT_VERSION_HEADER]).toBe(`"${afterBob}"`);

    const stale = await save(aliceSession, documentId, aliceBase, { title: 'الوزير يزور الموصل' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.code).toBe('STALE_VERSION');
    const details = stale.body.error.details.staleSave as StaleSave;
    expect(details).toMatchObject({
      locale: 'ar',
      baseHash: aliceBase.slice(1, -1),
      baseNumber: 1,
      currentHash: afterBob,
      currentNumber: 2,
      changedBy: `admin:${bobSession.userId}`,
      changedByName: expect.stringContaining('strapi-editor'),
      changedAt: expect.any(String),
    });
    expect(details.message.en).toMatch(
      /^The Arabic version was changed by strapi-editor Tester at .+ after you opened it/,
    );
    expect(details.message.ar).toMatch(/^عُدّلت النسخة العربية بواسطة .+ بعد أن فتحتها/);
    expect(stale.body.error.message).toBe(details.message.en);
    // The diff from the version Alice opened to the draft now: Bob's word out, his word in.
    const title = details.diff?.find((field) => field.field === 'title');
    expect(title).toMatchObject({ type: 'text' });
    const runs = title?.type === 'text' ? title.runs : [];
    expect(runs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ op: 'delete', text: 'بغداد' }),
        expect.objectContaining({ op: 'insert', text: 'البصرة' }),
      ]),
    );
    // Nothing of Alice's save was written, and it recorded no version.
    expect(await draftHash(documentId)).toBe(afterBob);
    expect(await draftTitle(documentId)).toBe('الوزير يزور البصرة');

    // Reopened, Alice sees Bob's text and the fresh version: her save goes through.
    const fresh = await open(aliceSession, documentId);
    expect(fresh).toBe(`"${afterBob}"`);
    const saved = await save(aliceSession, documentId, fresh, { title: 'الوزير يزور الموصل' });
    expect(saved.status).toBe(200);
    expect(await draftTitle(documentId)).toBe('الوزير يزور الموصل');
  });

  it('two saves from the same version at once: exactly one is saved, the other gets 409', async () => {
    const documentId = await newStory('مباحثات السلام');
    const base = await open(aliceSession, documentId);
    const [first, second] = await Promise.all([
      save(aliceSession, documentId, base, { title: 'مباحثات السلام تتعثر' }),
      save(bobSession, documentId, base, { title: 'مباحثات السلام تنجح' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const winner = first.status === 200 ? 'مباحثات السلام تتعثر' : 'مباحثات السلام تنجح';
    expect(await draftTitle(documentId)).toBe(winner);
  });

  it('the probe: with the guard off, the same stale save silently overwrites (what the guard refuses)', async () => {
    const documentId = await newStory('المنتخب يفوز');
    const base = await open(aliceSession, documentId);
    expect(
      (await save(bobSession, documentId, await open(bobSession, documentId), { title: 'المنتخب يتعادل' })).status,
    ).toBe(200);
    strapi.config.set('plugin::newsroom.staleSaveGuard', false);
    expect((await save(aliceSession, documentId, base, { title: 'المنتخب يخسر' })).status).toBe(200);
    expect(await draftTitle(documentId)).toBe('المنتخب يخسر');
  });

  it('a save without a base keeps working; a base that is not a version is refused with 400 naming If-Match', async () => {
    const documentId = await newStory('أمطار غزيرة');
    await open(aliceSession, documentId);
    expect((await save(bobSession, documentId, null, { title: 'أمطار غزيرة في الشمال' })).status).toBe(200);
    const bad = await save(aliceSession, documentId, '"2026-12-05T10:42:00Z"', { title: 'عنوان آخر' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^If-Match: /);
    expect(bad.body.error.details.message.ar).toMatch(/^If-Match:/);
    expect(await draftTitle(documentId)).toBe('أمطار غزيرة في الشمال');
  });

  it('the Content Manager’s Publish, which saves the form first, is refused the same way', async () => {
    const documentId = await newStory('افتتاح المعرض');
    const base = await open(aliceSession, documentId);
    expect((await save(bobSession, documentId, null, { title: 'تأجيل المعرض' })).status).toBe(200);
    const publish = await publicApi(strapi)
      .post(`${cmPath(ARTICLE_UID, documentId, 'publish')}?locale=ar`)
      .set('Authorization', `Bearer ${aliceSession.token}`)
      .set('If-Match', base)
      .send({ title: 'افتتاح المعرض اليوم' });
    expect(publish.status).toBe(409);
    expect(publish.body.error.details.code).toBe('STALE_VERSION');
    expect(await draftTitle(documentId)).toBe('تأجيل المعرض');
  });

  it('REST: If-Match with a stale version is 409, with the current one 200 (and the new version answered)', async () => {
    const documentId = await newStory('انطلاق القمة');
    const base = await draftHash(documentId);
    expect((await save(bobSession, documentId, null, { title: 'انطلاق القمة العربية' })).status).toBe(200);
    const url = `/api/articles/${documentId}?locale=ar&status=draft`;
    const stale = await withToken(publicApi(strapi).put(url))
      .set('If-Match', `"${base}"`)
      .send({ data: { title: 'تأجيل القمة' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.staleSave.changedBy).toBe(`admin:${bobSession.userId}`);
    const current = await draftHash(documentId);
    const fresh = await withToken(publicApi(strapi).put(url))
      .set('If-Match', `"${current}"`)
      .send({ data: { title: 'تأجيل القمة' } });
    expect(fresh.status).toBe(200);
    expect(fresh.headers[DRAFT_VERSION_HEADER]).toBe(`"${await draftHash(documentId)}"`);
  });

  it('GraphQL: a mutation with a stale If-Match gets the conflict in errors[], and nothing is saved', async () => {
    const documentId = await newStory('اجتماع الحكومة');
    const base = await draftHash(documentId);
    expect((await save(bobSession, documentId, null, { title: 'اجتماع الحكومة الطارئ' })).status).toBe(200);
    // Draft edits through GraphQL exist only with the public draft guard off (see history.test.api.ts).
    strapi.config.set('plugin::newsroom.publicDraftGuard', false);
    let response;
    try {
      response = await withToken(publicApi(strapi).post('/graphql'))
        .set('If-Match', `"${base}"`)
        .send({
          query: `mutation { updateArticle(documentId: "${documentId}", locale: "ar", status: DRAFT, data: { title: "إلغاء الاجتماع" }) { documentId } }`,
        });
    } finally {
      strapi.config.set('plugin::newsroom.publicDraftGuard', true);
    }
    expect(response.body.errors?.[0]?.extensions?.error?.details?.code).toBe('STALE_VERSION');
    expect(await draftTitle(documentId)).toBe('اجتماع الحكومة الطارئ');
  });
});

describe('presence: who else is editing, kept alive by heartbeats', () => {
  const presencePath = (documentId: string) => `/newsroom/presence/articles/${documentId}/ar`;

  it('lists B for A (name, since), never oneself; lapses when B’s heartbeats stop; leaving removes at once', async () => {
    const documentId = await newStory('زيارة رسمية');
    const first = await alice.post(presencePath(documentId));
    expect(first.status).toBe(200);
    expect(first.body.data).toEqual({ editors: [], heartbeatSeconds: 20, ttlSeconds: 60 });

    const bobBeat = await bob.post(presencePath(documentId));
    expect(bobBeat.body.data.editors).toEqual([
      expect.objectContaining({ userId: String(aliceSession.userId), name: expect.stringContaining('strapi-editor') }),
    ]);
    const seen = await alice.get(presencePath(documentId));
    expect(seen.status).toBe(200);
    expect(seen.body.data.editors).toEqual([
      expect.objectContaining({ userId: String(bobSession.userId), since: expect.any(String) }),
    ]);
    const since = seen.body.data.editors[0].since as string;
    // A later heartbeat keeps the session's start.
    await bob.post(presencePath(documentId));
    expect((await alice.get(presencePath(documentId))).body.data.editors[0].since).toBe(since);

    // Bob's browser stops beating: 61 s after his last heartbeat he is no longer listed.
    const lapsed = new Date(Date.now() - 61_000);
    await strapi.db.query(EDITING_PRESENCE_UID).updateMany({
      where: { targetDocumentId: documentId, userId: String(bobSession.userId) },
      data: { seenAt: lapsed },
    });
    expect((await alice.get(presencePath(documentId))).body.data.editors).toEqual([]);
    // His next heartbeat starts a new session.
    await bob.post(presencePath(documentId));
    const back = (await alice.get(presencePath(documentId))).body.data.editors;
    expect(back).toHaveLength(1);
    expect(new Date(back[0].since).getTime()).toBeGreaterThan(new Date(since).getTime());

    const left = await bob.post(`${presencePath(documentId)}/leave`);
    expect(left.body.data).toEqual({ left: true });
    expect((await alice.get(presencePath(documentId))).body.data.editors).toEqual([]);
  });

  it('refuses an unknown article (404), a bad locale (400) and callers who are not signed in (401)', async () => {
    expect((await alice.post('/newsroom/presence/articles/nope/ar')).status).toBe(404);
    const bad = await alice.post('/newsroom/presence/articles/nope/xx_1');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^locale: /);
    expect((await publicApi(strapi).post('/newsroom/presence/articles/nope/ar')).status).toBe(401);
  });
});
