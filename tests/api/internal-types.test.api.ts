import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { cmPath, publicApi, signInAs, asAdmin } from '../helpers/admin';
import {
  ARTICLE_COMMENT_UID,
  ARTICLE_UID,
  INTERNAL_UID_PREFIX,
  LEDGER_UID,
  OUTBOX_EVENT_UID,
  WORKFLOW_STATE_UID,
} from '../../src/plugins/newsroom/core/model';

/**
 * The plugin's internal tables (ledger, workflow states, outbox, …) are not part of the API: no GraphQL type,
 * query or mutation, no REST route, no Content Manager route, and the ledger refuses updates and deletes from
 * any code but the workflow's. Every uid below comes from strapi.contentTypes, not from a list.
 */

let app: TestStrapi;
let strapi: Core.Strapi;
let token: string;

interface Naming {
  getTypeName(contentType: unknown): string;
  getFindQueryName(contentType: unknown): string;
  getFindOneQueryName(contentType: unknown): string;
  getCreateMutationTypeName(contentType: unknown): string;
  getUpdateMutationTypeName(contentType: unknown): string;
  getDeleteMutationTypeName(contentType: unknown): string;
}
const naming = (): Naming => (strapi.plugin('graphql').service('utils') as { naming: Naming }).naming;
const internalUids = () => Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith(INTERNAL_UID_PREFIX));
const contentType = (uid: string) => strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
const graphql = (query: string) =>
  publicApi(strapi).post('/graphql').set('Authorization', `Bearer ${token}`).send({ query });

let seeded = 0;
async function seedLedgerAndState(): Promise<{ ledgerId: string; stateId: string }> {
  seeded += 1;
  const targetDocumentId = `doc-internal-${seeded}`;
  const ledger = (await strapi.db.query(LEDGER_UID).create({
    data: {
      contentType: ARTICLE_UID,
      targetDocumentId,
      locale: 'ar',
      transition: 'submit',
      fromStage: 'draft',
      toStage: 'in_review',
      actorId: '1',
      at: new Date(),
      version: 1,
    },
  })) as { documentId: string };
  const state = (await strapi.db.query(WORKFLOW_STATE_UID).create({
    data: { contentType: ARTICLE_UID, targetDocumentId, locale: 'ar', stage: 'in_review', version: 1 },
  })) as { documentId: string };
  return { ledgerId: ledger.documentId, stateId: state.documentId };
}

const snapshot = async () => ({
  ledger: await strapi.db.query(LEDGER_UID).findMany({ orderBy: { id: 'asc' } }),
  states: await strapi.db.query(WORKFLOW_STATE_UID).findMany({ orderBy: { id: 'asc' } }),
});

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  token = (
    (await strapi.service('admin::api-token').create({ name: 'full', type: 'full-access', lifespan: null })) as {
      accessKey: string;
    }
  ).accessKey;
});
afterAll(async () => app?.teardown());

describe('GraphQL has nothing of the internal types', () => {
  it('finds the plugin types in the registry (the generated probes are not empty)', () => {
    expect(internalUids()).toEqual(
      expect.arrayContaining([LEDGER_UID, WORKFLOW_STATE_UID, OUTBOX_EVENT_UID, ARTICLE_COMMENT_UID]),
    );
  });

  it('introspection with a full-access token shows no type, query or mutation of any of them', async () => {
    const response = await graphql(
      '{ __schema { types { name fields { name } } queryType { fields { name } } mutationType { fields { name } } } }',
    );
    expect(response.status).toBe(200);
    const schema = response.body.data.__schema as {
      types: Array<{ name: string; fields: Array<{ name: string }> | null }>;
      queryType: { fields: Array<{ name: string }> };
      mutationType: { fields: Array<{ name: string }> };
    };
    const names = [
      ...schema.types.map((type) => type.name),
      ...schema.queryType.fields.map((f) => f.name),
      ...schema.mutationType.fields.map((f) => f.name),
    ];
    const leaks = internalUids().flatMap((uid) => {
      const typeName = naming().getTypeName(contentType(uid)).toLowerCase();
      return names.filter((name) => name.toLowerCase().includes(typeName)).map((name) => `${uid}: ${name}`);
    });
    expect(leaks).toEqual([]);
    // The public types are still there: the check above is not passing on an empty schema.
    expect(names).toEqual(expect.arrayContaining(['Article', 'articles', 'updateArticle']));
  });

  it('every generated query and mutation of every internal type is refused, and nothing changes', async () => {
    const { ledgerId, stateId } = await seedLedgerAndState();
    const before = await snapshot();
    const probes = internalUids().flatMap((uid) => {
      const ct = contentType(uid);
      const id = uid === LEDGER_UID ? ledgerId : uid === WORKFLOW_STATE_UID ? stateId : 'x';
      return [
        `{ ${naming().getFindQueryName(ct)} { documentId } }`,
        `{ ${naming().getFindOneQueryName(ct)}(documentId: "${id}") { documentId } }`,
        `mutation { ${naming().getCreateMutationTypeName(ct)}(data: {}) { documentId } }`,
        `mutation { ${naming().getUpdateMutationTypeName(ct)}(documentId: "${id}", data: {}) { documentId } }`,
        `mutation { ${naming().getDeleteMutationTypeName(ct)}(documentId: "${id}") { documentId } }`,
      ];
    });
    probes.push(
      `mutation { updateNewsroomLedgerEntry(documentId: "${ledgerId}", data: { reason: "forged", toStage: "published" }) { documentId } }`,
      `mutation { deleteNewsroomLedgerEntry(documentId: "${ledgerId}") { documentId } }`,
      `mutation { updateNewsroomWorkflowState(documentId: "${stateId}", data: { stage: approved }) { documentId } }`,
    );
    const through: string[] = [];
    for (const query of probes) {
      const response = await graphql(query);
      if (!(response.body.errors?.length > 0) || response.body.data) through.push(`${response.status} ${query}`);
    }
    expect(through).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});

/** One row of an internal type, its required attributes filled from the schema. */
async function seedRow(uid: string): Promise<string> {
  const attributes = contentType(uid).attributes as Record<
    string,
    { type: string; required?: boolean; enum?: string[] }
  >;
  const data: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!attribute.required) continue;
    const byType: Record<string, unknown> = {
      string: `${name}-${Math.random()}`,
      text: 'x',
      integer: 1,
      datetime: new Date(),
      enumeration: attribute.enum?.[0],
    };
    data[name] = byType[attribute.type];
  }
  return ((await strapi.db.query(uid as typeof LEDGER_UID).create({ data })) as { documentId: string }).documentId;
}

const allInternalRows = async () =>
  Promise.all(
    internalUids().map((uid) => strapi.db.query(uid as typeof LEDGER_UID).findMany({ orderBy: { id: 'asc' } })),
  );

describe('no REST or Content Manager route writes them', () => {
  it('REST with a full-access token: 4xx for every type and method; Content Manager writes as Super Admin: 4xx', async () => {
    const admin = asAdmin(strapi, await signInAs(strapi, 'strapi-super-admin'));
    const ids = new Map<string, string>();
    for (const uid of internalUids()) ids.set(uid, await seedRow(uid));
    const before = await allInternalRows();
    const through: string[] = [];
    const auth = { Authorization: `Bearer ${token}` };
    for (const uid of internalUids()) {
      const id = ids.get(uid) ?? '';
      const { pluralName } = contentType(uid).info;
      for (const base of [`/api/${pluralName}`, `/api/newsroom/${pluralName}`]) {
        const responses = await Promise.all([
          publicApi(strapi).get(base).set(auth),
          publicApi(strapi).get(`${base}/${id}`).set(auth),
          publicApi(strapi)
            .post(base)
            .set(auth)
            .send({ data: { reason: 'forged' } }),
          publicApi(strapi)
            .put(`${base}/${id}`)
            .set(auth)
            .send({ data: { reason: 'forged' } }),
          publicApi(strapi).delete(`${base}/${id}`).set(auth),
        ]);
        responses.forEach(
          (response, i) =>
            response.status < 400 &&
            through.push(`${['GET', 'GET one', 'POST', 'PUT', 'DELETE'][i]} ${base}: ${response.status}`),
        );
      }
      const writes = [
        await admin.post(cmPath(uid), { version: 99 }),
        await admin.put(cmPath(uid, id), { version: 99 }),
        await admin.delete(cmPath(uid, id)),
        await admin.post(`${cmPath(uid)}/actions/bulkDelete`, { documentIds: [id] }),
      ];
      writes.forEach(
        (response, i) =>
          response.status < 400 &&
          through.push(`CM ${['POST', 'PUT', 'DELETE', 'bulkDelete'][i]} ${uid}: ${response.status}`),
      );
    }
    expect(through).toEqual([]);
    expect(await allInternalRows()).toEqual(before);
  });

  it('a Document Service write made while serving a request is refused', async () => {
    const ctx = { state: { route: { info: { type: 'content-api' } } } };
    const attempts = internalUids().map((uid) =>
      strapi.requestContext
        .run(ctx as never, async () => {
          await strapi.documents(uid as typeof LEDGER_UID).create({ data: {} as never });
        })
        .then(
          () => `${uid}: written`,
          (error: Error) => (/internal to the newsroom/.test(error.message) ? null : `${uid}: ${error.message}`),
        ),
    );
    expect((await Promise.all(attempts)).filter(Boolean)).toEqual([]);
  });
});

describe('the ledger is append-only at the query level', () => {
  afterEach(() => strapi.config.set('plugin::newsroom.ledgerAppendOnly', true));

  const attacks: Array<[string, (documentId: string) => Promise<unknown>]> = [
    [
      'db.query update',
      (documentId) => strapi.db.query(LEDGER_UID).update({ where: { documentId }, data: { reason: 'forged' } }),
    ],
    [
      'db.query updateMany',
      (documentId) => strapi.db.query(LEDGER_UID).updateMany({ where: { documentId }, data: { reason: 'forged' } }),
    ],
    ['db.query delete', (documentId) => strapi.db.query(LEDGER_UID).delete({ where: { documentId } })],
    ['db.query deleteMany', (documentId) => strapi.db.query(LEDGER_UID).deleteMany({ where: { documentId } })],
    [
      'Document Service update',
      (documentId) => strapi.documents(LEDGER_UID).update({ documentId, data: { reason: 'forged' } }),
    ],
    ['Document Service delete', (documentId) => strapi.documents(LEDGER_UID).delete({ documentId })],
  ];

  it.each(attacks)('%s: changes the entry with the guard off, is refused with it on', async (_name, attack) => {
    strapi.config.set('plugin::newsroom.ledgerAppendOnly', false);
    const unguarded = (await seedLedgerAndState()).ledgerId;
    await attack(unguarded);
    const changed = (await strapi.db.query(LEDGER_UID).findOne({ where: { documentId: unguarded } })) as {
      reason: string | null;
    } | null;
    expect(changed === null || changed.reason === 'forged').toBe(true);

    strapi.config.set('plugin::newsroom.ledgerAppendOnly', true);
    const guarded = (await seedLedgerAndState()).ledgerId;
    await expect(attack(guarded)).rejects.toThrow(/append-only/);
    expect(await strapi.db.query(LEDGER_UID).findOne({ where: { documentId: guarded } })).toMatchObject({
      reason: null,
      toStage: 'in_review',
    });
  });
});
