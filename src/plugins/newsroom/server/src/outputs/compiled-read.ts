import type { Core } from '@strapi/strapi';
import type { Knex as KnexTypes } from 'knex';
import type { Row } from '../domain/site/rows';

type Knex = Core.Strapi['db']['connection'];

/** A value of a compiled read: what knex binds (a Date on PostgreSQL, milliseconds on SQLite). */
type Value = string | number | Date;

/** Stands for one parameter while the read is compiled: knex keeps a binding as the object it was given. */
class Parameter {
  constructor(readonly name: string) {}
}

/**
 * A read whose SQL text depends on its shape only, compiled by knex once and then run with each call's values.
 * Building and compiling a knex query costs about as much as SQLite running a small one: the news sitemap's
 * window (two ranges, a union, the SEO probe) took 1-2 ms a request to compile, for the same text every time.
 * `build` writes the query with the parameters it is given where the values go; it is called once, with
 * placeholders, so it must not branch on them. A parameter that does not reach the bindings (a value knex
 * parses itself, such as `limit`) is an error at the first call: give it to `build` as a constant instead.
 */
export function compiledRead<Name extends string>(
  knex: Knex,
  names: readonly Name[],
  build: (parameters: Record<Name, Value>) => KnexTypes.QueryBuilder,
): (values: Record<Name, Value>) => Promise<Row[]> {
  let compiled: { sql: string; bindings: readonly unknown[] } | null = null;
  return async (values) => {
    if (!compiled) {
      const parameters = Object.fromEntries(names.map((name) => [name, new Parameter(name)]));
      const { sql, bindings } = build(parameters as unknown as Record<Name, Value>).toSQL();
      const bound = new Set(bindings.flatMap((binding) => (binding instanceof Parameter ? [binding.name] : [])));
      const unbound = names.filter((name) => !bound.has(name));
      if (unbound.length > 0) throw new Error(`compiledRead: ${unbound.join(', ')} not bound in ${sql}`);
      compiled = { sql, bindings };
    }
    const bindings = compiled.bindings.map((binding) =>
      binding instanceof Parameter ? values[binding.name as Name] : binding,
    );
    const result = (await knex.raw(compiled.sql, bindings as KnexTypes.RawBinding[])) as unknown;
    // better-sqlite3 answers a raw read with its rows, pg with its result object.
    return Array.isArray(result) ? (result as Row[]) : (result as { rows: Row[] }).rows;
  };
}
