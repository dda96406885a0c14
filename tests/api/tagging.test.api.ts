import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, publicApi, signInAs } from '../helpers/admin';
import type { TopicSuggestion } from '../../src/plugins/newsroom/shared/contracts/tagging';
import { ARTICLE_UID, TAGGING_MODEL_UID, TOPIC_FEEDBACK_UID, TOPIC_UID } from '../../src/plugins/newsroom/core/model';

const sample = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'wire', 'iraq-nato-manama-dialogue.txt'), 'utf8');

let app: TestStrapi;
let strapi: Core.Strapi;
let editor: ReturnType<typeof asAdmin>;
let author: ReturnType<typeof asAdmin>;
let wireStoryId: string;

const topicId = async (name: string) =>
  ((await strapi.documents(TOPIC_UID).findFirst({ locale: 'ar', filters: { name } })) as { documentId: string })
    .documentId;
const names = (suggestions: TopicSuggestion[]) => suggestions.map((suggestion) => suggestion.name);

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  await strapi.plugin('newsroom').service('seed').run();
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
  author = asAdmin(strapi, await signInAs(strapi, 'strapi-author'));
  const [story] = await strapi
    .documents(ARTICLE_UID)
    .findMany({ locale: 'ar', status: 'draft', filters: { authors: { name: 'سيد محمد' } } });
  wireStoryId = story.documentId;
});
afterAll(async () => app?.teardown());

describe('topic suggestions', () => {
  it('suggests the sample story’s topics with the phrases that triggered them', async () => {
    const response = await editor.post('/newsroom/tagging/suggest', { body: sample, locale: 'ar' });
    expect(response.status).toBe(200);
    const suggestions = response.body.data as TopicSuggestion[];
    // Five at most by default (ten cards on this story before issue #20), the story's own topics among them.
    expect(suggestions.length).toBeLessThanOrEqual(5);
    const top = names(suggestions);
    const storyTopics = ['التعاون الأمني', 'حلف الناتو', 'العراق', 'مؤتمرات وقمم', 'أحداث إقليمية'];
    // With a section among the five, four of the story's five topics fit.
    expect(storyTopics.filter((name) => top.includes(name)).length).toBeGreaterThanOrEqual(4);
    for (const expected of ['حلف الناتو', 'العراق']) expect(top).toContain(expected);
    // Look-alike words no longer count: العمل is not العملات, فضاءً is not الفضاء.
    for (const noise of ['العملات', 'الفضاء', 'تكنولوجيا']) expect(top).not.toContain(noise);
    const nato = suggestions.find((suggestion) => suggestion.name === 'حلف الناتو');
    expect(nato?.phrases.length).toBeGreaterThan(0);
    for (const phrase of nato?.phrases ?? []) expect(sample.slice(phrase.start, phrase.end)).toBe(phrase.text);
    // The same words found again are one line with a count, not the line repeated.
    const lines = (nato?.phrases ?? []).map((phrase) => phrase.text);
    expect(new Set(lines).size).toBe(lines.length);
    expect(Math.max(...(nato?.phrases ?? []).map((phrase) => phrase.count))).toBeGreaterThan(1);
    // حوار المنامة is evidence of the summit topic, which lends it to its section دولي when itself not shown.
    const evidence = suggestions.flatMap((suggestion) => suggestion.phrases.map((phrase) => phrase.text)).join(' ');
    expect(evidence).toContain('حوار المنامة');
  });

  it('gives no suggestions for an empty text, and 413 naming the limit for an oversized one', async () => {
    const empty = await editor.post('/newsroom/tagging/suggest', { body: '', title: '' });
    expect(empty.status).toBe(200);
    expect(empty.body.data).toEqual([]);
    const huge = await editor.post('/newsroom/tagging/suggest', { body: 'كلمة '.repeat(120_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toContain('1000000 bytes');
  });

  it('suggests for a stored article, remembers a rejection and tags on accept', async () => {
    const first = await editor.get(`/newsroom/tagging/articles/${wireStoryId}?locale=ar`);
    expect(first.status).toBe(200);
    expect(names(first.body.data)).toEqual(expect.arrayContaining(['حلف الناتو', 'العراق']));

    const iraq = await topicId('العراق');
    const nato = await topicId('حلف الناتو');
    const rejected = await editor.post(`/newsroom/tagging/articles/${wireStoryId}/feedback`, {
      locale: 'ar',
      topicId: iraq,
      decision: 'rejected',
    });
    expect(rejected.status).toBe(200);
    const accepted = await editor.post(`/newsroom/tagging/articles/${wireStoryId}/feedback`, {
      locale: 'ar',
      topicId: nato,
      decision: 'accepted',
    });
    expect(accepted.status).toBe(200);

    const after = await editor.get(`/newsroom/tagging/articles/${wireStoryId}?locale=ar`);
    expect(names(after.body.data)).not.toContain('العراق'); // rejected: not pushed again
    expect(names(after.body.data)).not.toContain('حلف الناتو'); // now tagged
    const stored = await editor.get(`${cmPath(ARTICLE_UID, wireStoryId)}?locale=ar`);
    expect(stored.status).toBe(200);
    const tagged = await strapi
      .documents(ARTICLE_UID)
      .findOne({ documentId: wireStoryId, locale: 'ar', status: 'draft', populate: ['topics'] });
    expect((tagged as unknown as { topics: Array<{ name: string }> }).topics.map((t) => t.name)).toContain(
      'حلف الناتو',
    );
    const feedback = await strapi.db.query(TOPIC_FEEDBACK_UID).findMany({ where: { articleDocumentId: wireStoryId } });
    expect(feedback.map((row: { decision: string }) => row.decision).sort()).toEqual(['accepted', 'rejected']);
  });

  it('retrains the shared model from published, tagged articles and updates it on feedback', async () => {
    expect((await author.post('/newsroom/tagging/retrain')).status).toBe(403);
    const trained = await editor.post('/newsroom/tagging/retrain');
    expect(trained.status).toBe(200);
    expect(trained.body.data.examples).toBeGreaterThanOrEqual(2); // the demo story in Arabic and English
    const version = trained.body.data.version as number;
    const row = await strapi.db.query(TAGGING_MODEL_UID).findOne({ where: { name: 'default' } });
    expect(row.version).toBe(version);

    const energy = await topicId('الطاقة');
    const response = await editor.post(`/newsroom/tagging/articles/${wireStoryId}/feedback`, {
      locale: 'ar',
      topicId: energy,
      decision: 'rejected',
    });
    expect(response.body.data.modelVersion).toBe(version + 1);
  });

  it("does not let an Author tag someone else's article, but lets them tag their own", async () => {
    const nato = await topicId('حلف الناتو');
    const others = await author.post(`/newsroom/tagging/articles/${wireStoryId}/feedback`, {
      locale: 'ar',
      topicId: nato,
      decision: 'accepted',
    });
    expect(others.status).toBe(403);
    const own = await author.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title: 'اجتماع لحلف الناتو في بغداد' });
    const mine = await author.post(`/newsroom/tagging/articles/${own.body.data.documentId}/feedback`, {
      locale: 'ar',
      topicId: nato,
      decision: 'accepted',
    });
    expect(mine.status).toBe(200);
  });

  it.each(['accepted', 'rejected'])(
    "an Author's %s feedback on someone else's article: 403, nothing recorded; on their own: 200",
    async (decision) => {
      const iraq = await topicId('العراق');
      const feedbackCount = () =>
        strapi.db.query(TOPIC_FEEDBACK_UID).count({ where: { articleDocumentId: wireStoryId } });
      const before = await feedbackCount();
      const others = await author.post(`/newsroom/tagging/articles/${wireStoryId}/feedback`, {
        locale: 'ar',
        topicId: iraq,
        decision,
      });
      expect(others.status).toBe(403);
      expect(await feedbackCount()).toBe(before);
      const own = await author.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title: 'زيارة رسمية إلى بغداد' });
      const mine = await author.post(`/newsroom/tagging/articles/${own.body.data.documentId}/feedback`, {
        locale: 'ar',
        topicId: iraq,
        decision,
      });
      expect(mine.status).toBe(200);
    },
  );

  it('validates feedback requests, naming the field', async () => {
    const response = await editor.post(`/newsroom/tagging/articles/${wireStoryId}/feedback`, {
      locale: 'ar',
      topicId: 'x',
      decision: 'maybe',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('decision');
  });
});

describe("topics' hidden labels and entities are never shown (private), and tagging still uses them", () => {
  const PRIVATE = ['hiddenLabels', 'entities'];
  const leaked = (value: unknown): string[] => {
    if (Array.isArray(value)) return value.flatMap(leaked);
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([key, inner]) => [...(PRIVATE.includes(key) ? [key] : []), ...leaked(inner)]);
  };

  it('REST lists, single reads and populates through articles carry neither', async () => {
    const iraq = await topicId('العراق');
    const reads = [
      publicApi(strapi).get('/api/topics?locale=ar&populate=*'),
      publicApi(strapi).get(`/api/topics/${iraq}?locale=ar&populate=*`),
      publicApi(strapi).get('/api/articles?locale=ar&populate[topics][populate]=*'),
      publicApi(strapi).get('/api/authors?locale=ar&populate[articles][populate][topics]=*'),
      publicApi(strapi).get(`/api/newsroom/site/ar/topics/${encodeURIComponent('العراق')}`),
    ];
    for (const response of await Promise.all(reads)) expect(leaked(response.body)).toEqual([]);
    const topics = await publicApi(strapi).get('/api/topics?locale=ar');
    expect(topics.body.data.length).toBeGreaterThan(0);
  });

  it('REST filters and GraphQL selections on them are refused', async () => {
    const filtered = await publicApi(strapi).get(
      `/api/topics?locale=ar&filters[hiddenLabels][$contains]=${encodeURIComponent('العراك')}`,
    );
    expect(filtered.status === 400 || (filtered.body.data ?? []).length === 0).toBe(true);
    for (const field of PRIVATE) {
      const response = await publicApi(strapi)
        .post('/graphql')
        .send({ query: `{ topics(locale: "ar") { name ${field} } }` });
      expect(response.body.errors?.[0]?.message ?? '').toMatch(new RegExp(`Cannot query field "${field}"`));
    }
  });

  it('tagging still reads them: a hidden label (a common misspelling) still suggests its topic', async () => {
    const response = await editor.post('/newsroom/tagging/suggest', {
      body: 'قال وزير خارجية ايران إن المحادثات مع ايران مستمرة',
      locale: 'ar',
    });
    expect(names(response.body.data)).toContain('إيران');
  });
});

describe('the content-API suggestion route', () => {
  it('is closed to the Public role and open to an API token granted tagging.suggest', async () => {
    const anonymous = await publicApi(strapi).post('/api/newsroom/tagging/suggest').send({ body: sample });
    expect(anonymous.status).toBe(403);

    const { accessKey } = (await strapi.service('admin::api-token').create({
      name: 'tagging client',
      type: 'custom',
      lifespan: null,
      permissions: ['plugin::newsroom.tagging.suggest'],
    })) as { accessKey: string };
    const granted = await publicApi(strapi)
      .post('/api/newsroom/tagging/suggest')
      .set('Authorization', `Bearer ${accessKey}`)
      .send({ body: sample });
    expect(granted.status).toBe(200);
    expect(names(granted.body.data)).toContain('حلف الناتو');
  });
});

describe('auto-apply on save', () => {
  afterEach(() => strapi.config.set('plugin::newsroom.tagging.autoApplyAbove', null));

  it('is off by default, and tags above the configured score when turned on', async () => {
    const untouched = await editor.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
      title: 'حلف الناتو يعقد قمة في بروكسل بمشاركة العراق',
    });
    const plain = await strapi
      .documents(ARTICLE_UID)
      .findOne({ documentId: untouched.body.data.documentId, locale: 'ar', populate: ['topics'] });
    expect((plain as unknown as { topics: unknown[] }).topics).toEqual([]);

    strapi.config.set('plugin::newsroom.tagging.autoApplyAbove', 0.3);
    const tagged = await editor.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
      title: 'حلف الناتو يعقد قمة في بروكسل بمشاركة العراق',
    });
    const stored = await strapi
      .documents(ARTICLE_UID)
      .findOne({ documentId: tagged.body.data.documentId, locale: 'ar', populate: ['topics'] });
    expect((stored as unknown as { topics: Array<{ name: string }> }).topics.map((t) => t.name)).toContain(
      'حلف الناتو',
    );
  });
});
