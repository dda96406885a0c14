import { Client } from 'pg';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { requirePostgres, startHookServer, startInstance, stopInstances, type HookServer } from './instances';
import { ARTICLE_UID } from '../../src/plugins/newsroom/core/model';
import { readDraftSnapshot } from '../../src/plugins/newsroom/server/src/history/snapshot-reader';

/**
 * Exactly-once scheduled publishing with several instances: three Strapi processes on one PostgreSQL database,
 * 300 articles scheduled for the same minute, one process killed while they publish. Every article must be
 * published once: one ledger entry and one published row each, and one stage-change event each, delivered
 * (at least once: an instance killed mid-delivery leaves it to another, under the same deliveryId).
 */
const ARTICLES = 300;
const INSTANCES = 3;

let setup: TestStrapi;
let hooks: HookServer;

beforeAll(async () => {
  requirePostgres();
  hooks = await startHookServer();
  // The test's own instance compiles the app, creates the schema and the content, and never runs the scheduler.
  setup = await startTestStrapi({ NEWSROOM_SCHEDULER: 'false' });
}, 300_000);

afterAll(async () => {
  await stopInstances();
  await hooks?.close();
  await setup?.teardown();
});

it('publishes 300 articles scheduled for the same minute exactly once with three instances, one killed', async () => {
  const { strapi } = setup;
  await strapi.get('webhookStore').createWebhook({
    name: 'site',
    url: `http://127.0.0.1:${hooks.port}/hook`,
    headers: {},
    events: ['newsroom.stage.change'],
    isEnabled: true,
  });

  // Due at the start of a minute far enough ahead for the instances to boot.
  const due = new Date(Math.ceil((Date.now() + 75_000) / 60_000) * 60_000);
  const ids: string[] = [];
  for (let i = 0; i < ARTICLES; i += 1) {
    const article = await strapi.documents(ARTICLE_UID).create({ locale: 'ar', data: { title: `خبر مجدول رقم ${i}` } });
    ids.push(article.documentId);
  }
  // Approved and scheduled by an editor (written directly: the transitions themselves are tested elsewhere).
  // Approval binds to the draft's hash: without it the scheduler would hold every story.
  const approvedHashes = new Map<string, string | undefined>();
  for (const documentId of ids)
    approvedHashes.set(documentId, (await readDraftSnapshot(strapi, documentId, 'ar'))?.hash);
  await strapi.db.connection.batchInsert(
    'newsroom_workflow_states',
    ids.map((documentId, i) => ({
      document_id: `multi${i}`,
      content_type: ARTICLE_UID,
      target_document_id: documentId,
      locale: 'ar',
      stage: 'scheduled',
      version: 3,
      scheduled_at: due,
      approved_hash: approvedHashes.get(documentId),
      created_at: new Date(),
      updated_at: new Date(),
    })),
    100,
  );

  const scheduler = { NEWSROOM_SCHEDULER: 'true' };
  const instances = [await startInstance('0', scheduler)];
  instances.push(...(await Promise.all([startInstance('1', scheduler), startInstance('2', scheduler)])));
  expect(instances).toHaveLength(INSTANCES);

  // Kill one instance a moment after the jobs fall due, while the three are claiming them.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, due.getTime() - Date.now()) + 150));
  instances[1].child.kill('SIGKILL');

  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    const deadline = due.getTime() + 60_000;
    let published = 0;
    while (Date.now() < deadline) {
      published = Number(
        (await db.query("SELECT count(*) FROM newsroom_workflow_states WHERE stage = 'published'")).rows[0].count,
      );
      if (published === ARTICLES && hooks.published.size === ARTICLES) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(published).toBe(ARTICLES);
    const ledger = await db.query(
      "SELECT target_document_id, count(*)::int AS n, max(at) AS at FROM newsroom_ledger_entries WHERE transition = 'publish' GROUP BY target_document_id",
    );
    expect(ledger.rows).toHaveLength(ARTICLES);
    expect(ledger.rows.every((row: { n: number }) => row.n === 1)).toBe(true);
    // Within 60 s of the scheduled minute.
    const latest = Math.max(...ledger.rows.map((row: { at: Date }) => new Date(row.at).getTime()));
    expect(latest - due.getTime()).toBeLessThan(60_000);
    const rows = await db.query('SELECT count(*)::int AS n FROM articles WHERE published_at IS NOT NULL');
    expect(rows.rows[0].n).toBe(ARTICLES);
    expect(hooks.published.size).toBe(ARTICLES);
    // One publish event per article: a second one would mean it was published twice.
    expect([...hooks.published.values()].every((ids) => new Set(ids).size === 1)).toBe(true);
  } finally {
    await db.end();
  }
}, 300_000);
