import { setAuthorArticleConditions } from '../helpers/roles';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import {
  approveAndPublish,
  asAdmin,
  cmPath,
  paragraphs,
  signInAs,
  takeTransition,
  type AdminSession,
} from '../helpers/admin';
import { ARTICLE_UID, TOPIC_UID } from '../../src/plugins/newsroom/core/model';
import {
  homeDeskResponseSchema,
  type HomeDesk,
  type HomeBlock,
} from '../../src/plugins/newsroom/shared/contracts/home';

/**
 * The admin home page's newsroom blocks (README, Publishing workflow → Home page): GET /newsroom/home/desk gives
 * each signed-in user the stories assigned to them, in review (their desk's sections only when
 * `workflow.desks` names them), changes requested on their stories, scheduled today in the newsroom's zone and
 * recently published — and only stories they may read.
 */

type Http = ReturnType<typeof asAdmin>;
type Who = 'writer' | 'otherWriter' | 'editor' | 'deskEditor';
let app: TestStrapi;
let strapi: Core.Strapi;
const users = {} as Record<Who, { session: AdminSession; http: Http }>;
let baseWorkflow: Record<string, unknown>;
const stories = {} as Record<
  'politicsInReview' | 'economyInReview' | 'changesRequested' | 'scheduledToday' | 'scheduledTomorrow' | 'published',
  string
>;
const HOUR = 3600_000;
const REASON = 'المصادر ناقصة';

/**
 * A fixed-offset zone in which it is about noon now, so "today" has hours left on both sides whenever the test
 * runs, and a zone other than UTC and the server's: the block must count the day in the newsroom's zone.
 */
function zoneAtNoon(now: Date): { zone: string; offsetHours: number } {
  const offsetHours = 12 - now.getUTCHours();
  // Etc/GMT zones have the sign reversed: Etc/GMT-3 is UTC+3. At offset 0 the zone is UTC, the name the
  // configuration keeps (Intl canonicalizes Etc/GMT to UTC; naming Etc/GMT failed this test between 12:00 and
  // 13:00 UTC).
  return {
    zone: offsetHours === 0 ? 'UTC' : `Etc/GMT${offsetHours > 0 ? '-' : '+'}${Math.abs(offsetHours)}`,
    offsetHours,
  };
}

async function sign(role: 'strapi-author' | 'strapi-editor') {
  const session = await signInAs(strapi, role);
  return { session, http: asAdmin(strapi, session) };
}

/** An Arabic article created in the Content Manager by `who`, filed under `topics`. */
async function story(who: Who, title: string, topics: string[] = []): Promise<string> {
  const created = await users[who].http.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title, body: paragraphs('نص') });
  expect(created.status).toBe(201);
  const { documentId } = created.body.data as { documentId: string };
  if (topics.length > 0)
    await strapi.documents(ARTICLE_UID).update({ documentId, locale: 'ar', data: { topics } as never });
  return documentId;
}

async function move(who: Who, documentId: string, transition: string, extra: object = {}) {
  const response = await takeTransition(users[who].http, documentId, { locale: 'ar', transition, ...extra });
  expect({ transition, status: response.status }).toEqual({ transition, status: 200 });
}

async function deskOf(who: Who): Promise<HomeDesk> {
  const response = await users[who].http.get('/newsroom/home/desk');
  expect(response.status).toBe(200);
  return homeDeskResponseSchema.parse(response.body).data;
}

const idsIn = (desk: HomeDesk, block: HomeBlock) => desk.blocks[block].map((line) => line.documentId);
const ours = (ids: string[]) => ids.filter((id) => Object.values(stories).includes(id));

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  users.writer = await sign('strapi-author');
  users.otherWriter = await sign('strapi-author');
  users.editor = await sign('strapi-editor');
  users.deskEditor = await sign('strapi-editor');
  baseWorkflow = strapi.plugin('newsroom').config('workflow') as Record<string, unknown>;
  const section = async (name: string, slug: string) =>
    (
      (await strapi.documents(TOPIC_UID).create({ locale: 'ar', data: { name, kind: 'section', slug } as never })) as {
        documentId: string;
      }
    ).documentId;
  const politics = await section('سياسة', 'politics');
  const economy = await section('اقتصاد', 'economy');
  const now = new Date();
  strapi.config.set('plugin::newsroom.workflow', {
    ...baseWorkflow,
    timezone: zoneAtNoon(now).zone,
    desks: { politics: [users.deskEditor.session.email] },
  });

  stories.politicsInReview = await story('writer', 'حلف NATO يضم 32 دولة', [politics]);
  await move('writer', stories.politicsInReview, 'submit');
  stories.economyInReview = await story('writer', 'أسعار النفط', [economy]);
  await move('writer', stories.economyInReview, 'submit');
  stories.changesRequested = await story('writer', 'خبر يحتاج تعديلا');
  await move('writer', stories.changesRequested, 'submit');
  await move('editor', stories.changesRequested, 'request_changes', { reason: REASON });
  for (const [key, hours] of [
    ['scheduledToday', 3],
    ['scheduledTomorrow', 15],
  ] as const) {
    stories[key] = await story('editor', `خبر مجدول ${key}`);
    await move('editor', stories[key], 'submit');
    await move('editor', stories[key], 'approve');
    await move('editor', stories[key], 'schedule', {
      scheduleAt: new Date(now.getTime() + hours * HOUR).toISOString(),
    });
  }
  stories.published = await story('editor', 'خبر منشور');
  expect((await approveAndPublish(users.editor.http, stories.published)).status).toBe(200);
});
afterAll(async () => {
  strapi?.config.set('plugin::newsroom.workflow', baseWorkflow);
  await app?.teardown();
});

describe('each role sees its own desk', () => {
  it('the writer: the story sent back to them, assigned and in changes requested with the reason', async () => {
    const desk = await deskOf('writer');
    expect(ours(idsIn(desk, 'assignedToMe'))).toEqual([stories.changesRequested]);
    expect(desk.blocks.changesRequested).toEqual([
      expect.objectContaining({
        documentId: stories.changesRequested,
        locale: 'ar',
        title: 'خبر يحتاج تعديلا',
        stage: 'changes_requested',
        reason: REASON,
      }),
    ]);
    // On no desk: every story in review, newest first.
    expect(desk.inReviewScope).toBe('all');
    expect(ours(idsIn(desk, 'inReview'))).toEqual([stories.economyInReview, stories.politicsInReview]);
  });

  it('another writer: nothing of theirs is sent back, and nobody assigned them anything', async () => {
    const desk = await deskOf('otherWriter');
    expect(idsIn(desk, 'assignedToMe')).toEqual([]);
    expect(idsIn(desk, 'changesRequested')).toEqual([]);
  });

  it('the desk editor: in review only from their section, and the politics story assigned to them', async () => {
    const desk = await deskOf('deskEditor');
    expect(desk.inReviewScope).toBe('desk');
    expect(ours(idsIn(desk, 'inReview'))).toEqual([stories.politicsInReview]);
    expect(ours(idsIn(desk, 'assignedToMe'))).toEqual([stories.politicsInReview]);
    expect(desk.blocks.inReview[0]).toMatchObject({ title: 'حلف NATO يضم 32 دولة', stage: 'in_review' });
  });

  it('an editor on no desk: every story in review; changes requested on others’ stories are not theirs', async () => {
    const desk = await deskOf('editor');
    expect(desk.inReviewScope).toBe('all');
    expect(ours(idsIn(desk, 'inReview'))).toEqual([stories.economyInReview, stories.politicsInReview]);
    expect(idsIn(desk, 'changesRequested')).toEqual([]);
  });

  it('scheduled today in the newsroom’s zone, with its time; tomorrow’s is left out', async () => {
    const desk = await deskOf('editor');
    expect(ours(idsIn(desk, 'scheduledToday'))).toEqual([stories.scheduledToday]);
    expect(desk.timezone).toBe(zoneAtNoon(new Date()).zone);
    const [line] = desk.blocks.scheduledToday;
    expect(line.stage).toBe('scheduled');
    expect(Math.abs(new Date(line.at ?? 0).getTime() - Date.now() - 3 * HOUR)).toBeLessThan(5 * 60_000);
  });

  it('recently published, with the time it went live', async () => {
    const desk = await deskOf('writer');
    expect(ours(idsIn(desk, 'recentlyPublished'))).toEqual([stories.published]);
    expect(desk.blocks.recentlyPublished[0]).toMatchObject({ title: 'خبر منشور', stage: 'published' });
    expect(Date.now() - new Date(desk.blocks.recentlyPublished[0].at ?? 0).getTime()).toBeLessThan(10 * 60_000);
  });
});

describe('who may call it', () => {
  it('signed-in admin users only', async () => {
    expect((await asAdmin(strapi, { token: 'nope', userId: 0, email: '' }).get('/newsroom/home/desk')).status).toBe(
      401,
    );
  });

  it('an Author who may read only their own stories sees none of the others’ drafts', async () => {
    const restore = await setAuthorArticleConditions(strapi, 'read', ['admin::is-creator']);
    try {
      const writer = await deskOf('writer');
      // Their own stories still show; the editors' scheduled and published ones, which they cannot read, do not.
      expect(ours(idsIn(writer, 'inReview'))).toEqual([stories.economyInReview, stories.politicsInReview]);
      expect(ours(idsIn(writer, 'changesRequested'))).toEqual([stories.changesRequested]);
      expect(ours(idsIn(writer, 'scheduledToday'))).toEqual([]);
      expect(ours(idsIn(writer, 'recentlyPublished'))).toEqual([]);
      // Another Author sees none of the writer's drafts in review.
      expect(ours(idsIn(await deskOf('otherWriter'), 'inReview'))).toEqual([]);
    } finally {
      await restore();
    }
    // With read on everything again, the same Author sees them: the permission is what hid them.
    expect(ours(idsIn(await deskOf('otherWriter'), 'inReview'))).toEqual([
      stories.economyInReview,
      stories.politicsInReview,
    ]);
  });
});
