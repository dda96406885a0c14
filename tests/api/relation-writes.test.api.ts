import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs } from '../helpers/admin';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID, TOPIC_UID } from '../../src/plugins/newsroom/core/model';

/**
 * Relation writes, generated from the content-type schemas: every relation attribute of every newsroom type
 * (both directions), every input form, on create and on update, through the Content Manager as an Author
 * against documents the Author did not create, as an Editor for an article's inverse relations, and through
 * REST and GraphQL with a full-access token. Each refused probe is also run with the guard off to show it
 * would change someone else's document.
 */
const TYPES = [ARTICLE_UID, AUTHOR_UID, TOPIC_UID, SOURCE_UID] as const;
type Uid = (typeof TYPES)[number];
type Session = ReturnType<typeof asAdmin>;
type Row = Record<string, unknown>;

let app: TestStrapi;
let strapi: Core.Strapi;
let author: Session;
let editor: Session;
let counter = 0;

interface RelationAttribute {
  uid: Uid;
  name: string;
  target: Uid;
  /** The target's attribute on the other end: the owning one when `name` is the inverse side. */
  otherEnd: string | undefined;
  inverse: boolean;
}

type SchemaAttributes = Record<string, { type: string; target?: string; mappedBy?: string; inversedBy?: string }>;
/** The schemas as written (jest builds the test list before Strapi boots); a test checks they match the running app's. */
const schemaAttributes = (uid: Uid): SchemaAttributes => {
  const name = uid.split('.')[1];
  const file = path.join(__dirname, '../../src/api', name, 'content-types', name, 'schema.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { attributes: SchemaAttributes }).attributes;
};

const relationAttributes = (): RelationAttribute[] =>
  TYPES.flatMap((uid) =>
    Object.entries(schemaAttributes(uid))
      .filter(([, attribute]) => attribute.type === 'relation' && attribute.target?.startsWith('api::'))
      .map(([name, attribute]) => ({
        uid,
        name,
        target: attribute.target as Uid,
        otherEnd: attribute.mappedBy ?? attribute.inversedBy,
        inverse: Boolean(attribute.mappedBy),
      })),
  );

const FORMS = ['connect', 'set', 'disconnect', 'plain array'] as const;
type Form = (typeof FORMS)[number];
const relationValue = (form: Form, documentId: string): unknown => {
  const ref = { documentId, locale: 'ar' };
  if (form === 'plain array') return [documentId];
  return { [form]: [ref] };
};

/** Minimal valid data of a new document of each type. */
const newData = (uid: Uid): Row => {
  counter += 1;
  const name = `وثيقة اختبار ${counter}`;
  if (uid === ARTICLE_UID) return { title: `خبر اختبار ${counter}`, body: paragraphs('نص') };
  if (uid === TOPIC_UID) return { name, kind: 'topic' };
  if (uid === SOURCE_UID) return { name, kind: 'news_agency' };
  return { name };
};

/** A published document made by code (so no admin user created it), as the newsroom's own content is. */
const publishedByCode = async (uid: Uid): Promise<string> => {
  const { documentId } = await strapi.documents(uid).create({ locale: 'ar', data: newData(uid) } as never);
  if (uid === ARTICLE_UID)
    await strapi.plugin('newsroom').service('workflow').publishAsSystem(documentId, ['ar'], 'system:test');
  else await strapi.documents(uid).publish({ documentId, locale: 'ar' });
  return documentId;
};

/** Every row of a document (draft and published) with every relation as sorted document ids. */
const snapshot = async (uid: Uid, documentId: string, publishedOnly = false): Promise<string> => {
  const relations = relationAttributes()
    .filter((attribute) => attribute.uid === uid)
    .map((attribute) => attribute.name);
  const rows = (await strapi.db.query(uid).findMany({
    where: { documentId, ...(publishedOnly ? { publishedAt: { $notNull: true } } : {}) },
    orderBy: [{ publishedAt: 'asc' }, { locale: 'asc' }],
    populate: Object.fromEntries(relations.map((name) => [name, { select: ['documentId', 'publishedAt'] }])),
  })) as Row[];
  return JSON.stringify(
    rows.map((row) => [
      row.locale,
      row.publishedAt === null,
      ...relations.map((name) => {
        const value = row[name];
        return (Array.isArray(value) ? value : value ? [value] : [])
          .map((item) => `${(item as Row).documentId}:${(item as Row).publishedAt === null}`)
          .sort();
      }),
    ]),
  );
};

const relink = async (relation: RelationAttribute, ownDocumentId: string, targetId: string) => {
  // Linked from the owning side by code, then published as the newsroom would.
  if (!relation.otherEnd) return;
  await strapi.documents(relation.target).update({
    documentId: targetId,
    locale: 'ar',
    data: { [relation.otherEnd]: { connect: [{ documentId: ownDocumentId, locale: 'ar' }] } },
  } as never);
};

const setGuard = (enabled: boolean) => strapi.config.set('plugin::newsroom.relationWriteGuard', enabled);

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  author = asAdmin(strapi, await signInAs(strapi, 'strapi-author'));
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
}, 180_000);
afterAll(async () => app?.teardown());
afterEach(() => setGuard(true));

interface Probe {
  title: string;
  relation: RelationAttribute;
  form: Form;
  operation: 'create' | 'update';
  /** Whether the form adds or removes a link (disconnect on a new document changes nothing even unguarded). */
  changes: boolean;
}

const probes = (): Probe[] =>
  relationAttributes().flatMap((relation) =>
    (['create', 'update'] as const).flatMap((operation) =>
      FORMS.map((form) => ({
        title: `${operation} ${relation.uid}.${relation.name} (${relation.inverse ? 'inverse' : 'owning'} side) with ${form}`,
        relation,
        form,
        operation,
        changes: !(operation === 'create' && form === 'disconnect'),
      })),
    ),
  );

/**
 * Runs one probe as `session`: a new document (create), or one the session made itself (update) whose relation
 * already holds one target (`linked`, named by disconnect) while the other (`fresh`) is named by the other forms.
 */
const runProbe = async (session: Session, probe: Probe) => {
  const { relation, form, operation } = probe;
  const linked = await publishedByCode(relation.target);
  const fresh = await publishedByCode(relation.target);
  let ownId: string | undefined;
  if (operation === 'update') {
    const own = await session.post(`${cmPath(relation.uid)}?locale=ar`, newData(relation.uid));
    expect(own.status).toBe(201);
    ownId = own.body.data.documentId as string;
    await relink(relation, ownId, linked);
  }
  const named = form === 'disconnect' ? linked : fresh;
  const before = { linked: await snapshot(relation.target, linked), fresh: await snapshot(relation.target, fresh) };
  const publishedBefore = {
    linked: await snapshot(relation.target, linked, true),
    fresh: await snapshot(relation.target, fresh, true),
  };
  const data = {
    ...(operation === 'create' ? newData(relation.uid) : {}),
    [relation.name]: relationValue(form, named),
  };
  const response = ownId
    ? await session.put(`${cmPath(relation.uid, ownId)}?locale=ar`, data)
    : await session.post(`${cmPath(relation.uid)}?locale=ar`, data);
  const after = { linked: await snapshot(relation.target, linked), fresh: await snapshot(relation.target, fresh) };
  const publishedAfter = {
    linked: await snapshot(relation.target, linked, true),
    fresh: await snapshot(relation.target, fresh, true),
  };
  return {
    response,
    named,
    changed: JSON.stringify(before) !== JSON.stringify(after),
    publishedChanged: JSON.stringify(publishedBefore) !== JSON.stringify(publishedAfter),
  };
};

describe('Content Manager: an Author writing relations to documents they did not create', () => {
  const inverse = probes().filter((probe) => probe.relation.inverse);
  const owning = probes().filter((probe) => !probe.relation.inverse);

  it('covers every relation attribute of the four types, both directions', () => {
    const names = relationAttributes()
      .map((attribute) => `${attribute.uid}.${attribute.name}`)
      .sort();
    const running = TYPES.flatMap((uid) =>
      Object.entries(strapi.contentType(uid).attributes as SchemaAttributes)
        // i18n's `localizations`: the document's own other locales (same document id), kept by Strapi, not a link to another document.
        .filter(
          ([name, attribute]) =>
            attribute.type === 'relation' && attribute.target?.startsWith('api::') && name !== 'localizations',
        )
        .map(([name]) => `${uid}.${name}`),
    ).sort();
    expect(names).toEqual(running);
    expect(names).toEqual(
      expect.arrayContaining([
        'api::author.author.articles',
        'api::topic.topic.children',
        'api::topic.topic.parent',
        `${ARTICLE_UID}.authors`,
      ]),
    );
    expect(inverse.length).toBeGreaterThanOrEqual(4 * 2 * 4);
    expect(owning.length).toBeGreaterThanOrEqual(4 * 2 * 4);
  });

  it.each(inverse.map((probe) => [probe.title, probe] as const))(
    'refuses %s: 403 naming the field and the target, nothing changed',
    async (_title, probe) => {
      const { response, named, changed } = await runProbe(author, probe);
      expect(response.status).toBe(403);
      expect(response.body.error.message).toContain(probe.relation.name);
      expect(response.body.error.details).toMatchObject({ field: probe.relation.name });
      expect(String(response.body.error.details.target)).toContain(named);
      expect(changed).toBe(false);
    },
  );

  it.each(inverse.filter((probe) => probe.changes).map((probe) => [probe.title, probe] as const))(
    'with the guard off, %s changes the other document (the hole the guard closes)',
    async (_title, probe) => {
      setGuard(false);
      const { response, changed } = await runProbe(author, probe);
      expect(response.status).toBeLessThan(300);
      expect(changed).toBe(true);
    },
  );

  it.each(owning.map((probe) => [probe.title, probe] as const))(
    "allows %s: it changes the Author's own draft, never the target's published version",
    async (_title, probe) => {
      const { response, publishedChanged } = await runProbe(author, probe);
      expect(response.status).toBeLessThan(300);
      expect(publishedChanged).toBe(false);
    },
  );
});

describe("an article's authors, topics and sources change only on the article, through the workflow", () => {
  const articleInverses = () =>
    probes().filter((probe) => probe.relation.inverse && probe.relation.target === ARTICLE_UID && probe.changes);

  it('refuses them from the other side to an Editor too (Content Manager), every form, create and update', async () => {
    expect(articleInverses().length).toBeGreaterThanOrEqual(3 * 7);
    for (const probe of articleInverses()) {
      const { response, changed } = await runProbe(editor, probe);
      expect({ probe: probe.title, status: response.status, changed }).toEqual({
        probe: probe.title,
        status: 403,
        changed: false,
      });
      setGuard(false);
      const open = await runProbe(editor, probe);
      setGuard(true);
      expect({ probe: probe.title, status: open.response.status < 300, changed: open.changed }).toEqual({
        probe: probe.title,
        status: true,
        changed: true,
      });
    }
  });

  it('refuses them through REST and GraphQL with a full-access API token', async () => {
    const { accessKey } = (await strapi
      .service('admin::api-token')
      .create({ name: 'full', type: 'full-access', lifespan: null })) as { accessKey: string };
    const token = { Authorization: `Bearer ${accessKey}` };
    const inverseTypes = relationAttributes().filter((relation) => relation.inverse && relation.target === ARTICLE_UID);
    expect(inverseTypes.map((relation) => relation.uid).sort()).toEqual([AUTHOR_UID, SOURCE_UID, TOPIC_UID]);
    for (const relation of inverseTypes) {
      const plural = strapi.contentType(relation.uid).info.pluralName;
      const singular = strapi.contentType(relation.uid).info.singularName;
      const story = await publishedByCode(ARTICLE_UID);
      const rest = (guard: boolean) => {
        setGuard(guard);
        return publicApi(strapi)
          .post(`/api/${plural}`)
          .set(token)
          .send({ data: { ...newData(relation.uid), [relation.name]: [story] } });
      };
      const before = await snapshot(ARTICLE_UID, story);
      const refused = await rest(true);
      expect({ uid: relation.uid, status: refused.status }).toEqual({ uid: relation.uid, status: 403 });
      expect(await snapshot(ARTICLE_UID, story)).toBe(before);

      const existing = await publishedByCode(relation.uid);
      const update = await publicApi(strapi)
        .put(`/api/${plural}/${existing}`)
        .set(token)
        .send({ data: { [relation.name]: { connect: [story] } } });
      expect({ uid: relation.uid, status: update.status }).toEqual({ uid: relation.uid, status: 403 });
      expect(await snapshot(ARTICLE_UID, story)).toBe(before);

      const mutation = `create${singular[0].toUpperCase()}${singular.slice(1)}`;
      const graphql = (guard: boolean) => {
        setGuard(guard);
        return publicApi(strapi)
          .post('/graphql')
          .set(token)
          .send({
            query: `mutation($data: ${mutation.slice(6)}Input!) { ${mutation}(data: $data, locale: "ar") { documentId } }`,
            variables: { data: { ...newData(relation.uid), [relation.name]: [story] } },
          });
      };
      const gqlRefused = await graphql(true);
      expect(gqlRefused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await snapshot(ARTICLE_UID, story)).toBe(before);

      const gqlOpen = await graphql(false);
      expect(gqlOpen.body.errors).toBeUndefined();
      const restOpen = await rest(false);
      expect(restOpen.status).toBe(201);
      expect(await snapshot(ARTICLE_UID, story)).not.toBe(before);
      setGuard(true);
    }
  });

  it('refuses deleting or cloning an author, topic or source linked to articles, and an Author deleting a published one', async () => {
    for (const uid of TYPES.filter((type) => type !== ARTICLE_UID)) {
      const relation = relationAttributes().find(
        (attribute) => attribute.uid === uid && attribute.target === ARTICLE_UID,
      ) as RelationAttribute;
      const own = await author.post(`${cmPath(uid)}?locale=ar`, newData(uid));
      const ownId = own.body.data.documentId as string;
      const story = await publishedByCode(ARTICLE_UID);
      await relink(relation, ownId, story);
      const linked = await editor.delete(`${cmPath(uid, ownId)}?locale=ar`);
      expect({ uid, status: linked.status }).toEqual({ uid, status: 403 });
      expect(await strapi.db.query(uid).count({ where: { documentId: ownId } })).toBe(1);
      // Cloning copies the links: the clone would be a new byline or topic on the same stories.
      const storyBefore = await snapshot(ARTICLE_UID, story);
      const clone = (guard: boolean) => {
        setGuard(guard);
        return editor.post(`/content-manager/collection-types/${uid}/clone/${ownId}?locale=ar`, newData(uid));
      };
      expect({ uid, status: (await clone(true)).status }).toEqual({ uid, status: 403 });
      expect(await snapshot(ARTICLE_UID, story)).toBe(storyBefore);
      expect({ uid, status: (await clone(false)).status < 300 }).toEqual({ uid, status: true });
      expect(await snapshot(ARTICLE_UID, story)).not.toBe(storyBefore);
      setGuard(true);

      const mine = (await author.post(`${cmPath(uid)}?locale=ar`, newData(uid))).body.data.documentId as string;
      expect((await editor.post(`${cmPath(uid, mine, 'publish')}?locale=ar`)).status).toBe(200);
      const published = await author.delete(`${cmPath(uid, mine)}?locale=ar`);
      expect({ uid, status: published.status }).toEqual({ uid, status: 403 });
      expect(await strapi.db.query(uid).count({ where: { documentId: mine, publishedAt: { $notNull: true } } })).toBe(
        1,
      );
      const draftOnly = (await author.post(`${cmPath(uid)}?locale=ar`, newData(uid))).body.data.documentId as string;
      expect((await author.delete(`${cmPath(uid, draftOnly)}?locale=ar`)).status).toBe(200);

      setGuard(false);
      expect((await author.delete(`${cmPath(uid, mine)}?locale=ar`)).status).toBe(200);
      setGuard(true);
    }
  });
});
