import createKnex from 'knex';
import type { Core } from '@strapi/strapi';
import { compiledRead } from './compiled-read';

type Knex = Core.Strapi['db']['connection'];

/** A real SQLite through knex, as Strapi runs it, with a few stories. */
async function storiesDatabase(): Promise<Knex> {
  const knex = createKnex({
    client: 'better-sqlite3',
    connection: { filename: ':memory:' },
    useNullAsDefault: true,
    // The refusal test gives limit() a placeholder on purpose: knex's warning about it is expected.
    log: { warn: () => undefined },
  });
  await knex.schema.createTable('stories', (table) => {
    table.increments('id');
    table.string('locale');
    table.bigInteger('published_at');
    table.boolean('hidden');
  });
  await knex('stories').insert([
    { locale: 'ar', published_at: 100, hidden: false },
    { locale: 'ar', published_at: 200, hidden: false },
    { locale: 'ar', published_at: 300, hidden: true },
    { locale: 'en', published_at: 400, hidden: false },
  ]);
  return knex as unknown as Knex;
}

describe('compiledRead', () => {
  it('answers each call with its own values, as the query built for them answers, compiling once', async () => {
    const knex = await storiesDatabase();
    try {
      let builds = 0;
      const build = ({ locale, since }: Record<'locale' | 'since', string | number | Date>) => {
        builds += 1;
        return knex('stories')
          .select('id')
          .where('locale', locale)
          .andWhere('published_at', '>=', since)
          .andWhere('hidden', false)
          .orderBy('published_at', 'desc')
          .limit(10);
      };
      const read = compiledRead(knex, ['locale', 'since'], build);
      const cases = [
        { locale: 'ar', since: 0 },
        { locale: 'ar', since: 150 },
        { locale: 'en', since: 0 },
        { locale: 'fr', since: 0 },
      ];
      for (const values of cases) {
        const expected = await build(values);
        expect(await read(values)).toEqual(expected);
      }
      expect((await read({ locale: 'ar', since: 0 })).map((row) => row.id)).toEqual([2, 1]);
      expect(builds).toBe(cases.length + 1);
    } finally {
      await knex.destroy();
    }
  });

  it('refuses a parameter that knex does not bind, naming it', async () => {
    const knex = await storiesDatabase();
    try {
      // knex reads a limit as a number itself: a placeholder there would silently be dropped.
      const read = compiledRead(knex, ['locale', 'size'], ({ locale, size }) =>
        knex('stories')
          .select('id')
          .where('locale', locale)
          .limit(size as number),
      );
      await expect(read({ locale: 'ar', size: 1 })).rejects.toThrow('size not bound');
    } finally {
      await knex.destroy();
    }
  });
});
