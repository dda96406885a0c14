import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { publicApi } from '../helpers/admin';
import { createRelationFixtures } from '../helpers/relation-fixtures';
import {
  graphqlNames,
  hasDraftAndPublish,
  isToMany,
  nest,
  queryString,
  relationPaths,
  restParams,
  type FilterTree,
  type RelationPath,
} from '../helpers/relation-paths';
import { ARTICLE_UID, AUTHOR_UID, TOPIC_UID } from '../../src/plugins/newsroom/core/model';

/**
 * Draft text never comes back through a public filter, sort or populate that crosses a relation. The attack
 * paths are generated from the models (every relation chain from a public type to articles, up to three steps,
 * four for the plain REST probe); each probe is shown to find the draft with `relationDraftGuard` off (the root
 * guard `publicDraftGuard` stays on) and not with it on, while the published text is still found.
 */
const word = () => `zq${crypto.randomBytes(5).toString('hex')}`;
/** In draft rows only (tests/helpers/relation-fixtures.ts). */
const SECRET = word();
/** In published rows only. */
const PUBLISHED = word();

let app: TestStrapi;
let strapi: Core.Strapi;
let roots: string[];
let paths: RelationPath[];

const setGuard = (enabled: boolean) => strapi.config.set('plugin::newsroom.relationDraftGuard', enabled);

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  roots = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
  paths = relationPaths(strapi, roots, ARTICLE_UID, 4);
  await createRelationFixtures(strapi, SECRET, PUBLISHED);
});
afterAll(async () => app?.teardown());
afterEach(() => setGuard(true));

/**
 * Who asks: the Public role or a read-only API token (a server-rendered site's credential), alternating over the
 * generated paths so both meet every kind of probe without doubling the run.
 */
type Caller = 'Public' | 'read-only token';
let readOnlyToken = '';
const callerFor = (index: number): Caller => (index % 2 === 0 ? 'Public' : 'read-only token');
const as = <T extends { set(name: string, value: string): T }>(caller: Caller, request: T): T =>
  caller === 'Public' ? request : request.set('Authorization', `Bearer ${readOnlyToken}`);
beforeAll(async () => {
  readOnlyToken = (
    (await strapi.service('admin::api-token').create({ name: 'site', type: 'read-only', lifespan: null })) as {
      accessKey: string;
    }
  ).accessKey;
});

const label = (path: RelationPath, caller?: Caller) =>
  `${path.rootUid} ${path.steps.join('.')}${caller ? ` as ${caller}` : ''}`;
const listPath = (uid: string) => `/api/${graphqlNames(strapi, uid).list}`;

/** Text fields of an article that the fixtures fill; a JSON body can be matched as text on SQLite only. */
const fields = (): string[] =>
  app.databaseLabel === 'sqlite' ? ['title', 'standfirst', 'body'] : ['title', 'standfirst'];

type Probe = [name: string, tree: (text: string) => FilterTree];

/** The filter probes of one path: plain `$contains` on a text field, and `$startsWith` or a double negation inside `$and` / `$or` / `$not`. */
const filterProbes = (path: RelationPath, index: number): Probe[] => {
  const field = fields()[index % fields().length];
  const head = path.steps.slice(0, -1);
  const last = path.steps[path.steps.length - 1];
  const wrapped: Probe[] = [
    ['$or at the root, $startsWith', (text) => ({ or: [nest(path.steps, { title: { startsWith: text } })] })],
    [
      '$and inside the last relation, $startsWith',
      (text) => nest(head, { [last]: { and: [{ title: { startsWith: text } }] } }),
    ],
    [
      '$not of $notContains inside the relation',
      (text) => nest(path.steps, { and: [{ not: { title: { notContains: text } } }] }),
    ],
  ];
  return [
    [`${field} $contains`, (text) => nest(path.steps, { [field]: { contains: text } })],
    wrapped[index % wrapped.length],
  ];
};

const restFinds = async (uid: string, tree: FilterTree, caller: Caller = 'Public'): Promise<boolean> => {
  const response = await as(
    caller,
    publicApi(strapi).get(
      `${listPath(uid)}?locale=ar&pagination[pageSize]=100&${queryString(restParams('filters', tree))}`,
    ),
  );
  if (response.status !== 200) throw new Error(`${response.status} ${response.text.slice(0, 300)}`);
  return (response.body.data as unknown[]).length > 0;
};

const graphql = (query: string, variables: Record<string, unknown>, caller: Caller = 'Public') =>
  as(caller, publicApi(strapi).post('/graphql')).send({ query, variables });

const graphqlFinds = async (uid: string, tree: FilterTree, caller: Caller = 'Public'): Promise<boolean> => {
  const { list, filtersInput } = graphqlNames(strapi, uid);
  const response = await graphql(
    `query ($f: ${filtersInput}) { ${list}(locale: "ar", filters: $f, pagination: { limit: 100 }) { documentId } }`,
    { f: tree },
    caller,
  );
  if (response.status !== 200 || response.body.errors)
    throw new Error(`${response.status} ${response.text.slice(0, 300)}`);
  return (response.body.data[list] as unknown[]).length > 0;
};

/**
 * Runs `finds` for each probe: the secret must be found with the guard off (the probe is a real attack) and not
 * with it on; the published word must still be found with it on. Returns what went wrong, one line each.
 */
type Attack = [name: string, finds: (text: string) => Promise<boolean>];
const attack = async (name: string, probes: Attack[]): Promise<string[]> => {
  const failures: string[] = [];
  for (const [probe, finds] of probes) {
    const run = async (guard: boolean, text: string, expected: boolean, what: string) => {
      setGuard(guard);
      try {
        const found = await finds(text);
        if (found !== expected) failures.push(`${name} ${probe}: ${what}`);
      } catch (error) {
        failures.push(`${name} ${probe}: ${what}: ${(error as Error).message}`);
      }
    };
    await run(false, SECRET, true, 'guard off should find the draft');
    await run(true, SECRET, false, 'guard on found the draft');
    await run(true, PUBLISHED, true, 'guard on lost the published text');
  }
  setGuard(true);
  return failures;
};

describe('relation filters see published rows only (paths generated from the models)', () => {
  it('generates the paths the issue names, and more', () => {
    const names = paths.map((path) => label(path));
    expect(names).toEqual(
      expect.arrayContaining([
        `${AUTHOR_UID} articles`,
        `${ARTICLE_UID} localizations`,
        `${ARTICLE_UID} topics.articles.authors.articles`,
        `${TOPIC_UID} parent.articles`,
      ]),
    );
    expect(paths.length).toBeGreaterThan(100);
  });

  it('REST filters[…] on every path up to three steps, with $contains, $startsWith, $and/$or/$not', async () => {
    const failures: string[] = [];
    for (const [index, path] of paths.filter((p) => p.steps.length <= 3).entries()) {
      const probes = filterProbes(path, index).map(
        ([probe, tree]): Attack => [probe, (text) => restFinds(path.rootUid, tree(text), callerFor(index))],
      );
      failures.push(...(await attack(label(path, callerFor(index)), probes)));
    }
    expect(failures).toEqual([]);
  });

  it('REST filters[…][title][$contains] on every four-step path', async () => {
    const failures: string[] = [];
    for (const [index, path] of paths.filter((p) => p.steps.length === 4).entries()) {
      const caller = callerFor(index);
      failures.push(
        ...(await attack(label(path, caller), [
          [
            'title $contains',
            (text) => restFinds(path.rootUid, nest(path.steps, { title: { contains: text } }), caller),
          ],
        ])),
      );
    }
    expect(failures).toEqual([]);
  });

  it('GraphQL filters on every path up to three steps', async () => {
    const failures: string[] = [];
    for (const [index, path] of paths.filter((p) => p.steps.length <= 3).entries()) {
      const probes = filterProbes(path, index).map(
        ([probe, tree]): Attack => [probe, (text) => graphqlFinds(path.rootUid, tree(text), callerFor(index + 1))],
      );
      failures.push(...(await attack(`graphql ${label(path, callerFor(index + 1))}`, probes)));
    }
    expect(failures).toEqual([]);
  });
});

/** The relation step a nested GraphQL field or a REST populate starts with, and the filter on its target. */
const firstStep = (path: RelationPath, text: string) => ({
  field: path.steps[0],
  targetUid: path.targets[0],
  tree: nest(path.steps.slice(1), { title: { contains: text } }),
});

const nestedGraphqlFinds = async (path: RelationPath, text: string, caller: Caller = 'Public'): Promise<boolean> => {
  const { field, targetUid, tree } = firstStep(path, text);
  const { list } = graphqlNames(strapi, path.rootUid);
  const query = `query ($f: ${graphqlNames(strapi, targetUid).filtersInput}) { ${list}(locale: "ar", pagination: { limit: 100 }) { ${field}(filters: $f, pagination: { limit: 100 }) { documentId } } }`;
  const response = await graphql(query, { f: tree }, caller);
  if (response.status !== 200 || response.body.errors)
    throw new Error(`${response.status} ${response.text.slice(0, 300)}`);
  return (response.body.data[list] as Array<Record<string, unknown[]>>).some((item) => item[field].length > 0);
};

const populateFinds = async (path: RelationPath, text: string, caller: Caller = 'Public'): Promise<boolean> => {
  const { field, tree } = firstStep(path, text);
  const filters = queryString(restParams(`populate[${field}][filters]`, tree));
  const response = await as(
    caller,
    publicApi(strapi).get(`${listPath(path.rootUid)}?locale=ar&pagination[pageSize]=100&${filters}`),
  );
  if (response.status !== 200) throw new Error(`${response.status} ${response.text.slice(0, 300)}`);
  return (response.body.data as Array<Record<string, unknown>>).some((item) => {
    const value = item[field];
    return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined;
  });
};

describe('nested relation fields and populate filter through relations on published rows only', () => {
  const deep = () => paths.filter((p) => p.steps.length >= 2 && p.steps.length <= 3);

  it('GraphQL: list { relation(filters: … through further relations) } on every path of two and three steps', async () => {
    const failures: string[] = [];
    for (const [index, path] of deep()
      .filter((p) => isToMany(strapi, p.rootUid, p.steps[0]))
      .entries()) {
      const caller = callerFor(index);
      failures.push(
        ...(await attack(`graphql nested ${label(path, caller)}`, [
          ['title $contains', (text) => nestedGraphqlFinds(path, text, caller)],
        ])),
      );
    }
    expect(failures).toEqual([]);
  });

  it('REST: populate[relation][filters][…] through further relations on every path of two and three steps', async () => {
    const failures: string[] = [];
    for (const [index, path] of deep().entries()) {
      const caller = callerFor(index);
      failures.push(
        ...(await attack(`populate ${label(path, caller)}`, [
          ['title $contains', (text) => populateFinds(path, text, caller)],
        ])),
      );
    }
    expect(failures).toEqual([]);
  });

  it('one step: the populated or nested relation itself is published-only (Strapi applies the status), guard on or off', async () => {
    const failures: string[] = [];
    for (const path of paths.filter((p) => p.steps.length === 1)) {
      for (const guard of [false, true]) {
        setGuard(guard);
        if (await populateFinds(path, SECRET)) failures.push(`populate ${label(path)} guard ${guard}: found the draft`);
        if (isToMany(strapi, path.rootUid, path.steps[0]) && (await nestedGraphqlFinds(path, SECRET)))
          failures.push(`graphql nested ${label(path)} guard ${guard}: found the draft`);
      }
      if (!(await populateFinds(path, PUBLISHED))) failures.push(`populate ${label(path)}: lost the published text`);
    }
    expect(failures).toEqual([]);
  });
});

describe('sorts across a relation into drafts are refused with a 400 naming sort', () => {
  const sortable = () => paths.filter((p) => p.steps.length <= 3);
  const restSort = (uid: string, sort: string) =>
    publicApi(strapi).get(`${listPath(uid)}?locale=ar&sort=${encodeURIComponent(sort)}`);
  const graphqlSort = (uid: string, sort: string) =>
    graphql(`query ($s: [String]) { ${graphqlNames(strapi, uid).list}(locale: "ar", sort: $s) { documentId } }`, {
      s: [sort],
    });

  it('REST sort=relation….title and GraphQL sort: "relation….title" on every path up to three steps', async () => {
    const failures: string[] = [];
    for (const path of sortable()) {
      const sort = `${path.steps.join('.')}.title:asc`;
      setGuard(false);
      const openRest = await restSort(path.rootUid, sort);
      const openGraphql = await graphqlSort(path.rootUid, sort);
      if (openRest.status !== 200)
        failures.push(`REST ${label(path)} guard off: ${openRest.status} ${openRest.text.slice(0, 200)}`);
      if (openGraphql.body.errors) failures.push(`GraphQL ${label(path)} guard off: ${openGraphql.text.slice(0, 200)}`);
      setGuard(true);
      const rest = await restSort(path.rootUid, sort);
      const graph = await graphqlSort(path.rootUid, sort);
      if (rest.status !== 400 || !/^sort:/.test(rest.body.error?.message ?? ''))
        failures.push(`REST ${label(path)}: ${rest.status} ${rest.text.slice(0, 200)}`);
      const graphError = graph.body.errors?.[0];
      if (!graphError || !/^sort:/.test(graphError.message) || graphError.extensions?.code !== 'BAD_USER_INPUT')
        failures.push(`GraphQL ${label(path)}: ${graph.text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  });

  // Plain Strapi 5.54 answers these with a 500 (its populate query mis-aliases the join), so there is no leak
  // to show with the guard off; the guard turns them into a 400 that says why, before any SQL runs.
  it('GraphQL nested relation fields: sort through a further relation into drafts is refused', async () => {
    const failures: string[] = [];
    for (const path of sortable().filter((p) => p.steps.length >= 2 && isToMany(strapi, p.rootUid, p.steps[0]))) {
      const query = `{ ${graphqlNames(strapi, path.rootUid).list}(locale: "ar") { ${path.steps[0]}(sort: "${path.steps.slice(1).join('.')}.title") { documentId } } }`;
      setGuard(false);
      const open = await graphql(query, {});
      if (/^sort:/.test(open.body.errors?.[0]?.message ?? ''))
        failures.push(`${label(path)} guard off: refused anyway`);
      setGuard(true);
      const guarded = await graphql(query, {});
      if (!/^sort:/.test(guarded.body.errors?.[0]?.message ?? ''))
        failures.push(`${label(path)}: ${guarded.text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  });

  it('still sorts by columns of relations into types without drafts, and by the root’s own columns', async () => {
    const plainPaths = roots.flatMap((root) =>
      Object.keys(strapi.contentTypes)
        .filter((uid) => uid.startsWith('api::') && !hasDraftAndPublish(strapi, uid))
        .flatMap((end) => relationPaths(strapi, [root], end, 1)),
    );
    for (const path of plainPaths) {
      const response = await restSort(path.rootUid, `${path.steps[0]}.name:asc`);
      expect([label(path), response.status]).toEqual([label(path), 200]);
    }
    expect((await restSort(ARTICLE_UID, 'title:desc')).status).toBe(200);
    expect((await graphqlSort(AUTHOR_UID, 'name:asc')).body.errors).toBeUndefined();
  });
});
