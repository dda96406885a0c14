import type { Core } from '@strapi/strapi';
import type { Response } from 'supertest';
import { approveAndPublish, asAdmin, cmPath, paragraphs, publicApi, signInAs, takeTransition } from '../helpers/admin';
import { startOwnRedis, type OwnRedis } from '../helpers/redis-server';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { transitionBody } from '../helpers/workflow';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * The response cache when its Redis fails, measured with a real Redis of the test's own that is stopped
 * (SIGTERM) and started again, or paused (SIGSTOP) and resumed (SIGCONT), while the public reads a story, a
 * story being retitled and the latest list, and an editor unpublishes one story and publishes a new title of
 * the other in the admin. Every read must answer within READ_BOUND_MS during the outage (one that overlaps an
 * admin write within READ_DURING_WRITE_BOUND_MS: it waits for the write's transaction); after Redis returns
 * nothing stale may be served (the evictions could not be delivered), and the cache must be used again.
 * With `cache.failSafe: false` (the unbounded ioredis defaults, failed evictions swallowed) the same scenario
 * hangs the reads and serves the unpublished story again.
 */
const READ_BOUND_MS = 500;
/** A read that overlaps an admin write waits for its transaction (SQLite has one writer): bounded less tightly. */
const READ_DURING_WRITE_BOUND_MS = 1500;
const OUTAGE_MS = 3000;

let app: TestStrapi;
let strapi: Core.Strapi;
let redis: OwnRedis;
let editor: ReturnType<typeof asAdmin>;

type Outage = 'stop' | 'pause';
interface Outcome {
  /** Reads during the outage that failed or took longer than the bound. */
  slowReads: string[];
  /** Answers after Redis returned that showed what had been unpublished or replaced. */
  stale: string[];
  /** Whether a repeat read was served from the cache again after Redis returned. */
  cachedAgain: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const responseCache = () => strapi.plugin('newsroom').service('responseCache');

beforeAll(async () => {
  redis = await startOwnRedis();
  app = await startTestStrapi({
    NEWSROOM_CACHE: 'true',
    REDIS_URL: redis.url,
    NEWSROOM_CACHE_BREAKER_COOL_DOWN_MS: '300',
  });
  strapi = app.strapi;
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
}, 120_000);
afterAll(async () => {
  await app?.teardown();
  await redis?.destroy();
});

const publishedStory = async (title: string): Promise<string> => {
  const created = await strapi
    .documents(ARTICLE_UID)
    .create({ locale: 'ar', data: { title, body: paragraphs('نص الخبر') } });
  const published = await approveAndPublish(editor, created.documentId);
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  return created.documentId;
};

const titlesOf = (response: Response): string[] =>
  (response.body.data as Array<{ title: string }>).map((item) => item.title);

/** Runs one outage under a loop of public reads and an editor's changes; reports what the public saw. */
async function underOutage(outage: Outage, label: string): Promise<Outcome> {
  const goneTitle = `${label}: خبر يسحب أثناء العطل`;
  const oldTitle = `${label}: العنوان القديم`;
  const newTitle = `${label}: العنوان الجديد`;
  const gone = await publishedStory(goneTitle);
  const retitled = await publishedStory(oldTitle);
  const reads: Record<string, () => Promise<Response>> = {
    gone: () => publicApi(strapi).get(`/api/articles/${gone}`).query({ locale: 'ar' }),
    retitled: () => publicApi(strapi).get(`/api/articles/${retitled}`).query({ locale: 'ar' }),
    list: () =>
      publicApi(strapi).get('/api/articles').query({ locale: 'ar', sort: 'publishedAt:desc', 'fields[0]': 'title' }),
  };
  for (const [name, read] of Object.entries(reads)) {
    await read();
    expect({ name, cache: (await read()).headers['x-cache'] }).toEqual({ name, cache: 'HIT' });
  }

  if (outage === 'stop') {
    await redis.save(); // the restarted Redis comes back with the entries cached now
    await redis.stop();
  } else redis.pause();
  const outageStarted = Date.now();

  const slowReads: string[] = [];
  let outageOver = false;
  let writesInFlight = 0;
  let writesStarted = 0;
  const write = async (work: () => Promise<Response>): Promise<Response> => {
    writesInFlight += 1;
    writesStarted += 1;
    try {
      return await work();
    } finally {
      writesInFlight -= 1;
    }
  };
  const readLoop = (async () => {
    while (!outageOver) {
      for (const [name, read] of Object.entries(reads)) {
        const started = Date.now();
        const writesBefore = writesStarted;
        const duringWrite = writesInFlight > 0;
        const response = await read();
        const ms = Date.now() - started;
        const bound = duringWrite || writesStarted !== writesBefore ? READ_DURING_WRITE_BOUND_MS : READ_BOUND_MS;
        const expected = name === 'gone' ? [200, 404] : [200];
        if (ms >= bound || !expected.includes(response.status))
          slowReads.push(`${name}: ${response.status} in ${ms} ms`);
      }
    }
  })();
  const changes = (async () => {
    const unpublished = await write(() => takeTransition(editor, gone, transitionBody('unpublish')));
    expect(unpublished.status).toBe(200);
    const edited = await write(() => editor.put(`${cmPath(ARTICLE_UID, retitled)}?locale=ar`, { title: newTitle }));
    expect(edited.status).toBe(200);
    expect((await write(() => approveAndPublish(editor, retitled))).status).toBe(200);
  })();
  // The changes may hang with an unguarded store: Redis comes back after the outage either way.
  await Promise.race([changes, sleep(OUTAGE_MS * 2)]);
  await sleep(Math.max(0, OUTAGE_MS - (Date.now() - outageStarted)));
  if (outage === 'stop') await redis.start();
  else redis.resume();
  outageOver = true;
  await readLoop;
  await changes;

  // After Redis returns: nothing unpublished or replaced, and the cache in use again.
  const stale: string[] = [];
  let cachedAgain = false;
  const recoveryEnds = Date.now() + 8000;
  while (Date.now() < recoveryEnds) {
    const story = await reads.gone();
    if (story.status !== 404) stale.push(`unpublished story: ${story.status} (${story.headers['x-cache']})`);
    const renamed = await reads.retitled();
    if (renamed.body.data?.title !== newTitle)
      stale.push(`retitled story: ${String(renamed.body.data?.title)} (${renamed.headers['x-cache']})`);
    const list = await reads.list();
    const titles = titlesOf(list);
    if (titles.includes(goneTitle) || titles.includes(oldTitle) || !titles.includes(newTitle))
      stale.push(`list: ${titles.slice(0, 3).join(' | ')} (${list.headers['x-cache']})`);
    if (renamed.headers['x-cache'] === 'HIT' && list.headers['x-cache'] === 'HIT') {
      cachedAgain = true;
      if (stale.length > 0) break;
    }
    if (cachedAgain && Date.now() > recoveryEnds - 6000) break;
    await sleep(50);
  }
  return { slowReads, stale, cachedAgain };
}

describe('the response cache when its Redis fails (a Redis of its own, on a free port)', () => {
  it('stopped and started again: every read answers within the bound, nothing stale after, cached again', async () => {
    expect(responseCache().kind()).toBe('redis');
    expect(await underOutage('stop', 'توقف')).toEqual({ slowReads: [], stale: [], cachedAgain: true });
  }, 120_000);

  it('paused and resumed: every read answers within the bound, nothing stale after, cached again', async () => {
    expect(await underOutage('pause', 'تجميد')).toEqual({ slowReads: [], stale: [], cachedAgain: true });
  }, 120_000);

  describe('with the guard off (cache.failSafe: false, the unbounded client)', () => {
    beforeAll(async () => {
      strapi.config.set('plugin::newsroom.cache.failSafe', false);
      await responseCache().destroy(); // the next call makes a client with the old options
    });
    afterAll(async () => {
      strapi.config.set('plugin::newsroom.cache.failSafe', true);
      await responseCache().destroy();
    });

    it('stopped and started again: reads wait for the dead Redis, and the unpublished story comes back from the cache', async () => {
      const outcome = await underOutage('stop', 'توقف بلا حماية');
      expect(outcome.slowReads.length).toBeGreaterThan(0);
      expect(outcome.stale).toEqual(expect.arrayContaining([expect.stringMatching(/^unpublished story: 200 \(HIT\)/)]));
    }, 120_000);

    it('paused: reads hang until Redis resumes', async () => {
      const outcome = await underOutage('pause', 'تجميد بلا حماية');
      expect(outcome.slowReads.length).toBeGreaterThan(0);
    }, 120_000);
  });
});

describe('the in-memory cache and a writer in another process (the CLI import)', () => {
  beforeAll(async () => {
    strapi.config.set('plugin::newsroom.cache.redisUrl', null);
    await responseCache().destroy();
  });
  afterAll(async () => {
    strapi.config.set('plugin::newsroom.cache.redisUrl', redis.url);
    await responseCache().destroy();
  });

  it("drops its cached responses within a second of another process's new cache epoch in the database", async () => {
    expect(responseCache().kind()).toBe('memory');
    const documentId = await publishedStory('خبر قبل الاستيراد');
    const list = () =>
      publicApi(strapi).get('/api/articles').query({ locale: 'ar', sort: 'publishedAt:desc', 'fields[0]': 'title' });
    await list();
    expect((await list()).headers['x-cache']).toBe('HIT');
    // The CLI changes the database behind this process's back: its evictions go to its own memory.
    await strapi.db.query(ARTICLE_UID).update({
      where: { documentId, locale: 'ar', publishedAt: { $notNull: true } },
      data: { title: 'خبر بعد الاستيراد' },
    });
    await sleep(1100);
    const stale = await list();
    expect({ cache: stale.headers['x-cache'], title: titlesOf(stale)[0] }).toEqual({
      cache: 'HIT',
      title: 'خبر قبل الاستيراد',
    });
    // What the CLI's responseCache.invalidateEverywhere() writes after each batch.
    await strapi.store.set({ type: 'plugin', name: 'newsroom', key: 'cache-epoch', value: 'written-by-the-cli' });
    const started = Date.now();
    let seen = titlesOf(await list())[0];
    while (seen !== 'خبر بعد الاستيراد' && Date.now() - started < 1500) {
      await sleep(50);
      seen = titlesOf(await list())[0];
    }
    expect(seen).toBe('خبر بعد الاستيراد');
    expect(Date.now() - started).toBeLessThan(1200);
    expect((await list()).headers['x-cache']).toBe('HIT');
  }, 60_000);
});
