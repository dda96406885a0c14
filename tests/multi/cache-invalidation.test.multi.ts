import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import request from 'supertest';
import { cmPath, signInAs } from '../helpers/admin';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';

/**
 * The shared response cache across instances: two Strapi processes on one PostgreSQL database and one Redis.
 * A reader on B has the story cached; an editor publishes a correction in the admin on A; B must serve the correction
 * within a second (Redis holds the cache, so A's eviction is B's).
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const ARTICLE = 'api::article.article';

let setup: TestStrapi;
const children: ChildProcess[] = [];

const startInstance = (name: string): Promise<{ child: ChildProcess; url: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'instance.js')], {
      env: { ...process.env, PORT: '0', NEWSROOM_SCHEDULER: 'false', NEWSROOM_CACHE: 'true', REDIS_URL, NEWSROOM_INSTANCE: name },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`instance ${name} did not start: ${output.slice(-2000)}`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /READY (\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${listening[1]}` });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => code !== null && code !== 0 && reject(new Error(`instance ${name} exited ${code}: ${output.slice(-2000)}`)));
  });

beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) throw new Error('The multi-instance test needs PostgreSQL: set TEST_DATABASE_URL (npm run test:multi does)');
  setup = await startTestStrapi({ NEWSROOM_SCHEDULER: 'false', NEWSROOM_CACHE: 'true', REDIS_URL });
  await setup.strapi.plugin('newsroom').service('responseCache').clear();
}, 300_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await setup?.teardown();
});

it('serves a correction published on instance A from instance B within a second', async () => {
  const { strapi } = setup;
  const created = await strapi.documents(ARTICLE).create({ locale: 'ar', data: { title: 'الخبر قبل التصحيح' } });
  const { documentId } = created;
  await strapi.plugin('newsroom').service('workflow').publishAsSystem(documentId, ['ar'], 'system:test');
  // The correction is written to the draft (drafts are not public: nothing is evicted yet).
  await strapi.documents(ARTICLE).update({ documentId, locale: 'ar', data: { title: 'الخبر بعد التصحيح' } });
  const editor = await signInAs(strapi, 'strapi-editor');

  const [a, b] = await Promise.all([startInstance('A'), startInstance('B')]);
  const readOnB = () => request(b.url).get(`/api/articles/${documentId}`).query({ locale: 'ar', 'fields[0]': 'title' });
  expect((await readOnB()).body.data.title).toBe('الخبر قبل التصحيح');
  const cached = await readOnB();
  expect(cached.headers['x-cache']).toBe('HIT');

  // The editor publishes the correction with the Content Manager's Publish button, on instance A.
  const published = await request(a.url).post(`${cmPath(ARTICLE, documentId, 'publish')}?locale=ar`).set('Authorization', `Bearer ${editor.token}`).send({});
  expect(published.status).toBe(200);
  const publishedAt = Date.now();

  let seen = '';
  while (Date.now() - publishedAt < 1000) {
    seen = (await readOnB()).body.data.title as string;
    if (seen === 'الخبر بعد التصحيح') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(seen).toBe('الخبر بعد التصحيح');
}, 300_000);
