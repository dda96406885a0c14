/**
 * How the headline proposed for copy without one (domain/wire/headline.ts) compares with the headline the
 * archive's editors wrote, before and after the proposer was rewritten.
 *
 *   npm run eval:headlines [-- <archive.jsonl.gz>] [--corpus path] [--json] [--examples 20]
 *
 * Each ANT story is imported as the importer would with its TITLE removed; the proposal is compared with the
 * real title on key words (the analyzer's terms: matchKey, stopwords out, light stem): how often they share at
 * least one and at least two, and the proposal's length in words. Stories are split in two halves by a hash of
 * the docno: the proposer was tuned on the `tune` half and the README quotes the `test` half.
 */
import { createReadStream, existsSync, statSync } from 'fs';
import { resolve } from 'path';
import { createInterface } from 'readline';
import { createGunzip } from 'zlib';
import { argument, flag, numberArgument } from '../scripts/lib/args';
import { analyze } from '../src/plugins/newsroom/server/src/domain/text/analyze';
import { antRecordFromJson, storyFromAntRecord } from '../src/plugins/newsroom/server/src/domain/wire/ant-record';
import { MAX_HEADLINE_WORDS } from '../src/plugins/newsroom/server/src/domain/wire/headline';
import { proposeTitleBefore } from './lib/headline-before';
import { createProgress } from './lib/progress';
import { stableHash } from './lib/split';

type Half = 'tune' | 'test';
type Proposer = 'before' | 'after';

interface Tally {
  stories: number;
  sharesOne: number;
  sharesTwo: number;
  words: number;
  withinLimit: number;
}

const args = process.argv.slice(2);
const positional = args.find((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--examples'));
const corpus = resolve(
  argument(args, 'corpus') ??
    positional ??
    process.env.NEWSROOM_CORPUS ??
    [resolve(__dirname, '../../shared/corpus/ant-dev.jsonl.gz'), '/work/shared/corpus/ant-dev.jsonl.gz'].find(
      existsSync,
    ) ??
    'ant-dev.jsonl.gz',
);
const exampleCount = numberArgument(args, 'examples', 0);

const halfOf = (docno: string): Half => (stableHash(docno) % 2 === 0 ? 'tune' : 'test');
const keyTerms = (text: string): Set<string> => new Set(analyze(text).map((term) => term.term));
const wordCount = (text: string): number => text.split(/\s+/).filter((word) => word !== '').length;
const emptyTally = (): Tally => ({ stories: 0, sharesOne: 0, sharesTwo: 0, words: 0, withinLimit: 0 });

function count(tally: Tally, proposal: string, real: ReadonlySet<string>): number {
  const shared = [...keyTerms(proposal)].filter((term) => real.has(term)).length;
  const words = wordCount(proposal);
  tally.stories += 1;
  tally.sharesOne += shared >= 1 ? 1 : 0;
  tally.sharesTwo += shared >= 2 ? 1 : 0;
  tally.words += words;
  tally.withinLimit += words <= MAX_HEADLINE_WORDS ? 1 : 0;
  return shared;
}

const share = (part: number, whole: number): string => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.error(`archive not found at ${corpus}: pass a path, --corpus or NEWSROOM_CORPUS`);
    process.exit(2);
  }
  const tallies: Record<Half, Record<Proposer, Tally>> = {
    tune: { before: emptyTally(), after: emptyTally() },
    test: { before: emptyTally(), after: emptyTally() },
  };
  const realWords = { tune: 0, test: 0 };
  const fromHeading = { tune: 0, test: 0 };
  const examples: Array<{ real: string; before: string; after: string }> = [];
  const progress = createProgress();
  const file = createReadStream(corpus);
  let bytes = 0;
  progress.start('headlines', statSync(corpus).size, 'bytes');
  file.on('data', (chunk) => {
    bytes += chunk.length;
    progress.update(bytes);
  });
  let lineNumber = 0;
  let skipped = 0;
  for await (const line of createInterface({ input: file.pipe(createGunzip()), crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let record;
    let story;
    try {
      record = antRecordFromJson(line, corpus, lineNumber);
      if (record.title.trim() === '') throw new Error('no real headline to compare with');
      story = storyFromAntRecord({ ...record, title: '' }, { file: corpus, line: lineNumber, format: 'ant-jsonl' });
    } catch {
      skipped += 1;
      continue;
    }
    const half = halfOf(record.docno);
    const real = keyTerms(record.title);
    const before = proposeTitleBefore(story.paragraphs[0] ?? '');
    count(tallies[half].before, before, real);
    count(tallies[half].after, story.title, real);
    realWords[half] += wordCount(record.title);
    fromHeading[half] += story.headings.length > 0 ? 1 : 0;
    if (half === 'test' && examples.length < exampleCount && stableHash(record.docno) % 97 === 1)
      examples.push({ real: record.title, before, after: story.title });
  }
  progress.stop();
  const summary = (['tune', 'test'] as const).map((half) => ({
    half,
    stories: tallies[half].after.stories,
    realMeanWords: realWords[half] / Math.max(tallies[half].after.stories, 1),
    storiesWithHeadings: fromHeading[half],
    ...Object.fromEntries(
      (['before', 'after'] as const).map((proposer) => {
        const tally = tallies[half][proposer];
        return [
          proposer,
          {
            sharesOneKeyWord: tally.sharesOne / Math.max(tally.stories, 1),
            sharesTwoKeyWords: tally.sharesTwo / Math.max(tally.stories, 1),
            meanWords: tally.words / Math.max(tally.stories, 1),
            withinLimit: tally.withinLimit / Math.max(tally.stories, 1),
          },
        ];
      }),
    ),
  }));
  if (flag(args, 'json')) {
    console.log(JSON.stringify({ corpus, skipped, summary, examples }, null, 2));
    return;
  }
  console.log(`${corpus}: ${lineNumber - skipped} stories (${skipped} skipped: no text or no real headline)`);
  for (const half of ['tune', 'test'] as const) {
    const { before, after } = tallies[half];
    const stories = after.stories;
    console.log(
      `\n${half} half: ${stories} stories, real headlines ${(realWords[half] / Math.max(stories, 1)).toFixed(1)} words on average, ${fromHeading[half]} with a section heading`,
    );
    console.log('proposer  ≥1 key word  ≥2 key words  mean words  ≤12 words');
    for (const [name, tally] of [
      ['before', before],
      ['after', after],
    ] as const)
      console.log(
        `${name.padEnd(8)}  ${share(tally.sharesOne, stories).padStart(11)}  ${share(tally.sharesTwo, stories).padStart(12)}  ${(tally.words / Math.max(stories, 1)).toFixed(1).padStart(10)}  ${share(tally.withinLimit, stories).padStart(9)}`,
      );
  }
  for (const example of examples)
    console.log(`\nreal:   ${example.real}\nbefore: ${example.before}\nafter:  ${example.after}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
