import { spawn, spawnSync, type ChildProcess } from 'child_process';
import fs from 'fs';
import net, { type AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import { Client } from 'pg';
import request from 'supertest';
import { cmPath, signInAs, type AdminSession } from '../helpers/admin';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import {
  exited,
  REDIS_URL,
  requirePostgres,
  startHookServer,
  startInstance,
  stopInstances,
  type HookServer,
  type Instance,
} from './instances';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';

/**
 * The shipped nginx configuration (deploy/nginx/newsroom.conf) in front of two instances on one PostgreSQL
 * database and one Redis, both running the scheduler. The file is used as it is, with its upstream `server`
 * lines and its `listen` replaced by the instances' ports and a free port; the test's main nginx.conf around it
 * only adds an access log that names the upstream of every request (tagged X-Test-Request), and temp paths.
 * Through nginx: (1) reads are identical whichever instance answers, and both answer; (2) a correction
 * published on one instance is what every request answers within a second; (3) articles scheduled through
 * nginx are published once each (ledger, published rows, outbox, webhooks) and then served by both.
 */
const SITE_CONFIG = path.resolve(__dirname, '..', '..', 'deploy', 'nginx', 'newsroom.conf');
/** More than the scheduler's batch of 50, so both instances' ticks have rows to claim. */
const SCHEDULED = 80;
/** A tag of this run in titles and list filters: Redis may be shared with other runs, cache keys must not be. */
const RUN = `run${Date.now().toString(36)}`;

// ---------------------------------------------------------------------------------------------------------
// nginx

const isExecutable = (file: string): boolean => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** The nginx binary: $NGINX_BIN, else `nginx` on PATH or in the usual sbin folders (not on a user's PATH). */
const findNginx = (): string => {
  const configured = process.env.NGINX_BIN;
  if (configured) {
    if (!isExecutable(configured))
      throw new Error(`nginx not found: NGINX_BIN=${configured} is not an executable file`);
    return configured;
  }
  const folders = [
    ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean),
    '/usr/sbin',
    '/usr/local/sbin',
    '/usr/local/nginx/sbin',
  ];
  const found = folders.map((folder) => path.join(folder, 'nginx')).find(isExecutable);
  if (!found) {
    throw new Error(
      'nginx is not installed: this test runs deploy/nginx/newsroom.conf in a real nginx. ' +
        'Install it (as root: apt-get install -y nginx-light; .ci/run does) or set NGINX_BIN to the binary.',
    );
  }
  return found;
};

/**
 * The shipped site configuration with its upstream servers and its listen port replaced: every `server` line
 * of `upstream newsroom { … }` becomes one line per port (keeping the first line's parameters), and the one
 * `listen` becomes 127.0.0.1:<listen>. Fails, naming what it looked for, if the file no longer has them.
 */
const renderSiteConfig = (source: string, upstreamPorts: readonly number[], listen: number): string => {
  const upstream = /upstream\s+newsroom\s*\{[^}]*\}/.exec(source);
  if (!upstream) throw new Error(`${SITE_CONFIG}: no "upstream newsroom { … }" block to put the instances in`);
  const servers = [...upstream[0].matchAll(/^([ \t]*)server[ \t]+[^\s;]+([^;]*);[^\n]*\n/gm)];
  if (servers.length === 0) throw new Error(`${SITE_CONFIG}: the upstream block has no "server host:port …;" line`);
  const [, indent, parameters] = servers[0];
  const lines = upstreamPorts.map((port) => `${indent}server 127.0.0.1:${port}${parameters};\n`).join('');
  let block = upstream[0].replace(servers[0][0], lines);
  for (const server of servers.slice(1)) block = block.replace(server[0], '');
  const rendered = source.replace(upstream[0], block);
  const listens = [...rendered.matchAll(/^([ \t]*)listen[ \t]+[^;]+;/gm)];
  if (listens.length !== 1)
    throw new Error(`${SITE_CONFIG}: expected one "listen …;" directive, found ${listens.length}`);
  return rendered.replace(listens[0][0], `${listens[0][1]}listen 127.0.0.1:${listen};`);
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

interface Nginx {
  url: string;
  dir: string;
  /** X-Test-Request tag → $upstream_addr, from the access log (waits up to 3 s for the tags asked for). */
  upstreams(tags: readonly string[]): Promise<Map<string, string>>;
  errorLog(): string;
  stop(): Promise<void>;
}

const tail = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').slice(-3000) : '(no log)');

/** Stops nginx: SIGTERM (its fast shutdown, workers included), SIGKILL after 5 s. */
const stopNginx = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  if (!(await exited(child, 5000))) child.kill('SIGKILL');
};

/**
 * nginx in the foreground (a child of the test) with its prefix, pid, logs and temp paths in a new tmp folder,
 * removed if it fails to start (the error carries the configuration and the error log).
 */
async function startNginx(binary: string, upstreamPorts: readonly number[]): Promise<Nginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-nginx-'));
  let child: ChildProcess | undefined;
  try {
    return await runNginx(binary, upstreamPorts, dir, (started) => (child = started));
  } catch (error) {
    if (child) await stopNginx(child);
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function runNginx(
  binary: string,
  upstreamPorts: readonly number[],
  dir: string,
  started: (child: ChildProcess) => void,
): Promise<Nginx> {
  // Worker processes run as nobody when the test runs as root: let them reach the temp paths.
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const errorLog = path.join(dir, 'error.log');
  const accessLog = path.join(dir, 'access.log');
  const site = renderSiteConfig(fs.readFileSync(SITE_CONFIG, 'utf8'), upstreamPorts, port);
  fs.writeFileSync(path.join(dir, 'newsroom.conf'), site);
  fs.mkdirSync(path.join(dir, 'tmp'), { mode: 0o755 });
  const temp = (name: string) => path.join(dir, 'tmp', name);
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
master_process on;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
lock_file ${path.join(dir, 'nginx.lock')};
error_log ${errorLog} warn;
events { worker_connections 1024; }
http {
    log_format upstreams '$http_x_test_request|$upstream_addr|$status|$upstream_http_x_cache';
    access_log ${accessLog} upstreams;
    client_body_temp_path ${temp('body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    include ${path.join(dir, 'newsroom.conf')};
}
`,
  );
  const args = ['-p', `${dir}/`, '-c', path.join(dir, 'nginx.conf'), '-e', errorLog];
  const check = spawnSync(binary, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0)
    throw new Error(
      `nginx -t refused the configuration: ${check.stderr}${check.stdout}\nnewsroom.conf as rendered:\n${site}`,
    );

  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  started(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  // Ready when a request passes through it to an instance (Strapi answers /_health with 204).
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}: ${output}\n${tail(errorLog)}`);
    const status = await request(url)
      .get('/_health')
      .then((response) => response.status)
      .catch(() => 0);
    if (status === 204) break;
    if (Date.now() > deadline)
      throw new Error(
        `nginx did not pass /_health through within 15 s (last status ${status}): ${output}\n${tail(errorLog)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    dir,
    async upstreams(tags) {
      const wanted = new Set(tags);
      const until = Date.now() + 3000;
      for (;;) {
        const found = new Map<string, string>();
        for (const line of fs.readFileSync(accessLog, 'utf8').split('\n')) {
          const [tag, upstream] = line.split('|');
          if (tag && wanted.has(tag)) found.set(tag, upstream);
        }
        if (found.size === wanted.size || Date.now() > until) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    errorLog: () => tail(errorLog),
    stop: () => stopNginx(child),
  };
}

// ---------------------------------------------------------------------------------------------------------
// the setup: the test's own Strapi (schema, content, admin sign-in), two instances, nginx

let setup: TestStrapi;
let hooks: HookServer;
let nginx: Nginx | undefined;
let a: Instance;
let b: Instance;
let editor: AdminSession;
/** The story of parts 1 and 2, and the two other articles of its list. */
let story: string;
const TITLE = `الخبر كما نشر أولا ${RUN}`;

beforeAll(async () => {
  requirePostgres();
  const binary = findNginx();
  hooks = await startHookServer();
  setup = await startTestStrapi({ NEWSROOM_SCHEDULER: 'false', NEWSROOM_CACHE: 'true', REDIS_URL });
  const { strapi } = setup;
  await strapi.get('webhookStore').createWebhook({
    name: 'site',
    url: `http://127.0.0.1:${hooks.port}/hook`,
    headers: {},
    events: ['newsroom.stage.change'],
    isEnabled: true,
  });
  const workflow = strapi.plugin('newsroom').service('workflow');
  for (const title of [TITLE, `خبر ثان في القائمة ${RUN}`, `خبر ثالث في القائمة ${RUN}`]) {
    const { documentId } = await strapi.documents(ARTICLE_UID).create({ locale: 'ar', data: { title } });
    await workflow.publishAsSystem(documentId, ['ar'], 'system:test');
    story ??= documentId;
  }
  editor = await signInAs(strapi, 'strapi-editor');

  // Both run the scheduler (every 20 s) and share the response cache in Redis.
  const env = { NEWSROOM_SCHEDULER: 'true', NEWSROOM_CACHE: 'true', REDIS_URL };
  [a, b] = await Promise.all([startInstance('A', env), startInstance('B', env)]);
  nginx = await startNginx(binary, [a.port, b.port]);
}, 300_000);

afterAll(async () => {
  await nginx?.stop();
  await stopInstances();
  await hooks?.close();
  await setup?.teardown();
  if (nginx) fs.rmSync(nginx.dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------
// reads through nginx, each tagged so the access log says which instance answered

interface Read {
  tag: string;
  status: number;
  body: string;
  etag: string | undefined;
  cache: string | undefined;
  /** When the answer arrived (ms since the epoch). */
  at: number;
}

let tags = 0;
const via = (): Nginx => {
  if (!nginx) throw new Error('nginx is not running');
  return nginx;
};

const read = async (url: string): Promise<Read> => {
  tags += 1;
  const tag = `t${tags}`;
  const response = await request(via().url).get(url).set('X-Test-Request', tag);
  return {
    tag,
    status: response.status,
    body: response.text,
    etag: response.headers.etag,
    cache: response.headers['x-cache'],
    at: Date.now(),
  };
};

const readMany = (url: string, times: number, concurrently = false): Promise<Read[]> =>
  concurrently
    ? Promise.all(Array.from({ length: times }, () => read(url)))
    : Array.from({ length: times }).reduce<Promise<Read[]>>(
        async (done) => [...(await done), await read(url)],
        Promise.resolve([]),
      );

/** Which instance ('A', 'B') answered each read, from nginx's access log. */
const servedBy = async (reads: readonly Read[]): Promise<string[]> => {
  const upstreams = await via().upstreams(reads.map((one) => one.tag));
  const names = new Map([
    [`127.0.0.1:${a.port}`, 'A'],
    [`127.0.0.1:${b.port}`, 'B'],
  ]);
  return reads.map((one) => {
    const upstream = upstreams.get(one.tag);
    return upstream === undefined ? 'not logged' : (names.get(upstream) ?? `other upstream ${upstream}`);
  });
};

const countOf = (names: readonly string[], name: string): number => names.filter((one) => one === name).length;

const articleUrl = (documentId: string) => `/api/articles/${documentId}?locale=ar`;
const listUrl = (tag: string) =>
  `/api/articles?${new URLSearchParams({ locale: 'ar', 'filters[title][$contains]': tag, 'sort[0]': 'title:asc' })}`;

interface ArticleBody {
  data: { documentId: string; title: string } | null;
}
interface ListBody {
  data: Array<{ documentId: string; title: string }>;
  meta: { pagination: { total: number } };
}
const titleOf = (one: Read): string | undefined => (JSON.parse(one.body) as ArticleBody).data?.title;
const listOf = (one: Read): ListBody => JSON.parse(one.body) as ListBody;

const admin = (instance: Instance | Nginx) => {
  const auth = { Authorization: `Bearer ${editor.token}` };
  return {
    put: (url: string, body: object) => request(instance.url).put(url).set(auth).send(body),
    post: (url: string, body: object) => request(instance.url).post(url).set(auth).send(body),
  };
};

// ---------------------------------------------------------------------------------------------------------

it('answers every read of an article and of a list with the same body, from both instances', async () => {
  for (const url of [articleUrl(story), listUrl(RUN)]) {
    const reads = [...(await readMany(url, 30)), ...(await readMany(url, 30, true))];
    const first = reads[0];
    expect(first.status).toBe(200);
    expect(reads.filter((one) => one.status !== 200)).toEqual([]);
    expect(reads.filter((one) => one.body !== first.body).map((one) => one.body)).toEqual([]);
    expect(new Set(reads.map((one) => one.etag))).toEqual(new Set([first.etag]));
    // The instances answer the same when asked directly, too.
    for (const instance of [a, b]) expect((await request(instance.url).get(url)).text).toBe(first.body);

    const served = await servedBy(reads);
    expect(served.filter((name) => name !== 'A' && name !== 'B')).toEqual([]);
    expect(countOf(served, 'A')).toBeGreaterThanOrEqual(10);
    expect(countOf(served, 'B')).toBeGreaterThanOrEqual(10);
    // The shared cache answers on both: each instance served hits of a body stored once.
    const hits = served.filter((_, index) => reads[index].cache === 'HIT');
    expect(new Set(hits)).toEqual(new Set(['A', 'B']));
  }
  expect(titleOf(await read(articleUrl(story)))).toBe(TITLE);
  const list = listOf(await read(listUrl(RUN)));
  expect(list.meta.pagination.total).toBe(3);
  expect(list.data.map((one) => one.title)).toContain(TITLE);
});

it('answers every request through nginx with a correction published on either instance within a second', async () => {
  let current = TITLE;
  for (const [writer, round] of [
    [a, 1],
    [b, 2],
  ] as const) {
    const correction = `الخبر بعد التصحيح ${round} ${RUN}`;
    // Warm: the current version is cached and served by both.
    const warm = await readMany(articleUrl(story), 10);
    expect(warm.map(titleOf)).toEqual(Array(10).fill(current));
    await readMany(listUrl(RUN), 4);

    // The editor saves the correction in the admin on one instance: a draft, not public yet.
    const saved = await admin(writer).put(`${cmPath(ARTICLE_UID, story)}?locale=ar`, { title: correction });
    expect(saved.status).toBe(200);
    const beforePublish = await readMany(articleUrl(story), 6);
    expect(beforePublish.map(titleOf)).toEqual(Array(6).fill(current));

    // …and publishes it there.
    const published = await admin(writer).post(`${cmPath(ARTICLE_UID, story, 'publish')}?locale=ar`, {});
    expect(published.status).toBe(200);
    const publishedAt = Date.now();

    // Read back to back through nginx for 1.5 s: the correction within 1 s, and never the old version after it.
    const polled: Read[] = [];
    while (Date.now() - publishedAt < 1500) polled.push(await read(articleUrl(story)));
    const firstFresh = polled.findIndex((one) => titleOf(one) === correction);
    expect(firstFresh).toBeGreaterThanOrEqual(0);
    expect(polled[firstFresh].at - publishedAt).toBeLessThan(1000);
    const staleAfter = polled.slice(firstFresh).filter((one) => titleOf(one) !== correction);
    expect(staleAfter.map((one) => `${one.tag}: ${titleOf(one)}`)).toEqual([]);
    const pollServed = await servedBy(polled);
    expect(new Set(pollServed)).toEqual(new Set(['A', 'B']));

    // After that second, every request, sequential or concurrent, article or list, on either instance.
    const after = [...(await readMany(articleUrl(story), 10)), ...(await readMany(articleUrl(story), 20, true))];
    expect(after.map(titleOf)).toEqual(Array(30).fill(correction));
    expect(new Set(await servedBy(after))).toEqual(new Set(['A', 'B']));
    const lists = [...(await readMany(listUrl(RUN), 6)), ...(await readMany(listUrl(RUN), 10, true))];
    expect(lists.filter((one) => one.status !== 200)).toEqual([]);
    expect(listOf(lists[0]).data.map((one) => one.title)).toContain(correction);
    expect(lists.filter((one) => one.body !== lists[0].body)).toEqual([]);
    expect(new Set(await servedBy(lists))).toEqual(new Set(['A', 'B']));
    current = correction;
  }
});

it('publishes articles scheduled through nginx once each, with both instances running the scheduler', async () => {
  const { strapi } = setup;
  const tag = `sched${RUN}`;
  const ids: string[] = [];
  for (let i = 0; i < SCHEDULED; i += 1) {
    const { documentId } = await strapi
      .documents(ARTICLE_UID)
      .create({ locale: 'ar', data: { title: `خبر مجدول رقم ${i} ${tag}` } });
    ids.push(documentId);
  }

  // The editor submits, approves and schedules each one through nginx (so through both instances).
  const desk = admin(via());
  const transitionTags: string[] = [];
  const transition = async (documentId: string, body: Record<string, string>): Promise<void> => {
    tags += 1;
    const label = `t${tags}`;
    transitionTags.push(label);
    const response = await desk
      .post(`/newsroom/workflow/articles/${documentId}/transitions`, { locale: 'ar', ...body })
      .set('X-Test-Request', label);
    if (response.status !== 200)
      throw new Error(`${body.transition} ${documentId}: ${response.status} ${JSON.stringify(response.body)}`);
  };
  const inBatches = async (work: (documentId: string) => Promise<void>) => {
    for (let i = 0; i < ids.length; i += 8) await Promise.all(ids.slice(i, i + 8).map(work));
  };
  await inBatches((documentId) => transition(documentId, { transition: 'submit' }));
  await inBatches((documentId) => transition(documentId, { transition: 'approve' }));
  // Schedule times are whole minutes: the next one at least 15 s ahead. Both instances tick at its start.
  const due = new Date(Math.ceil((Date.now() + 15_000) / 60_000) * 60_000);
  await inBatches((documentId) => transition(documentId, { transition: 'schedule', scheduleAt: due.toISOString() }));
  const transitionServed = [...(await via().upstreams(transitionTags)).values()];
  expect(new Set(transitionServed)).toEqual(new Set([`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`]));

  // Not public before its time; the (empty) list is cached meanwhile, so the publication must evict it.
  const early = await readMany(listUrl(tag), 4);
  expect(early.map((one) => listOf(one).meta.pagination.total)).toEqual([0, 0, 0, 0]);
  expect((await read(articleUrl(ids[0]))).status).toBe(404);
  expect(Date.now()).toBeLessThan(due.getTime());

  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const deadline = due.getTime() + 60_000;
    let published = 0;
    while (Date.now() < deadline) {
      const states = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM newsroom_workflow_states WHERE stage = 'published' AND target_document_id = ANY($1)",
        [ids],
      );
      published = states.rows[0].n;
      if (published === SCHEDULED && ids.every((id) => hooks.published.has(id))) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(published).toBe(SCHEDULED);

    // Once: one publish in the ledger each, by the scheduler…
    const ledger = await db.query<{ target_document_id: string; n: number; actors: string[] }>(
      "SELECT target_document_id, count(*)::int AS n, array_agg(DISTINCT actor_id) AS actors FROM newsroom_ledger_entries WHERE transition = 'publish' AND target_document_id = ANY($1) GROUP BY target_document_id",
      [ids],
    );
    expect(ledger.rows).toHaveLength(SCHEDULED);
    expect(
      ledger.rows.filter((row) => row.n !== 1).map((row) => `${row.target_document_id}: ${row.n} publishes`),
    ).toEqual([]);
    expect(new Set(ledger.rows.flatMap((row) => row.actors))).toEqual(new Set(['system:scheduler']));
    // …one published row each, published within the minute…
    const rows = await db.query<{ document_id: string; n: number; latest: Date }>(
      'SELECT document_id, count(*)::int AS n, max(published_at) AS latest FROM articles WHERE published_at IS NOT NULL AND document_id = ANY($1) GROUP BY document_id',
      [ids],
    );
    expect(rows.rows).toHaveLength(SCHEDULED);
    expect(rows.rows.filter((row) => row.n !== 1).map((row) => `${row.document_id}: ${row.n} published rows`)).toEqual(
      [],
    );
    const latest = Math.max(...rows.rows.map((row) => new Date(row.latest).getTime()));
    expect(latest - due.getTime()).toBeLessThan(60_000);
    // …one stage-change event each in the outbox, delivered, and one webhook POST each.
    const outbox = await db.query<{ payload: string; delivered_at: Date | null }>(
      "SELECT payload, delivered_at FROM newsroom_outbox WHERE event = 'newsroom.stage.change'",
    );
    const publishEvents = outbox.rows
      .map((row) => ({
        entry: (JSON.parse(row.payload) as { entry: { documentId: string; to: string } }).entry,
        delivered: row.delivered_at !== null,
      }))
      .filter(({ entry }) => entry.to === 'published' && ids.includes(entry.documentId));
    expect(publishEvents).toHaveLength(SCHEDULED);
    expect(new Set(publishEvents.map(({ entry }) => entry.documentId)).size).toBe(SCHEDULED);
    expect(publishEvents.filter(({ delivered }) => !delivered)).toEqual([]);
    expect(ids.filter((id) => hooks.published.get(id)?.length !== 1)).toEqual([]);
  } finally {
    await db.end();
  }

  // Each instance logs what its ticks handled ("[newsroom] scheduler: N due job(s) handled"): together, each
  // article once; and both took part (both tick at the same second, a tick claims 50 rows and skips locked ones).
  const handledBy = (instance: Instance) =>
    [...instance.output().matchAll(/scheduler: (\d+) due job/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  const logged = Date.now();
  while (handledBy(a) + handledBy(b) < SCHEDULED && Date.now() - logged < 5000)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const handled = { A: handledBy(a), B: handledBy(b) };
  expect(handled.A + handled.B).toBe(SCHEDULED);
  expect(handled.A).toBeGreaterThan(0);
  expect(handled.B).toBeGreaterThan(0);

  // Through nginx: the list shows them all within a second (its cached empty version was evicted), from both.
  const since = Date.now();
  for (let total = 0; total !== SCHEDULED && Date.now() - since < 1000; )
    total = listOf(await read(listUrl(tag))).meta.pagination.total;
  const lists = await readMany(listUrl(tag), 10);
  expect(lists.map((one) => listOf(one).meta.pagination.total)).toEqual(Array(10).fill(SCHEDULED));
  expect(new Set(await servedBy(lists))).toEqual(new Set(['A', 'B']));
  const articles = await Promise.all(ids.map((id) => read(articleUrl(id))));
  expect(articles.filter((one) => one.status !== 200).map((one) => one.status)).toEqual([]);
  expect(new Set(await servedBy(articles))).toEqual(new Set(['A', 'B']));
  expect(via().errorLog()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
}, 300_000);
