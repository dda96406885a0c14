import http from 'http';
import type { AddressInfo } from 'net';
import type { Core } from '@strapi/strapi';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { TABLES } from '../../src/plugins/newsroom/core/model';

/**
 * A sitemap page of many rows is streamed (issue #19 item 8): written to the response a batch at a time as the
 * rows are read, so the server never holds the page. Shown by behaviour, not by time: a reader that stops reading
 * makes the server stop reading the database (backpressure) long before the page's last batch, which a page built
 * whole before it is sent could not do; read on, the page completes as one well-formed `urlset` with every row.
 * The page is made larger than what the socket and stream buffers between the two can hold (long Arabic slugs,
 * percent-encoded three times per URL: `<loc>` and two hreflang links), so a server that runs ahead is caught.
 */
const SITE = 'https://news.example';
const ROWS = 5000;
const BATCH = 50;
// 230 Arabic letters (the slug's limit is 240 characters, a column of 255 on PostgreSQL): 1,380 bytes per encoded
// occurrence, about 4.2 KB per `<url>`, about 21 MB for the page.
const LONG_SLUG = 'ب'.repeat(230);

let app: TestStrapi;
let strapi: Core.Strapi;
let server: http.Server;
let port = 0;

/**
 * The keyset read of one batch (outputs/sitemap-queries.ts `batch`): `id >= ?`, in key order, limited (PostgreSQL's
 * statements carry numbered placeholders, `$1`).
 */
const isBatchRead = (sql: string) => /["`]t["`]\.["`]id["`] >= (\?|\$\d+)/.test(sql);

beforeAll(async () => {
  app = await startTestStrapi({ NEWSROOM_SITE_URL: SITE });
  strapi = app.strapi;
  const site = strapi.config.get('plugin::newsroom.site') as Record<string, unknown>;
  strapi.config.set('plugin::newsroom.site', { ...site, sitemaps: { pageSize: 50000, batchSize: BATCH } });
  // Published rows written straight into the table, as an archive load leaves them (one document each).
  const now = new Date();
  const knex = strapi.db.connection;
  for (let start = 0; start < ROWS; start += 500) {
    const rows = Array.from({ length: Math.min(500, ROWS - start) }, (_, offset) => {
      const n = start + offset + 1;
      return {
        document_id: `streamed-${n}`,
        locale: 'ar',
        title: `خبر ${n}`,
        slug: `${LONG_SLUG}-${n}`,
        published_at: now,
        created_at: now,
        updated_at: now,
      };
    });
    await knex(TABLES.articles).insert(rows);
  }
  server = strapi.server.httpServer;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
}, 300_000);
afterAll(async () => app?.teardown());

/** Counts the batch reads the server runs from now on. */
const countBatchReads = () => {
  const counted = { reads: 0 };
  const listener = (query: { sql: string }) => {
    if (isBatchRead(query.sql)) counted.reads += 1;
  };
  strapi.db.connection.on('query', listener);
  return { counted, stop: () => strapi.db.connection.off('query', listener) };
};

/** Waits until the server has run no batch read for a while: it has stopped, or is waiting on the reader. */
const settled = async (counted: { reads: number }) => {
  let last = -1;
  let still = 0;
  while (still < 10) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    still = counted.reads === last ? still + 1 : 0;
    last = counted.reads;
  }
  return counted.reads;
};

describe('a sitemap page of many rows', () => {
  it('is written as it is read: a reader that stops reading stops the database reads, and the page completes valid', async () => {
    const { counted, stop } = countBatchReads();
    try {
      const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path: '/api/newsroom/sitemaps/articles-1.xml' }, resolve)
          .on('error', reject);
      });
      // Nothing read yet: the server may only fill the buffers between us.
      response.pause();
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
      // Its length was not known when it started: the page was never whole.
      expect(response.headers['content-length']).toBeUndefined();
      expect(response.headers['transfer-encoding']).toBe('chunked');

      const batches = Math.ceil(ROWS / BATCH);
      const whilePaused = await settled(counted);
      expect(whilePaused).toBeGreaterThan(0);
      expect(whilePaused).toBeLessThan(batches / 2);

      const chunks: Buffer[] = [];
      let received = 0;
      for await (const chunk of response) {
        chunks.push(chunk as Buffer);
        received += 1;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      expect(received).toBeGreaterThan(1);
      expect(counted.reads).toBeGreaterThanOrEqual(batches);

      expect(XMLValidator.validate(body)).toBe(true);
      const urls = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' }).parse(body).urlset
        .url as Array<{ loc: string }>;
      const streamed = urls.filter((url) => url.loc.includes(encodeURIComponent(LONG_SLUG)));
      expect(streamed).toHaveLength(ROWS);
      expect(new Set(streamed.map((url) => url.loc)).size).toBe(ROWS);
    } finally {
      stop();
    }
  });
});
