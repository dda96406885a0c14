import path from 'path';
import type { Core } from '@strapi/strapi';
import { cacheStatements, type KeptStatement, type PreparingConnection } from '../src/database/statement-cache';

/**
 * SQLite (better-sqlite3) at .tmp/data.db by default: the CMS runs with no database server to install.
 * PostgreSQL when DATABASE_CLIENT=postgres or DATABASE_URL is set: the production database.
 */
const projectRoot = (): string => {
  // Config runs from ./config (admin build) and from ./dist/config (server): both sit one or two
  // levels below the project root.
  const parent = path.resolve(__dirname, '..');
  return path.basename(parent) === 'dist' ? path.resolve(parent, '..') : parent;
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const url = env('DATABASE_URL', '');
  const client = url ? 'postgres' : env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        // pg takes connectionString over the parts when it is set.
        connection: {
          connectionString: url || undefined,
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'newsroom'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) && {
            rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          },
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`Unsupported DATABASE_CLIENT "${client}": use "sqlite" (default) or "postgres".`);
  }

  // The scaffold used to write an empty DATABASE_FILENAME, which makes SQLite fail to open: treat empty as unset.
  const filename = env('DATABASE_FILENAME', '') || '.tmp/data.db';
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.isAbsolute(filename) ? filename : path.join(projectRoot(), filename) },
      useNullAsDefault: true,
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      // Statements kept prepared (src/database/statement-cache.ts); Strapi runs its own set-up first, then this.
      pool: {
        afterCreate: (connection: unknown, done: (error?: Error, connection?: unknown) => void) =>
          done(undefined, cacheStatements(connection as PreparingConnection<KeptStatement>)),
      },
    },
  };
};

export default config;
