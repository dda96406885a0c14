/** What this uses of better-sqlite3 (it ships no types). */
interface Statement {
  run(...values: unknown[]): unknown;
  all(...values: unknown[]): unknown[];
}
interface Connection {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  transaction(work: () => void): () => void;
  close(): void;
}
const Database = require('better-sqlite3') as new (file: string) => Connection;

/** The reference work's timing: the middle and the 95th of its repetitions, in milliseconds. */
export interface Pace {
  p50Ms: number;
  p95Ms: number;
}

const ROWS = 1000;
const REPETITIONS = 60;
/** Arabic letters (hamza to yeh), the alphabet of the reference titles and slugs. */
const LETTERS = Array.from({ length: 0x064a - 0x0621 + 1 }, (_, i) => String.fromCharCode(0x0621 + i));

/** A deterministic Arabic "word" list: the same rows on every machine. */
function arabicText(seed: number, words: number): string {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  return Array.from({ length: words }, () =>
    Array.from({ length: 3 + next(5) }, () => LETTERS[next(LETTERS.length)]).join(''),
  ).join(' ');
}

/**
 * The machine's pace at the moment: a fixed piece of the news sitemap's kind of work, timed in this process —
 * 1,000 rows of Arabic title and slug read from an in-memory SQLite, each slug percent-encoded, the titles and
 * URLs written as UTF-8 into one buffer — repeated 60 times. This machine's speed moves by up to half between
 * minutes and between sessions; a bench prints the pace beside its figures, so two runs can be compared: a run
 * whose pace was twice another's is on a machine twice as slow, whatever the code did.
 */
export function machinePace(): Pace {
  const db = new Database(':memory:');
  try {
    db.exec('CREATE TABLE stories (id INTEGER PRIMARY KEY, title TEXT, slug TEXT)');
    const insert = db.prepare('INSERT INTO stories (title, slug) VALUES (?, ?)');
    db.transaction(() => {
      for (let i = 0; i < ROWS * 5; i += 1) {
        const title = arabicText(i + 1, 7);
        insert.run(title, title.replace(/ /g, '-'));
      }
    })();
    const read = db.prepare('SELECT id, title, slug FROM stories WHERE id > ? ORDER BY id LIMIT ?');
    const out = Buffer.alloc(ROWS * 512);
    const times: number[] = [];
    for (let repetition = 0; repetition < REPETITIONS + 10; repetition += 1) {
      const started = performance.now();
      let length = 0;
      for (const row of read.all(repetition * 10, ROWS) as { title: string; slug: string }[]) {
        length += out.write(`https://news.example/ar/${encodeURIComponent(row.slug)}`, length);
        length += out.write(row.title, length);
      }
      if (repetition >= 10) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (share: number) =>
      Math.round(times[Math.min(times.length - 1, Math.floor(share * times.length))] * 100) / 100;
    return { p50Ms: at(0.5), p95Ms: at(0.95) };
  } finally {
    db.close();
  }
}
