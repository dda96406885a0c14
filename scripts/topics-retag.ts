/**
 * `npm run topics:retag -- [--min-score 0.6] [--locale ar] [--dry-run] [--retrain]`
 * Re-tags existing articles: suggests topics for every article (its draft, in each locale) and adds those
 * scoring at least --min-score. Shows a progress bar, then a summary of what was added, by topic.
 */
import { SingleBar, Presets } from 'cli-progress';
import type { TopicSuggestion } from '../src/plugins/newsroom/shared/contracts/tagging';
import { withStrapi } from './lib/strapi';
import { ARTICLE_UID } from '../src/plugins/newsroom/core/model';

interface Options {
  minScore: number;
  locale?: string;
  dryRun: boolean;
  retrain: boolean;
}

const parseOptions = (argv: string[]): Options => {
  const options: Options = { minScore: 0.6, dryRun: false, retrain: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--retrain') options.retrain = true;
    else if (arg === '--min-score') options.minScore = Number(argv[(i += 1)]);
    else if (arg === '--locale') options.locale = argv[(i += 1)];
    else throw new Error(`Unknown option ${arg} (use --min-score N, --locale CODE, --dry-run, --retrain)`);
  }
  if (!(options.minScore >= 0 && options.minScore <= 1)) throw new Error('--min-score must be a number from 0 to 1');
  return options;
};

interface TaggingService {
  retrain(): Promise<{ examples: number; labels: number; version: number }>;
  suggestForArticle(documentId: string, locale: string): Promise<TopicSuggestion[] | null>;
  applyTopics(documentId: string, locale: string, topicIds: readonly string[]): Promise<void>;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const summary = await withStrapi(async (strapi) => {
    const tagging = strapi.plugin('newsroom').service('tagging') as TaggingService;
    if (options.retrain) {
      const trained = await tagging.retrain();
      console.log(
        `Model retrained on ${trained.examples} articles, ${trained.labels} topics (version ${trained.version}).`,
      );
    }
    const where = { publishedAt: null, ...(options.locale ? { locale: options.locale } : {}) };
    const total = await strapi.db.query(ARTICLE_UID).count({ where });
    const bar = new SingleBar(
      { format: 'retag |{bar}| {value}/{total} articles | {rate}/s | ETA {eta_formatted}', hideCursor: true },
      Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0' });
    const started = Date.now();
    const added = new Map<string, number>();
    let articlesTagged = 0;
    let failed = 0;
    const pageSize = 100;
    for (let offset = 0; offset < total; offset += pageSize) {
      const rows = (await strapi.db.query(ARTICLE_UID).findMany({
        select: ['documentId', 'locale'],
        where,
        orderBy: { id: 'asc' },
        offset,
        limit: pageSize,
      })) as Array<{ documentId: string; locale: string }>;
      for (const row of rows) {
        try {
          const suggestions = (await tagging.suggestForArticle(row.documentId, row.locale)) ?? [];
          const chosen = suggestions.filter((suggestion) => suggestion.score >= options.minScore);
          if (chosen.length > 0) articlesTagged += 1;
          if (!options.dryRun)
            await tagging.applyTopics(
              row.documentId,
              row.locale,
              chosen.map((suggestion) => suggestion.topicId),
            );
          for (const suggestion of chosen) added.set(suggestion.name, (added.get(suggestion.name) ?? 0) + 1);
        } catch (error) {
          failed += 1;
          bar.stop();
          console.error(
            `article ${row.documentId} (${row.locale}): ${error instanceof Error ? error.message : String(error)}`,
          );
          bar.start(total, offset, {});
        }
        bar.increment(1, { rate: ((offset + 1) / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
      }
    }
    bar.stop();
    return { total, articlesTagged, failed, added, seconds: (Date.now() - started) / 1000 };
  });
  const verb = options.dryRun ? 'would add' : 'added';
  console.log(
    `\n${summary.total} articles read in ${summary.seconds.toFixed(1)} s; ${summary.articlesTagged} ${verb} topics; ${summary.failed} failed.`,
  );
  for (const [name, count] of [...summary.added.entries()].sort((a, b) => b[1] - a[1]))
    console.log(`  ${verb} ${name}: ${count}`);
  if (summary.failed > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
