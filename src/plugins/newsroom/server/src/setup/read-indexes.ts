import path from 'path';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export const READ_INDEXES_MIGRATION = '2026.11.29T00.00.00.newsroom-read-indexes.js';

interface ReadIndexesMigration {
  up(knex: Knex): Promise<void>;
  /** The indexes of this database's dialect (the trigram one only on PostgreSQL). */
  indexesFor(knex: Knex): Array<{ name: string; table: string }>;
}

/**
 * Runs the read-index migration after Strapi's schema sync. Strapi runs database/migrations before it creates
 * the tables, so on a fresh database the migration finds none; this makes the indexes exist either way.
 */
const readIndexes = ({ strapi }: { strapi: Core.Strapi }) => {
  const migration = (): ReadIndexesMigration =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the migration is a plain JS file found at run time, loaded the way Strapi loads it
    require(path.join(strapi.dirs.app.root, 'database', 'migrations', READ_INDEXES_MIGRATION)) as ReadIndexesMigration;

  return {
    async ensure(): Promise<void> {
      await migration().up(strapi.db.connection);
    },
    names(): string[] {
      return migration()
        .indexesFor(strapi.db.connection)
        .map((index) => index.name);
    },
  };
};

export default readIndexes;

declare module '../services-registry' {
  interface NewsroomServices {
    readIndexes: ReturnType<typeof readIndexes>;
  }
}
