import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, publicApi, signInAs } from '../helpers/admin';
import { SAMPLE_TITLE, removeSeededWireSample } from '../helpers/wire-sample';
import type { ImportResult, ProposedTitleView } from '../../src/plugins/newsroom/shared/contracts/wire-import';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * GET /newsroom/wire/proposed-title/:documentId (issue #20 item 5): the headline the importer proposed for copy
 * without one, while the article locale's stored title is still that proposal — what the edit view marks.
 */
let app: TestStrapi;
let strapi: Core.Strapi;
let editor: ReturnType<typeof asAdmin>;
let author: ReturnType<typeof asAdmin>;
const SAMPLE = fs.readFileSync(path.join(__dirname, '../fixtures/wire/iraq-nato-manama-dialogue.txt'), 'utf8');

const importText = async (session: ReturnType<typeof asAdmin>, text: string): Promise<string> => {
  const response = await session.post('/newsroom/import', { text });
  expect(response.status).toBe(200);
  const result = response.body.data as ImportResult;
  expect(result.created).toHaveLength(1);
  return result.created[0].documentId;
};

const proposedTitle = async (session: ReturnType<typeof asAdmin>, documentId: string, locale = 'ar') => {
  const response = await session.get(`/newsroom/wire/proposed-title/${documentId}?locale=${locale}`);
  return { status: response.status, view: response.body.data as ProposedTitleView | undefined };
};

const setTitle = (documentId: string, title: string) =>
  strapi.db.query(ARTICLE_UID).update({ where: { documentId, locale: 'ar', publishedAt: null }, data: { title } });

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  await strapi.plugin('newsroom').service('seed').run();
  await removeSeededWireSample(strapi);
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
  author = asAdmin(strapi, await signInAs(strapi, 'strapi-author'));
});
afterAll(async () => {
  await app?.teardown();
});

describe('GET /newsroom/wire/proposed-title/:documentId', () => {
  let sampleId = '';

  it('answers the proposed headline of copy imported without one, while the title is still it', async () => {
    sampleId = await importText(editor, SAMPLE);
    expect(await proposedTitle(editor, sampleId)).toEqual({ status: 200, view: { proposedTitle: SAMPLE_TITLE } });
    // Anyone who may read the article gets it (an Author reads every article by default).
    expect(await proposedTitle(author, sampleId)).toEqual({ status: 200, view: { proposedTitle: SAMPLE_TITLE } });
  });

  it('answers null once the title differs, and again the proposal if it is put back', async () => {
    await setTitle(sampleId, 'العراق والناتو يبحثان التعاون الأمني في المنامة');
    expect(await proposedTitle(editor, sampleId)).toEqual({ status: 200, view: { proposedTitle: null } });
    await setTitle(sampleId, SAMPLE_TITLE);
    expect((await proposedTitle(editor, sampleId)).view).toEqual({ proposedTitle: SAMPLE_TITLE });
  });

  it('answers null for copy that came with its headline', async () => {
    const documentId = await importText(
      editor,
      'العراق والناتو يبحثان التعاون\nكتب: سيد محمد\nالتقى الجانبان اليوم في المنامة لبحث التعاون الأمني بين البلدين.\n',
    );
    expect(await proposedTitle(editor, documentId)).toEqual({ status: 200, view: { proposedTitle: null } });
  });

  it('refuses an unknown article or locale (404), an invalid locale (400) and anonymous callers (401)', async () => {
    expect((await proposedTitle(editor, 'no-such-document')).status).toBe(404);
    expect((await proposedTitle(editor, sampleId, 'en')).status).toBe(404);
    expect((await proposedTitle(editor, sampleId, 'not a locale!')).status).toBe(400);
    expect((await publicApi(strapi).get(`/newsroom/wire/proposed-title/${sampleId}?locale=ar`)).status).toBe(401);
  });

  it('answers only who may read the article: 404 for an article their read condition excludes', async () => {
    const roleService = strapi.service('admin::role');
    const role = (await roleService.findOne({ code: 'strapi-author' })) as { id: number };
    const permissions = (await strapi.db.query('admin::permission').findMany({ where: { role: role.id } })) as Array<{
      action: string;
      subject: string | null;
      properties: Record<string, unknown>;
      conditions: string[];
    }>;
    await roleService.assignPermissions(
      role.id,
      permissions.map(({ action, subject, properties, conditions }) => ({
        action,
        subject,
        properties,
        conditions:
          action === 'plugin::content-manager.explorer.read' && subject === ARTICLE_UID
            ? ['admin::is-creator']
            : conditions,
      })),
    );
    // The editor's import: the Author may no longer read it, and learns nothing about it.
    expect(await proposedTitle(author, sampleId)).toMatchObject({ status: 404 });
    // Their own import they still read.
    const own = await importText(
      author,
      'كتب: سيد محمد\nاستقبل وزير الخارجية العراقي في بغداد وفداً من البرلمان الأوروبي لبحث ملفات التعاون.\n',
    );
    const answer = await proposedTitle(author, own);
    expect(answer.status).toBe(200);
    expect(answer.view?.proposedTitle).toMatch(/^استقبل وزير الخارجية العراقي/);
  });
});
