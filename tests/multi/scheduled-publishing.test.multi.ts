import { spawn, type ChildProcess } from 'child_process';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import { Client } from 'pg';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';

/**
 * Exactly-once scheduled publishing with several instances: three Strapi processes on one PostgreSQL database,
 * 300 articles scheduled for the same minute, one process killed while they publish. Every article must be
 * published once: one ledger entry and one published row each, and one stage-change event each, delivered
 * (at least once: an instance killed mid-delivery leaves it to another, under the same deliveryId).
 */
const ARTICLES = 300;
const INSTANCES = 3;

let setup: TestStrapi;
const children: ChildProcess[] = [];
/** documentId → the distinct deliveryIds of its publish notifications. */
const deliveries = new Map<string, Set<string>>();
let hookServer: http.Server;

const startInstance = (index: number): Promise<ChildProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'instance.js')], {
      env: { ...process.env, PORT: String(0), NEWSROOM_SCHEDULER: 'true', NEWSROOM_INSTANCE: String(index) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`instance ${index} did not start: ${output.slice(-2000)}`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('READY')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => code !== null && code !== 0 && reject(new Error(`instance ${index} exited ${code}: ${output.slice(-2000)}`)));
    children.push(child);
  });

beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) throw new Error('The multi-instance test needs PostgreSQL: set TEST_DATABASE_URL (npm run test:multi does)');
  hookServer = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const payload = JSON.parse(body) as { entry?: { documentId?: string; to?: string; deliveryId?: string } };
      const { documentId, to, deliveryId } = payload.entry ?? {};
      if (to === 'published' && documentId && deliveryId) {
        deliveries.set(documentId, (deliveries.get(documentId) ?? new Set<string>()).add(deliveryId));
      }
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
  // The test's own instance compiles the app, creates the schema and the content, and never runs the scheduler.
  setup = await startTestStrapi({ NEWSROOM_SCHEDULER: 'false' });
}, 300_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  hookServer?.close();
  await setup?.teardown();
});

it('publishes 300 articles scheduled for the same minute exactly once with three instances, one killed', async () => {
  const { strapi } = setup;
  const { port } = hookServer.address() as AddressInfo;
  await strapi.get('webhookStore').createWebhook({ name: 'site', url: `http://127.0.0.1:${port}/hook`, headers: {}, events: ['newsroom.stage.change'], isEnabled: true });

  // Due at the start of a minute far enough ahead for the instances to boot.
  const due = new Date(Math.ceil((Date.now() + 75_000) / 60_000) * 60_000);
  const ids: string[] = [];
  for (let i = 0; i < ARTICLES; i += 1) {
    const article = await strapi.documents('api::article.article').create({ locale: 'ar', data: { title: `خبر مجدول رقم ${i}` } });
    ids.push(article.documentId);
  }
  // Approved and scheduled by an editor (written directly: the transitions themselves are tested elsewhere).
  await strapi.db.connection.batchInsert(
    'newsroom_workflow_states',
    ids.map((documentId, i) => ({
      document_id: `multi${i}`,
      content_type: 'api::article.article',
      target_document_id: documentId,
      locale: 'ar',
      stage: 'scheduled',
      version: 3,
      scheduled_at: due,
      created_at: new Date(),
      updated_at: new Date(),
    })),
    100
  );

  const instances = [await startInstance(0)];
  instances.push(...(await Promise.all([startInstance(1), startInstance(2)])));
  expect(instances).toHaveLength(INSTANCES);

  // Kill one instance a moment after the jobs fall due, while the three are claiming them.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, due.getTime() - Date.now()) + 150));
  instances[1].kill('SIGKILL');

  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const deadline = due.getTime() + 60_000;
    let published = 0;
    while (Date.now() < deadline) {
      published = Number((await db.query("SELECT count(*) FROM newsroom_workflow_states WHERE stage = 'published'")).rows[0].count);
      if (published === ARTICLES && deliveries.size === ARTICLES) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(published).toBe(ARTICLES);
    const ledger = await db.query("SELECT target_document_id, count(*)::int AS n, max(at) AS at FROM newsroom_ledger_entries WHERE transition = 'publish' GROUP BY target_document_id");
    expect(ledger.rows).toHaveLength(ARTICLES);
    expect(ledger.rows.every((row: { n: number }) => row.n === 1)).toBe(true);
    // Within 60 s of the scheduled minute.
    const latest = Math.max(...ledger.rows.map((row: { at: Date }) => new Date(row.at).getTime()));
    expect(latest - due.getTime()).toBeLessThan(60_000);
    const rows = await db.query('SELECT count(*)::int AS n FROM articles WHERE published_at IS NOT NULL');
    expect(rows.rows[0].n).toBe(ARTICLES);
    expect(deliveries.size).toBe(ARTICLES);
    // One publish event per article: a second one would mean it was published twice.
    expect([...deliveries.values()].every((ids) => ids.size === 1)).toBe(true);
  } finally {
    await db.end();
  }
}, 300_000);
