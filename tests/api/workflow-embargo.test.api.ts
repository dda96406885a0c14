import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { readWireInputs } from '../../scripts/lib/wire-input';
import type { ParsedStory } from '../../src/plugins/newsroom/server/src/domain/wire';
import type { NewsroomServices } from '../../src/plugins/newsroom/server/src/get-service';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { placeInStage } from '../helpers/workflow';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs, takeTransition } from '../helpers/admin';
import { ARTICLE_UID, LEDGER_UID, WORKFLOW_STATE_UID } from '../../src/plugins/newsroom/core/model';
import { formatInZone } from '../../src/plugins/newsroom/core/workflow/timezone';

/**
 * Embargoes (README, Publishing workflow → Embargoes): an article locale's `embargoUntil` holds it back on every
 * path that can put it live. Each path of the list below gets through with `embargoGuard: false` and is refused
 * with it on, naming the field and the time in the newsroom's time zone; scheduling before the embargo is refused,
 * and the scheduler holds a due story whose embargo moved later.
 */

const HOUR = 3600_000;
let app: TestStrapi;
let strapi: Core.Strapi;
let editor: ReturnType<typeof asAdmin>;
let author: ReturnType<typeof asAdmin>;
let token: string;
const timezone = () => (strapi.plugin('newsroom').service('workflow').config() as { timezone: string }).timezone;

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  editor = asAdmin(strapi, await signInAs(strapi, 'strapi-editor'));
  author = asAdmin(strapi, await signInAs(strapi, 'strapi-author'));
  const created = (await strapi
    .service('admin::api-token')
    .create({ name: 'embargo-full', type: 'full-access', lifespan: null })) as { accessKey: string };
  token = created.accessKey;
});
afterAll(async () => app?.teardown());
afterEach(() => strapi.config.set('plugin::newsroom.embargoGuard', true));

interface Story {
  documentId: string;
  title: string;
  embargoUntil: string;
}

/** An Arabic story with an embargo two hours ahead (or `embargoUntil`), put in `stage` as approved. */
async function embargoed(stage: string, embargoUntil = new Date(Date.now() + 2 * HOUR).toISOString()): Promise<Story> {
  const title = `خبر محظور ${Math.random()}`;
  const created = await author.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
    title,
    body: paragraphs('نص الخبر المحظور'),
    embargoUntil,
  });
  expect(created.status).toBe(201);
  const { documentId } = created.body.data as { documentId: string };
  await placeInStage(strapi, documentId, stage);
  return { documentId, title, embargoUntil };
}

const isPublished = async (documentId: string) =>
  (await strapi.db.query(ARTICLE_UID).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
const stateOf = async (documentId: string) =>
  (await strapi.db.query(WORKFLOW_STATE_UID).findOne({ where: { targetDocumentId: documentId, locale: 'ar' } })) as {
    stage: string;
  };

/** What a path answered, as text: an HTTP body, or what the code path threw. */
type Probe = (story: Story) => Promise<string>;
const http = async (response: { status: number; body: unknown }) =>
  `${response.status} ${JSON.stringify(response.body)}`;
const thrown = async (work: Promise<unknown>) =>
  work.then(
    () => 'ok',
    (error: unknown) => JSON.stringify((error as { details?: unknown }).details ?? String(error)),
  );

/**
 * Every path of the code base that publishes an article (README, "What goes live goes through the workflow"): the
 * Content Manager's admin routes, REST and GraphQL with `status=published`, `strapi.documents().publish()`, the
 * workflow's publish transition, and the scheduler. A new publish path belongs here.
 */
const PUBLISH_PATHS: ReadonlyArray<{ name: string; stage: string; probe: Probe; actorMayPublish?: false }> = [
  {
    name: 'Content Manager publish (admin route)',
    stage: 'approved',
    probe: (s) => http_(editor.post(`${cmPath(ARTICLE_UID, s.documentId, 'publish')}?locale=ar`)),
  },
  {
    name: 'Content Manager bulk publish (admin route)',
    stage: 'approved',
    probe: (s) =>
      http_(editor.post(`${cmPath(ARTICLE_UID)}/actions/bulkPublish?locale=ar`, { documentIds: [s.documentId] })),
  },
  {
    name: 'REST PUT ?status=published',
    stage: 'approved',
    // A full-access token, or code run without a request, holds no workflow role: without the embargo it is
    // refused as FORBIDDEN (workflow.test.api.ts), so the probe shows the embargo is what refuses it first.
    actorMayPublish: false,
    probe: (s) =>
      http_(
        publicApi(strapi)
          .put(`/api/articles/${s.documentId}?status=published&locale=ar`)
          .set('Authorization', `Bearer ${token}`)
          .send({ data: { title: s.title } }),
      ),
  },
  {
    name: 'GraphQL updateArticle(status: PUBLISHED)',
    stage: 'approved',
    // A full-access token, or code run without a request, holds no workflow role: without the embargo it is
    // refused as FORBIDDEN (workflow.test.api.ts), so the probe shows the embargo is what refuses it first.
    actorMayPublish: false,
    probe: (s) =>
      http_(
        publicApi(strapi)
          .post('/graphql')
          .set('Authorization', `Bearer ${token}`)
          .send({
            query: `mutation { updateArticle(documentId: "${s.documentId}", locale: "ar", status: PUBLISHED, data: { title: ${JSON.stringify(s.title)} }) { documentId } }`,
          }),
      ),
  },
  {
    name: 'strapi.documents().publish() from code',
    stage: 'approved',
    // A full-access token, or code run without a request, holds no workflow role: without the embargo it is
    // refused as FORBIDDEN (workflow.test.api.ts), so the probe shows the embargo is what refuses it first.
    actorMayPublish: false,
    probe: (s) => thrown(strapi.documents(ARTICLE_UID).publish({ documentId: s.documentId, locale: 'ar' })),
  },
  {
    name: 'the workflow’s publish transition (admin route)',
    stage: 'approved',
    probe: (s) => http_(takeTransition(editor, s.documentId, { locale: 'ar', transition: 'publish' })),
  },
  {
    name: 'the scheduler (a due scheduled story)',
    stage: 'scheduled',
    probe: async () => String(await strapi.plugin('newsroom').service('workflow').runDueJobs()),
  },
];
function http_(request: PromiseLike<{ status: number; body: unknown }>): Promise<string> {
  return Promise.resolve(request).then(http);
}

describe('publishing before embargoUntil is refused on every path', () => {
  it.each(PUBLISH_PATHS.map((path) => [path.name, path] as const))(
    '%s: goes live with the embargo guard off, is refused with it on',
    async (_name, path) => {
      strapi.config.set('plugin::newsroom.embargoGuard', false);
      const unguarded = await embargoed(path.stage);
      const through = await path.probe(unguarded);
      if (path.actorMayPublish === false) {
        expect(through).not.toContain('EMBARGOED');
        expect(through).toContain('FORBIDDEN');
      } else {
        expect({ published: await isPublished(unguarded.documentId), through }).toMatchObject({ published: true });
      }

      strapi.config.set('plugin::newsroom.embargoGuard', true);
      const guarded = await embargoed(path.stage);
      const refused = await path.probe(guarded);
      expect({ published: await isPublished(guarded.documentId), refused }).toMatchObject({ published: false });
      if (path.stage === 'scheduled') {
        // Held: back to approved, the scheduler's unschedule on the ledger with the embargo as its reason.
        expect((await stateOf(guarded.documentId)).stage).toBe('approved');
        const [entry] = (await strapi.db.query(LEDGER_UID).findMany({
          where: { targetDocumentId: guarded.documentId },
        })) as Array<{ transition: string; actorId: string; reason: string }>;
        expect(entry).toMatchObject({ transition: 'unschedule', actorId: 'system:scheduler' });
        expect(entry.reason).toContain('embargoUntil');
        expect(entry.reason).toContain('محظور النشر حتى');
        return;
      }
      expect(refused).toContain('EMBARGOED');
      expect(refused).toContain('embargoUntil');
      expect(refused).toContain(formatInZone(guarded.embargoUntil, timezone(), 'en'));
      expect(refused).toContain('محظور النشر حتى');
      expect((await stateOf(guarded.documentId)).stage).toBe(path.stage);
      expect(await strapi.db.query(LEDGER_UID).count({ where: { targetDocumentId: guarded.documentId } })).toBe(0);
    },
  );

  it('lets the story go once the embargo has passed', async () => {
    const story = await embargoed('approved', new Date(Date.now() - HOUR).toISOString());
    const response = await takeTransition(editor, story.documentId, { locale: 'ar', transition: 'publish' });
    expect(response.status).toBe(200);
    expect(await isPublished(story.documentId)).toBe(true);
  });

  it('answers 409 with the embargo in the refusal details', async () => {
    const story = await embargoed('approved');
    const response = await editor.post(`${cmPath(ARTICLE_UID, story.documentId, 'publish')}?locale=ar`);
    expect(response.status).toBe(409);
    expect(response.body.error.details).toMatchObject({
      code: 'EMBARGOED',
      missing: { kind: 'embargo', until: story.embargoUntil },
    });
  });
});

describe('scheduling before embargoUntil is refused', () => {
  const at = (ms: number) => new Date(Date.now() + ms).toISOString();

  it.each(['approved', 'scheduled'])('schedule from %s: before the embargo 409, at or after it 200', async (stage) => {
    const story = await embargoed(stage, at(2 * HOUR));
    const early = await takeTransition(editor, story.documentId, {
      locale: 'ar',
      transition: 'schedule',
      scheduleAt: at(HOUR),
    });
    expect(early.status).toBe(409);
    expect(early.body.error.details.code).toBe('EMBARGOED');
    expect(early.body.error.details.message.en).toContain('embargoUntil');
    expect(early.body.error.details.message.ar).toContain('يسبق الحظر');

    strapi.config.set('plugin::newsroom.embargoGuard', false);
    const unguarded = await embargoed(stage, at(2 * HOUR));
    const through = await takeTransition(editor, unguarded.documentId, {
      locale: 'ar',
      transition: 'schedule',
      scheduleAt: at(HOUR),
    });
    expect(through.status).toBe(200);
    strapi.config.set('plugin::newsroom.embargoGuard', true);

    const onTime = await takeTransition(editor, story.documentId, {
      locale: 'ar',
      transition: 'schedule',
      scheduleAt: at(3 * HOUR),
    });
    expect(onTime.status).toBe(200);
  });

  it('the Workflow panel’s state carries the embargo', async () => {
    const story = await embargoed('approved');
    const view = await editor.get(`/newsroom/workflow/articles/${story.documentId}?locale=ar`);
    expect(view.status).toBe(200);
    expect(view.body.data.embargoUntil).toBe(story.embargoUntil);
  });
});

describe('imports asked to publish hold an embargoed story (the embargo binds the system too)', () => {
  const wire = () => strapi.plugin('newsroom').service('wireImport') as NewsroomServices['wireImport'];
  const SAMPLE = fs.readFileSync(path.join(__dirname, '../fixtures/wire/iraq-nato-manama-dialogue.txt'), 'utf8');

  /** The sample wire story with an embargo line (a year ahead, or `line`), parsed as the Import page and CLI do. */
  async function embargoedCopy(line = `EMBARGOED UNTIL ${new Date().getUTCFullYear() + 1}-01-01 10:00`) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'embargo-import-'));
    const file = path.join(folder, 'story.txt');
    // A different last line each time: the importer would otherwise skip the copy as already imported.
    fs.writeFileSync(file, `${line}\n${SAMPLE}\n${Math.random()}`);
    for await (const item of readWireInputs([file])) {
      if ('error' in item) throw item.error;
      return item.story;
    }
    throw new Error('no story read');
  }

  it.each([
    ['one story', (story: ParsedStory) => wire().session({ publish: true }).importStory(story)],
    ['batch', async (story: ParsedStory) => (await wire().session({ publish: true }).importBatch([story]))[0]],
  ] as const)('%s: published with the guard off, left a draft saying until when with it on', async (_path, run) => {
    strapi.config.set('plugin::newsroom.embargoGuard', false);
    const through = await run(await embargoedCopy());
    expect(await isPublished(String(through.documentId))).toBe(true);

    strapi.config.set('plugin::newsroom.embargoGuard', true);
    const story = await embargoedCopy();
    expect(story.embargoUntil).toBeDefined();
    const held = await run(story);
    expect(held).toMatchObject({ status: 'created', heldUntil: story.embargoUntil });
    expect(await isPublished(String(held.documentId))).toBe(false);
    expect(await strapi.db.query(LEDGER_UID).count({ where: { targetDocumentId: held.documentId } })).toBe(0);
  });

  it('publishes an imported story whose embargo has passed', async () => {
    const outcome = await wire()
      .session({ publish: true })
      .importStory(await embargoedCopy('EMBARGOED UNTIL 2020-01-01 10:00'));
    expect(outcome.heldUntil).toBeUndefined();
    expect(await isPublished(outcome.documentId)).toBe(true);
  });
});
