import request from 'supertest';
import { cmPath, signInAs } from '../helpers/admin';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { REDIS_URL, requirePostgres, startInstance, stopInstances } from './instances';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * The shared response cache across instances: two Strapi processes on one PostgreSQL database and one Redis.
 * A reader on B has the story cached; an editor publishes a correction in the admin on A; B must serve the correction
 * within a second (Redis holds the cache, so A's eviction is B's).
 */

let setup: TestStrapi;

beforeAll(async () => {
  requirePostgres();
  setup = await startTestStrapi({ NEWSROOM_SCHEDULER: 'false', NEWSROOM_CACHE: 'true', REDIS_URL });
  await setup.strapi.plugin('newsroom').service('responseCache').clear();
}, 300_000);

afterAll(async () => {
  await stopInstances();
  await setup?.teardown();
});

it('serves a correction published on instance A from instance B within a second', async () => {
  const { strapi } = setup;
  const created = await strapi.documents(ARTICLE_UID).create({ locale: 'ar', data: { title: 'الخبر قبل التصحيح' } });
  const { documentId } = created;
  await strapi.plugin('newsroom').service('workflow').publishAsSystem(documentId, ['ar'], 'system:test');
  // The correction is written to the draft (drafts are not public: nothing is evicted yet).
  await strapi.documents(ARTICLE_UID).update({ documentId, locale: 'ar', data: { title: 'الخبر بعد التصحيح' } });
  const editor = await signInAs(strapi, 'strapi-editor');

  const env = { NEWSROOM_SCHEDULER: 'false', NEWSROOM_CACHE: 'true', REDIS_URL };
  const [a, b] = await Promise.all([startInstance('A', env), startInstance('B', env)]);
  const readOnB = () => request(b.url).get(`/api/articles/${documentId}`).query({ locale: 'ar', 'fields[0]': 'title' });
  expect((await readOnB()).body.data.title).toBe('الخبر قبل التصحيح');
  const cached = await readOnB();
  expect(cached.headers['x-cache']).toBe('HIT');

  // The editor publishes the correction with the Content Manager's Publish button, on instance A.
  const published = await request(a.url)
    .post(`${cmPath(ARTICLE_UID, documentId, 'publish')}?locale=ar`)
    .set('Authorization', `Bearer ${editor.token}`)
    .send({});
  expect(published.status).toBe(200);
  const publishedAt = Date.now();

  let seen = '';
  while (Date.now() - publishedAt < 1000) {
    seen = (await readOnB()).body.data.title as string;
    if (seen === 'الخبر بعد التصحيح') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(seen).toBe('الخبر بعد التصحيح');
}, 300_000);
