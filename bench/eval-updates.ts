/**
 * Precision and recall of the wire importer's near-duplicate check (domain/wire/near-duplicate.ts) on the ANT
 * archive, and the threshold it uses.
 *
 *   npm run eval:updates [-- --corpus path.jsonl.gz] [--json] [--examples]
 *
 * --examples also prints 30 random pairs at or above the threshold (marked REPEAT or other) and 15 missed repeats.
 *
 * Truth: the archive files some stories twice under another docno and URL (a re-filing, often retouched). A
 * pair of records of the same outlet is a real repeat when their normalized titles are equal or their leads
 * open with the same 150 normalized characters and they were filed within two days (the archive reuses titles
 * such as «الذهب يتعافى من خسائره» for other days' stories); every other pair is not. Pairs with the same URL are left out
 * (the importer matches those by URL). The records are imported in time order into an LSH index as the
 * importer does: each record is compared with the earlier ones sharing a band key, never with all of them.
 * Pairs with near-identical text (exact Jaccard similarity of
 * the shingles at least 0.8) are repeats too, whatever their titles. The threshold is chosen (best recall at a precision of at least 80%) on the pairs whose later record falls in one half of the archive (by a
 * hash of its docno) and measured on the other half.
 */
import { createReadStream, existsSync } from 'fs';
import { resolve } from 'path';
import { createInterface } from 'readline';
import { createGunzip } from 'zlib';
import { argument, flag } from '../scripts/lib/args';
import { antRecordFromJson, storyFromAntRecord } from '../src/plugins/newsroom/server/src/domain/wire/ant-record';
import {
  BANDS,
  ROWS,
  UPDATE_THRESHOLD,
  bandKeys,
  similarity,
  normalizedWords,
  shingleIds,
  signatureOfStory,
  storyText,
} from '../src/plugins/newsroom/server/src/domain/wire/near-duplicate';
import { matchKey } from '../src/plugins/newsroom/server/src/domain/text/normalize';

interface Item {
  docno: string;
  outlet: string;
  url: string;
  time: number;
  title: string;
  titleKey: string;
  leadKey: string;
  signature: Uint32Array;
  /** Sorted shingle ids, for the exact Jaccard similarity of the truth. */
  shingles: Uint32Array;
}

const args = process.argv.slice(2);
const corpus = resolve(
  argument(args, 'corpus') ??
    process.env.NEWSROOM_CORPUS ??
    [resolve(__dirname, '../../shared/corpus/ant-dev.jsonl.gz'), '/work/shared/corpus/ant-dev.jsonl.gz'].find(
      existsSync,
    ) ??
    'ant-dev.jsonl.gz',
);

const half = (docno: string): 'tune' | 'test' => {
  let h = 0;
  for (const char of docno) h = (Math.imul(h, 31) + char.charCodeAt(0)) >>> 0;
  return h % 2 === 0 ? 'tune' : 'test';
};

async function readItems(): Promise<{ items: Item[]; signMs: number }> {
  const lines = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  const items: Item[] = [];
  let signMs = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    try {
      const record = antRecordFromJson(line, corpus, lineNumber);
      const story = storyFromAntRecord(record, { file: corpus, line: lineNumber, format: 'ant-jsonl' });
      const started = performance.now();
      const signature = signatureOfStory(story);
      signMs += performance.now() - started;
      const shingles = Uint32Array.from(shingleIds(normalizedWords(storyText(story)))).sort();
      items.push({
        docno: record.docno,
        outlet: record.docno.split('-')[0],
        url: record.url.trim(),
        time: story.publishedAt ? Date.parse(story.publishedAt) : 0,
        title: story.title,
        titleKey: matchKey(story.title),
        leadKey: matchKey(story.paragraphs[0] ?? '').slice(0, 150),
        signature,
        shingles,
      });
    } catch {
      // A record the importer refuses is not imported either.
    }
  }
  return { items, signMs };
}

const MIN_PRECISION = 0.8;
const TWO_DAYS = 2 * 86_400_000;
const NEAR_IDENTICAL = 0.8;

/** Exact Jaccard similarity of two sorted id lists. */
function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  let [i, j, shared] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i] < b[j]) i += 1;
    else j += 1;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** Filed twice: the same outlet within two days under the same title or lead, or near-identical text. */
const sameStory = (a: Item, b: Item): boolean =>
  (a.outlet === b.outlet &&
    Math.abs(a.time - b.time) <= TWO_DAYS &&
    (a.titleKey === b.titleKey || (a.leadKey.length >= 60 && a.leadKey === b.leadKey))) ||
  exactJaccard(a.shingles, b.shingles) >= NEAR_IDENTICAL;

async function main(): Promise<void> {
  const { items, signMs } = await readItems();
  items.sort((a, b) => a.time - b.time);
  // Truth: every repeat pair (grouped by outlet and title, and by outlet and lead), later record's half.
  const positives = new Map<string, 'tune' | 'test'>();
  const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  for (const keyOf of [
    (item: Item) => `${item.outlet}|t|${item.titleKey}`,
    (item: Item) => `${item.outlet}|l|${item.leadKey}`,
  ]) {
    const groups = new Map<string, number[]>();
    items.forEach((item, index) => {
      if (keyOf(item).endsWith('|') || (keyOf(item).includes('|l|') && item.leadKey.length < 60)) return;
      groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), index]);
    });
    for (const members of groups.values())
      for (let i = 0; i < members.length; i += 1)
        for (let j = i + 1; j < members.length; j += 1) {
          const [a, b] = [members[i], members[j]];
          if (items[a].url !== items[b].url && items[a].docno !== items[b].docno && sameStory(items[a], items[b]))
            positives.set(pairKey(a, b), half(items[Math.max(a, b)].docno));
        }
  }
  // The importer's lookup: band keys of earlier records only; each candidate scored once.
  const index = new Map<string, number[]>();
  const scored: Array<{ key: string; score: number; part: 'tune' | 'test' }> = [];
  let lookupMs = 0;
  let candidatesSeen = 0;
  items.forEach((item, at) => {
    const started = performance.now();
    const keys = bandKeys(item.signature);
    const candidates = new Set<number>();
    for (const key of keys) for (const other of index.get(key) ?? []) candidates.add(other);
    for (const other of candidates) {
      if (items[other].url === item.url) continue;
      const score = similarity(item.signature, items[other].signature);
      const key = pairKey(other, at);
      // Near-identical text is a repeat whatever the titles (candidates catch every pair above 0.8: p > 0.999).
      if (!positives.has(key) && sameStory(item, items[other])) positives.set(key, half(item.docno));
      scored.push({ key, score, part: half(item.docno) });
    }
    candidatesSeen += candidates.size;
    for (const key of keys) index.set(key, [...(index.get(key) ?? []), at]);
    lookupMs += performance.now() - started;
  });

  const measure = (part: 'tune' | 'test', threshold: number) => {
    const found = scored.filter((pair) => pair.part === part && pair.score >= threshold);
    const truePositives = found.filter((pair) => positives.has(pair.key)).length;
    const total = [...positives.values()].filter((value) => value === part).length;
    const precision = found.length === 0 ? 1 : truePositives / found.length;
    const recall = total === 0 ? 0 : truePositives / total;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { threshold, predicted: found.length, truePositives, positives: total, precision, recall, f1 };
  };
  if (flag(args, 'examples')) {
    const shown = scored
      .filter((pair) => pair.score >= UPDATE_THRESHOLD)
      .sort(() => 0.5 - Math.random())
      .slice(0, 30);
    for (const pair of shown) {
      const [a, b] = pair.key.split(':').map(Number);
      const days = Math.abs(items[a].time - items[b].time) / 86_400_000;
      console.log(
        `${pair.score.toFixed(2)} ${positives.has(pair.key) ? 'REPEAT' : 'other '} ${days.toFixed(1)}d ${items[a].docno} «${items[a].title}» | ${items[b].docno} «${items[b].title}»`,
      );
    }
    const missed = [...positives.keys()]
      .filter((key) => !scored.some((pair) => pair.key === key && pair.score >= 0.3))
      .slice(0, 15);
    for (const key of missed) {
      const [a, b] = key.split(':').map(Number);
      const days = Math.abs(items[a].time - items[b].time) / 86_400_000;
      console.log(
        `MISSED ${similarity(items[a].signature, items[b].signature).toFixed(2)} ${days.toFixed(1)}d ${items[a].docno} «${items[a].title}» | ${items[b].docno} «${items[b].title}»`,
      );
    }
  }
  const thresholds = Array.from({ length: 19 }, (_, n) => Math.round((0.1 + n * 0.05) * 100) / 100);
  const tuning = thresholds.map((threshold) => measure('tune', threshold));
  // A wrong offer costs the editor one look at the diff and a click ("import as new"); a missed update costs a
  // copy of the story: the threshold is the one with the best recall at a precision of at least 80%.
  const acceptable = tuning.filter((row) => row.precision >= MIN_PRECISION);
  const best = (acceptable.length > 0 ? acceptable : tuning).reduce((a, b) =>
    b.recall > a.recall || (b.recall === a.recall && b.precision > a.precision) ? b : a,
  );
  const test = measure('test', best.threshold);
  const atConfigured = measure('test', UPDATE_THRESHOLD);
  const report = {
    corpus,
    records: items.length,
    positivePairs: positives.size,
    lsh: { bands: BANDS, rows: ROWS, candidatesPerLookup: candidatesSeen / items.length },
    msPerSignature: signMs / items.length,
    msPerLookup: lookupMs / items.length,
    tuning,
    chosen: best.threshold,
    test,
    configured: { threshold: UPDATE_THRESHOLD, test: atConfigured },
  };
  if (flag(args, 'json')) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.log(`${report.records} records, ${report.positivePairs} repeat pairs (truth), LSH ${BANDS}×${ROWS}`);
  console.log('tuning half: threshold  precision  recall  F1  (predicted pairs)');
  for (const row of tuning)
    console.log(
      `  ${row.threshold.toFixed(2)}  ${pct(row.precision)}  ${pct(row.recall)}  ${pct(row.f1)}  (${row.predicted})`,
    );
  console.log(`chosen on the tuning half: ${best.threshold}`);
  console.log(
    `test half at ${best.threshold}: precision ${pct(test.precision)} (${test.truePositives}/${test.predicted}), recall ${pct(test.recall)} (${test.truePositives}/${test.positives})`,
  );
  console.log(
    `test half at the configured ${UPDATE_THRESHOLD}: precision ${pct(atConfigured.precision)}, recall ${pct(atConfigured.recall)}`,
  );
  console.log(
    `${report.msPerSignature.toFixed(3)} ms a signature, ${report.msPerLookup.toFixed(3)} ms a lookup (in memory), ${report.lsh.candidatesPerLookup.toFixed(2)} candidates a lookup`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
