import { ceilingNotes, judge, markdownTable, ratio, svgChart, type Mode, type RunFigures } from './api-report';
import { READS, pathsFor, type Read } from './api-targets';

const run = (read: Read, mode: Mode, requestsPerSecond: number, p99Ms = 10): RunFigures => ({
  read,
  mode,
  connections: 50,
  requests: requestsPerSecond * 20,
  requestsPerSecond,
  p50Ms: 1,
  p99Ms,
  errors: 0,
  non2xx: 0,
  sqlPerRequest: 0,
  rssMb: 300,
});

/** Every read: plain at 10 req/s, ours with the cache off at `off`, on at `on`. */
const runsWith = (off: number, on: number, p99Ms = 10): RunFigures[] =>
  READS.flatMap((read) => [run(read, 'plain', 10), run(read, 'oursOff', off), run(read, 'oursOn', on, p99Ms)]);

describe('bench:api report', () => {
  it('meets every target when ours is fast enough', () => {
    expect(judge(runsWith(200, 400), 50).every((verdict) => verdict.met)).toBe(true);
  });

  it('misses on the cache-on p99 even when the ratio holds', () => {
    const verdicts = judge(runsWith(200, 400, 51), 50);
    expect(verdicts.filter((verdict) => !verdict.met)).toHaveLength(READS.length);
  });

  it('misses latest-in-topic below 20× with the cache off', () => {
    const missed = judge(runsWith(150, 400), 50).filter((verdict) => !verdict.met);
    expect(missed.map((verdict) => verdict.target)).toEqual([expect.stringContaining('latest-in-topic')]);
  });

  it('shows ∞ when plain answered nothing, and counts an empty run of ours as a miss', () => {
    const runs = runsWith(200, 400).map((r) =>
      r.mode === 'plain' && r.read === 'search' ? { ...r, requests: 0, requestsPerSecond: 0 } : r,
    );
    expect(ratio(runs, 'search', 'oursOn', 50)).toBe(Number.POSITIVE_INFINITY);
    expect(markdownTable('sqlite', runs)).toContain('| ∞ |');
    const empty = runs.map((r) =>
      r.mode === 'oursOn' && r.read === 'article' ? { ...r, requests: 0, requestsPerSecond: 0 } : r,
    );
    expect(judge(empty, 50).some((verdict) => !verdict.met)).toBe(true);
  });

  it("counts errors of ours as a miss, not plain's timeouts", () => {
    const errorsVerdict = (runs: RunFigures[]) =>
      judge(runs, 50).find((verdict) => verdict.target.includes('no errors'));
    const plainTimedOut = runsWith(200, 400).map((r) => (r.mode === 'plain' ? { ...r, errors: 12 } : r));
    expect(errorsVerdict(plainTimedOut)).toMatchObject({ met: true });
    const oursTimedOut = runsWith(200, 400).map((r) =>
      r.mode === 'oursOff' && r.read === 'search' ? { ...r, errors: 3 } : r,
    );
    expect(errorsVerdict(oursTimedOut)).toMatchObject({ value: '1 runs with errors or no answer', met: false });
  });

  it('compares with the faster plain: our indexes given to plain Strapi are not credited to the plugin', () => {
    const runs = [...runsWith(200, 400), run('topicLatest', 'plainIndexed', 40)];
    expect(ratio(runs, 'topicLatest', 'oursOff', 50)).toBe(5);
    expect(ratio(runs, 'article', 'oursOff', 50)).toBe(20);
    expect(judge(runs, 50).find((verdict) => verdict.target.startsWith('latest-in-topic'))).toMatchObject({
      value: '5.0×',
      met: false,
    });
    expect(markdownTable('sqlite', runs)).toContain(
      '| latest 20 in a topic | plain | 50 | 10 | 1 | 10 | 0 / 0 | 0.0 | 300 | 0.3 |',
    );
  });

  it('says which cache-on ratios the ceiling (a request doing nothing) puts out of reach', () => {
    const runs = runsWith(200, 400).map((r) =>
      r.read === 'article' && r.mode === 'plain' ? { ...r, requestsPerSecond: 100 } : r,
    );
    const notes = ceilingNotes(runs, { connections: 50, requestsPerSecond: 2000, p99Ms: 30 });
    expect(notes[0]).toBe("Strapi's /_health (no work) at 50 connections: 2,000 req/s, p99 30 ms");
    const article = notes.find((note) => note.startsWith('article by slug'));
    expect(article).toBe(
      'article by slug: cache on at 20% of the ceiling; the ceiling is 20.0× best plain, so 30× is out of reach on this machine',
    );
    // Plain at 10 req/s: a ceiling of 200× leaves 30× reachable.
    expect(notes.filter((note) => note.endsWith('out of reach on this machine'))).toHaveLength(1);
  });

  it('draws one bar per read and mode in well-formed SVG', () => {
    const svg = svgChart([{ database: 'sqlite', runs: runsWith(200, 400) }], 50);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(READS.length * 3);
  });

  it('percent-encodes Arabic slugs in paths and query values', () => {
    const targets = { articles: ['خبر-عاجل'], topics: ['حلف-الناتو'], authors: ['كاتب'], words: ['الامن'] };
    expect(pathsFor('article', 'ours', targets)[0]).toBe(
      `/api/newsroom/site/ar/articles/${encodeURIComponent('خبر-عاجل')}`,
    );
    expect(pathsFor('search', 'ours', targets)[0]).toBe(
      `/api/newsroom/site/ar/search?q=${encodeURIComponent('الامن')}`,
    );
    expect(pathsFor('topicLatest', 'plain', targets)[0]).toContain(
      `filters[topics][slug][$eq]=${encodeURIComponent('حلف-الناتو')}`,
    );
  });
});
