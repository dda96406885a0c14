/**
 * Figures, targets, the markdown table and the SVG chart of `npm run bench:api`.
 */
import { READS, READ_LABELS, type Read } from './api-targets';

/**
 * plain: Strapi's REST routes on Strapi's own schema (its indexes only), the issue's baseline;
 * plainIndexed: the same routes with the newsroom's read indexes in place (what they alone give plain Strapi);
 * oursOff / oursOn: the newsroom's site reads with the response cache off and on.
 */
export const MODES = ['plain', 'plainIndexed', 'oursOff', 'oursOn'] as const;
export type Mode = (typeof MODES)[number];
export const MODE_LABELS: Record<Mode, string> = {
  plain: 'plain',
  plainIndexed: 'plain + our indexes',
  oursOff: 'ours, cache off',
  oursOn: 'ours, cache on',
};

export interface RunFigures {
  read: Read;
  mode: Mode;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** Averaged over sequential requests after the load (so, with the cache on, over hits). */
  sqlPerRequest: number;
  rssMb: number;
}

export interface Verdict {
  target: string;
  value: string;
  met: boolean;
}

const isOurs = (mode: Mode): boolean => mode === 'oursOff' || mode === 'oursOn';

const find = (runs: readonly RunFigures[], read: Read, mode: Mode, connections: number): RunFigures | undefined =>
  runs.find((run) => run.read === read && run.mode === mode && run.connections === connections);

/**
 * The baseline of a ratio: the faster of plain Strapi on its own schema and plain Strapi with the newsroom's
 * indexes. The issue's baseline is the first; giving plain Strapi our indexes too keeps a ratio from crediting
 * the plugin with what an index alone does.
 */
export const bestPlain = (runs: readonly RunFigures[], read: Read, connections: number): RunFigures | undefined => {
  const candidates = [find(runs, read, 'plain', connections), find(runs, read, 'plainIndexed', connections)].filter(
    (run): run is RunFigures => run !== undefined,
  );
  return candidates.sort((a, b) => b.requestsPerSecond - a.requestsPerSecond)[0];
};

export const ratio = (runs: readonly RunFigures[], read: Read, mode: Mode, connections: number): number => {
  const ours = find(runs, read, mode, connections);
  const plain = bestPlain(runs, read, connections);
  if (!ours || !plain) return 0;
  // Plain answered nothing within the run (every request slower than --duration): ours is better by more
  // than any ratio the run can show.
  if (plain.requests === 0) return ours.requests > 0 ? Number.POSITIVE_INFINITY : 0;
  return ours.requestsPerSecond / plain.requestsPerSecond;
};

const times = (value: number): string =>
  Number.isFinite(value) ? `${value.toFixed(1)}×` : '∞× (plain answered nothing within the run)';

/** The issue's targets, judged at the highest connection count measured (50 by default), against the best plain. */
export function judge(runs: readonly RunFigures[], connections: number): Verdict[] {
  const verdicts: Verdict[] = [];
  const x = times;
  const topic = ratio(runs, 'topicLatest', 'oursOff', connections);
  verdicts.push({
    target: `latest-in-topic, cache off ≥ 20× best plain (${connections} conn.)`,
    value: x(topic),
    met: topic >= 20,
  });
  const article = ratio(runs, 'article', 'oursOff', connections);
  verdicts.push({
    target: `article by slug, cache off ≥ 1× best plain (${connections} conn.)`,
    value: x(article),
    met: article >= 1,
  });
  for (const read of READS) {
    const cached = find(runs, read, 'oursOn', connections);
    const r = ratio(runs, read, 'oursOn', connections);
    const p99 = cached?.p99Ms ?? Number.POSITIVE_INFINITY;
    verdicts.push({
      target: `${READ_LABELS[read]}, cache on ≥ 30× best plain and p99 ≤ 50 ms (${connections} conn.)`,
      value: `${x(r)}, p99 ${p99} ms`,
      met: r >= 30 && p99 <= 50,
    });
  }
  // Errors make the figures those of failures: a run of ours with any is a miss, and so is one with no answer
  // at all. Plain's errors (timeouts of reads it cannot serve) are the baseline's, shown in the table.
  const failed = runs.filter((run) => isOurs(run.mode) && (run.errors > 0 || run.non2xx > 0 || run.requests === 0));
  verdicts.push({
    target: 'ours: no errors, non-2xx or empty runs',
    value: failed.length === 0 ? 'none' : `${failed.length} runs with errors or no answer`,
    met: failed.length === 0,
  });
  return verdicts;
}

/** Strapi's own `/_health` on the cache-on app: a request through every global middleware and the router, no work. */
export interface Ceiling {
  connections: number;
  requestsPerSecond: number;
  p99Ms: number;
}

/**
 * What the ceiling says of the cache-on ratio target: a cached read cannot answer faster than a request that
 * does nothing, so a read whose plain figure times 30 is above the ceiling cannot meet it on this machine.
 */
export function ceilingNotes(runs: readonly RunFigures[], ceiling: Ceiling): string[] {
  const notes = [
    `Strapi's /_health (no work) at ${ceiling.connections} connections: ${Math.round(ceiling.requestsPerSecond).toLocaleString('en-US')} req/s, p99 ${ceiling.p99Ms} ms`,
  ];
  for (const read of READS) {
    const plain = bestPlain(runs, read, ceiling.connections);
    const cached = find(runs, read, 'oursOn', ceiling.connections);
    if (!plain || !cached || plain.requestsPerSecond <= 0) continue;
    const reachable = ceiling.requestsPerSecond / plain.requestsPerSecond;
    const share = Math.round((cached.requestsPerSecond / ceiling.requestsPerSecond) * 100);
    notes.push(
      `${READ_LABELS[read]}: cache on at ${share}% of the ceiling; the ceiling is ${reachable.toFixed(1)}× best plain` +
        (reachable < 30 ? ', so 30× is out of reach on this machine' : ''),
    );
  }
  return notes;
}

/** A markdown table for the README: one row per read, mode and connection count. */
export function markdownTable(database: string, runs: readonly RunFigures[]): string {
  const lines = [
    `| ${database} | mode | conn. | req/s | p50 ms | p99 ms | errors / non-2xx | SQL/req | RSS MB | × best plain |`,
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const run of runs) {
    const value = ratio(runs, run.read, run.mode, run.connections);
    const r = Number.isFinite(value) ? value.toFixed(1) : '∞';
    lines.push(
      `| ${READ_LABELS[run.read]} | ${MODE_LABELS[run.mode]} | ${run.connections} | ${Math.round(run.requestsPerSecond).toLocaleString('en-US')} | ` +
        `${run.p50Ms} | ${run.p99Ms} | ${run.errors} / ${run.non2xx} | ${run.sqlPerRequest.toFixed(1)} | ${run.rssMb} | ${r} |`,
    );
  }
  return lines.join('\n');
}

const COLORS: Record<Mode, string> = {
  plain: '#9e9e9e',
  plainIndexed: '#616161',
  oursOff: '#1e88e5',
  oursOn: '#43a047',
};
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Grouped bars of req/s (log scale) per read and mode, one panel per database, at `connections`.
 * Hand-written SVG: no chart dependency for one picture.
 */
export function svgChart(
  results: ReadonlyArray<{ database: string; runs: readonly RunFigures[] }>,
  connections: number,
): string {
  const width = 760;
  const panelHeight = 260;
  const left = 60;
  const top = 50;
  const plotHeight = 180;
  const all = results.flatMap((r) =>
    r.runs.filter((run) => run.connections === connections).map((run) => run.requestsPerSecond),
  );
  const maxDecade = Math.max(1, Math.ceil(Math.log10(Math.max(10, ...all))));
  const y = (value: number): number => plotHeight - (Math.log10(Math.max(1, value)) / maxDecade) * plotHeight;
  const group = (width - left - 20) / READS.length;
  const bar = (group - 20) / MODES.length;
  const parts: string[] = [];
  results.forEach((result, index) => {
    const offset = top + index * panelHeight;
    parts.push(
      `<text x="${left}" y="${offset - 12}" font-size="14" font-weight="bold">${escape(result.database)} — req/s at ${connections} connections (log scale)</text>`,
    );
    for (let decade = 0; decade <= maxDecade; decade += 1) {
      const py = offset + y(10 ** decade);
      parts.push(`<line x1="${left}" x2="${width - 20}" y1="${py}" y2="${py}" stroke="#e0e0e0"/>`);
      parts.push(
        `<text x="${left - 6}" y="${py + 4}" font-size="10" text-anchor="end">${(10 ** decade).toLocaleString('en-US')}</text>`,
      );
    }
    READS.forEach((read, r) => {
      const gx = left + r * group + 10;
      MODES.forEach((mode, m) => {
        const run = result.runs.find(
          (candidate) => candidate.read === read && candidate.mode === mode && candidate.connections === connections,
        );
        if (!run) return;
        const by = offset + y(run.requestsPerSecond);
        const height = offset + plotHeight - by;
        parts.push(
          `<rect x="${(gx + m * bar).toFixed(1)}" y="${by.toFixed(1)}" width="${(bar - 2).toFixed(1)}" height="${height.toFixed(1)}" fill="${COLORS[mode]}">` +
            `<title>${escape(`${READ_LABELS[read]}, ${MODE_LABELS[mode]}: ${run.requestsPerSecond} req/s`)}</title></rect>`,
        );
      });
      parts.push(
        `<text x="${gx + (group - 20) / 2}" y="${offset + plotHeight + 16}" font-size="11" text-anchor="middle">${escape(READ_LABELS[read])}</text>`,
      );
    });
  });
  const legendY = top + results.length * panelHeight - 30;
  MODES.forEach((mode, m) => {
    parts.push(`<rect x="${left + m * 170}" y="${legendY}" width="12" height="12" fill="${COLORS[mode]}"/>`);
    parts.push(
      `<text x="${left + m * 170 + 18}" y="${legendY + 11}" font-size="12">${escape(MODE_LABELS[mode])}</text>`,
    );
  });
  const height = legendY + 30;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">\n<rect width="100%" height="100%" fill="white"/>\n${parts.join('\n')}\n</svg>\n`;
}
