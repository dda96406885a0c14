import request from 'supertest';
import { signInAs } from '../helpers/admin';
import { startOwnRedis, unreachableRedisUrl, type OwnRedis } from '../helpers/redis-server';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { transitionBody } from '../helpers/workflow';
import { requirePostgres, startInstance, stopInstances } from './instances';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * An eviction one instance cannot deliver, seen from another: instance A is cut off from Redis (its REDIS_URL a
 * port where nothing listens), instance B shares a Redis of the test's own and has a story cached. An editor
 * unpublishes the story on A. B must stop serving it within a second (the cache epoch in the database, which
 * A replaced because its eviction failed), though B's own Redis never failed. With NEWSROOM_CACHE_FAIL_SAFE=false
 * B serves the unpublished story from the cache until the TTL.
 */
const EPOCH_TTL_MS = 1000;

let setup: TestStrapi;
let redis: OwnRedis;

beforeAll(async () => {
  requirePostgres();
  redis = await startOwnRedis();
  setup = await startTestStrapi({ NEWSROOM_SCHEDULER: 'false', NEWSROOM_CACHE: 'true', REDIS_URL: redis.url });
}, 300_000);

afterAll(async () => {
  await stopInstances();
  await setup?.teardown();
  await redis?.destroy();
});

/** What B answered for the story from EPOCH_TTL_MS + 300 ms after the unpublish until 3 s after it. */
async function unpublishOnCutOffInstance(failSafe: boolean): Promise<{ unpublishMs: number; servedAfter: string[] }> {
  const { strapi } = setup;
  const created = await strapi
    .documents(ARTICLE_UID)
    .create({ locale: 'ar', data: { title: `خبر يسحب من نسخة معزولة ${String(failSafe)}` } });
  const { documentId } = created;
  await strapi.plugin('newsroom').service('workflow').publishAsSystem(documentId, ['ar'], 'system:test');
  const editor = await signInAs(strapi, 'strapi-editor');

  const env = {
    NEWSROOM_SCHEDULER: 'false',
    NEWSROOM_CACHE: 'true',
    NEWSROOM_CACHE_FAIL_SAFE: String(failSafe),
    NEWSROOM_CACHE_EPOCH_TTL_MS: String(EPOCH_TTL_MS),
  };
  const [a, b] = await Promise.all([
    startInstance(`A-${String(failSafe)}`, { ...env, REDIS_URL: await unreachableRedisUrl() }),
    startInstance(`B-${String(failSafe)}`, { ...env, REDIS_URL: redis.url }),
  ]);
  const readOnB = () => request(b.url).get(`/api/articles/${documentId}`).query({ locale: 'ar' });
  expect((await readOnB()).status).toBe(200);
  expect((await readOnB()).headers['x-cache']).toBe('HIT');

  const started = Date.now();
  const unpublished = await request(a.url)
    .post(`/newsroom/workflow/articles/${documentId}/transitions`)
    .set('Authorization', `Bearer ${editor.token}`)
    .send(transitionBody('unpublish'));
  expect(unpublished.status).toBe(200);
  const done = Date.now();

  const servedAfter: string[] = [];
  while (Date.now() - done < 3000) {
    const response = await readOnB();
    const since = Date.now() - done;
    if (since > EPOCH_TTL_MS + 300 && response.status !== 404)
      servedAfter.push(`${response.status} (${String(response.headers['x-cache'])}) ${since} ms after`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { unpublishMs: done - started, servedAfter };
}

it("B stops serving a story unpublished on A within a second, though A's eviction never reached Redis", async () => {
  const outcome = await unpublishOnCutOffInstance(true);
  expect(outcome.servedAfter).toEqual([]);
  expect(outcome.unpublishMs).toBeLessThan(2000);
}, 300_000);

it('with NEWSROOM_CACHE_FAIL_SAFE=false, B keeps serving the unpublished story from the cache', async () => {
  const outcome = await unpublishOnCutOffInstance(false);
  expect(outcome.servedAfter.length).toBeGreaterThan(0);
  expect(outcome.servedAfter[0]).toMatch(/^200 \(HIT\)/);
}, 300_000);
