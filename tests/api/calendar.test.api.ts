import Transport from 'winston-transport';
import { setAuthorArticleConditions } from '../helpers/roles';
import ICAL from 'ical.js';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs, takeTransition } from '../helpers/admin';
import { ARTICLE_UID, LEDGER_UID, TOPIC_UID } from '../../src/plugins/newsroom/core/model';
import {
  calendarResponseSchema,
  type CalendarData,
  type CalendarEntry,
} from '../../src/plugins/newsroom/shared/contracts/calendar';

/**
 * The planning calendar (README → Planning calendar): GET /newsroom/calendar gives each user the planned,
 * scheduled, published and embargo times of the stories they may read, filtered by section, topic, assignee and
 * stage; dragging a schedule is the workflow's `schedule` transition (role-checked, a ledger entry, 409 on a stale
 * version), dragging a plan moves `plannedAt` only; the range is limited; each user has a signed iCal feed.
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;
type Http = ReturnType<typeof asAdmin>;
let app: TestStrapi;
let strapi: Core.Strapi;
let editor: Http;
let writer: Http;
let otherWriter: Http;
let writerId: string;
let editorId: string;
let baseWorkflow: Record<string, unknown>;
let politics: string;
let economy: string;
// A whole minute: the workflow keeps schedule times to the minute.
const now = Math.ceil(Date.now() / 60_000) * 60_000 + 60_000;
const at = (days: number, hours = 0) => new Date(now + days * DAY + hours * HOUR).toISOString();
const stories = {} as Record<'scheduled' | 'writersPlan' | 'othersPlan' | 'embargoed' | 'published', string>;

async function story(http: Http, title: string, data: Record<string, unknown> = {}): Promise<string> {
  const created = await http.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title, body: paragraphs('نص'), ...data });
  expect(created.status).toBe(201);
  return (created.body.data as { documentId: string }).documentId;
}

async function move(http: Http, documentId: string, transition: string, extra: object = {}) {
  const response = await takeTransition(http, documentId, { locale: 'ar', transition, ...extra });
  expect({ transition, status: response.status, body: response.status === 200 ? null : response.body }).toEqual({
    transition,
    status: 200,
    body: null,
  });
  return response;
}

async function calendarOf(http: Http, query: Record<string, string> = {}): Promise<CalendarData> {
  const response = await http.get(
    `/newsroom/calendar?${new URLSearchParams({ from: at(-1), to: at(30), ...query }).toString()}`,
  );
  expect(response.status).toBe(200);
  return calendarResponseSchema.parse(response.body).data;
}

const ours = (data: CalendarData) => data.entries.filter((entry) => Object.values(stories).includes(entry.documentId));
const kindsOf = (data: CalendarData) =>
  ours(data)
    .map((entry) => `${entry.kind}:${Object.entries(stories).find(([, id]) => id === entry.documentId)?.[0]}`)
    .sort();
const entryOf = (data: CalendarData, kind: string, documentId: string): CalendarEntry | undefined =>
  data.entries.find((entry) => entry.kind === kind && entry.documentId === documentId);

const stateOf = async (http: Http, documentId: string) =>
  (await http.get(`/newsroom/workflow/articles/${documentId}?locale=ar`)).body.data as {
    state: { stage: string; version: number; scheduledAt?: string };
  };

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  baseWorkflow = strapi.plugin('newsroom').config('workflow') as Record<string, unknown>;
  const editorSession = await signInAs(strapi, 'strapi-editor');
  editorId = String(editorSession.userId);
  editor = asAdmin(strapi, editorSession);
  const writerSession = await signInAs(strapi, 'strapi-author');
  writerId = String(writerSession.userId);
  writer = asAdmin(strapi, writerSession);
  otherWriter = asAdmin(strapi, await signInAs(strapi, 'strapi-author'));
  const topic = async (name: string, slug: string, kind: string) =>
    (
      (await strapi.documents(TOPIC_UID).create({ locale: 'ar', data: { name, kind, slug } as never })) as {
        documentId: string;
      }
    ).documentId;
  politics = await topic('سياسة', 'politics', 'section');
  economy = await topic('اقتصاد', 'economy', 'topic');

  stories.scheduled = await story(editor, 'خبر مجدول عن البرلمان');
  await strapi.documents(ARTICLE_UID).update({
    documentId: stories.scheduled,
    locale: 'ar',
    data: { topics: [politics] } as never,
  });
  await move(editor, stories.scheduled, 'submit');
  await move(editor, stories.scheduled, 'approve');
  await move(editor, stories.scheduled, 'schedule', { scheduleAt: at(3) });
  const assigned = await editor.post(`/newsroom/workflow/articles/${stories.scheduled}/assignee`, {
    locale: 'ar',
    assignee: editorId,
  });
  expect(assigned.status).toBe(200);

  stories.writersPlan = await story(writer, 'خبر مخطط عن النفط', { plannedAt: at(5) });
  await strapi.documents(ARTICLE_UID).update({
    documentId: stories.writersPlan,
    locale: 'ar',
    data: { topics: [economy] } as never,
  });
  stories.othersPlan = await story(otherWriter, 'خبر مخطط لكاتب آخر', { plannedAt: at(6) });
  stories.embargoed = await story(editor, 'خبر محظور حتى الموعد', { embargoUntil: at(4) });
  stories.published = await story(editor, 'خبر منشور اليوم');
  await move(editor, stories.published, 'submit');
  await move(editor, stories.published, 'approve');
  await move(editor, stories.published, 'publish');
});
afterEach(() => strapi.config.set('plugin::newsroom.workflow', baseWorkflow));
afterAll(async () => {
  strapi?.config.set('plugin::newsroom.workflow', baseWorkflow);
  await app?.teardown();
});

describe('the entries', () => {
  it('an Editor sees each kind of time, in UTC, with the newsroom zone and the filters’ names', async () => {
    const data = await calendarOf(editor);
    expect(kindsOf(data)).toEqual([
      'embargo:embargoed',
      'planned:othersPlan',
      'planned:writersPlan',
      'published:published',
      'scheduled:scheduled',
    ]);
    expect(entryOf(data, 'scheduled', stories.scheduled)).toMatchObject({
      at: at(3),
      stage: 'scheduled',
      title: 'خبر مجدول عن البرلمان',
      sections: [politics],
      movable: true,
    });
    expect(entryOf(data, 'planned', stories.writersPlan)).toMatchObject({ at: at(5), stage: 'draft', movable: true });
    expect(entryOf(data, 'embargo', stories.embargoed)).toMatchObject({ at: at(4), movable: false });
    expect(entryOf(data, 'published', stories.published)).toMatchObject({ stage: 'published', movable: false });
    expect(data.timezone).toBe(
      (strapi.plugin('newsroom').service('workflow').config() as { timezone: string }).timezone,
    );
    expect(data.sections[politics]).toEqual({ ar: 'سياسة' });
    expect(data.topics[economy]).toEqual({ ar: 'اقتصاد' });
    expect(data.limits).toEqual({ maxRangeDays: 42, maxEntries: 1000 });
  });

  it('filters by section, topic, stage and assignee', async () => {
    expect(kindsOf(await calendarOf(editor, { section: politics }))).toEqual(['scheduled:scheduled']);
    expect(kindsOf(await calendarOf(editor, { topic: economy }))).toEqual(['planned:writersPlan']);
    expect(kindsOf(await calendarOf(editor, { stage: 'published' }))).toEqual(['published:published']);
    expect(kindsOf(await calendarOf(editor, { stage: 'draft' }))).toEqual([
      'embargo:embargoed',
      'planned:othersPlan',
      'planned:writersPlan',
    ]);
    expect(kindsOf(await calendarOf(editor, { assignee: editorId }))).toEqual(['scheduled:scheduled']);
    expect(kindsOf(await calendarOf(editor, { assignee: 'none' }))).not.toContain('scheduled:scheduled');
    expect(kindsOf(await calendarOf(editor, { section: politics, stage: 'draft' }))).toEqual([]);
    // A range that holds none of them.
    expect(ours(await calendarOf(editor, { from: at(20), to: at(30) }))).toEqual([]);
  });

  it('an Author sees only what they may read, and may drag only the plans of their own stories', async () => {
    // Authors read every story by default: each sees all, may move only their own plan.
    const everything = await calendarOf(writer);
    expect(kindsOf(everything)).toEqual(kindsOf(await calendarOf(editor)));
    expect(entryOf(everything, 'planned', stories.writersPlan)?.movable).toBe(true);
    expect(entryOf(everything, 'planned', stories.othersPlan)?.movable).toBe(false);
    expect(entryOf(everything, 'scheduled', stories.scheduled)?.movable).toBe(false);
    // Read restricted to their own stories ("is creator"): the others' entries are gone.
    const restore = await setAuthorArticleConditions(strapi, 'read', ['admin::is-creator']);
    try {
      expect(kindsOf(await calendarOf(writer))).toEqual(['planned:writersPlan']);
      expect(kindsOf(await calendarOf(otherWriter))).toEqual(['planned:othersPlan']);
    } finally {
      await restore();
    }
    expect(kindsOf(await calendarOf(otherWriter))).toEqual(kindsOf(everything));
  });
});

describe('dragging a scheduled story reschedules it through the workflow', () => {
  it('writes the schedule transition to the ledger and moves the entry', async () => {
    const before = await stateOf(editor, stories.scheduled);
    const entry = entryOf(await calendarOf(editor), 'scheduled', stories.scheduled);
    expect(entry?.version).toBe(before.state.version);
    await move(editor, stories.scheduled, 'schedule', { scheduleAt: at(7, 2), expectedVersion: entry?.version });
    const ledger = (await strapi.db.query(LEDGER_UID).findMany({
      where: { targetDocumentId: stories.scheduled, transition: 'schedule' },
      orderBy: [{ id: 'desc' }],
    })) as Array<{ scheduledAt: string; fromStage: string; toStage: string }>;
    expect(ledger).toHaveLength(2);
    expect(new Date(ledger[0].scheduledAt).toISOString()).toBe(at(7, 2));
    expect(ledger[0]).toMatchObject({ fromStage: 'scheduled', toStage: 'scheduled' });
    expect(entryOf(await calendarOf(editor), 'scheduled', stories.scheduled)?.at).toBe(at(7, 2));
  });

  it('a drag from a stale view is refused with 409 in both languages', async () => {
    const { state } = await stateOf(editor, stories.scheduled);
    const stale = await takeTransition(editor, stories.scheduled, {
      locale: 'ar',
      transition: 'schedule',
      scheduleAt: at(8),
      expectedVersion: state.version - 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.message).toEqual({ ar: expect.any(String), en: expect.any(String) });
    expect((await stateOf(editor, stories.scheduled)).state.scheduledAt).toBe(at(7, 2));
  });

  it('an Author’s drag is refused and the event is not draggable for them; allowed once the role may (guard off)', async () => {
    // The writer's own story, scheduled by the editor: the writer may update it, not take `schedule`.
    const own = await story(writer, 'خبر الكاتب المجدول');
    await move(writer, own, 'submit');
    await move(editor, own, 'approve');
    await move(editor, own, 'schedule', { scheduleAt: at(9) });
    expect(entryOf(await calendarOf(writer), 'scheduled', own)?.movable).toBe(false);
    const refused = await takeTransition(writer, own, { locale: 'ar', transition: 'schedule', scheduleAt: at(10) });
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.message.ar).toEqual(expect.any(String));
    expect((await stateOf(editor, own)).state.scheduledAt).toBe(at(9));

    // The probe with the role rule off: Authors may take `schedule` too, and the same drag gets through.
    const transitions = (baseWorkflow.transitions ?? {}) as Record<string, unknown>;
    strapi.config.set('plugin::newsroom.workflow', {
      ...baseWorkflow,
      transitions: { ...transitions, schedule: { roles: ['strapi-author', 'strapi-editor'] } },
    });
    expect(entryOf(await calendarOf(writer), 'scheduled', own)?.movable).toBe(true);
    await move(writer, own, 'schedule', { scheduleAt: at(10) });
    expect((await stateOf(editor, own)).state.scheduledAt).toBe(at(10));
  });
});

describe('dragging a planned story moves the plan only', () => {
  it('changes plannedAt and nothing else: no ledger entry, no new version, an approval kept', async () => {
    const documentId = await story(writer, 'خبر مخطط ومعتمد', { plannedAt: at(11) });
    await move(writer, documentId, 'submit');
    await move(editor, documentId, 'approve');
    const before = await stateOf(editor, documentId);
    const versionsBefore = (await writer.get(`/newsroom/history/articles/${documentId}?locale=ar`)).body.data.versions
      .length as number;
    const ledgerBefore = await strapi.db.query(LEDGER_UID).count({ where: { targetDocumentId: documentId } });
    const draftBefore = (await strapi.documents(ARTICLE_UID).findOne({ documentId, locale: 'ar' })) as Record<
      string,
      unknown
    >;

    const moved = await writer.post(`/newsroom/calendar/plan/${documentId}`, { locale: 'ar', plannedAt: at(12) });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toEqual({ documentId, locale: 'ar', plannedAt: at(12) });

    const draftAfter = (await strapi.documents(ARTICLE_UID).findOne({ documentId, locale: 'ar' })) as Record<
      string,
      unknown
    >;
    const ignore = new Set(['plannedAt', 'updatedAt']);
    const rest = (row: Record<string, unknown>) => Object.entries(row).filter(([key]) => !ignore.has(key));
    expect(rest(draftAfter)).toEqual(rest(draftBefore));
    expect(new Date(String(draftAfter.plannedAt)).toISOString()).toBe(at(12));
    expect(await stateOf(editor, documentId)).toMatchObject({
      state: { stage: 'approved', version: before.state.version },
    });
    expect(await strapi.db.query(LEDGER_UID).count({ where: { targetDocumentId: documentId } })).toBe(ledgerBefore);
    expect((await writer.get(`/newsroom/history/articles/${documentId}?locale=ar`)).body.data.versions.length).toBe(
      versionsBefore,
    );
    expect(entryOf(await calendarOf(writer), 'planned', documentId)?.at).toBe(at(12));
  });

  it('is refused for a story the user may not update, and for a locale that does not exist', async () => {
    const refused = await writer.post(`/newsroom/calendar/plan/${stories.othersPlan}`, {
      locale: 'ar',
      plannedAt: at(2),
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.message).toEqual({ ar: expect.any(String), en: expect.any(String) });
    const plan = await strapi.db
      .query(ARTICLE_UID)
      .findOne({ where: { documentId: stories.othersPlan, locale: 'ar', publishedAt: null } });
    expect(new Date(String((plan as { plannedAt: string }).plannedAt)).toISOString()).toBe(at(6));
    const missing = await editor.post(`/newsroom/calendar/plan/${stories.othersPlan}`, {
      locale: 'en',
      plannedAt: at(2),
    });
    expect(missing.status).toBe(404);
    expect(await strapi.db.query(ARTICLE_UID).count({ where: { documentId: stories.othersPlan, locale: 'en' } })).toBe(
      0,
    );
  });
});

describe('limits', () => {
  it('a range longer than 42 days is 400 naming the field and the limit, in both languages', async () => {
    const response = await editor.get(`/newsroom/calendar?from=${at(0)}&to=${at(43)}`);
    expect(response.status).toBe(400);
    expect(response.body.error.details.limit).toBe(42);
    expect(response.body.error.details.message.en).toMatch(/^to: .*at most 42 days/);
    expect(response.body.error.details.message.ar).toMatch(/^to: .*42/);
    expect((await editor.get(`/newsroom/calendar?from=${at(0)}&to=${at(42)}`)).status).toBe(200);
  });

  it('a backwards range, a bad time and an unknown filter are 400 naming the field', async () => {
    const backwards = await editor.get(`/newsroom/calendar?from=${at(2)}&to=${at(1)}`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.message).toMatch(/^to:/);
    const bad = await editor.get(`/newsroom/calendar?from=yesterday&to=${at(1)}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^from:/);
    const unknown = await editor.get(`/newsroom/calendar?from=${at(0)}&to=${at(1)}&colour=red`);
    expect(unknown.status).toBe(400);
  });
});

describe('the iCal feed', () => {
  const feedPath = async (http: Http, rotate = false) => {
    const response = rotate
      ? await http.post('/newsroom/calendar/feed/rotate')
      : await http.get('/newsroom/calendar/feed');
    expect(response.status).toBe(200);
    const url = new URL(response.body.data.url as string);
    return `${url.pathname}${url.search}`;
  };

  it('gives the user’s own planned and scheduled stories without a session, parsed by ical.js', async () => {
    const path = await feedPath(writer);
    expect(path).toMatch(new RegExp(`^/api/newsroom/calendar/feed/${writerId}\\?token=`));
    const response = await publicApi(strapi).get(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(response.text));
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe(
      (strapi.plugin('newsroom').service('workflow').config() as { timezone: string }).timezone,
    );
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const plan = events.find((event) => event.uid === `planned-${stories.writersPlan}-ar@newsroom`);
    expect(plan?.summary).toBe('مخطط: خبر مخطط عن النفط');
    expect(plan?.startDate.zone?.tzid).toBe('UTC');
    expect(plan?.startDate.toJSDate().toISOString()).toBe(at(5));
    // Not someone else's, and not the editor's stories the writer is not on.
    expect(events.some((event) => event.uid.includes(stories.othersPlan))).toBe(false);
    expect(events.some((event) => event.uid.includes(stories.scheduled))).toBe(false);
    // The writer's scheduled story (scheduled by the editor) is theirs.
    expect(events.some((event) => event.uid.startsWith('scheduled-') && event.summary.startsWith('مجدول: '))).toBe(
      true,
    );
  });

  it('leaves out a story assigned to its owner that their role does not let them read, and only that', async () => {
    const assigned = await editor.post(`/newsroom/workflow/articles/${stories.othersPlan}/assignee`, {
      locale: 'ar',
      assignee: writerId,
    });
    expect(assigned.status).toBe(200);
    const path = await feedPath(writer);
    const uids = async () =>
      new ICAL.Component(ICAL.parse((await publicApi(strapi).get(path)).text))
        .getAllSubcomponents('vevent')
        .map((vevent) => String(new ICAL.Event(vevent).uid));
    // Authors read every story here: the assigned story is in the writer's feed, with their own.
    expect(await uids()).toEqual(expect.arrayContaining([`planned-${stories.othersPlan}-ar@newsroom`]));
    const restore = await setAuthorArticleConditions(strapi, 'read', ['admin::is-creator']);
    try {
      const limited = await uids();
      expect(limited.some((uid) => uid.includes(stories.othersPlan))).toBe(false);
      expect(limited).toContain(`planned-${stories.writersPlan}-ar@newsroom`);
    } finally {
      await restore();
      await editor.post(`/newsroom/workflow/articles/${stories.othersPlan}/assignee`, { locale: 'ar', assignee: null });
    }
  });

  it('keeps the token out of the request log', async () => {
    const path = await feedPath(writer);
    const token = new URL(path, 'http://x').searchParams.get('token') ?? '';
    expect(token.length).toBeGreaterThan(20);
    const lines: string[] = [];
    const capture = new Transport({ level: 'http' });
    capture.log = (info: { message: string }, done: () => void) => {
      lines.push(String(info.message));
      done();
    };
    const level = strapi.log.level;
    strapi.log.level = 'http';
    strapi.log.add(capture);
    try {
      expect((await publicApi(strapi).get(path)).status).toBe(200);
    } finally {
      strapi.log.remove(capture);
      strapi.log.level = level;
    }
    const line = lines.find((text) => text.includes(`/calendar/feed/${writerId}`));
    expect(line).toMatch(/token=\[redacted\].*200/);
    expect(lines.join('\n')).not.toContain(token);
  });

  it('refuses a bad token, another user’s id, and an address replaced by a new one', async () => {
    const path = await feedPath(writer);
    const token = new URL(path, 'http://x').searchParams.get('token') ?? '';
    const api = publicApi(strapi);
    expect((await api.get(path.replace(/token=.*/, 'token=not-the-token'))).status).toBe(403);
    expect((await api.get(path.replace(/token=.*/, ''))).status).toBe(403);
    const bad = await api.get(`/api/newsroom/calendar/feed/${Number(writerId) + 1}?token=${token}`);
    expect(bad.status).toBe(403);
    expect(bad.body.error.details.message).toEqual({ ar: expect.any(String), en: expect.any(String) });
    const renewed = await feedPath(writer, true);
    expect(renewed).not.toBe(path);
    expect((await api.get(path)).status).toBe(403);
    expect((await api.get(renewed)).status).toBe(200);
  });
});
