import { cacheStatements } from './statement-cache';

/** What these tests use of a better-sqlite3 statement and connection (it ships no types). */
interface Statement {
  busy: boolean;
  reader: boolean;
  all(...bindings: unknown[]): unknown[];
  get(...bindings: unknown[]): unknown;
  run(...bindings: unknown[]): unknown;
  iterate(...bindings: unknown[]): IterableIterator<unknown>;
}
interface Connection {
  prepare(sql: string): Statement;
  exec(sql: string): void;
}
const Database = require('better-sqlite3') as new (file: string) => Connection;

const open = (kept?: number) => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (x INTEGER)');
  db.exec('INSERT INTO t VALUES (1), (2), (3)');
  return cacheStatements(db, kept);
};

describe('prepared statements kept per SQLite connection', () => {
  it('gives the same statement for the same SQL, with the same answers', () => {
    const db = open();
    const first = db.prepare('SELECT x FROM t WHERE x > ?');
    const second = db.prepare('SELECT x FROM t WHERE x > ?');
    expect(second).toBe(first);
    expect(second.all(1)).toEqual([{ x: 2 }, { x: 3 }]);
    expect(db.prepare('SELECT x FROM t WHERE x < ?')).not.toBe(first);
  });

  it('prepares another statement while the kept one is in use by an iterator', () => {
    const db = open();
    const kept = db.prepare('SELECT x FROM t ORDER BY x');
    const rows = kept.iterate();
    expect(rows.next().value).toEqual({ x: 1 });
    const other = db.prepare('SELECT x FROM t ORDER BY x');
    expect(other).not.toBe(kept);
    expect(other.all()).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
    rows.return?.();
    expect(db.prepare('SELECT x FROM t ORDER BY x')).toBe(kept);
  });

  it('forgets what it kept after a schema statement, and reads the new shape', () => {
    const db = open();
    const before = db.prepare('SELECT * FROM t WHERE x = 1');
    expect(before.get()).toEqual({ x: 1 });
    db.prepare('ALTER TABLE t ADD COLUMN y TEXT').run();
    const after = db.prepare('SELECT * FROM t WHERE x = 1');
    expect(after).not.toBe(before);
    expect(after.get()).toEqual({ x: 1, y: null });
  });

  it('keeps reads only, and only those of a reasonable length', () => {
    const db = open();
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    expect(db.prepare('INSERT INTO t VALUES (?)')).not.toBe(insert);
    expect(db.prepare('SAVEPOINT trx1')).not.toBe(db.prepare('SAVEPOINT trx1'));
    const returning = db.prepare('INSERT INTO t VALUES (?), (?) RETURNING x');
    expect(returning.reader).toBe(true);
    expect(db.prepare('INSERT INTO t VALUES (?), (?) RETURNING x')).not.toBe(returning);
    const cte = db.prepare('WITH s AS (SELECT x FROM t) SELECT count(*) AS n FROM s');
    expect(db.prepare('WITH s AS (SELECT x FROM t) SELECT count(*) AS n FROM s')).toBe(cte);
    const long = `SELECT x FROM t WHERE x IN (${Array.from({ length: 6000 }, (_, i) => i).join(', ')})`;
    expect(db.prepare(long)).not.toBe(db.prepare(long));
    expect(db.prepare(long).all()).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
  });

  it('keeps at most its bound, the least recently used going first', () => {
    const db = open(2);
    const a = db.prepare('SELECT 1');
    const b = db.prepare('SELECT 2');
    expect(db.prepare('SELECT 1')).toBe(a); // a is now the most recent
    db.prepare('SELECT 3'); // b goes
    expect(db.prepare('SELECT 1')).toBe(a);
    expect(db.prepare('SELECT 2')).not.toBe(b);
  });
});
