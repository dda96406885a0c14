import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { paragraphs, publicApi } from '../helpers/admin';
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

/**
 * Draft text never comes back through a public filter, sort or populate that crosses a relation. The attack
 * paths are generated from the models (every relation chain from a public type to articles, up to three steps,
 * four for the plain REST probe); each probe is shown to find the draft with `relationDraftGuard` off (the root
 * guard `publicDraftGuard` stays on) and not with it on, while the published text is still found.
 */
const ARTICLE = 'api::article.article';
const AUTHOR = 'api::author.author';
const TOPIC = 'api::topic.topic';
const SOURCE = 'api::source.source';
const word = () => `zq${crypto.randomBytes(5).toString('hex')}`;
/** In draft rows only: a draft-only article, the newer draft of a published one, its English draft. */
const SECRET = word();
/** In the published row only. */
const PUBLISHED = word();

let app: TestStrapi;
let strapi: Core.Strapi;
let roots: string[];
let paths: RelationPath[];

const setGuard = (enabled: boolean) => strapi.config.set('plugin::newsroom.relationDraftGuard', enabled);

/** Types without drafts go public on create; a type that has drafts (now or later) is published here. */
interface Documents {
  create(params: { locale: string; data: Record<string, unknown> }): Promise<{ documentId: string }>;
  publish(params: { documentId: string; locale: string }): Promise<unknown>;
}
const createPublic = async (uid: string, data: Record<string, unknown>): Promise<string> => {
  const documents = strapi.documents(uid as typeof TOPIC) as unknown as Documents;
  const { documentId } = await documents.create({ locale: 'ar', data });
  if (hasDraftAndPublish(strapi, uid)) await documents.publish({ documentId, locale: 'ar' });
  return documentId;
};

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  roots = Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::'));
  paths = relationPaths(strapi, roots, ARTICLE, 4);

  // A chain of four topics, each linked to every article, so that any walk up (parent) or down (children)
  // of up to three steps from some topic ends on a topic with articles.
  const topics: string[] = [];
  for (const level of [1, 2, 3, 4]) {
    topics.push(await createPublic(TOPIC, { name: `موضوع الاختبار ${level}`, kind: level === 1 ? 'section' : 'topic', parent: topics.at(-1) ?? null }));
  }
  const author = await createPublic(AUTHOR, { name: 'كاتب الاختبار' });
  const source = await createPublic(SOURCE, { name: 'مصدر الاختبار', kind: 'news_agency' });
  const links = { authors: [author], topics, sources: [source] };

  const published = await strapi.documents(ARTICLE).create({
    locale: 'ar',
    data: { title: `${PUBLISHED} خبر منشور`, standfirst: `${PUBLISHED} مقدمة`, body: paragraphs(`${PUBLISHED} نص منشور`), ...links },
  });
  await strapi.plugin('newsroom').service('workflow').publishAsSystem(published.documentId, ['ar'], 'system:test');
  // The draft of a published story, newer than what is public, and a translation never published.
  await strapi.documents(ARTICLE).update({
    documentId: published.documentId,
    locale: 'ar',
    data: { title: `${SECRET} عنوان أحدث`, standfirst: `${SECRET} مقدمة أحدث`, body: paragraphs(`${SECRET} نص أحدث`) },
  });
  await strapi.documents(ARTICLE).update({
    documentId: published.documentId,
    locale: 'en',
    data: { title: `${SECRET} English draft`, standfirst: `${SECRET} standfirst`, body: paragraphs(`${SECRET} body`) },
  });
  await strapi.documents(ARTICLE).create({
    locale: 'ar',
    data: { title: `${SECRET} مسودة لم تنشر`, standfirst: `${SECRET} مقدمة المسودة`, body: paragraphs(`${SECRET} نص المسودة`), ...links },
  });
});
afterAll(async () => app?.teardown());
afterEach(() => setGuard(true));

const label = (path: RelationPath) => `${path.rootUid} ${path.steps.join('.')}`;
const listPath = (uid: string) => `/api/${graphqlNames(strapi, uid).list}`;

/** Text fields of an article that the fixtures fill; a JSON body can be matched as text on SQLite only. */
const fields = (): string[] => (app.databaseLabel === 'sqlite' ? ['title', 'standfirst', 'body'] : ['title', 'standfirst']);

/** The filter probes of one path: plain `$contains`, and `$startsWith` / double negation inside `$and`/`$or`/`$not`. */
const filterProbes = (path: RelationPath, text: string, index: number): Array<[string, FilterTree]> => {
  const field = fields()[index % fields().length];
  const head = path.steps.slice(0, -1);
  const last = path.steps[path.steps.length - 1];
  const wrapped: Array<[string, FilterTree]> = [
    ['$or at the root, $startsWith', { or: [nest(path.steps, { title: { startsWith: text } })] }],
    ['$and inside the last relation, $startsWith', nest(head, { [last]: { and: [{ title: { startsWith: text } }] } })],
    ['$not of $notContains inside the relation', nest(path.steps, { and: [{ not: { title: { notContains: text } } }] })],
  ];
  return [[`${field} $contains`, nest(path.steps, { [field]: { contains: text } })], wrapped[index % wrapped.length]];
};

const restFinds = async (uid: string, tree: FilterTree): Promise<boolean> => {
  const response = await publicApi(strapi).get(`${listPath(uid)}?locale=ar&pagination[pageSize]=100&${queryString(restParams('filters', tree))}`);
  if (response.status !== 200) throw new Error(`${response.status} ${response.text.slice(0, 300)}`);
  return (response.body.data as unknown[]).length > 0;
};

const graphql = (query: string, variables: Record<string, unknown>) => publicApi(strapi).post('/graphql').send({ query, variables });

const graphqlFinds = async (uid: string, tree: FilterTree): Promise<boolean> => {
  const { list, filtersInput } = graphqlNames(strapi, uid);
  const response = await graphql(`query ($f: ${filtersInput}) { ${list}(locale: "ar", filters: $f, pagination: { limit: 100 }) { documentId } }`, { f: tree });
  if (response.status !== 200 || response.body.errors) throw new Error(`${response.status} ${response.text.slice(0, 300)}`);
  return (response.body.data[list] as unknown[]).length > 0;
};

/**
 * Runs `finds` for each probe: the secret must be found with the guard off (the probe is a real attack) and not
 * with it on; the published word must still be found with it on. Returns what went wrong, one line each.
 */
const attack = async (name: string, probes: Array<[string, (text: string) => Promise<boolean>]>): Promise<string[]> => {
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
    const names = paths.map(label);
    expect(names).toEqual(expect.arrayContaining([`${AUTHOR} articles`, `${ARTICLE} localizations`, `${ARTICLE} topics.articles.authors.articles`, `${TOPIC} parent.articles`]));
    expect(paths.length).toBeGreaterThan(100);
  });

  it('REST filters[…] on every path up to three steps, with $contains, $startsWith, $and/$or/$not', async () => {
    const failures: string[] = [];
    for (const [index, path] of paths.filter((p) => p.steps.length <= 3).entries()) {
      const probes = filterProbes(path, '', index).map(([probe], at): [string, (text: string) => Promise<boolean>] => [
        probe,
        (text) => restFinds(path.rootUid, filterProbes(path, text, index)[at][1]),
      ]);
      failures.push(...(await attack(label(path), probes)));
    }
    expect(failures).toEqual([]);
  });

  it('REST filters[…][title][$contains] on every four-step path', async () => {
    const failures: string[] = [];
    for (const path of paths.filter((p) => p.steps.length === 4)) {
      failures.push(...(await attack(label(path), [['title $contains', (text) => restFinds(path.rootUid, nest(path.steps, { title: { contains: text } }))]])));
    }
    expect(failures).toEqual([]);
  });

  it('GraphQL filters on every path up to three steps', async () => {
    const failures: string[] = [];
    for (const [index, path] of paths.filter((p) => p.steps.length <= 3).entries()) {
      const probes = filterProbes(path, '', index).map(([probe], at): [string, (text: string) => Promise<boolean>] => [
        probe,
        (text) => graphqlFinds(path.rootUid, filterProbes(path, text, index)[at][1]),
      ]);
      failures.push(...(await attack(`graphql ${label(path)}`, probes)));
    }
    expect(failures).toEqual([]);
  });
});
