import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, paragraphs, signInAs, takeTransition } from '../helpers/admin';
import { setAuthorArticleConditions } from '../helpers/roles';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * An Author whose Content Manager read is limited to their own stories ("is creator") reads nothing of anyone
 * else's through the newsroom's admin routes. The routes are taken from the plugin's own route table: every GET
 * that names one article (`:documentId`) is tried, so a route added later is tried too; each must answer 403 or
 * 404 on an Editor's story and 200 on the Author's own. The routes that answer about many stories at once (the
 * list's workflow column, the ledger) leave the Editor's story out.
 */
let app: TestStrapi;
let strapi: Core.Strapi;
type Http = ReturnType<typeof asAdmin>;
let editor: Http;
let author: Http;
let editorsStory = '';
let authorsStory = '';
let restoreRead: () => Promise<void> = async () => undefined;

interface AdminRoute {
  method: string;
  path: string;
  handler: string;
}
const oneArticleReads = (): AdminRoute[] =>
  (
    strapi.plugin('newsroom').routes as unknown as Record<string, { type?: string; routes: AdminRoute[] }>
  ).admin.routes.filter((route) => route.method === 'GET' && route.path.includes(':documentId'));
/** The route's path for the story; the query every such read may want (a diff its two versions). */
const pathFor = (route: AdminRoute, documentId: string) =>
  `/newsroom${route.path.replace(':documentId', documentId).replace(':locale', 'ar')}?locale=ar&model=${ARTICLE_UID}&from=1&to=2`;

const story = async (http: Http, title: string) => {
  const created = await http.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
    title,
    body: paragraphs('نص فيه القاء بين الوفدين في المنامة وحلف الناتو'),
  });
  expect(created.status).toBe(201);
  return String(created.body.data.documentId);
};

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
  author = asAdmin(strapi, await signInAs(strapi, 'strapi-author'));
  editorsStory = await story(editor, 'خبر المحرر الذي لا يقرؤه الكاتب');
  authorsStory = await story(author, 'خبر الكاتب نفسه');
  const submitted = await takeTransition(editor, editorsStory, { locale: 'ar', transition: 'submit' });
  expect(submitted.status).toBe(200);
  restoreRead = await setAuthorArticleConditions(strapi, 'read', ['admin::is-creator']);
});
afterAll(async () => {
  await restoreRead();
  await app?.teardown();
});

describe('an Author who reads only their own stories', () => {
  it('finds the one-article reads in the route table (the probe below is not empty)', () => {
    expect(oneArticleReads().map((route) => route.handler)).toEqual(
      expect.arrayContaining(['workflow.state', 'copydesk.forArticle', 'tagging.suggestForArticle', 'history.list']),
    );
  });

  it("gets 403 or 404 from every one-article read on an Editor's story, and 200 on their own", async () => {
    for (const route of oneArticleReads()) {
      const others = await author.get(pathFor(route, editorsStory));
      expect({ handler: route.handler, refused: [403, 404].includes(others.status) }).toEqual({
        handler: route.handler,
        refused: true,
      });
      const own = await author.get(pathFor(route, authorsStory));
      // The diff wants two version numbers; any other read of the Author's own story answers.
      if (route.handler !== 'history.diff')
        expect({ handler: route.handler, status: own.status }).toEqual({ handler: route.handler, status: 200 });
    }
  });

  it("sees no stage or assignee of an Editor's story in the list's workflow column", async () => {
    const response = await author.get(
      `/newsroom/workflow/summary?locale=ar&documentIds=${editorsStory},${authorsStory}`,
    );
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.data)).toEqual([authorsStory]);
    const editors = await editor.get(
      `/newsroom/workflow/summary?locale=ar&documentIds=${editorsStory},${authorsStory}`,
    );
    expect(Object.keys(editors.body.data).sort()).toEqual([editorsStory, authorsStory].sort());
  });

  it("finds no entry of an Editor's story in the ledger, and their own", async () => {
    const response = await author.get('/newsroom/workflow/ledger?limit=500');
    expect(response.status).toBe(200);
    const targets = (response.body.data as Array<{ targetDocumentId: string }>).map((entry) => entry.targetDocumentId);
    expect(targets).not.toContain(editorsStory);
    const editors = await editor.get('/newsroom/workflow/ledger?limit=500');
    expect((editors.body.data as Array<{ targetDocumentId: string }>).map((entry) => entry.targetDocumentId)).toContain(
      editorsStory,
    );
  });
});
