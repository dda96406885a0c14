/**
 * One app for `npm run bench:api`, started by the harness with fork() (an IPC channel): the compiled app
 * (dist/, no admin panel) as `npm run start` would run it, plus what the bench reads from it and the shipped
 * app has no reason to carry — the number of SQL statements run so far (knex 'query' events) and the process's
 * memory, answered on request over IPC. Sends `{ type: 'ready', port }` once it listens.
 */
import path from 'path';
import type { AddressInfo } from 'net';
import { createStrapi } from '@strapi/strapi';

export interface InstanceStats {
  type: 'stats';
  /** SQL statements since the start of the process. */
  queries: number;
  rssMb: number;
  /** V8 heap in use (JavaScript objects and strings; Buffers are outside it, in RSS). */
  heapUsedMb: number;
  /** Peak resident set size since the start (getrusage). */
  maxRssMb: number;
  /** The copy desk's model is being built (at the first start on a database: a minute or more of the app's CPU). */
  copydeskBuilding: boolean;
}

export type InstanceMessage = { type: 'ready'; port: number } | InstanceStats | { type: 'failed'; error: string };

const send = (message: InstanceMessage): void => {
  process.send?.(message);
};

async function main(): Promise<void> {
  const appDir = path.resolve(__dirname, '..', '..');
  const app = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false });
  // Per-request log lines would time the logger, not the reads.
  app.log.level = 'warn';
  const strapi = await app.start();
  const copydesk = strapi.plugin('newsroom').service('copydesk') as { status(): { building: boolean } };
  let queries = 0;
  strapi.db.connection.on('query', () => {
    queries += 1;
  });
  process.on('message', (message: unknown) => {
    if (message === 'stats') {
      const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);
      // maxRSS is in kilobytes.
      send({
        type: 'stats',
        queries,
        rssMb: mb(process.memoryUsage().rss),
        heapUsedMb: mb(process.memoryUsage().heapUsed),
        maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
        copydeskBuilding: copydesk.status().building,
      });
    }
  });
  const address = strapi.server.httpServer.address() as AddressInfo;
  send({ type: 'ready', port: address.port });
}

main().catch((error: unknown) => {
  send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
