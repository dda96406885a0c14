/**
 * Archive load speed (issue 7): the whole ANT corpus into a fresh SQLite file and a fresh PostgreSQL
 * database, published, with slugs and topic suggestions; target ≥ 200 stories per second on PostgreSQL.
 *
 *   npm run bench:import [-- --corpus PATH] [--limit N] [--only sqlite|postgres] [--tag-above 0.5] [--json]
 *
 * For each database: `npm run seed`, then `npm run import -- <corpus> --publish --tag-above T --json`, each
 * in its own process (see lib/archive-load). The rate is stories read per second of the import itself (the
 * command's own clock, from the first story to the last commit); the command's wall time with Strapi's boot
 * and shutdown is reported beside it. Afterwards the database is checked: one draft per URL (no duplicates),
 * a published row per draft, authors and topic links; then it is dropped.
 * PostgreSQL: the server at $BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 * Exit code 0 when the target is met without duplicates, 1 otherwise, 2 when the benchmark cannot run.
 */
import { cpus, loadavg, totalmem } from 'os';
import { argument, flag, numberArgument } from '../scripts/lib/args';
import { createBenchDatabase, loadArchive, scalar, type ArchiveLoad, type DatabaseKind } from './lib/archive-load';
import { corpusPath } from './lib/corpus';

const TARGET_PER_SECOND = { postgres: 200 } as const;

interface Figures {
  database: DatabaseKind;
  stories: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  seconds: number;
  perSecond: number;
  commandSeconds: number;
  maxRssMb: number;
  drafts: number;
  distinctUrls: number;
  published: number;
  authors: number;
  topicLinks: number;
}

async function measure(
  kind: DatabaseKind,
  corpus: string,
  limit: number | undefined,
  tagAbove: number,
): Promise<Figures> {
  const database = await createBenchDatabase(kind, 'newsroom_bench_import');
  try {
    console.error(`\n${kind}: seeding and importing ${corpus} into ${database.label}`);
    const load: ArchiveLoad = await loadArchive(database, corpus, { limit, tagAbove });
    const { summary } = load;
    const count = (sql: string) => scalar(database, sql);
    return {
      database: kind,
      stories: summary.read,
      created: summary.created,
      updated: summary.updated,
      skipped: summary.skipped,
      failed: summary.failed.length,
      seconds: summary.seconds,
      perSecond: summary.read / summary.seconds,
      commandSeconds: load.commandSeconds,
      maxRssMb: summary.maxRssMb,
      drafts: await count(`SELECT COUNT(*) FROM articles WHERE published_at IS NULL AND source_url IS NOT NULL`),
      distinctUrls: await count(
        `SELECT COUNT(DISTINCT source_url) FROM articles WHERE published_at IS NULL AND source_url IS NOT NULL`,
      ),
      published: await count(`SELECT COUNT(*) FROM articles WHERE published_at IS NOT NULL AND source_url IS NOT NULL`),
      authors: await count(`SELECT COUNT(*) FROM authors`),
      topicLinks: await count(`SELECT COUNT(*) FROM articles_topics_lnk`),
    };
  } finally {
    await database.drop();
  }
}

function print(figures: Figures[]): void {
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg()[0].toFixed(2)}`,
  );
  console.log(
    'database    stories  created  updated  skipped  failed   seconds  stories/s  command s  peak RSS   drafts  URLs     published',
  );
  for (const f of figures) {
    console.log(
      [
        f.database.padEnd(10),
        String(f.stories).padStart(8),
        String(f.created).padStart(8),
        String(f.updated).padStart(8),
        String(f.skipped).padStart(8),
        String(f.failed).padStart(7),
        f.seconds.toFixed(1).padStart(9),
        f.perSecond.toFixed(0).padStart(10),
        f.commandSeconds.toFixed(1).padStart(10),
        `${f.maxRssMb} MB`.padStart(9),
        String(f.drafts).padStart(8),
        String(f.distinctUrls).padStart(6),
        String(f.published).padStart(11),
      ].join(' '),
    );
  }
  for (const f of figures) {
    const target = f.database === 'postgres' ? TARGET_PER_SECOND.postgres : undefined;
    if (target !== undefined)
      console.log(
        `${f.database}: ${f.perSecond.toFixed(0)} stories/s, target ≥ ${target}: ${f.perSecond >= target ? 'met' : 'MISSED'}`,
      );
    console.log(
      `${f.database}: ${f.drafts === f.distinctUrls ? 'no duplicate URLs' : `${f.drafts - f.distinctUrls} DUPLICATE drafts`}; ${f.authors} authors, ${f.topicLinks} topic links`,
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const corpus = corpusPath(argument(args, 'corpus'));
  const limitValue = numberArgument(args, 'limit', 0);
  const only = argument(args, 'only');
  if (only !== undefined && only !== 'sqlite' && only !== 'postgres')
    throw new Error(`--only must be sqlite or postgres, got ${only}`);
  const kinds: DatabaseKind[] = only ? [only] : ['sqlite', 'postgres'];
  const figures: Figures[] = [];
  for (const kind of kinds)
    figures.push(
      await measure(kind, corpus, limitValue > 0 ? limitValue : undefined, numberArgument(args, 'tag-above', 0.5)),
    );
  if (flag(args, 'json'))
    console.log(
      JSON.stringify({ machine: { cpus: cpus().length, model: cpus()[0]?.model, load: loadavg()[0] }, figures }),
    );
  else print(figures);
  // Refused stories (the corpus has a few with no text or no title) are reported, not a miss.
  const missed = figures.some(
    (f) => f.drafts !== f.distinctUrls || (f.database === 'postgres' && f.perSecond < TARGET_PER_SECOND.postgres),
  );
  process.exitCode = missed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
