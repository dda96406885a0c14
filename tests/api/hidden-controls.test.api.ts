import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, publicApi, signInAs } from '../helpers/admin';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID, TOPIC_UID } from '../../src/plugins/newsroom/core/model';

/**
 * Bidi overrides, isolates and zero-width characters never reach storage or readers through a text field of the
 * four newsroom types, whatever the write path (Content Manager, REST, GraphQL). The fields are generated from
 * strapi.contentTypes (every `string`/`text` attribute without a format regex, every JSON list), not listed.
 */
const RLO = '\u202E';
const PDF = '\u202C';
const HIDDEN = /[\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
/** Displays as "خبر عاجل" with the words' order reversed by the override; stored, it must be "خبر عاجل". */
const dirty = (word: string) => `${RLO}${word}${PDF} \u200Bعاجل\uFEFF\u2067\u2069\u200C`;

let app: TestStrapi;
let strapi: Core.Strapi;
let editor: ReturnType<typeof asAdmin>;
let token: string;

type Attribute = { type?: string; regex?: string; configurable?: boolean; maxLength?: number };
const contentType = (uid: string) => strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
const newsroomTypes = () => Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
/** The text fields of a type, from its schema: plain strings and texts, and JSON lists (labels). */
const textFields = (uid: string) =>
  Object.entries(contentType(uid).attributes as Record<string, Attribute>)
    .filter(
      ([, a]) =>
        a.configurable !== false &&
        a.regex === undefined &&
        (a.type === 'string' || a.type === 'text' || a.type === 'json'),
    )
    .filter(([field]) => field !== 'entities')
    .map(([field, a]) => ({ field, json: a.type === 'json' }));
const dataFor = (uid: string, word: string) =>
  Object.fromEntries(textFields(uid).map(({ field, json }) => [field, json ? [dirty(word)] : dirty(word)]));
const hasDrafts = (uid: string) =>
  (contentType(uid).options as { draftAndPublish?: boolean } | undefined)?.draftAndPublish === true;
/** The row as stored: the draft of a type with drafts, the only row of one without. */
const stored = (uid: string, documentId: string) =>
  strapi.db
    .query(uid)
    .findOne({ where: { documentId, locale: 'ar', ...(hasDrafts(uid) ? { publishedAt: null } : {}) } }) as Promise<
    Record<string, unknown>
  >;
const setGuard = (enabled: boolean) => strapi.config.set('plugin::newsroom.invisibleCharacterGuard', enabled);

/** Makes a document public the way the newsroom does: articles through the workflow, other types if they have drafts. */
async function makePublic(uid: string, documentId: string): Promise<void> {
  if (uid === ARTICLE_UID) {
    await strapi.plugin('newsroom').service('workflow').publishAsSystem(documentId, ['ar'], 'system:test');
  } else if (hasDrafts(uid)) {
    const documents = strapi.documents(uid as typeof AUTHOR_UID) as unknown as {
      publish(params: { documentId: string; locale: string }): Promise<unknown>;
    };
    await documents.publish({ documentId, locale: 'ar' });
  }
}

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
  token = (
    (await strapi.service('admin::api-token').create({ name: 'full', type: 'full-access', lifespan: null })) as {
      accessKey: string;
    }
  ).accessKey;
});
afterAll(async () => app?.teardown());
afterEach(() => setGuard(true));

describe('hidden characters are removed from text fields on save', () => {
  it('the schemas give text fields for each of the four types (the generated probes are not empty)', () => {
    expect(newsroomTypes().sort()).toEqual([ARTICLE_UID, AUTHOR_UID, SOURCE_UID, TOPIC_UID]);
    for (const uid of newsroomTypes()) expect(textFields(uid).length).toBeGreaterThanOrEqual(2);
    expect(textFields(ARTICLE_UID).map(({ field }) => field)).toEqual(
      expect.arrayContaining(['title', 'standfirst', 'dateline']),
    );
  });

  it.each([[ARTICLE_UID], [AUTHOR_UID], [TOPIC_UID], [SOURCE_UID]])(
    '%s through the Content Manager: stored, shown to editors and served without them; slug and search key too',
    async (uid) => {
      const word = `خبر${uid.length}`;
      const created = await editor.post(`${cmPath(uid)}?locale=ar`, dataFor(uid, word));
      if (created.status !== 201) throw new Error(`${created.status} ${JSON.stringify(created.body)}`);
      const { documentId } = created.body.data as { documentId: string };
      const row = await stored(uid, documentId);
      for (const { field, json } of textFields(uid))
        expect(row[field]).toEqual(json ? [`${word} عاجل`] : `${word} عاجل`);
      expect(String(row.slug)).not.toMatch(HIDDEN);
      expect(String(row.searchKey)).not.toMatch(HIDDEN);
      const edited = await editor.get(`${cmPath(uid, documentId)}?locale=ar`);
      expect(JSON.stringify(edited.body)).not.toMatch(HIDDEN);
      await makePublic(uid, documentId);
      const served = await publicApi(strapi).get(`/api/${contentType(uid).info.pluralName}/${documentId}?locale=ar`);
      expect(served.status).toBe(200);
      expect(served.body.data[textFields(uid)[0].field]).toEqual(
        textFields(uid)[0].json ? [`${word} عاجل`] : `${word} عاجل`,
      );
      expect(served.text).not.toMatch(HIDDEN);
    },
  );

  it('through REST and GraphQL with a token, and in updates', async () => {
    const rest = await publicApi(strapi)
      .post('/api/articles?locale=ar&status=draft')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: dirty('مقال'), dateline: `${dirty('بيروت')}\u0000` } }); // PostgreSQL refuses U+0000 in text
    if (rest.status !== 201) throw new Error(`${rest.status} ${JSON.stringify(rest.body)}`);
    expect(rest.body.data.title).toBe('مقال عاجل');
    expect((await stored(ARTICLE_UID, rest.body.data.documentId)).dateline).toBe('بيروت عاجل');

    const updated = await publicApi(strapi)
      .put(`/api/articles/${rest.body.data.documentId}?locale=ar&status=draft`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: dirty('تحديث') } });
    expect(updated.status).toBe(200);
    expect((await stored(ARTICLE_UID, rest.body.data.documentId)).title).toBe('تحديث عاجل');

    const graphql = await publicApi(strapi)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({
        query: 'mutation($data: AuthorInput!) { createAuthor(data: $data, locale: "ar") { documentId name jobTitle } }',
        variables: { data: { name: dirty('كاتب'), jobTitle: dirty('محرر') } },
      });
    expect(graphql.body.errors).toBeUndefined();
    expect(graphql.body.data.createAuthor).toMatchObject({ name: 'كاتب عاجل', jobTitle: 'محرر عاجل' });
  });

  it('keeps ZWNJ inside Persian words and RLM/LRM typed on purpose', async () => {
    const title = `\u200Fمی\u200Cخواهد NATO\u200E (الحلف)`;
    const created = await editor.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title });
    expect(created.status).toBe(201);
    expect((await stored(ARTICLE_UID, created.body.data.documentId)).title).toBe(title);
  });

  it('a required name of hidden characters only is the empty name it is: kept as a draft, refused at publish naming the field', async () => {
    const created = await editor.post(`${cmPath(AUTHOR_UID)}?locale=ar`, { name: `${RLO}${PDF}\u200B\uFEFF` });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data as { documentId: string };
    expect((await stored(AUTHOR_UID, documentId)).name).toBe('');
    const published = await editor.post(`${cmPath(AUTHOR_UID, documentId, 'publish')}?locale=ar`, {});
    expect(published.status).toBe(400);
    expect(JSON.stringify(published.body.error)).toContain('name');
  });

  it('an article title of hidden characters only is judged as the empty title it is (a draft may be unfinished)', async () => {
    const hiddenOnly = await editor.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
      title: `${RLO}${PDF}\u200B\u2066\u2069`,
    });
    const empty = await editor.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title: '' });
    expect([hiddenOnly.status, empty.status]).toEqual([201, 201]);
    const { documentId } = hiddenOnly.body.data as { documentId: string };
    expect((await stored(ARTICLE_UID, documentId)).title).toBe('');
    // …and, like any draft without a title, it cannot be published: the refusal names the field.
    await expect(
      strapi.plugin('newsroom').service('workflow').publishAsSystem(documentId, ['ar'], 'system:test'),
    ).rejects.toThrow(/title/);
  });

  it('without the guard (invisibleCharacterGuard off) the override is stored and served: the probe it stops', async () => {
    setGuard(false);
    const created = await editor.post(`${cmPath(AUTHOR_UID)}?locale=ar`, { name: dirty('بلا') });
    expect(created.status).toBe(201);
    expect((await stored(AUTHOR_UID, created.body.data.documentId)).name).toMatch(HIDDEN);
  });
});
