/**
 * Versions (issue #15, item 1): what recording every save costs.
 *
 *   npm run bench:history [-- --saves 100] [--json]
 *
 * 1. Storage: a 2,000-word Arabic article (domain/history/test-article.ts) and 100 successive one-word edits,
 *    stored as the version store stores them (domain/history/version-codec.ts: a full copy every `fullEvery`
 *    versions, deltas between), against one full copy (its canonical JSON, uncompressed). Target: ≤ 10×.
 *    Beside it, the alternatives measured before choosing: a full copy per version, raw or deflated; and, for
 *    edits spread over the text (three words far apart per save), the delta with and without the old text
 *    as deflate's dictionary.
 * 2. Save overhead: the same article in a real Strapi (temporary SQLite database, tests/helpers/strapi),
 *    one-word edits through strapi.documents().update with recording on and off (`history.record`),
 *    alternating in blocks of 10 so that the machine's load falls on both alike; p50 of each and the
 *    difference (target: +5 ms), and the recorder's own time (history.recordDraft given the save's answer, as the
 *    middleware calls it, timed alone in wall clock and CPU time).
 * 3. Diff time: bench/history-diff.ts's benchDiff().
 * Wall-clock figures: other jobs on the machine show in them (the load average is printed).
 * Exit code 0 when the storage and overhead targets are met, 1 otherwise.
 */
import { loadavg } from 'os';
import { deflateRawSync } from 'zlib';
import { flag, numberArgument } from '../scripts/lib/args';
import { startTestStrapi } from '../tests/helpers/strapi';
import { ARTICLE_UID } from '../src/plugins/newsroom/core/model';
import { canonicalJson, type ArticleSnapshot } from '../src/plugins/newsroom/server/src/domain/history/snapshot';
import { encodeFull, encodeVersion } from '../src/plugins/newsroom/server/src/domain/history/version-codec';
import {
  arabicArticle,
  seededRandom,
  withOneWordChanged,
} from '../src/plugins/newsroom/server/src/domain/history/test-article';
import { defaultNewsroomConfig } from '../src/plugins/newsroom/server/src/config';
import { getService } from '../src/plugins/newsroom/server/src/get-service';
import { benchDiff } from './history-diff';

const STORAGE_TARGET = 10;
const OVERHEAD_TARGET_MS = 5;
const WORDS = 2000;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
const percentile = (values: number[], fraction: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? NaN;
};

/** Stored bytes of a version sequence as the store encodes it (the first version, a full copy, excluded). */
const storedBytes = (jsons: readonly string[], fullEvery: number) => {
  let sinceFull = 0;
  let total = 0;
  let fullCopies = 0;
  jsons.forEach((json, index) => {
    const previous = index === 0 ? null : { json: jsons[index - 1] as string, sinceFull };
    const encoded = encodeVersion(json, previous, fullEvery);
    sinceFull = encoded.encoding === 'full' ? 0 : sinceFull + 1;
    if (index > 0) {
      total += encoded.content.length;
      if (encoded.encoding === 'full') fullCopies += 1;
    }
  });
  return { total, fullCopies };
};

/** The delta without the dictionary: shared prefix and suffix cut, the middle deflated on its own. */
const plainMiddleBytes = (before: string, after: string): number => {
  const a = Buffer.from(before, 'utf8');
  const b = Buffer.from(after, 'utf8');
  let prefix = 0;
  while (prefix < Math.min(a.length, b.length) && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < Math.min(a.length, b.length) - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
    suffix += 1;
  return Math.ceil(((deflateRawSync(b.subarray(prefix, b.length - suffix)).length + 4) * 4) / 3);
};

const editSequence = (saves: number, wordsPerSave: number, seed: number): string[] => {
  const random = seededRandom(seed);
  let article = arabicArticle(WORDS);
  const jsons = [canonicalJson(article)];
  for (let save = 0; save < saves; save += 1) {
    for (let word = 0; word < wordsPerSave; word += 1) article = withOneWordChanged(article, random);
    jsons.push(canonicalJson(article));
  }
  return jsons;
};

function storage(saves: number) {
  const fullEvery = defaultNewsroomConfig.history.fullEvery;
  const oneWord = editSequence(saves, 1, 7);
  const fullCopy = bytes(oneWord[0] as string);
  const chosen = storedBytes(oneWord, fullEvery);
  const rawEach = oneWord.slice(1).reduce((sum, json) => sum + bytes(json), 0);
  const deflatedEach = oneWord.slice(1).reduce((sum, json) => sum + encodeFull(json).length, 0);
  const spread = editSequence(saves, 3, 9);
  const spreadChosen = storedBytes(spread, fullEvery);
  const spreadPlain = spread
    .slice(1)
    .reduce((sum, json, index) => sum + plainMiddleBytes(spread[index] as string, json), 0);
  return {
    saves,
    fullEvery,
    fullCopyBytes: fullCopy,
    fullCopyDeflatedBytes: encodeFull(oneWord[0] as string).length,
    chosenBytes: chosen.total,
    chosenFullCopies: chosen.fullCopies,
    ratio: chosen.total / fullCopy,
    alternatives: {
      rawCopyEachBytes: rawEach,
      deflatedCopyEachBytes: deflatedEach,
      spreadEditsChosenBytes: spreadChosen.total,
      spreadEditsWithoutDictionaryBytes: spreadPlain,
    },
    pass: chosen.total <= STORAGE_TARGET * fullCopy,
  };
}

async function saveOverhead(saves: number) {
  const app = await startTestStrapi();
  const { strapi } = app;
  try {
    const random = seededRandom(3);
    let article: ArticleSnapshot = arabicArticle(WORDS);
    const created = await strapi.documents(ARTICLE_UID).create({ locale: 'ar', data: article.fields } as never);
    const documentId = created.documentId;
    const save = async () => {
      article = withOneWordChanged(article, random);
      const started = performance.now();
      const cpu = process.cpuUsage();
      const saved: unknown = await strapi
        .documents(ARTICLE_UID)
        .update({ documentId, locale: 'ar', data: { body: article.fields.body } } as never);
      const used = process.cpuUsage(cpu);
      return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000, saved };
    };
    const setRecording = (on: boolean) => strapi.config.set('plugin::newsroom.history.record', on);
    for (let warm = 0; warm < 10; warm += 1) await save();
    // Wall clock, and the process's CPU time (SQLite runs in the process: it counts the database's work too,
    // and little of the other jobs on the machine).
    const timings = { on: [] as number[], off: [] as number[] };
    const cpuTimes = { on: [] as number[], off: [] as number[] };
    for (let block = 0; block < Math.ceil(saves / 10); block += 1) {
      for (const mode of block % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
        setRecording(mode === 'on');
        for (let index = 0; index < 10; index += 1) {
          const { wall, cpu } = await save();
          timings[mode].push(wall);
          cpuTimes[mode].push(cpu);
        }
      }
    }
    // The recorder alone: a save without recording, then what the middleware does with the save's answer
    // (relations read, diff, encode, insert), timed in wall clock and in CPU time; 60 of them, as one is ~5 ms.
    const recorder: number[] = [];
    const recorderCpu: number[] = [];
    for (let index = 0; index < 60; index += 1) {
      setRecording(false);
      const { saved } = await save();
      setRecording(true);
      const started = performance.now();
      const cpu = process.cpuUsage();
      await strapi.db.transaction(() =>
        getService(strapi, 'history').recordDraft(documentId, 'ar', { path: 'code', actorId: 'system:bench' }, saved),
      );
      const used = process.cpuUsage(cpu);
      recorder.push(performance.now() - started);
      recorderCpu.push((used.user + used.system) / 1000);
    }
    const onP50 = percentile(timings.on, 0.5);
    const offP50 = percentile(timings.off, 0.5);
    return {
      saves: timings.on.length,
      onP50Ms: onP50,
      offP50Ms: offP50,
      overheadP50Ms: onP50 - offP50,
      cpuOnP50Ms: percentile(cpuTimes.on, 0.5),
      cpuOffP50Ms: percentile(cpuTimes.off, 0.5),
      recorderP50Ms: percentile(recorder, 0.5),
      recorderP90Ms: percentile(recorder, 0.9),
      recorderCpuP50Ms: percentile(recorderCpu, 0.5),
      pass: onP50 - offP50 <= OVERHEAD_TARGET_MS,
    };
  } finally {
    await app.teardown();
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const saves = numberArgument(args, 'saves', 100);
  const load = loadavg().map((value) => value.toFixed(1));
  const stored = storage(saves);
  process.stderr.write('storage measured; starting Strapi for the save overhead…\n');
  const overhead = await saveOverhead(saves);
  const diff = await benchDiff({ runs: 200 });
  if (flag(args, 'json')) {
    console.log(JSON.stringify({ load, storage: stored, overhead, diff }));
  } else {
    const times = (value: number) => `${(value / stored.fullCopyBytes).toFixed(2)}×`;
    console.log(`Load average when started: ${load.join(' / ')} (1, 5, 15 min)\n`);
    console.log(`Storage: ${saves} one-word edits of a ${WORDS}-word Arabic article`);
    console.log(`| stored as | bytes | × one full copy (${kb(stored.fullCopyBytes)}) |`);
    console.log('|---|---|---|');
    console.log(
      `| deltas, a full copy every ${stored.fullEvery} (chosen; ${stored.chosenFullCopies} full) | ${kb(stored.chosenBytes)} | ${times(stored.chosenBytes)} |`,
    );
    console.log(
      `| a deflated full copy each | ${kb(stored.alternatives.deflatedCopyEachBytes)} | ${times(stored.alternatives.deflatedCopyEachBytes)} |`,
    );
    console.log(
      `| a raw full copy each | ${kb(stored.alternatives.rawCopyEachBytes)} | ${times(stored.alternatives.rawCopyEachBytes)} |`,
    );
    console.log(
      `Edits spread over the text (3 words a save): ${kb(stored.alternatives.spreadEditsChosenBytes)} with the old text as dictionary, ${kb(stored.alternatives.spreadEditsWithoutDictionaryBytes)} without.`,
    );
    console.log(`Target ≤ ${STORAGE_TARGET}×: ${stored.pass ? 'met' : 'MISSED'}\n`);
    console.log(`Save (strapi.documents().update, one-word edit of ${WORDS} words), ${overhead.saves} saves each:`);
    console.log(`| recording | p50 wall clock | p50 CPU time |`);
    console.log('|---|---|---|');
    console.log(`| on | ${overhead.onP50Ms.toFixed(2)} ms | ${overhead.cpuOnP50Ms.toFixed(2)} ms |`);
    console.log(`| off | ${overhead.offP50Ms.toFixed(2)} ms | ${overhead.cpuOffP50Ms.toFixed(2)} ms |`);
    console.log(
      `Overhead p50: ${overhead.overheadP50Ms.toFixed(2)} ms (target +${OVERHEAD_TARGET_MS} ms: ${overhead.pass ? 'met' : 'MISSED'}); the recorder alone: p50 ${overhead.recorderP50Ms.toFixed(2)} ms, p90 ${overhead.recorderP90Ms.toFixed(2)} ms, CPU time p50 ${overhead.recorderCpuP50Ms.toFixed(2)} ms\n`,
    );
    console.log(
      `Diff of two ${diff.words}-word versions (bench/history-diff.ts): p50 ${diff.p50Ms} ms, p99 ${diff.p99Ms} ms`,
    );
  }
  return stored.pass && overhead.pass ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
