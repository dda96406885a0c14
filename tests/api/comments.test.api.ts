import { setAuthorArticleConditions } from '../helpers/roles';
import type { Core } from '@strapi/strapi';
import { startTestStrapi, type TestStrapi } from '../helpers/strapi';
import { asAdmin, cmPath, paragraphs, publicApi, signInAs, type AdminSession } from '../helpers/admin';
import { ARTICLE_COMMENT_UID, ARTICLE_UID, OUTBOX_EVENT_UID } from '../../src/plugins/newsroom/core/model';
import {
  COMMENT_CREATED_EVENT,
  COMMENT_EDITED_EVENT,
  COMMENT_RESOLVED_EVENT,
  commentEventPayloadSchema,
  type CommentEventPayload,
} from '../../src/plugins/newsroom/shared/contracts/comment-events';
import type { CommentsResponse, ThreadView } from '../../src/plugins/newsroom/shared/contracts/comments';
import { MAX_LOG_READ } from '../../src/plugins/newsroom/server/src/comments/store';

/**
 * Comments on an article locale (issue #18, item 1), through the real admin routes on a fresh database: threads,
 * replies and mentions with their outbox events, resolve and reopen, the edit window, limits with errors naming
 * them, anchors that follow the quoted text, append-only storage (checked in the database after every route),
 * and who may read and write them (an Author on a story they may not read: through with the guard off, refused
 * with it on).
 */
let app: TestStrapi;
let strapi: Core.Strapi;
let editorSession: AdminSession;
let editor: ReturnType<typeof asAdmin>;
let secondEditorSession: AdminSession;
let secondEditor: ReturnType<typeof asAdmin>;
let authorSession: AdminSession;
let author: ReturnType<typeof asAdmin>;
let story: string;

const STANDFIRST = 'قال الوزير إن المحادثات ستستمر غداً في المنامة بحضور الوفود.';
const mention = (session: AdminSession, name = 'x') => `@[${name}](${session.userId})`;
const base = (documentId = story) => `/newsroom/comments/${documentId}`;

interface CommentRow {
  id: number;
  action: string;
  text: string | null;
  [column: string]: unknown;
}
const commentRows = async (): Promise<CommentRow[]> =>
  (await strapi.db
    .connection(strapi.db.metadata.get(ARTICLE_COMMENT_UID).tableName)
    .select('*')
    .orderBy('id')) as CommentRow[];

const outboxEvents = async (event: string): Promise<CommentEventPayload[]> => {
  const rows = (await strapi.db
    .query(OUTBOX_EVENT_UID)
    .findMany({ where: { event }, orderBy: { id: 'asc' } })) as Array<{
    payload: string;
  }>;
  return rows.map((row) => commentEventPayloadSchema.parse(JSON.parse(row.payload)));
};
const lastEvent = async (event: string) => (await outboxEvents(event)).at(-1);

const threadsOf = async (session = editor, documentId = story): Promise<ThreadView[]> => {
  const response = await session.get(`${base(documentId)}?locale=ar`);
  expect(response.status).toBe(200);
  return (response.body as CommentsResponse).data.threads;
};

const newStory = async (session: ReturnType<typeof asAdmin>, title: string) => {
  const created = await session.post(`${cmPath(ARTICLE_UID)}?locale=ar`, {
    title,
    standfirst: STANDFIRST,
    body: paragraphs('الفقرة الأولى من الخبر.', 'والفقرة الثانية.'),
  });
  expect(created.status).toBe(201);
  return created.body.data.documentId as string;
};

const rename = (session: AdminSession, firstname: string, lastname: string) =>
  strapi.db.query('admin::user').update({ where: { id: session.userId }, data: { firstname, lastname } });

/** Every route leaves the rows before it as they were: only new rows appear. */
let rowsBefore: CommentRow[] = [];
beforeEach(async () => {
  rowsBefore = await commentRows();
});
afterEach(async () => {
  const after = await commentRows();
  expect(after.slice(0, rowsBefore.length)).toEqual(rowsBefore);
});

beforeAll(async () => {
  app = await startTestStrapi();
  strapi = app.strapi;
  editorSession = await signInAs(strapi, 'strapi-editor');
  editor = asAdmin(strapi, editorSession);
  secondEditorSession = await signInAs(strapi, 'strapi-editor');
  secondEditor = asAdmin(strapi, secondEditorSession);
  authorSession = await signInAs(strapi, 'strapi-author');
  author = asAdmin(strapi, authorSession);
  await rename(editorSession, 'أحمد', 'الكعبي');
  await rename(secondEditorSession, 'Sara', 'Ali');
  await rename(authorSession, 'إيمان', 'Haddad');
  story = await newStory(editor, 'خبر للتعليقات');
  // Booting compiles the server: slow on a shared machine.
}, 600_000);
afterAll(async () => app?.teardown());

describe('threads, replies, mentions and their outbox events', () => {
  let threadId: number;

  it('a new thread with a mention writes the comment and a newsroom.comment.create event in the contract', async () => {
    const created = await editor.post(base(), {
      locale: 'ar',
      text: `راجعي الفقرة الثانية يا ${mention(authorSession, 'إيمان')}`,
    });
    expect(created.status).toBe(201);
    threadId = created.body.data.commentId as number;
    const event = await lastEvent(COMMENT_CREATED_EVENT);
    expect(event).toMatchObject({
      model: 'article',
      uid: ARTICLE_UID,
      entry: {
        commentId: threadId,
        threadId,
        parentId: null,
        documentId: story,
        locale: 'ar',
        actorId: editorSession.userId,
        mentionedUserIds: [authorSession.userId],
        threadParticipantIds: [],
        excerpt: 'راجعي الفقرة الثانية يا @إيمان',
      },
    });
  });

  it('a reply names the thread, its parent and the earlier writers (the actor left out)', async () => {
    const reply = await author.post(base(), { locale: 'ar', text: 'تم، شكراً', parentId: threadId });
    expect(reply.status).toBe(201);
    const replyId = reply.body.data.commentId as number;
    expect((await lastEvent(COMMENT_CREATED_EVENT))?.entry).toMatchObject({
      commentId: replyId,
      threadId,
      parentId: threadId,
      actorId: authorSession.userId,
      mentionedUserIds: [],
      threadParticipantIds: [editorSession.userId],
    });
    const third = await secondEditor.post(base(), {
      locale: 'ar',
      text: `موافقة ${mention(editorSession, 'أحمد')} ${mention(editorSession, 'أحمد')}`,
      parentId: replyId,
    });
    expect(third.status).toBe(201);
    expect((await lastEvent(COMMENT_CREATED_EVENT))?.entry).toMatchObject({
      threadId,
      parentId: replyId,
      mentionedUserIds: [editorSession.userId],
      threadParticipantIds: [editorSession.userId, authorSession.userId],
    });
  });

  it('the list shows the thread with its replies, current names and mentions', async () => {
    const [thread] = await threadsOf();
    expect(thread.id).toBe(threadId);
    expect(thread.resolved).toBe(false);
    expect(thread.comments.map((comment) => comment.authorName)).toEqual(['أحمد الكعبي', 'إيمان Haddad', 'Sara Ali']);
    expect(thread.comments[0].parts).toEqual([
      { kind: 'text', text: 'راجعي الفقرة الثانية يا ' },
      { kind: 'mention', userId: authorSession.userId, label: 'إيمان', name: 'إيمان Haddad' },
    ]);
    expect(thread.comments.map((comment) => comment.mayChange)).toEqual([true, false, false]);
  });

  it('resolve writes newsroom.comment.resolve with the participants; resolving twice is 409; reopen is no event', async () => {
    const eventsBefore = (await outboxEvents(COMMENT_RESOLVED_EVENT)).length;
    const resolved = await author.put(`${base()}/${threadId}`, { locale: 'ar', action: 'resolve' });
    expect(resolved.status).toBe(200);
    const events = await outboxEvents(COMMENT_RESOLVED_EVENT);
    expect(events).toHaveLength(eventsBefore + 1);
    expect(events.at(-1)?.entry).toMatchObject({
      commentId: threadId,
      threadId,
      parentId: null,
      actorId: authorSession.userId,
      mentionedUserIds: [],
      threadParticipantIds: [editorSession.userId, secondEditorSession.userId],
    });
    const [thread] = await threadsOf();
    expect(thread).toMatchObject({
      resolved: true,
      statusBy: String(authorSession.userId),
      statusByName: 'إيمان Haddad',
    });

    const again = await editor.put(`${base()}/${threadId}`, { locale: 'ar', action: 'resolve' });
    expect(again.status).toBe(409);
    expect(again.body.error.details.code).toBe('ALREADY_RESOLVED');

    expect((await editor.put(`${base()}/${threadId}`, { locale: 'ar', action: 'reopen' })).status).toBe(200);
    expect((await threadsOf())[0].resolved).toBe(false);
    expect(await outboxEvents(COMMENT_RESOLVED_EVENT)).toHaveLength(eventsBefore + 1);
  });

  it('the event is written in the comment’s transaction: a refused comment leaves neither', async () => {
    const eventsBefore = (await outboxEvents(COMMENT_CREATED_EVENT)).length;
    const rows = (await commentRows()).length;
    const refused = await editor.post(base(), { locale: 'ar', text: 'رد', parentId: 999999 });
    expect(refused.status).toBe(404);
    expect(await outboxEvents(COMMENT_CREATED_EVENT)).toHaveLength(eventsBefore);
    expect(await commentRows()).toHaveLength(rows);
  });
});

describe('concurrent resolves and reopens of one thread', () => {
  const PARALLEL = 6;
  const statusRows = async (threadId: number) =>
    (await commentRows()).filter((row) => row.comment_id === threadId && ['resolve', 'reopen'].includes(row.action));

  it('of several resolves sent at once one wins; the others get 409 naming who resolved it', async () => {
    const threadId = (await editor.post(base(), { locale: 'ar', text: 'نقاش للحل المتزامن' })).body.data
      .commentId as number;
    const eventsBefore = (await outboxEvents(COMMENT_RESOLVED_EVENT)).length;
    const sessions = [editor, secondEditor];
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        sessions[i % 2].put(`${base()}/${threadId}`, { locale: 'ar', action: 'resolve' }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array(PARALLEL - 1).fill(409)]);
    const losers = answers.filter((answer) => answer.status === 409);
    for (const loser of losers) {
      expect(loser.body.error.details.code).toBe('ALREADY_RESOLVED');
      expect(loser.body.error.message).toMatch(/^This thread is already resolved \(by (أحمد الكعبي|Sara Ali) at /);
      expect(loser.body.error.details.message.ar).toMatch(/^هذا النقاش محلول بالفعل \(حلّه (أحمد الكعبي|Sara Ali) في /);
    }
    expect((await statusRows(threadId)).map((row) => row.action)).toEqual(['resolve']);
    expect(await outboxEvents(COMMENT_RESOLVED_EVENT)).toHaveLength(eventsBefore + 1);

    const reopens = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        sessions[i % 2].put(`${base()}/${threadId}`, { locale: 'ar', action: 'reopen' }),
      ),
    );
    expect(reopens.map((answer) => answer.status).sort()).toEqual([200, ...Array(PARALLEL - 1).fill(409)]);
    expect(reopens.find((answer) => answer.status === 409)?.body.error.details.code).toBe('NOT_RESOLVED');
    expect((await statusRows(threadId)).map((row) => row.action)).toEqual(['resolve', 'reopen']);
    expect((await threadsOf()).find((thread) => thread.id === threadId)?.resolved).toBe(false);
  });

  it('a resolve and a reopen sent at once leave the log and the thread agreeing', async () => {
    const threadId = (await editor.post(base(), { locale: 'ar', text: 'نقاش آخر' })).body.data.commentId as number;
    const answers = await Promise.all([
      editor.put(`${base()}/${threadId}`, { locale: 'ar', action: 'resolve' }),
      secondEditor.put(`${base()}/${threadId}`, { locale: 'ar', action: 'reopen' }),
      secondEditor.put(`${base()}/${threadId}`, { locale: 'ar', action: 'resolve' }),
    ]);
    // Whatever the order, no two consecutive entries say the same thing and the list shows the last one.
    const actions = (await statusRows(threadId)).map((row) => row.action);
    expect(actions.length).toBe(answers.filter((answer) => answer.status === 200).length);
    expect(actions[0]).toBe('resolve');
    for (let i = 1; i < actions.length; i += 1) expect(actions[i]).not.toBe(actions[i - 1]);
    expect((await threadsOf()).find((thread) => thread.id === threadId)?.resolved).toBe(actions.at(-1) === 'resolve');
  });
});

describe('edits and deletions are new entries, within the window, by the author only', () => {
  it('an edit within the window: the new text shown, the original still in the database', async () => {
    const created = await editor.post(base(), { locale: 'ar', text: 'نص أول' });
    const id = created.body.data.commentId as number;
    const edited = await editor.put(`${base()}/${id}`, { locale: 'ar', action: 'edit', text: 'نص معدّل' });
    expect(edited.status).toBe(200);
    const comment = (await threadsOf()).find((thread) => thread.id === id)?.comments[0];
    expect(comment).toMatchObject({ text: 'نص معدّل', edits: 1 });
    const rows = (await commentRows()).filter((row) => row.id === id || row.comment_id === id);
    expect(rows.map((row) => [row.action, row.text])).toEqual([
      ['create', 'نص أول'],
      ['edit', 'نص معدّل'],
    ]);
  });

  it('an edit writes newsroom.comment.edit naming only the users no earlier version mentioned', async () => {
    const created = await editor.post(base(), { locale: 'ar', text: `انظري ${mention(authorSession, 'إيمان')}` });
    const id = created.body.data.commentId as number;
    const edit = async (text: string) => {
      expect((await editor.put(`${base()}/${id}`, { locale: 'ar', action: 'edit', text })).status).toBe(200);
      return (await lastEvent(COMMENT_EDITED_EVENT))?.entry;
    };
    // The Author kept, Sara added: only Sara is new.
    expect(
      await edit(`انظري ${mention(authorSession, 'إيمان')} و${mention(secondEditorSession, 'Sara')}`),
    ).toMatchObject({
      commentId: id,
      threadId: id,
      parentId: null,
      actorId: editorSession.userId,
      mentionedUserIds: [secondEditorSession.userId],
      threadParticipantIds: [],
      excerpt: 'انظري @إيمان و@Sara',
    });
    // Both dropped, then both put back: nobody is new.
    expect((await edit('بلا إشارات'))?.mentionedUserIds).toEqual([]);
    expect(
      (await edit(`${mention(secondEditorSession, 'Sara')} ${mention(authorSession, 'إيمان')}`))?.mentionedUserIds,
    ).toEqual([]);
  });

  it('someone else’s comment cannot be edited or deleted (403 NOT_AUTHOR)', async () => {
    const id = (await editor.post(base(), { locale: 'ar', text: 'لي' })).body.data.commentId as number;
    const edit = await secondEditor.put(`${base()}/${id}`, { locale: 'ar', action: 'edit', text: 'لي أنا' });
    expect(edit.status).toBe(403);
    expect(edit.body.error.details.code).toBe('NOT_AUTHOR');
    expect((await secondEditor.delete(`${base()}/${id}?locale=ar`)).status).toBe(403);
  });

  it('after the window (comments.editWindowMinutes) neither edit nor delete; a longer window allows them', async () => {
    // A comment written 20 minutes ago (the log is append-only: it is inserted as it was then).
    const row = (await strapi.db.query(ARTICLE_COMMENT_UID).create({
      data: {
        targetDocumentId: story,
        locale: 'ar',
        action: 'create',
        text: 'تعليق قديم',
        mentions: [],
        actorId: String(editorSession.userId),
        at: new Date(Date.now() - 20 * 60_000).toISOString(),
      },
    })) as { id: number };
    const late = await editor.put(`${base()}/${row.id}`, { locale: 'ar', action: 'edit', text: 'متأخر' });
    expect(late.status).toBe(403);
    expect(late.body.error.details.code).toBe('EDIT_WINDOW_CLOSED');
    expect(late.body.error.message).toMatch(/15 minutes.*comments\.editWindowMinutes/);
    expect(late.body.error.details.message.ar).toMatch(/15 دقيقة.*comments\.editWindowMinutes/);
    expect((await editor.delete(`${base()}/${row.id}?locale=ar`)).status).toBe(403);
    expect((await threadsOf()).find((thread) => thread.id === row.id)?.comments[0].mayChange).toBe(false);

    strapi.config.set('plugin::newsroom.comments.editWindowMinutes', 30);
    try {
      expect((await editor.put(`${base()}/${row.id}`, { locale: 'ar', action: 'edit', text: 'في الوقت' })).status).toBe(
        200,
      );
    } finally {
      strapi.config.set('plugin::newsroom.comments.editWindowMinutes', 15);
    }
  });

  it('a deletion is a tombstone: the list shows no text, the database keeps it; deleting again is 409', async () => {
    const id = (await editor.post(base(), { locale: 'ar', text: 'سيُحذف' })).body.data.commentId as number;
    expect((await editor.delete(`${base()}/${id}?locale=ar`)).status).toBe(200);
    const comment = (await threadsOf()).find((thread) => thread.id === id)?.comments[0];
    expect(comment).toMatchObject({ deleted: true, text: '', parts: [] });
    expect((await commentRows()).find((row) => row.id === id)?.text).toBe('سيُحذف');
    const again = await editor.delete(`${base()}/${id}?locale=ar`);
    expect(again.status).toBe(409);
    expect(again.body.error.details.code).toBe('COMMENT_DELETED');
  });

  it('no code path changes or removes a row: the table refuses updates and deletes at the query level', async () => {
    const [first] = await commentRows();
    const query = strapi.db.query(ARTICLE_COMMENT_UID);
    await expect(query.update({ where: { id: first.id }, data: { text: 'forged' } })).rejects.toThrow(/append-only/);
    await expect(query.delete({ where: { id: first.id } })).rejects.toThrow(/append-only/);
    await expect(query.deleteMany({ where: {} })).rejects.toThrow(/append-only/);
    await expect(query.updateMany({ where: {}, data: { text: 'forged' } })).rejects.toThrow(/append-only/);
  });

  it('is not in the content API, even for the Content Manager’s routes', async () => {
    expect((await publicApi(strapi).get('/api/article-comments')).status).toBe(404);
    expect((await publicApi(strapi).get(`/api/newsroom/comments/${story}?locale=ar`)).status).toBe(404);
    expect((await publicApi(strapi).get(`${base()}?locale=ar`)).status).toBe(401);
    const cm = await editor.post(cmPath(ARTICLE_COMMENT_UID), { text: 'forged', action: 'create' });
    expect(cm.status).toBeGreaterThanOrEqual(400);
  });
});

describe('limits and mentions, refused with errors naming them in Arabic and English', () => {
  afterEach(() => {
    strapi.config.set('plugin::newsroom.comments.maxMentions', 10);
    strapi.config.set('plugin::newsroom.comments.maxTextLength', 5000);
  });

  it('an empty text, a text over comments.maxTextLength', async () => {
    const empty = await editor.post(base(), { locale: 'ar', text: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.field).toBe('text');
    strapi.config.set('plugin::newsroom.comments.maxTextLength', 20);
    const long = await editor.post(base(), { locale: 'ar', text: 'ا'.repeat(21) });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toBe('text: 21 characters; the limit is 20 (comments.maxTextLength)');
    expect(long.body.error.details.message.ar).toBe('text: طول التعليق 21 حرفاً، والحد 20 (comments.maxTextLength)');
    expect(long.body.error.details.limit).toBe(20);
  });

  it('more mentions than comments.maxMentions', async () => {
    strapi.config.set('plugin::newsroom.comments.maxMentions', 1);
    const many = await editor.post(base(), {
      locale: 'ar',
      text: `${mention(authorSession)} ${mention(secondEditorSession)}`,
    });
    expect(many.status).toBe(400);
    expect(many.body.error.details).toMatchObject({ field: 'mentions', limit: 1 });
    expect(many.body.error.details.message.ar).toMatch(/^mentions: .*comments\.maxMentions/);
  });

  it('a mention of someone who is not an active admin user; an edit is checked the same way', async () => {
    const nobody = await editor.post(base(), { locale: 'ar', text: 'مرحباً @[شبح](999999)' });
    expect(nobody.status).toBe(400);
    expect(nobody.body.error.details).toMatchObject({ field: 'mentions', userId: 999999 });
    expect(nobody.body.error.details.message.ar).toMatch(/999999/);
    const id = (await editor.post(base(), { locale: 'ar', text: 'مرحباً' })).body.data.commentId as number;
    const edit = await editor.put(`${base()}/${id}`, { locale: 'ar', action: 'edit', text: 'مرحباً @[شبح](999999)' });
    expect(edit.status).toBe(400);
  });

  it('bad shapes are 400 naming the field', async () => {
    const bad = await editor.post(base(), { locale: 'ar', text: 'x', extra: 1 });
    expect(bad.status).toBe(400);
    const badAction = await editor.put(`${base()}/1`, { locale: 'ar', action: 'rewrite' });
    expect(badAction.status).toBe(400);
    expect(badAction.body.error.message).toMatch(/^action: /);
  });
});

describe('anchors follow the quoted text', () => {
  it('found after text is added around it, not found once it is rewritten', async () => {
    const documentId = await newStory(editor, 'خبر بمرساة');
    const created = await editor.post(base(documentId), {
      locale: 'ar',
      text: 'هل تأكدنا من المكان؟',
      anchor: { field: 'standfirst', quote: 'في المنامة' },
    });
    expect(created.status).toBe(201);
    const anchorOf = async () => (await threadsOf(editor, documentId))[0].anchor;
    expect(await anchorOf()).toEqual({ field: 'standfirst', quote: 'في المنامة', found: true });

    const save = (standfirst: string) =>
      editor.put(`${cmPath(ARTICLE_UID, documentId)}?locale=ar`, { title: 'خبر بمرساة', standfirst });
    expect((await save(`عاجل: ${STANDFIRST}`)).status).toBe(200);
    expect((await anchorOf())?.found).toBe(true);
    expect((await save(STANDFIRST.replace('في المنامة', 'في الرياض'))).status).toBe(200);
    expect((await anchorOf())?.found).toBe(false);
  });

  it('a quote the field does not contain is refused naming anchor.quote; a reply cannot be anchored', async () => {
    const missing = await editor.post(base(), {
      locale: 'ar',
      text: 'x',
      anchor: { field: 'body', quote: 'غير موجود في النص' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.field).toBe('anchor.quote');
    const body = await editor.post(base(), {
      locale: 'ar',
      text: 'x',
      anchor: { field: 'body', quote: 'والفقرة الثانية' },
    });
    expect(body.status).toBe(201);
    const reply = await editor.post(base(), {
      locale: 'ar',
      text: 'y',
      parentId: body.body.data.commentId,
      anchor: { field: 'body', quote: 'والفقرة الثانية' },
    });
    expect(reply.status).toBe(400);
  });
});

describe('mention autocomplete', () => {
  const names = async (q: string, documentId = story) => {
    const response = await editor.get(`${base(documentId)}/mentionable?locale=ar&q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return (response.body.data as Array<{ name: string }>).map((user) => user.name);
  };

  it('finds Arabic names with the spelling folded («احمد» finds «أحمد»), Latin names in any case', async () => {
    expect(await names('احمد')).toEqual(['أحمد الكعبي']);
    expect(await names('ايمان')).toEqual(['إيمان Haddad']);
    expect(await names('SARA')).toEqual(['Sara Ali']);
    expect(await names('كعبي')).toEqual(['أحمد الكعبي']);
    expect(await names('محمد')).toEqual([]);
  });
});

describe('who may read the article locale may read and write its comments; nobody else', () => {
  let editorsStory: string;
  let ownStory: string;
  let editorsComment: number;

  /** Every comment route, as the Author, on the Editor's story. */
  const probes = () => [
    () => author.get(`${base(editorsStory)}?locale=ar`),
    () => author.get(`${base(editorsStory)}/mentionable?locale=ar&q=`),
    () => author.post(base(editorsStory), { locale: 'ar', text: 'أقرأ ما ليس لي' }),
    () => author.post(base(editorsStory), { locale: 'ar', text: 'رد', parentId: editorsComment }),
    () => author.put(`${base(editorsStory)}/${editorsComment}`, { locale: 'ar', action: 'resolve' }),
    () => author.put(`${base(editorsStory)}/${editorsComment}`, { locale: 'ar', action: 'reopen' }),
  ];

  beforeAll(async () => {
    editorsStory = await newStory(editor, 'خبر المحرر');
    editorsComment = (await editor.post(base(editorsStory), { locale: 'ar', text: 'للمحررين' })).body.data
      .commentId as number;
    // Authors read only their own stories (as the history test sets it): the role's read gets the creator condition.
    await setAuthorArticleConditions(strapi, 'read', ['admin::is-creator']);
    ownStory = await newStory(author, 'خبر الكاتبة');
  });
  afterEach(() => strapi.config.set('plugin::newsroom.comments.readGuard', true));

  it('the probe: with the guard off, the Author reads and writes the comments of a story they may not read', async () => {
    strapi.config.set('plugin::newsroom.comments.readGuard', false);
    const statuses = [];
    for (const probe of probes()) statuses.push((await probe()).status);
    expect(statuses).toEqual([200, 200, 201, 201, 200, 200]);
  });

  it('with the guard on, every route is refused (403) and nothing is written', async () => {
    const rows = (await commentRows()).length;
    for (const probe of probes()) {
      const response = await probe();
      expect(response.status).toBe(403);
      expect(response.body.error.details.message.ar).toBe('لا يحق لك قراءة هذا المقال');
    }
    expect((await author.delete(`${base(editorsStory)}/${editorsComment}?locale=ar`)).status).toBe(403);
    expect(await commentRows()).toHaveLength(rows);
  });

  it('the Author comments on their own story', async () => {
    expect((await author.post(base(ownStory), { locale: 'ar', text: 'ملاحظة' })).status).toBe(201);
    expect((await threadsOf(author, ownStory)).length).toBe(1);
  });

  it('nobody can mention the Author on a story they may not read, and the autocomplete leaves them out', async () => {
    const refused = await editor.post(base(editorsStory), { locale: 'ar', text: `انظري ${mention(authorSession)}` });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toMatchObject({ field: 'mentions', userId: authorSession.userId });
    const suggestions = await editor.get(`${base(editorsStory)}/mentionable?locale=ar&q=ايمان`);
    expect(suggestions.body.data).toEqual([]);
    // On the Author's own story they are mentionable.
    const own = await editor.get(`${base(ownStory)}/mentionable?locale=ar&q=ايمان`);
    expect(own.body.data).toEqual([{ id: authorSession.userId, name: 'إيمان Haddad' }]);
  });

  it('a locale with no draft is 404', async () => {
    expect((await editor.get(`${base(editorsStory)}?locale=en`)).status).toBe(404);
    expect((await editor.get(`${base('no-such-story')}?locale=ar`)).status).toBe(404);
  });
});

describe('what a comment holds', () => {
  it('loses bidi overrides and zero-width characters, as every text field does on save', async () => {
    const documentId = await newStory(editor, 'خبر لتعليق فيه محارف خفية');
    const created = await editor.post(base(documentId), {
      locale: 'ar',
      text: 'راجعوا \u202Eالعنوان\u202C قبل\u200B النشر',
    });
    expect(created.status).toBe(201);
    expect((await threadsOf(editor, documentId))[0].comments[0].text).toBe('راجعوا العنوان قبل النشر');
  });

  it('cannot mention a blocked user (the check the autocomplete makes too)', async () => {
    const documentId = await newStory(editor, 'خبر لذكر مستخدم محظور');
    const block = (blocked: boolean) =>
      strapi.db.query('admin::user').update({ where: { id: secondEditorSession.userId }, data: { blocked } });
    await block(true);
    try {
      const refused = await editor.post(base(documentId), {
        locale: 'ar',
        text: `انظر ${mention(secondEditorSession)}`,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.details).toMatchObject({ field: 'mentions', userId: secondEditorSession.userId });
    } finally {
      await block(false);
    }
    // Unblocked, the same mention is taken (so the block is what refused it).
    const taken = await editor.post(base(documentId), { locale: 'ar', text: `انظر ${mention(secondEditorSession)}` });
    expect(taken.status).toBe(201);
  });
});

describe('a full log', () => {
  it('takes no entry past the most a read folds (an edit is an entry), and says so with the limit', async () => {
    const full = await newStory(editor, 'خبر بلغ نقاشه حده');
    const created = await editor.post(base(full), { locale: 'ar', text: 'التعليق الأول' });
    expect(created.status).toBe(201);
    const commentId = created.body.data.commentId as number;
    // Edits of that comment, written straight into the log up to one entry short of the limit.
    const existing = (await commentRows()).filter((row) => row.target_document_id === full).length;
    const at = new Date().toISOString();
    const edits = Array.from({ length: MAX_LOG_READ - 1 - existing }, (_, n) => ({
      targetDocumentId: full,
      locale: 'ar',
      action: 'edit',
      commentId,
      text: `تعديل ${n}`,
      actorId: String(editorSession.userId),
      at,
    }));
    for (let start = 0; start < edits.length; start += 500)
      await strapi.db.query(ARTICLE_COMMENT_UID).createMany({ data: edits.slice(start, start + 500) });
    // The last entry the log takes, then none: neither a comment, nor an edit, nor a deletion.
    const last = await editor.put(`${base(full)}/${commentId}`, {
      locale: 'ar',
      action: 'edit',
      text: 'التعديل الأخير',
    });
    expect(last.status).toBe(200);
    const refusals = [
      await editor.post(base(full), { locale: 'ar', text: 'تعليق بعد الحد' }),
      await editor.put(`${base(full)}/${commentId}`, { locale: 'ar', action: 'edit', text: 'تعديل بعد الحد' }),
      await editor.delete(`${base(full)}/${commentId}?locale=ar`),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(409);
      expect(refused.body.error.details).toMatchObject({ limit: MAX_LOG_READ });
      expect(refused.body.error.details.message.ar).toContain(String(MAX_LOG_READ));
    }
    // What the story's readers see is the last edit the log took.
    expect((await threadsOf(editor, full))[0].comments[0].text).toBe('التعديل الأخير');
  });
});
