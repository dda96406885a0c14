import path from 'path';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export const READ_INDEXES_MIGRATION = '2026.11.29T00.00.00.newsroom-read-indexes.js';

interface ReadIndexesMigration {
  up(knex: Knex): Promise<void>;
  INDEXES: Array<{ name: string; table: string; columns: string[] }>;
}

/**
 * Runs the read-index migration after Strapi's schema sync. Strapi runs database/migrations before it creates
 * the tables, so on a fresh database the migration finds none; this makes the indexes exist either way.
 */
const readIndexes = ({ strapi }: { strapi: Core.Strapi }) => {
  const migration = (): ReadIndexesMigration =>
    require(path.join(strapi.dirs.app.root, 'database', 'migrations', READ_INDEXES_MIGRATION)) as ReadIndexesMigration;

  return {
    async ensure(): Promise<void> {
      await migration().up(strapi.db.connection);
    },
    names(): string[] {
      return migration().INDEXES.map((index) => index.name);
    },
  };
};

export default readIndexes;
