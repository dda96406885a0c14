/**
 * The planning calendar's month query (issue #18 item 4): GET /newsroom/calendar for a 42-day month view with the
 * full archive loaded. Target: p50 ≤ 50 ms (the p95 is printed beside it).
 *
 *   npm run bench:calendar [-- --articles 31500] [--runs 60] [--json]
 *
 * A real Strapi on a temporary SQLite database (tests/helpers/strapi, compiled from dist/: `npm run build`
 * first); the archive is written straight into the tables (knex batch inserts, far faster than the import,
 * whose own speed is bench:import's): `--articles` published stories (default 31,500, the ANT archive's size),
 * each a draft and a published row with a 2 KB body, one or two topics under six sections, a workflow state,
 * spread evenly over three years; then, in the measured month, 300 planned, 150 scheduled and 50 embargoed
 * drafts. The request is an Editor's (the Content Manager's permission checker on every entry), the month the
 * archive's last, so the answer holds about a thousand entries. Wall-clock figures: other jobs on the machine
 * show in them (the load average is printed). Exit code 0 when the target is met, 1 otherwise.
 */
import { cpus, loadavg, totalmem } from 'os';
import { flag, numberArgument } from '../scripts/lib/args';
import { startTestStrapi } from '../tests/helpers/strapi';
import { asAdmin, signInAs } from '../tests/helpers/admin';
import { ARTICLE_UID } from '../src/plugins/newsroom/core/model';

const TARGET_MS = 50;
const DAY = 86_400_000;
const YEARS = 3;
const BODY = JSON.stringify([
  { type: 'paragraph', children: [{ type: 'text', text: 'نص الخبر في الأرشيف '.repeat(100) }] },
]);

const percentile = (values: number[], fraction: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? NaN;
};

async function main() {
  const articles = numberArgument(process.argv, '--articles', 31_500);
  const runs = numberArgument(process.argv, '--runs', 60);
  const app = await startTestStrapi();
  const { strapi } = app;
  const knex = strapi.db.connection;
  try {
    const end = Date.UTC(2026, 11, 1);
    const start = end - YEARS * 365 * DAY;
    const loadStarted = Date.now();
    const now = new Date();
    const sections = [];
    for (let s = 0; s < 6; s += 1)
      sections.push({
        document_id: `section${s}`,
        name: `قسم ${s}`,
        slug: `section-${s}`,
        kind: 'section',
        locale: 'ar',
        created_at: now,
        updated_at: now,
      });
    await knex.batchInsert('topics', sections, 100);
    const subjects = Array.from({ length: 60 }, (_, t) => ({
      document_id: `topic${t}`,
      name: `موضوع ${t}`,
      slug: `topic-${t}`,
      kind: 'topic',
      locale: 'ar',
      created_at: now,
      updated_at: now,
    }));
    await knex.batchInsert('topics', subjects, 100);
    const topicIds = (await knex('topics').select('id', 'document_id')) as Array<{ id: number; document_id: string }>;
    const topicId = new Map(topicIds.map((row) => [row.document_id, row.id]));

    const rows: Array<Record<string, unknown>> = [];
    const states: Array<Record<string, unknown>> = [];
    for (let i = 0; i < articles; i += 1) {
      const published = new Date(start + Math.floor(((end - start) * i) / articles));
      const base = {
        document_id: `arc${i}`,
        title: `خبر من الأرشيف رقم ${i}`,
        slug: `arc-${i}`,
        body: BODY,
        locale: 'ar',
        created_at: published,
        updated_at: published,
      };
      rows.push({ ...base, published_at: null }, { ...base, published_at: published });
      states.push({
        content_type: ARTICLE_UID,
        target_document_id: `arc${i}`,
        locale: 'ar',
        stage: 'published',
        version: 4,
        created_at: published,
        updated_at: published,
      });
    }
    const monthStart = end - 42 * DAY;
    const extra = (kind: 'planned' | 'scheduled' | 'embargo', count: number) => {
      for (let i = 0; i < count; i += 1) {
        const at = new Date(monthStart + Math.floor((42 * DAY * i) / count));
        rows.push({
          document_id: `${kind}${i}`,
          title: `خبر ${kind} ${i}`,
          slug: `${kind}-${i}`,
          body: BODY,
          locale: 'ar',
          created_at: now,
          updated_at: now,
          published_at: null,
          ...(kind === 'planned' ? { planned_at: at } : kind === 'embargo' ? { embargo_until: at } : {}),
        });
        states.push({
          content_type: ARTICLE_UID,
          target_document_id: `${kind}${i}`,
          locale: 'ar',
          stage: kind === 'scheduled' ? 'scheduled' : 'draft',
          version: 2,
          scheduled_at: kind === 'scheduled' ? at : null,
          created_at: now,
          updated_at: now,
        });
      }
    };
    extra('planned', 300);
    extra('scheduled', 150);
    extra('embargo', 50);
    await knex.batchInsert('articles', rows, 500);
    await knex.batchInsert('newsroom_workflow_states', states, 500);
    const ids = (await knex('articles').select('id', 'document_id')) as Array<{ id: number; document_id: string }>;
    const links: Array<Record<string, unknown>> = [];
    ids.forEach((row, index) => {
      const n = Number(row.document_id.replace(/\D/g, '')) || index;
      links.push({ article_id: row.id, topic_id: topicId.get(`topic${n % 60}`), topic_ord: 1, article_ord: 1 });
      if (n % 3 === 0)
        links.push({ article_id: row.id, topic_id: topicId.get(`section${n % 6}`), topic_ord: 2, article_ord: 1 });
    });
    await knex.batchInsert('articles_topics_lnk', links, 500);
    const parents = subjects.map((subject, t) => ({
      topic_id: topicId.get(subject.document_id),
      inv_topic_id: topicId.get(`section${t % 6}`),
    }));
    await knex.batchInsert('topics_parent_lnk', parents, 100);
    await knex.raw('ANALYZE');
    const loadSeconds = (Date.now() - loadStarted) / 1000;

    const editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
    const url = `/newsroom/calendar?from=${new Date(monthStart).toISOString()}&to=${new Date(end).toISOString()}`;
    const first = await editor.get(url);
    if (first.status !== 200) throw new Error(`calendar: ${first.status} ${JSON.stringify(first.body)}`);
    const entries = (first.body.data.entries as unknown[]).length;
    for (let i = 0; i < 5; i += 1) await editor.get(url);
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const began = process.hrtime.bigint();
      const response = await editor.get(url);
      times.push(Number(process.hrtime.bigint() - began) / 1e6);
      if (response.status !== 200) throw new Error(`calendar: ${response.status}`);
    }
    const p50 = percentile(times, 0.5);
    const p95 = percentile(times, 0.95);
    const figures = {
      articles,
      rows: rows.length,
      entries,
      truncated: first.body.data.truncated as boolean,
      loadSeconds,
      runs,
      p50Ms: Number(p50.toFixed(1)),
      p95Ms: Number(p95.toFixed(1)),
      targetMs: TARGET_MS,
      machine: `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}`,
    };
    if (flag(process.argv, '--json')) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    else
      process.stdout.write(
        `| archive | entries in the month | p50 | p95 | target |\n|---|---|---|---|---|\n` +
          `| ${articles} published stories (${rows.length} rows) | ${entries}${figures.truncated ? ' (truncated)' : ''} | ${figures.p50Ms} ms | ${figures.p95Ms} ms | p50 ≤ ${TARGET_MS} ms |\n\n${figures.machine}\n`,
      );
    process.exitCode = p50 <= TARGET_MS ? 0 : 1;
  } finally {
    await app.teardown();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
