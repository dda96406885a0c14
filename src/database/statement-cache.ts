/**
 * Prepared statements kept per SQLite connection, by SQL text. knex prepares every query it runs again
 * (better-sqlite3's `prepare`), and compiling a statement costs SQLite as much as running a small one: on the
 * archive's busy-day news sitemap (five statements) keeping them took 4 ms off 16-20 ms a request, and every
 * read of the app gains the same way. Only reads are kept, and only short ones: a multi-row INSERT is a new text
 * for every row count and can be megabytes of SQL (an archive import's batches held 200 MB so), and savepoints
 * are named afresh each time. A statement is reused only when it is not in use (an open iterator), and any
 * schema statement empties the cache (SQLite would re-prepare a stale statement itself; emptying keeps the rule
 * simple). Bounded: `IN (?, ?, …)` lists of every length are distinct texts.
 */

/** What this needs of a better-sqlite3 connection. */
export interface PreparingConnection<S extends KeptStatement> {
  prepare(sql: string): S;
}

/** What this reads of a better-sqlite3 statement. */
export interface KeptStatement {
  /** Running: an iterator over it is open. */
  busy: boolean;
  /** It returns rows (a SELECT, or a write with RETURNING). */
  reader: boolean;
}

/** A read: what is kept. */
const READ = /^\s*(select|with)\b/i;
const SCHEMA_CHANGE = /^\s*(create|alter|drop|pragma|vacuum|analyze|reindex|attach|detach)\b/i;

export const STATEMENTS_KEPT = 256;
/** Longer SQL texts are not kept (a read that long is one of a kind: an IN list of thousands). */
export const KEPT_SQL_CHARS = 16_384;

export function cacheStatements<S extends KeptStatement, C extends PreparingConnection<S>>(
  connection: C,
  kept = STATEMENTS_KEPT,
): C {
  const prepare = connection.prepare.bind(connection);
  // A Map keeps insertion order: a hit is moved to the end, the first entry is the least recently used.
  const statements = new Map<string, S>();
  connection.prepare = (sql: string): S => {
    if (SCHEMA_CHANGE.test(sql)) {
      statements.clear();
      return prepare(sql);
    }
    const found = statements.get(sql);
    if (found && !found.busy) {
      statements.delete(sql);
      statements.set(sql, found);
      return found;
    }
    const statement = prepare(sql);
    // The kept one is busy (this one serves this call only), or this is a write (RETURNING makes one a reader:
    // Strapi's multi-row inserts are) or a long text: not kept.
    if (found || !statement.reader || !READ.test(sql) || sql.length > KEPT_SQL_CHARS) return statement;
    statements.set(sql, statement);
    if (statements.size > kept) statements.delete(statements.keys().next().value as string);
    return statement;
  };
  return connection;
}
