import crypto from 'crypto';
import http from 'http';
import type { AddressInfo } from 'net';
import v8 from 'v8';
import vm from 'vm';
import zlib from 'zlib';
import type { Core } from '@strapi/strapi';
import { asAdmin, cmPath, publicApi, signInAs } from '../helpers/admin';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { watchLoopHold } from '../helpers/loop-hold';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * One request must not take the server down or hold it: the worst payloads we could build for each input
 * path (Import page, Content Manager, REST, GraphQL, any JSON body) are refused with the 413/400 naming
 * their limit while `/_health` keeps answering within 1 s and the event loop (the server runs in this
 * process) is never held longer than LOOP_MS. Each limit is then raised to show the probe gets through.
 */
let app: TestStrapi;
let strapi: Core.Strapi;
let author: ReturnType<typeof asAdmin>;
let token = '';
let base = '';
/**
 * Longest event-loop block allowed under attack (NEWSROOM_TEST_LOOP_MS to try another). Bodies are counted
 * (limits.jsonContainers, jsonValues) before JSON.parse, whose time grows with what it builds: the
 * 100,000-children body took 125-146 ms to parse before it was refused. A block is counted in this process's CPU
 * time (helpers/loop-hold.ts): in wall time, another suite on the two cores made a 90 ms parse read 290 ms. On a
 * quiet machine (2026-12-04) every refusal stayed under 100 ms, the slowest the 5 MB newline file at 94 ms: the
 * bound is 150 ms so that a CI run does not fail on that margin. CI runs this file with the machine to itself
 * (.ci/run): with other work on the cores V8's concurrent marker gets less CPU, the main thread marks more inside
 * the save, and a 60 ms save measured 170-250 ms.
 */
const LOOP_MS = Number(process.env.NEWSROOM_TEST_LOOP_MS ?? 150);
const HEALTH_MS = 1000;
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** A raw request (payload prepared beforehand, so building it does not count as the server's time). */
const send = (method: string, path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    const request = http.request(
      `${base}${path}`,
      { method, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            body: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : { text },
          });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });

const healthOnce = () =>
  new Promise<number>((resolve, reject) => {
    const started = Date.now();
    http
      .get(`${base}/_health`, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode === 204 ? Date.now() - started : Infinity));
      })
      .on('error', reject);
  });

/** Runs the attack while /_health is polled every 50 ms; the slowest poll and the longest event-loop block. */
async function underAttack<T>(
  attack: () => Promise<T>,
): Promise<{ result: T; slowestHealthMs: number; loopMs: number }> {
  // Collect the garbage of building the payload first, so a major GC of this process (test and server share
  // it) is not counted as the server's time: without it, 250-460 ms pauses were measured here.
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 200));
  let running = true;
  const polls: number[] = [];
  const poller = (async () => {
    while (running) {
      polls.push(await healthOnce());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const watch = watchLoopHold();
  let result: T;
  try {
    result = await attack();
  } finally {
    running = false;
    await poller;
  }
  const { heldMs: loopMs, delayMs } = watch.stop();
  // NEWSROOM_TEST_LOOP_LOG=1 prints each attack's figure (to record them, e.g. for the README).
  if (process.env.NEWSROOM_TEST_LOOP_LOG)
    console.log(
      `event loop held ${loopMs.toFixed(0)} ms (late ${delayMs.toFixed(0)} ms): ${expect.getState().currentTestName ?? ''}`,
    );
  return { result, slowestHealthMs: Math.max(0, ...polls), loopMs };
}

const adminHeaders = () => ({ authorization: `Bearer ${adminToken}` });
const tokenHeaders = () => ({ authorization: `Bearer ${token}` });
let adminToken = '';

const errorOf = (body: Record<string, unknown>) =>
  body.error as {
    status: number;
    message: string;
    details: { limit?: string; max?: number; message?: { en: string; ar: string } };
  };
const graphqlErrorOf = (body: Record<string, unknown>) =>
  (body.errors as Array<{ message: string; extensions: { limit?: string; max?: number } }>)[0];

const setLimits = (path: string, value: unknown) => strapi.config.set(`plugin::newsroom.limits.${path}`, value);

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  await strapi.plugin('newsroom').service('seed').run();
  const session = await signInAs(strapi, 'strapi-author');
  adminToken = session.token;
  author = asAdmin(strapi, session);
  token = (
    (await strapi.service('admin::api-token').create({ name: 'limits', type: 'full-access', lifespan: null })) as {
      accessKey: string;
    }
  ).accessKey;
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(strapi.server.httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => strapi.server.httpServer.close(resolve));
  await app?.teardown();
});

const importBody = (name: string, bytes: Buffer) =>
  JSON.stringify({ files: [{ name, content: bytes.toString('base64') }] });
const articleCount = () => strapi.db.query(ARTICLE_UID).count({});
const record = (n: number, text: string) =>
  JSON.stringify({
    docno: `L-${n}`,
    url: `https://example.com/l/${n}`,
    source: 'skynews',
    category: 'sport',
    title: `خبر ${n}`,
    time: '',
    author: '',
    abstract: '',
    text,
  });

describe('Import page (as an Author)', () => {
  const cases: Array<{ what: string; name: string; bytes: () => Buffer; status: number; limit: string; max: number }> =
    [
      {
        what: 'a 20 KB gzip of 20 MB of newlines',
        name: 'bomb.txt.gz',
        bytes: () => zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x0a)),
        status: 400,
        limit: 'maxLines',
        max: 500_000,
      },
      {
        what: 'a gzip of 63 MB without a newline',
        name: 'line.jsonl.gz',
        bytes: () => zlib.gzipSync(Buffer.alloc(63 * 1024 * 1024, 0x61)),
        status: 413,
        limit: 'maxLineBytes',
        max: 1024 * 1024,
      },
      {
        what: 'a gzip of 900 stories of 20 KB (18 MB)',
        name: 'big.jsonl.gz',
        bytes: () => zlib.gzipSync(Array.from({ length: 900 }, (_, n) => record(n, 'س'.repeat(10_000))).join('\n')),
        status: 413,
        limit: 'maxBytes',
        max: 16 * 1024 * 1024,
      },
      {
        what: '5 MB of plain newlines',
        name: 'flood.txt',
        bytes: () => Buffer.alloc(5 * 1024 * 1024, 0x0a),
        status: 400,
        limit: 'maxLines',
        max: 500_000,
      },
      {
        what: '1,001 stories of JSON lines',
        name: 'many.jsonl',
        bytes: () => Buffer.from(Array.from({ length: 1001 }, (_, n) => record(n, 'نص.')).join('\n')),
        status: 400,
        limit: 'maxStories',
        max: 1000,
      },
    ];

  it.each(cases)(
    'refuses $what naming $limit, writes nothing, and keeps answering',
    async ({ name, bytes, status, limit, max }) => {
      const body = importBody(name, bytes());
      const before = await articleCount();
      const { result, slowestHealthMs, loopMs } = await underAttack(() =>
        send('POST', '/newsroom/import', body, adminHeaders()),
      );
      expect(result.status).toBe(status);
      const error = errorOf(result.body);
      expect(error.details).toMatchObject({ limit, max });
      expect(error.message).toContain(`${limit}: ${max}`);
      expect(error.details.message?.ar).toContain(`${limit}: ${max}`);
      expect(error.details.message?.ar).toMatch(/تجاوز حد/);
      expect(await articleCount()).toBe(before);
      expect(slowestHealthMs).toBeLessThan(HEALTH_MS);
      expect(loopMs).toBeLessThan(LOOP_MS);
    },
  );

  it('lets the newline flood through when the limits are raised (the limit is what refuses it)', async () => {
    const limits = strapi.config.get('plugin::newsroom.limits.import');
    setLimits('import', { maxBytes: 2 ** 30, maxLines: 2 ** 30, maxLineBytes: 2 ** 30, maxStories: 2 ** 30 });
    try {
      const response = await send(
        'POST',
        '/newsroom/import',
        importBody('flood.txt', Buffer.alloc(600_000, 0x0a)),
        adminHeaders(),
      );
      expect(response.status).toBe(200);
      expect((response.body.data as { failed: Array<{ reason: string }> }).failed).toEqual([
        expect.objectContaining({ reason: 'empty' }),
      ]);
    } finally {
      setLimits('import', limits);
    }
  });
});

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (children: unknown[]) => ({ type: 'paragraph', children });
const wideParagraph = (count: number) => [paragraph(Array.from({ length: count }, (_, n) => text(`كلمة${n} `)))];
const nestedList = (levels: number): unknown => {
  let node: unknown = { type: 'list-item', children: [text('x')] };
  for (let level = 0; level < levels; level += 1) node = { type: 'list', format: 'unordered', children: [node] };
  return [node];
};

describe('article body (blocks) on every write path', () => {
  const bodies: Array<{ what: string; body: () => unknown; limit: string; max: number }> = [
    // Sized to pass the JSON counts (limits.jsonContainers), so the blocks limits are what refuses them.
    {
      what: 'one paragraph of 20,000 text children',
      body: () => wideParagraph(20_000),
      limit: 'maxChildren',
      max: 2000,
    },
    {
      what: '2,500 paragraphs',
      body: () => Array.from({ length: 2500 }, () => paragraph([text('فقرة')])),
      limit: 'maxChildren',
      max: 2000,
    },
    {
      what: '1,500 paragraphs of 20 children',
      body: () => Array.from({ length: 1500 }, () => paragraph(Array.from({ length: 20 }, () => text('ب')))),
      limit: 'maxNodes',
      max: 5000,
    },
    { what: 'a list nested 20 deep', body: () => nestedList(20), limit: 'maxDepth', max: 12 },
    {
      what: '3 MB of text in one paragraph',
      body: () => [paragraph([text('ن'.repeat(1_500_001))])],
      limit: 'maxTextBytes',
      max: 512 * 1024,
    },
  ];
  const article = (body: unknown) => ({ title: 'حد الجسم', body });

  it.each(bodies)('refuses $what through the Content Manager naming body and $limit', async ({ body, limit, max }) => {
    const payload = JSON.stringify(article(body()));
    const { result, slowestHealthMs, loopMs } = await underAttack(() =>
      send('POST', `${cmPath(ARTICLE_UID)}?locale=ar`, payload, adminHeaders()),
    );
    expect(result.status).toBe(400);
    const error = errorOf(result.body);
    expect(error.message).toBe(`body: over the ${error.message.split('over the ')[1]}`);
    expect(error.message).toContain(`(${limit}: ${max})`);
    expect(error.details).toMatchObject({ limit, max, errors: [expect.objectContaining({ path: ['body'] })] });
    expect(error.details.message?.ar).toContain(`body: تجاوز حد`);
    expect(slowestHealthMs).toBeLessThan(HEALTH_MS);
    expect(loopMs).toBeLessThan(LOOP_MS);
  });

  it('refuses the wide body through REST (create and update), GraphQL and strapi.documents()', async () => {
    const wide = wideParagraph(20_000);
    const rest = JSON.stringify({ data: article(wide) });
    const { result, slowestHealthMs, loopMs } = await underAttack(() =>
      send('POST', '/api/articles?locale=ar', rest, tokenHeaders()),
    );
    expect(result.status).toBe(400);
    expect(errorOf(result.body).message).toBe('body: over the children of one node limit (maxChildren: 2000)');
    expect(slowestHealthMs).toBeLessThan(HEALTH_MS);
    expect(loopMs).toBeLessThan(LOOP_MS);

    const created = await send(
      'POST',
      '/api/articles?status=draft&locale=ar',
      JSON.stringify({ data: { title: 'مقال عبر REST', body: [paragraph([text('نص قصير')])] } }),
      tokenHeaders(),
    );
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201 });
    const documentId = (created.body.data as { documentId: string }).documentId;
    const updated = await send(
      'PUT',
      `/api/articles/${documentId}?status=draft&locale=ar`,
      JSON.stringify({ data: { body: wide } }),
      tokenHeaders(),
    );
    expect(updated.status).toBe(400);
    expect(errorOf(updated.body).details).toMatchObject({ limit: 'maxChildren' });

    const mutation = JSON.stringify({
      query: 'mutation($data: ArticleInput!) { createArticle(data: $data, locale: "ar") { documentId } }',
      variables: { data: article(wideParagraph(3000)) },
    });
    const graphql = await send('POST', '/graphql', mutation, tokenHeaders());
    expect(graphqlErrorOf(graphql.body).message).toBe('body: over the children of one node limit (maxChildren: 2000)');

    await expect(
      strapi.documents(ARTICLE_UID).update({ documentId, locale: 'ar', data: { body: wideParagraph(2001) } as never }),
    ).rejects.toThrow('body: over the children of one node limit (maxChildren: 2000)');
  });

  const marks = { bold: true, italic: true, underline: true, strikethrough: true, code: true };
  /** The largest bodies the limits allow: 500 paragraphs of 9 texts, and paragraphs of 2,000 texts (maxChildren). */
  const largestBodies = [
    {
      what: '500 paragraphs of 9 texts',
      body: () =>
        Array.from({ length: 500 }, (_, n) =>
          paragraph(Array.from({ length: 9 }, (_, k) => ({ ...text(`كلمة ${n} ${k} `.repeat(4)), ...marks }))),
        ),
    },
    {
      what: 'paragraphs of 2,000, 2,000 and 997 texts',
      body: () =>
        [2000, 2000, 997].map((count, n) =>
          paragraph(Array.from({ length: count }, (_, k) => ({ ...text(`كلمة ${n} ${k} `), ...marks }))),
        ),
    },
  ];

  // Strapi's own validation (yup) of 5,000 nodes took 215-255 ms in one piece here, the whole save 350-460 ms:
  // it runs on runs of at most 400 nodes (content/sliced-blocks-validation.ts) with the derivations and the
  // version on turns of their own. Measured at load 2-3: the longest piece of these saves 26-49 ms, on SQLite and
  // PostgreSQL. One CI run on PostgreSQL saw one 184 ms pause in such a save (a collection of this process's heap,
  // which the test shares with the server, or the machine): the pair is saved up to three times and the best
  // pair must hold the bound. In one piece every attempt holds it 240-430 ms (the next test), so this still fails
  // whenever the save itself holds the loop.
  const saveUnderWatch = async (payload: string) => {
    const created = await underAttack(() => send('POST', `${cmPath(ARTICLE_UID)}?locale=ar`, payload, adminHeaders()));
    expect({ status: created.result.status, error: created.result.body.error }).toMatchObject({ status: 201 });
    const documentId = (created.result.body.data as { documentId: string }).documentId;
    const updated = await underAttack(() =>
      send(
        'PUT',
        `${cmPath(ARTICLE_UID)}/${documentId}?locale=ar`,
        payload.replace('أكبر مقال', 'أكبر مقال ٢'),
        adminHeaders(),
      ),
    );
    expect({ status: updated.result.status, error: updated.result.body.error }).toMatchObject({ status: 200 });
    expect(Math.max(created.slowestHealthMs, updated.slowestHealthMs)).toBeLessThan(HEALTH_MS);
    return { documentId, loopMs: Math.max(created.loopMs, updated.loopMs) };
  };

  /** The same pair through REST (`?status=draft`, the full-access token): the body goes in `data`. */
  const restSaveUnderWatch = async (payload: string) => {
    const data = JSON.parse(payload) as Record<string, unknown>;
    const created = await underAttack(() =>
      send('POST', '/api/articles?status=draft&locale=ar', JSON.stringify({ data }), tokenHeaders()),
    );
    expect({ status: created.result.status, error: created.result.body.error }).toMatchObject({ status: 201 });
    const documentId = (created.result.body.data as { documentId: string }).documentId;
    const updated = await underAttack(() =>
      send(
        'PUT',
        `/api/articles/${documentId}?status=draft&locale=ar`,
        JSON.stringify({ data: { ...data, title: 'أكبر مقال ٢' } }),
        tokenHeaders(),
      ),
    );
    expect({ status: updated.result.status, error: updated.result.body.error }).toMatchObject({ status: 200 });
    expect(Math.max(created.slowestHealthMs, updated.slowestHealthMs)).toBeLessThan(HEALTH_MS);
    return { documentId, loopMs: Math.max(created.loopMs, updated.loopMs) };
  };
  const writePaths = [
    { path: 'the Content Manager', save: saveUnderWatch },
    { path: 'REST', save: restSaveUnderWatch },
  ];

  it.each(writePaths.flatMap((writePath) => largestBodies.map((largest) => ({ ...writePath, ...largest }))))(
    'creates and updates the largest article the blocks limits allow through $path ($what, every mark on every text) within the event-loop bound',
    async ({ body, save: saveOnce }) => {
      const payload = JSON.stringify({
        title: 'أكبر مقال',
        body: body(),
        standfirst: 'مقدمة',
        authors: [],
        topics: [],
      });
      const attempts: number[] = [];
      let documentId = '';
      while (attempts.length < 3 && !attempts.some((loopMs) => loopMs < LOOP_MS)) {
        const save = await saveOnce(payload);
        attempts.push(save.loopMs);
        documentId = save.documentId;
      }
      const stored = await strapi.documents(ARTICLE_UID).findOne({ documentId, locale: 'ar' });
      expect(stored?.body).toEqual(body());
      expect(Math.min(...attempts)).toBeLessThan(LOOP_MS);
    },
  );

  it.each(writePaths)(
    'holds the event loop past the bound when Strapi validates the largest body in one piece through $path (blocksValidationSliceNodes: 0)',
    async ({ save: saveOnce }) => {
      const payload = JSON.stringify({ title: 'أكبر مقال', body: largestBodies[0].body() });
      strapi.config.set('plugin::newsroom.blocksValidationSliceNodes', 0);
      try {
        // Every attempt, not only the best: the repeat above does not hide a save that holds the loop.
        const attempts = [(await saveOnce(payload)).loopMs, (await saveOnce(payload)).loopMs];
        expect(Math.min(...attempts)).toBeGreaterThan(LOOP_MS);
      } finally {
        strapi.config.set('plugin::newsroom.blocksValidationSliceNodes', 400);
      }
    },
  );

  it('accepts the wide body when the limits are raised (the limit is what refuses it)', async () => {
    const limits = strapi.config.get('plugin::newsroom.limits.blocks');
    setLimits('blocks', { maxNodes: 2 ** 30, maxDepth: 2 ** 30, maxChildren: 2 ** 30, maxTextBytes: 2 ** 30 });
    try {
      const response = await send(
        'POST',
        `${cmPath(ARTICLE_UID)}?locale=ar`,
        JSON.stringify(article(wideParagraph(5000))),
        adminHeaders(),
      );
      expect(response.status).toBe(201);
    } finally {
      setLimits('blocks', limits);
    }
  });
});

describe('JSON bodies of too many objects, arrays or values (counted before JSON.parse)', () => {
  const article = (body: unknown) => ({ title: 'حد الجسم', body });
  const wideArticle = (count: number) => JSON.stringify(article(wideParagraph(count)));
  const zeros = (count: number) => `{"data":{"title":"x","body":[${'0,'.repeat(count - 1)}0]}}`;
  const cases = [
    {
      what: 'a Content Manager save of one paragraph of 100,000 text children',
      method: 'POST',
      path: () => `${cmPath(ARTICLE_UID)}?locale=ar`,
      body: () => wideArticle(100_000),
      headers: adminHeaders,
      limit: 'jsonContainers',
      max: 60_000,
    },
    {
      what: 'a REST create of the same',
      method: 'POST',
      path: () => '/api/articles?locale=ar',
      body: () => JSON.stringify({ data: article(wideParagraph(100_000)) }),
      headers: tokenHeaders,
      limit: 'jsonContainers',
      max: 60_000,
    },
    {
      what: 'an unauthenticated REST update of the same',
      method: 'PUT',
      path: () => '/api/articles/x',
      body: () => JSON.stringify({ data: article(wideParagraph(100_000)) }),
      headers: () => ({}),
      limit: 'jsonContainers',
      max: 60_000,
    },
    {
      what: '8 MB of brackets side by side',
      method: 'POST',
      path: () => '/api/articles',
      body: () => `{"data":[${'[],'.repeat(2_700_000)}[]]}`,
      headers: tokenHeaders,
      limit: 'jsonContainers',
      max: 60_000,
    },
    {
      what: 'a REST body of 4 million zeros (8 MB)',
      method: 'POST',
      path: () => '/api/articles',
      body: () => zeros(4_000_000),
      headers: tokenHeaders,
      limit: 'jsonValues',
      max: 200_000,
    },
    {
      what: 'a Content Manager save of 2.6 million empty strings',
      method: 'POST',
      path: () => `${cmPath(ARTICLE_UID)}?locale=ar`,
      body: () => `{"title":"x","body":[${'"",'.repeat(2_600_000)}""]}`,
      headers: adminHeaders,
      limit: 'jsonValues',
      max: 200_000,
    },
  ];

  it.each(cases)(
    'refuses $what with 413 naming $limit in English and Arabic',
    async ({ method, path, body, headers, limit, max }) => {
      const payload = body();
      const { result, slowestHealthMs, loopMs } = await underAttack(() => send(method, path(), payload, headers()));
      expect(result.status).toBe(413);
      const error = errorOf(result.body);
      expect(error.details).toMatchObject({ limit, max });
      expect(error.message).toContain(`(limits.${limit}: ${max})`);
      expect(error.details.message?.ar).toContain(`(limits.${limit}: ${max})`);
      expect(error.details.message?.ar).toMatch(/جسم الطلب/);
      expect(slowestHealthMs).toBeLessThan(HEALTH_MS);
      expect(loopMs).toBeLessThan(LOOP_MS);
    },
  );

  it('refuses GraphQL variables of 100,000 objects with 413 naming jsonContainers', async () => {
    // 300 KB: under the GraphQL body's own 1 MB cap, so the count is what refuses it.
    const payload = JSON.stringify({
      query: 'mutation($data: ArticleInput!) { createArticle(data: $data, locale: "ar") { documentId } }',
      variables: { data: article(Array.from({ length: 100_000 }, () => ({}))) },
    });
    const { result, loopMs } = await underAttack(() => send('POST', '/graphql', payload, tokenHeaders()));
    expect(result.status).toBe(413);
    expect(JSON.stringify(result.body)).toContain('limits.jsonContainers: 60000');
    expect(loopMs).toBeLessThan(LOOP_MS);
  });

  it('parses the largest body the counts accept within the event-loop bound (the blocks limits then refuse it)', async () => {
    const payload = wideArticle(59_990);
    const { result, slowestHealthMs, loopMs } = await underAttack(() =>
      send('POST', `${cmPath(ARTICLE_UID)}?locale=ar`, payload, adminHeaders()),
    );
    expect(result.status).toBe(400);
    expect(errorOf(result.body).details).toMatchObject({ limit: 'maxChildren' });
    expect(slowestHealthMs).toBeLessThan(HEALTH_MS);
    expect(loopMs).toBeLessThan(LOOP_MS);
  });

  it('lets each probe through to JSON.parse when the counts are raised (the counts are what refuse them)', async () => {
    setLimits('jsonContainers', 10 ** 9);
    setLimits('jsonValues', 10 ** 9);
    try {
      const wide = await underAttack(() =>
        send('POST', `${cmPath(ARTICLE_UID)}?locale=ar`, wideArticle(100_000), adminHeaders()),
      );
      expect(wide.result.status).toBe(400);
      expect(errorOf(wide.result.body).details).toMatchObject({ limit: 'maxChildren' });
      const flat = await underAttack(() => send('POST', '/api/articles?locale=ar', zeros(4_000_000), tokenHeaders()));
      expect(flat.result.status).toBe(400);
      expect(errorOf(flat.result.body).details).toMatchObject({ limit: 'maxChildren' });
    } finally {
      setLimits('jsonContainers', 60_000);
      setLimits('jsonValues', 200_000);
    }
  });
});

describe('deeply nested JSON bodies', () => {
  const deep = (levels: number) => `{"title":"x","body":${'['.repeat(levels)}${']'.repeat(levels)}}`;

  it.each([
    {
      what: 'a Content Manager save 5,000 levels deep',
      method: 'POST',
      path: () => `${cmPath(ARTICLE_UID)}?locale=ar`,
      body: () => deep(5000),
      headers: adminHeaders,
    },
    {
      what: 'a REST body of 8 MB of brackets',
      method: 'POST',
      path: () => '/api/articles',
      body: () => `{"data":${'['.repeat(8 * 1024 * 1024 - 20)}`,
      headers: tokenHeaders,
    },
    {
      what: 'an unauthenticated REST body 5,000 levels deep',
      method: 'PUT',
      path: () => '/api/articles/x',
      body: () => JSON.stringify({ data: {} }).replace('{}', deep(5000)),
      headers: () => ({}),
    },
    {
      what: 'a gzip-encoded body 100,000 levels deep',
      method: 'POST',
      path: () => `${cmPath(ARTICLE_UID)}?locale=ar`,
      body: () => zlib.gzipSync(deep(100_000)),
      headers: () => ({ ...adminHeaders(), 'content-encoding': 'gzip' }),
    },
    {
      what: 'GraphQL variables 5,000 levels deep',
      method: 'POST',
      path: () => '/graphql',
      body: () => JSON.stringify({ query: '{ articles { title } }', variables: { x: 1 } }).replace('1', deep(5000)),
      headers: () => ({}),
    },
  ])('refuses $what with 400 naming jsonDepth', async ({ method, path, body, headers }) => {
    const payload = body();
    const { result, slowestHealthMs, loopMs } = await underAttack(() => send(method, path(), payload, headers()));
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).toContain('limits.jsonDepth: 64');
    expect(slowestHealthMs).toBeLessThan(HEALTH_MS);
    expect(loopMs).toBeLessThan(LOOP_MS);
  });

  it('answers 500 to the 5,000-level save when the depth limit is raised (the limit is what turns it into a 400)', async () => {
    setLimits('jsonDepth', 10 ** 9);
    try {
      const response = await send('POST', `${cmPath(ARTICLE_UID)}?locale=ar`, deep(5000), adminHeaders());
      expect(response.status).toBe(500);
    } finally {
      setLimits('jsonDepth', 64);
    }
  });

  it('still parses ordinary JSON, refuses __proto__ and non-JSON the way koa-body did', async () => {
    expect(
      (await author.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title: 'عادي', body: [paragraph([text('نص')])] }))
        .status,
    ).toBe(201);
    expect(
      (
        await send(
          'POST',
          `${cmPath(ARTICLE_UID)}?locale=ar`,
          '{"title":"x","__proto__":{"admin":true}}',
          adminHeaders(),
        )
      ).status,
    ).toBe(400);
    expect((await send('POST', `${cmPath(ARTICLE_UID)}?locale=ar`, '{"title":', adminHeaders())).status).toBe(400);
    expect((await send('POST', `${cmPath(ARTICLE_UID)}?locale=ar`, '"text"', adminHeaders())).status).toBe(400);
  });
});

describe('GraphQL, unauthenticated', () => {
  const aliases = (count: number) =>
    `{ ${Array.from({ length: count }, (_, n) => `a${n}: articles { title }`).join(' ')} }`;
  const query = (text: string) => JSON.stringify({ query: text });

  it.each([
    {
      what: '5,000 aliases of articles (129 KB)',
      body: () => query(aliases(5000)),
      limit: 'maxQueryBytes',
      max: 20_000,
    },
    { what: '51 aliases', body: () => query(aliases(51)), limit: 'maxAliases', max: 50 },
    {
      what: 'nested lists (20^4 rows)',
      body: () => query('{ articles { authors { articles { authors { name } } } } }'),
      limit: 'maxCost',
      max: 50_000,
    },
    {
      what: 'a fragment bomb (2^30 fields)',
      body: () =>
        query(
          `{ articles { ...F0 } } ${Array.from({ length: 30 }, (_, n) => `fragment F${n} on Article { title ...F${n + 1} ...F${n + 1} }`).join(' ')} fragment F30 on Article { title }`,
        ),
      limit: 'maxFields',
      max: 500,
    },
    {
      what: 'a batch of 100 operations',
      body: () => JSON.stringify(Array.from({ length: 100 }, () => ({ query: aliases(40) }))),
      limit: 'maxBatch',
      max: 5,
    },
    {
      what: 'a batch adding up to 200 aliases',
      body: () => JSON.stringify(Array.from({ length: 5 }, () => ({ query: aliases(40) }))),
      limit: 'maxAliases',
      max: 50,
    },
  ])('refuses $what with a GraphQL error naming $limit', async ({ body, limit, max }) => {
    const payload = body();
    const { result, slowestHealthMs, loopMs } = await underAttack(() => send('POST', '/graphql', payload));
    expect(result.status).toBe(400);
    const error = graphqlErrorOf(result.body);
    expect(error.extensions).toMatchObject({ limit, max });
    expect(error.message).toContain(`(${limit}: ${max})`);
    expect(slowestHealthMs).toBeLessThan(HEALTH_MS);
    expect(loopMs).toBeLessThan(LOOP_MS);
  });

  it('refuses a POST that is not application/json with 415 (the plugin body parser would take vnd.api+json and forms past every check)', async () => {
    for (const type of [
      'application/vnd.api+json',
      'application/json-patch+json',
      'application/csp-report',
      'text/plain',
    ]) {
      const response = await send('POST', '/graphql', query(aliases(5000)), {
        'content-type': type,
        'apollo-require-preflight': '1',
      });
      expect([type, response.status]).toEqual([type, 415]);
    }
    const form = await send('POST', '/graphql', `query=${encodeURIComponent(aliases(1000))}`, {
      'content-type': 'application/x-www-form-urlencoded',
      'apollo-require-preflight': '1',
    });
    expect(form.status).toBe(415);
  });

  it('reads a GET query string as Apollo does: a query after 1,000 junk parameters is still counted', async () => {
    const junk = Array.from({ length: 1000 }, (_, n) => `p${n}=`).join('&');
    const response = await send('GET', `/graphql?${junk}&query=${encodeURIComponent(aliases(51))}`, '', {
      'apollo-require-preflight': '1',
    });
    expect(response.status).toBe(400);
    expect(graphqlErrorOf(response.body).extensions).toMatchObject({ limit: 'maxAliases' });
  });

  it('counts pagination limit -1 as the largest page and variables by their declared defaults', async () => {
    const unlimited =
      '{ articles(pagination: { limit: -1 }) { authors(pagination: { limit: -1 }) { articles(pagination: { limit: -1 }) { title } } } }';
    const byLiteral = await send('POST', '/graphql', query(unlimited));
    expect(graphqlErrorOf(byLiteral.body).extensions).toMatchObject({ limit: 'maxCost' });
    const byDefault = await send(
      'POST',
      '/graphql',
      query(
        'query($p: PaginationArg = { limit: 100 }) { articles(pagination: $p) { authors(pagination: $p) { articles(pagination: $p) { title } } } }',
      ),
    );
    expect(graphqlErrorOf(byDefault.body).extensions).toMatchObject({ limit: 'maxCost' });
    const draftByDefault = await send(
      'POST',
      '/graphql',
      query('query($s: PublicationStatus = DRAFT) { articles(status: $s) { title } }'),
    );
    expect(draftByDefault.status).toBe(400);
    expect(graphqlErrorOf(draftByDefault.body).message).toContain('drafts are never public');
  });

  it('refuses a persisted query sent by its hash alone (it would run variables no check has seen)', async () => {
    const text = 'query($p: PaginationArg) { articles(pagination: $p) { title } }';
    const sha256Hash = crypto.createHash('sha256').update(text).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    await send('POST', '/graphql', JSON.stringify({ query: text, variables: { p: { limit: 1 } }, extensions }));
    const byHash = await send('POST', '/graphql', JSON.stringify({ variables: { p: { limit: 100 } }, extensions }));
    expect(byHash.status).toBe(400);
    expect(JSON.stringify(byHash.body)).not.toContain('"articles"');
  });

  it('answers an ordinary query', async () => {
    const response = await send(
      'POST',
      '/graphql',
      query('{ articles(pagination: { limit: 5 }) { title authors { name } } }'),
    );
    expect(response.status).toBe(200);
    expect((response.body.data as { articles: unknown[] }).articles.length).toBeGreaterThan(0);
  });

  it('runs 1,000 aliases for seconds with the limits raised (the limit is what stops it)', async () => {
    const limits = strapi.config.get('plugin::newsroom.limits.graphql');
    setLimits('graphql', {
      maxCost: 2 ** 40,
      maxFields: 2 ** 30,
      maxAliases: 2 ** 30,
      maxQueryBytes: 2 ** 30,
      maxBatch: 5,
    });
    try {
      const payload = query(aliases(1000));
      const started = Date.now();
      const result = await send('POST', '/graphql', payload);
      expect(result.status).toBe(200);
      expect(Object.keys(result.body.data as object)).toHaveLength(1000);
      // One query per alias: measured 12.9 s for 2,000 here, against under 0.1 s for the refusal.
      expect(Date.now() - started).toBeGreaterThan(1000);
    } finally {
      setLimits('graphql', limits);
    }
  });
});

describe('publicApi sanity', () => {
  it('answers /_health', async () => {
    expect((await publicApi(strapi).get('/_health')).status).toBe(204);
  });
});
