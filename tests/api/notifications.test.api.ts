import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { startOwnSmtp, recipientsOf, type OwnSmtp } from '../helpers/smtp';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs, takeTransition, type AdminSession } from '../helpers/admin';
import { ARTICLE_UID, NOTIFICATION_UID, OUTBOX_EVENT_UID } from '../../src/plugins/newsroom/core/model';
import {
  COMMENT_CREATED_EVENT,
  type CommentEventPayload,
} from '../../src/plugins/newsroom/shared/contracts/comment-events';
import {
  NOTIFICATION_CREATED_EVENT,
  type NotificationKind,
  type NotificationListResponse,
} from '../../src/plugins/newsroom/shared/contracts/notifications';

/**
 * Notifications (README, Notifications) against the real Strapi and a real SMTP server: each event makes exactly
 * one notification per user and channel (admin centre, e-mail, webhook), in the recipient's language, only for
 * stories they may read, as their preferences say.
 */

type Http = ReturnType<typeof asAdmin>;
type Who = 'writer' | 'otherWriter' | 'editor' | 'deskEditor' | 'contributor';
let app: TestStrapi;
let strapi: Core.Strapi;
let smtp: OwnSmtp;
const users = {} as Record<Who, { session: AdminSession; http: Http }>;

interface Row {
  id: number;
  sourceKey: string;
  recipientId: number;
  channel: string;
  kind: NotificationKind;
  targetDocumentId: string;
  sentAt: string | null;
}

const service = () =>
  strapi.plugin('newsroom').service('notifications') as {
    tick(now?: Date): Promise<number>;
    sendDigests(now?: Date): Promise<number>;
  };

async function sign(role: 'strapi-author' | 'strapi-editor', language: 'ar' | 'en') {
  const session = await signInAs(strapi, role);
  await strapi.db.query('admin::user').update({ where: { id: session.userId }, data: { preferedLanguage: language } });
  return { session, http: asAdmin(strapi, session) };
}

async function story(who: Who, title: string): Promise<string> {
  const created = await users[who].http.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title, body: paragraphs('نص') });
  expect(created.status).toBe(201);
  return (created.body.data as { documentId: string }).documentId;
}

async function move(who: Who, documentId: string, transition: string, extra: object = {}) {
  const response = await takeTransition(users[who].http, documentId, { locale: 'ar', transition, ...extra });
  expect({ transition, status: response.status, body: response.status === 200 ? null : response.body }).toEqual({
    transition,
    status: 200,
    body: null,
  });
}

const rowsFor = async (documentId: string): Promise<Row[]> =>
  (await strapi.db.query(NOTIFICATION_UID).findMany({ where: { targetDocumentId: documentId } })) as Row[];

const idOf = (who: Who) => users[who].session.userId;
const emailOf = (who: Who) => users[who].session.email;
const mailsTo = (who: Who) => smtp.messages.filter((mail) => recipientsOf(mail).includes(emailOf(who)));

/** (kind, user, channel) of each notification, sorted: what an event made, to compare whole. */
const summary = (rows: Row[]) => rows.map((row) => `${row.kind}:${row.recipientId}:${row.channel}`).sort();
/** The editor assigns the story to `who`, then notifications run once. */
const assignAndTick = async (documentId: string, who: Who) => {
  const response = await users.editor.http.post(`/newsroom/workflow/articles/${documentId}/assignee`, {
    locale: 'ar',
    assignee: String(idOf(who)),
  });
  expect(response.status).toBe(200);
  await service().tick();
};

async function comment(documentId: string, entry: Partial<CommentEventPayload['entry']>) {
  const payload: CommentEventPayload = {
    model: 'article',
    uid: ARTICLE_UID,
    entry: {
      commentId: 1,
      threadId: 1,
      parentId: null,
      documentId,
      locale: 'ar',
      actorId: idOf('editor'),
      mentionedUserIds: [],
      threadParticipantIds: [],
      excerpt: 'هل المصدر موثوق؟',
      at: new Date().toISOString(),
      ...entry,
    },
  };
  await strapi.db.transaction(
    () => strapi.plugin('newsroom').service('outbox').add(COMMENT_CREATED_EVENT, payload) as Promise<void>,
  );
}

/**
 * A role that reads only its own articles (the newsroom's Authors read every story): who must never hear about a
 * story they cannot open.
 */
async function signInAsContributor() {
  const roles = strapi.service('admin::role') as {
    create(data: object): Promise<{ id: number }>;
    assignPermissions(id: number, permissions: object[]): Promise<unknown>;
  };
  const role = await roles.create({ name: 'Contributor', code: 'newsroom-contributor', description: 'own stories' });
  const own = { conditions: ['admin::is-creator'], properties: { locales: ['ar', 'en'] } };
  await roles.assignPermissions(role.id, [
    { action: 'plugin::content-manager.explorer.read', subject: ARTICLE_UID, ...own },
    { action: 'plugin::content-manager.explorer.create', subject: ARTICLE_UID, ...own },
  ]);
  const email = `contributor-${Date.now()}@newsroom.test`;
  const user = (await strapi.service('admin::user').create({
    email,
    firstname: 'Contributor',
    lastname: 'Tester',
    password: 'Newsroom-test-1',
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  })) as { id: number };
  const login = await publicApi(strapi).post('/admin/login').send({ email, password: 'Newsroom-test-1' });
  const session: AdminSession = { token: login.body.data.token as string, userId: user.id, email };
  return { session, http: asAdmin(strapi, session) };
}

beforeAll(async () => {
  smtp = await startOwnSmtp();
  app = await startTestStrapi({ NEWSROOM_SMTP_URL: smtp.url, NEWSROOM_MAIL_FROM: 'desk@newsroom.test' });
  strapi = app.strapi;
  users.writer = await sign('strapi-author', 'ar');
  users.otherWriter = await sign('strapi-author', 'en');
  users.editor = await sign('strapi-editor', 'en');
  users.deskEditor = await sign('strapi-editor', 'ar');
  users.contributor = await signInAsContributor();
  // Booting Strapi on a busy shared machine can take minutes.
}, 600_000);

afterAll(async () => {
  await app?.teardown();
  await smtp?.stop();
});

describe('workflow events', () => {
  it('submit → request changes → approve → publish: one notification per user and channel, e-mail in Arabic', async () => {
    const documentId = await story('writer', 'وزير المالية يعلن الموازنة');
    await move('writer', documentId, 'submit');
    await move('editor', documentId, 'request_changes', { reason: 'المصادر ناقصة' });
    await service().tick();
    // Handed back to the writer with a request for changes: one notification ("changes requested"), not two.
    expect(summary(await rowsFor(documentId))).toEqual(
      summary(
        ['admin', 'email', 'webhook'].map((channel) => ({
          kind: 'changes_requested',
          recipientId: idOf('writer'),
          channel,
        })) as Row[],
      ),
    );
    const [mail] = mailsTo('writer');
    expect(mailsTo('writer')).toHaveLength(1);
    expect(mail.subject).toBe('طلب strapi-editor Tester تعديلات على قصتك «وزير المالية يعلن الموازنة»');
    // RFC 2047 on the wire: the Arabic subject is encoded words, not raw bytes.
    const rawSubject = smtp.rawHeaders.find((header) => header.includes(emailOf('writer'))) ?? '';
    expect(rawSubject).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
    expect(mail.html).toContain('dir="rtl"');
    expect(mail.html).toContain('lang="ar"');
    expect(mail.html).toContain(`/admin/content-manager/collection-types/api::article.article/${documentId}`);
    expect(mail.text).toContain('المصادر ناقصة');
    expect(mail.text).toContain(documentId);

    await move('writer', documentId, 'submit');
    await move('editor', documentId, 'approve');
    await move('editor', documentId, 'publish');
    await service().tick();
    await service().tick();
    const rows = await rowsFor(documentId);
    const writerKinds = rows.filter((row) => row.recipientId === idOf('writer') && row.channel === 'admin');
    expect(writerKinds.map((row) => row.kind).sort()).toEqual(['approved', 'changes_requested', 'published']);
    // Nobody hears of their own moves, and nobody else is concerned.
    expect(new Set(rows.map((row) => row.recipientId))).toEqual(new Set([idOf('writer')]));
    expect(mailsTo('writer').map((m) => m.subject)).toHaveLength(3);
    expect(mailsTo('editor')).toHaveLength(0);
    // The webhook channel: one outbox event per notification.
    const events = (await strapi.db
      .query(OUTBOX_EVENT_UID)
      .findMany({ where: { event: NOTIFICATION_CREATED_EVENT } })) as Array<{ payload: string }>;
    const ours = events.filter((event) => event.payload.includes(documentId));
    expect(ours).toHaveLength(3);
  });

  it('an assignment tells the new assignee, in English for an English interface', async () => {
    const documentId = await story('writer', 'قمة المنامة');
    const assigned = await users.editor.http.post(`/newsroom/workflow/articles/${documentId}/assignee`, {
      locale: 'ar',
      assignee: String(idOf('deskEditor')),
    });
    expect(assigned.status).toBe(200);
    const second = await users.editor.http.post(`/newsroom/workflow/articles/${documentId}/assignee`, {
      locale: 'ar',
      assignee: String(idOf('editor')),
    });
    expect(second.status).toBe(200);
    await service().tick();
    // The editor assigned it to themself: not told. The desk editor was: told once per channel.
    expect(summary(await rowsFor(documentId))).toEqual(
      ['admin', 'email', 'webhook'].map((channel) => `assigned:${idOf('deskEditor')}:${channel}`).sort(),
    );
    const [mail] = mailsTo('deskEditor');
    expect(mail.subject).toContain('أُسندت إليك القصة «قمة المنامة»');

    const assignTo = (who: Who) => assignAndTick(documentId, who);
    const contributorRows = async () =>
      (await rowsFor(documentId)).filter((row) => row.recipientId === idOf('contributor'));
    // The probe: with the read guard off, the contributor would hear about a story they cannot open.
    strapi.config.set('plugin::newsroom.notifications', {
      ...(strapi.config.get('plugin::newsroom.notifications') as object),
      readGuard: false,
    });
    try {
      await assignTo('contributor');
      expect(summary(await contributorRows())).toEqual(
        ['admin', 'email', 'webhook'].map((channel) => `assigned:${idOf('contributor')}:${channel}`).sort(),
      );
    } finally {
      strapi.config.set('plugin::newsroom.notifications', {
        ...(strapi.config.get('plugin::newsroom.notifications') as object),
        readGuard: true,
      });
    }
    await strapi.db.query(NOTIFICATION_UID).deleteMany({ where: { recipientId: idOf('contributor') } });
    const mailed = mailsTo('contributor').length;
    await assignTo('editor');
    await assignTo('contributor');
    // With it on (the default), never told, on any channel.
    expect(await contributorRows()).toEqual([]);
    expect(mailsTo('contributor')).toHaveLength(mailed);
  });
});

describe('a blocked user', () => {
  it('is told nothing of an assignment, on any channel, and is told again once unblocked', async () => {
    const documentId = await story('writer', 'خبر لمستخدم محظور');
    const block = (blocked: boolean) =>
      strapi.db.query('admin::user').update({ where: { id: idOf('deskEditor') }, data: { blocked } });
    const assignTo = (who: Who) => assignAndTick(documentId, who);
    const deskRows = async () => (await rowsFor(documentId)).filter((row) => row.recipientId === idOf('deskEditor'));
    const mailed = mailsTo('deskEditor').length;
    await block(true);
    try {
      await assignTo('deskEditor');
      expect(await deskRows()).toEqual([]);
      expect(mailsTo('deskEditor')).toHaveLength(mailed);
    } finally {
      await block(false);
    }
    // The same move for the same user, unblocked: told (so what kept them out was the block).
    await assignTo('editor');
    await assignTo('deskEditor');
    expect(summary(await deskRows())).toEqual(
      ['admin', 'email', 'webhook'].map((channel) => `assigned:${idOf('deskEditor')}:${channel}`).sort(),
    );
  });
});

describe('a tick that arrives during a run', () => {
  const changesRequested = (channel: string) =>
    ({ kind: 'changes_requested', recipientId: idOf('writer'), channel }) as Row;

  it('is answered by one run queued behind it, which makes what was committed meanwhile', async () => {
    const first = await story('writer', 'خبر أول في الطابور');
    const second = await story('writer', 'خبر ثان في الطابور');
    for (const documentId of [first, second]) await move('writer', documentId, 'submit');
    await service().tick();
    // The run for the first story is held at the SMTP server, between its notifications and its e-mail's answer.
    const held = smtp.hold();
    try {
      await move('editor', first, 'request_changes', { reason: 'أضف المصدر' });
      const firstRun = service().tick();
      await held.arrived;
      await move('editor', second, 'request_changes', { reason: 'أضف المصدر' });
      const during = service().tick();
      expect(await rowsFor(second)).toEqual([]);
      held.release();
      await during;
      // Answered only once the second story's notifications are made and its e-mail sent: returning the run that
      // was held instead would leave them to the next move or the cron.
      expect(summary(await rowsFor(second))).toEqual(summary(['admin', 'email', 'webhook'].map(changesRequested)));
      expect(mailsTo('writer').map((mail) => mail.subject)).toContainEqual(
        expect.stringContaining('خبر ثان في الطابور'),
      );
      await firstRun;
    } finally {
      held.release();
    }
  });
});

describe('comment events (the comments feature’s outbox contract)', () => {
  it('mentioned and reply: one each, the mention winning, never for a story the user cannot read', async () => {
    // The contributor's own story: mentioned there, they are told.
    const own = (
      await users.contributor.http.post(`${cmPath(ARTICLE_UID)}?locale=ar`, { title: 'مسودتي', body: paragraphs('نص') })
    ).body.data as { documentId: string };
    await comment(own.documentId, { actorId: idOf('editor'), mentionedUserIds: [idOf('contributor')] });
    const documentId = await story('writer', 'انتخابات البلدية');
    await comment(documentId, {
      actorId: idOf('editor'),
      mentionedUserIds: [idOf('writer'), idOf('contributor'), idOf('deskEditor')],
      threadParticipantIds: [idOf('deskEditor'), idOf('editor')],
      excerpt: '@writer هل المصدر موثوق؟',
    });
    await service().tick();
    await service().tick();
    expect(summary(await rowsFor(documentId))).toEqual(
      [idOf('writer'), idOf('deskEditor')]
        .flatMap((id) => ['admin', 'email', 'webhook'].map((channel) => `mentioned:${id}:${channel}`))
        .sort(),
    );
    expect(summary(await rowsFor(own.documentId))).toEqual(
      ['admin', 'email', 'webhook'].map((channel) => `mentioned:${idOf('contributor')}:${channel}`).sort(),
    );
    await comment(documentId, { actorId: idOf('writer'), threadParticipantIds: [idOf('deskEditor'), idOf('editor')] });
    await service().tick();
    const replies = (await rowsFor(documentId)).filter((row) => row.kind === 'reply' && row.channel === 'admin');
    expect(replies.map((row) => row.recipientId).sort()).toEqual([idOf('editor'), idOf('deskEditor')].sort());
    const englishMail = mailsTo('editor').find((mail) => mail.subject?.includes('replied'));
    expect(englishMail?.subject).toBe(
      'strapi-author Tester replied in a thread you took part in on “انتخابات البلدية”',
    );
    expect(englishMail?.html).toContain('lang="en"');
    expect(englishMail?.html).toContain('dir="ltr"');
    expect(englishMail?.html).toContain('<bdi>انتخابات البلدية</bdi>');
  });
});

describe('a mention added by editing a comment (the real comment routes)', () => {
  it('tells the newly mentioned user once per channel; a mention kept, or dropped and put back, is not told again', async () => {
    const documentId = await story('writer', 'مهرجان الربيع');
    const route = `/newsroom/comments/${documentId}`;
    const mentionOf = (who: Who) => `@[${who}](${idOf(who)})`;
    const created = await users.editor.http.post(route, { locale: 'ar', text: `راجع ${mentionOf('deskEditor')}` });
    expect(created.status).toBe(201);
    const commentId = created.body.data.commentId as number;
    const edit = async (text: string) => {
      const response = await users.editor.http.put(`${route}/${commentId}`, { locale: 'ar', action: 'edit', text });
      expect(response.status).toBe(200);
      await service().tick();
    };
    const mentioned = async () => summary((await rowsFor(documentId)).filter((row) => row.kind === 'mentioned'));
    const told = (...who: Who[]) =>
      who.flatMap((one) => ['admin', 'email', 'webhook'].map((channel) => `mentioned:${idOf(one)}:${channel}`)).sort();
    await service().tick();
    expect(await mentioned()).toEqual(told('deskEditor'));

    await edit(`راجع ${mentionOf('deskEditor')} و${mentionOf('otherWriter')}`);
    expect(await mentioned()).toEqual(told('deskEditor', 'otherWriter'));
    await edit('راجعوا النص');
    await edit(`${mentionOf('otherWriter')} ${mentionOf('deskEditor')} راجعا النص`);
    expect(await mentioned()).toEqual(told('deskEditor', 'otherWriter'));
    // Nothing else came of the edits (the writer owns the story, but an edit is no reply).
    expect(new Set((await rowsFor(documentId)).map((row) => row.kind))).toEqual(new Set(['mentioned']));
    const aboutThisStory = (who: Who) => mailsTo(who).filter((mail) => mail.subject?.includes('مهرجان الربيع'));
    expect(aboutThisStory('otherWriter')).toHaveLength(1);
    expect(aboutThisStory('deskEditor')).toHaveLength(1);
  });
});

describe('the notification centre (admin routes)', () => {
  it('lists with filters, marks read, marks all read, and only ever the user’s own', async () => {
    const http = users.writer.http;
    const all = (await http.get('/newsroom/notifications')).body as NotificationListResponse;
    expect(all.meta.total).toBeGreaterThanOrEqual(4);
    expect(all.meta.unread).toBe(all.meta.total);
    expect(all.data.every((line) => line.text.length > 0)).toBe(true);
    const mentions = (await http.get('/newsroom/notifications?kind=mentioned')).body as NotificationListResponse;
    expect(mentions.data.map((line) => line.kind)).toEqual(['mentioned']);
    expect((await http.get('/newsroom/notifications/unread')).body).toEqual({ data: { unread: all.meta.total } });

    // Another user's notification id is not theirs to mark.
    const others = (await users.deskEditor.http.get('/newsroom/notifications')).body as NotificationListResponse;
    const foreign = await http.post('/newsroom/notifications/read', { ids: [others.data[0].id] });
    expect(foreign.body.data.marked).toBe(0);
    expect(
      ((await users.deskEditor.http.get('/newsroom/notifications/unread')).body as { data: { unread: number } }).data
        .unread,
    ).toBe(others.meta.total);

    const one = await http.post('/newsroom/notifications/read', { ids: [mentions.data[0].id] });
    expect(one.body.data).toEqual({ marked: 1, unread: all.meta.total - 1 });
    const read = (await http.get('/newsroom/notifications?state=read')).body as NotificationListResponse;
    expect(read.data.map((line) => line.id)).toEqual([mentions.data[0].id]);
    const rest = await http.post('/newsroom/notifications/read', { all: true });
    expect(rest.body.data).toEqual({ marked: all.meta.total - 1, unread: 0 });
  });

  it('refuses bad input naming the field, in Arabic and English', async () => {
    const bad = await users.writer.http.get('/newsroom/notifications?kind=everything');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('kind');
    const badBody = await users.writer.http.post('/newsroom/notifications/preferences', {
      emailMode: 'hourly',
      emailKinds: [],
    });
    expect(badBody.status).toBe(400);
    expect(JSON.stringify(badBody.body)).toContain('emailMode');
  });
});

describe('preferences', () => {
  it('a kind left out sends no e-mail (the centre still shows it); off sends none', async () => {
    const set = await users.writer.http.post('/newsroom/notifications/preferences', {
      emailMode: 'immediate',
      emailKinds: ['published'],
    });
    expect(set.status).toBe(200);
    expect(set.body.data).toEqual({ emailMode: 'immediate', emailKinds: ['published'], emailAvailable: true });
    const before = mailsTo('writer').length;
    const documentId = await story('writer', 'الطقس غدًا');
    await move('writer', documentId, 'submit');
    await move('editor', documentId, 'approve');
    await service().tick();
    expect(summary(await rowsFor(documentId))).toEqual([
      `approved:${idOf('writer')}:admin`,
      `approved:${idOf('writer')}:webhook`,
    ]);
    await move('editor', documentId, 'publish');
    await service().tick();
    expect(mailsTo('writer').length).toBe(before + 1);
    expect(mailsTo('writer').at(-1)?.subject).toContain('نُشرت قصتك');
  });

  it('a daily digest: nothing at once, then one e-mail with every item at the digest hour, once', async () => {
    await users.writer.http.post('/newsroom/notifications/preferences', {
      emailMode: 'digest',
      emailKinds: ['approved', 'published', 'mentioned'],
    });
    const before = mailsTo('writer').length;
    const documentId = await story('writer', 'معرض الكتاب');
    await move('writer', documentId, 'submit');
    await move('editor', documentId, 'approve');
    await comment(documentId, { actorId: idOf('editor'), mentionedUserIds: [idOf('writer')] });
    await service().tick();
    expect(mailsTo('writer').length).toBe(before);
    // 05:00 UTC is 08:00 in Baghdad, past the 07:00 digest hour.
    const digestTime = new Date(Date.now() + 24 * 3600_000);
    digestTime.setUTCHours(5, 0, 0, 0);
    expect(await service().sendDigests(digestTime)).toBe(1);
    expect(await service().sendDigests(new Date(digestTime.getTime() + 60_000))).toBe(0);
    const digests = mailsTo('writer').slice(before);
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe('ملخّص إشعاراتك اليومي: 2');
    expect(digests[0].text).toContain('اعتمد');
    expect(digests[0].text).toContain('أشار إليك');
  });
});

describe('scheduler events', () => {
  async function scheduled(title: string): Promise<string> {
    const documentId = await story('writer', title);
    await move('writer', documentId, 'submit');
    await move('editor', documentId, 'approve');
    await move('editor', documentId, 'schedule', { scheduleAt: new Date(Date.now() + 3600_000).toISOString() });
    return documentId;
  }
  // Scheduled an hour ahead (the workflow keeps whole minutes), run an hour after that.
  const dueJobs = () =>
    strapi
      .plugin('newsroom')
      .service('workflow')
      .runDueJobs(new Date(Date.now() + 2 * 3600_000)) as Promise<number>;
  const kindFor = async (documentId: string, kind: NotificationKind) =>
    (await rowsFor(documentId))
      .filter((row) => row.kind === kind && row.channel === 'admin')
      .map((row) => row.recipientId)
      .sort();

  it('a held scheduled publish (embargo moved later) and the embargo lifting tell the writer and who scheduled it', async () => {
    strapi.config.set('plugin::newsroom.approvalBinding', false);
    try {
      const documentId = await scheduled('اتفاق الهدنة');
      const later = new Date(Date.now() + 3 * 3600_000);
      await strapi.db
        .query(ARTICLE_UID)
        .update({ where: { documentId, locale: 'ar', publishedAt: null }, data: { embargoUntil: later } });
      await dueJobs();
      await service().tick();
      expect(await kindFor(documentId, 'schedule_held')).toEqual([idOf('writer'), idOf('editor')].sort());

      expect(await kindFor(documentId, 'embargo_lifted')).toEqual([]);
      await service().tick(new Date(later.getTime() + 1000));
      expect(await kindFor(documentId, 'embargo_lifted')).toEqual([idOf('writer'), idOf('editor')].sort());
      const count = (await rowsFor(documentId)).length;
      await service().tick(new Date(later.getTime() + 5000));
      expect((await rowsFor(documentId)).length).toBe(count);
    } finally {
      strapi.config.set('plugin::newsroom.approvalBinding', true);
    }
  });

  it('a scheduled publish that failed (changed after approval) tells the writer and who scheduled it, once', async () => {
    const documentId = await scheduled('ميزانية البلدية');
    await strapi.db
      .query(ARTICLE_UID)
      .update({ where: { documentId, locale: 'ar', publishedAt: null }, data: { title: 'ميزانية البلدية (معدّل)' } });
    await dueJobs();
    await dueJobs();
    await service().tick();
    expect(await kindFor(documentId, 'schedule_failed')).toEqual([idOf('writer'), idOf('editor')].sort());
  });
});

describe('an instance that starts late', () => {
  const setEnabled = (enabled: boolean) =>
    strapi.config.set('plugin::newsroom.notifications', {
      ...(strapi.config.get('plugin::newsroom.notifications') as object),
      enabled,
    });

  it('sends a backlog of e-mails at most maxEmailsPerRun per run, oldest first, each once', async () => {
    const preference = await users.writer.http.post('/newsroom/notifications/preferences', {
      emailMode: 'immediate',
      emailKinds: ['changes_requested'],
    });
    expect(preference.status).toBe(200);
    const titles = ['تقرير أول', 'تقرير ثان', 'تقرير ثالث', 'تقرير رابع', 'تقرير خامس'];
    const documents: string[] = [];
    for (const title of titles) documents.push(await story('writer', title));
    const settings = strapi.config.get('plugin::newsroom.notifications') as Record<string, unknown>;
    strapi.config.set('plugin::newsroom.notifications', { ...settings, maxEmailsPerRun: 2 });
    try {
      setEnabled(false);
      for (const documentId of documents) {
        await move('writer', documentId, 'submit');
        await move('editor', documentId, 'request_changes', { reason: 'راجع الأرقام' });
      }
      setEnabled(true);
      const backlog = () =>
        mailsTo('writer')
          .map((mail) => mail.subject ?? '')
          .filter((subject) => titles.some((title) => subject.includes(`«${title}»`)));
      const sentAfter: number[] = [];
      for (let run = 0; run < 4; run += 1) {
        await service().tick();
        sentAfter.push(backlog().length);
      }
      expect(sentAfter).toEqual([2, 4, 5, 5]);
      // Oldest first, and each once.
      expect(backlog().map((subject) => titles.findIndex((title) => subject.includes(`«${title}»`)))).toEqual([
        0, 1, 2, 3, 4,
      ]);
    } finally {
      setEnabled(true);
      strapi.config.set('plugin::newsroom.notifications', settings);
    }
  });

  it('what happened while no instance processed notifications is told once, however long ago (beyond lookbackHours)', async () => {
    const documentId = await story('writer', 'سوق العمل');
    // No processor runs: the events are only written, to the ledger, the outbox and the draft.
    setEnabled(false);
    try {
      await move('writer', documentId, 'submit');
      await move('editor', documentId, 'request_changes', { reason: 'أضف المصدر' });
      const commented = await users.editor.http.post(`/newsroom/comments/${documentId}`, {
        locale: 'ar',
        text: `@[deskEditor](${idOf('deskEditor')}) راجع الأرقام`,
      });
      expect(commented.status).toBe(201);
      await strapi.db.query(ARTICLE_UID).update({
        where: { documentId, locale: 'ar', publishedAt: null },
        data: { embargoUntil: new Date(Date.now() + 3600_000) },
      });
      expect(await service().tick()).toBe(0);
    } finally {
      setEnabled(true);
    }
    expect(await rowsFor(documentId)).toEqual([]);

    // Three days later, past lookbackHours (48), an instance runs the processor for the first time since.
    const start = new Date(Date.now() + 72 * 3600_000);
    await service().tick(start);
    const told = async () =>
      (await rowsFor(documentId))
        .filter((row) => row.channel === 'admin')
        .map((row) => `${row.kind}:${row.recipientId}`)
        .sort();
    expect(await told()).toEqual(
      [
        `changes_requested:${idOf('writer')}`,
        `embargo_lifted:${idOf('writer')}`,
        `mentioned:${idOf('deskEditor')}`,
      ].sort(),
    );
    const count = (await rowsFor(documentId)).length;
    await service().tick(new Date(start.getTime() + 20_000));
    await service().tick(new Date(start.getTime() + 24 * 3600_000));
    expect((await rowsFor(documentId)).length).toBe(count);
  });
});
