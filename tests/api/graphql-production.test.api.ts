import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { publicApi } from '../helpers/admin';

/**
 * GraphQL booted as in production (NODE_ENV=production): no landing page (Apollo's loads a script from its CDN),
 * no introspection, and validation errors that do not suggest field names ("Did you mean …?").
 */
let app: TestStrapi;
let strapi: Core.Strapi;
const previousEnv = process.env.NODE_ENV;

beforeAll(async () => {
  process.env.NODE_ENV = 'production';
  app = await startTestStrapi();
  strapi = app.strapi;
});
afterAll(async () => {
  await app?.teardown();
  process.env.NODE_ENV = previousEnv;
});

describe('GraphQL in production', () => {
  it('serves no landing page to a browser: no HTML, no script', async () => {
    const response = await publicApi(strapi).get('/graphql').set('Accept', 'text/html');
    expect(response.headers['content-type'] ?? '').not.toMatch(/html/);
    expect(response.text).not.toMatch(/<script|apollographql|embeddable-sandbox/i);
  });

  it('does not suggest field, argument or type names in validation errors', async () => {
    const probes = [
      '{ articles { titel } }',
      '{ artcles { title } }',
      '{ articles(filtrs: {}) { title } }',
      'query { articles(filters: { titl: { eq: "x" } }) { title } }',
    ];
    for (const query of probes) {
      const response = await publicApi(strapi).post('/graphql').send({ query });
      const messages = (response.body.errors as Array<{ message: string }>).map((error) => error.message);
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.join(' ')).not.toMatch(/Did you mean/i);
    }
  });

  it('refuses introspection', async () => {
    const response = await publicApi(strapi).post('/graphql').send({ query: '{ __schema { types { name } } }' });
    expect(response.body.data?.__schema).toBeUndefined();
    expect(response.body.errors?.length).toBeGreaterThan(0);
  });
});
