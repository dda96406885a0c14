import { changeRefusal, foldThreads, newMentions, threadParticipants, type CommentLogRow } from './threads';

const row = (partial: Partial<CommentLogRow> & Pick<CommentLogRow, 'id' | 'action'>): CommentLogRow => ({
  commentId: null,
  threadId: null,
  parentId: null,
  text: null,
  anchor: null,
  actorId: '1',
  at: `2026-12-06T10:00:${String(partial.id).padStart(2, '0')}.000Z`,
  ...partial,
});

const LOG: CommentLogRow[] = [
  row({ id: 1, action: 'create', text: 'أول تعليق', actorId: '1' }),
  row({ id: 2, action: 'create', threadId: 1, parentId: 1, text: 'رد', actorId: '2' }),
  row({ id: 3, action: 'edit', commentId: 2, text: 'رد معدّل', actorId: '2' }),
  row({ id: 4, action: 'create', text: 'خيط ثان', actorId: '3' }),
  row({ id: 5, action: 'resolve', commentId: 1, actorId: '3' }),
  row({ id: 6, action: 'delete', commentId: 4, actorId: '3' }),
  row({ id: 7, action: 'edit', commentId: 4, text: 'after delete', actorId: '3' }),
  row({ id: 8, action: 'create', threadId: 1, parentId: 2, text: 'رد ثالث', actorId: '1' }),
];

describe('folding the comment log into threads', () => {
  it('shows each comment’s latest text, edits counted, replies under their thread', () => {
    const [first, second] = foldThreads(LOG);
    expect(first.comments.map((c) => [c.id, c.text, c.edits])).toEqual([
      [1, 'أول تعليق', 0],
      [2, 'رد معدّل', 1],
      [8, 'رد ثالث', 0],
    ]);
    expect(first.comments[1].editedAt).toBe(LOG[2].at);
    expect(first.comments[2].parentId).toBe(2);
    expect(second.id).toBe(4);
  });

  it('a deleted comment is a tombstone: no text, and later edits do not bring it back', () => {
    const [, second] = foldThreads(LOG);
    expect(second.comments[0]).toMatchObject({ text: '', deletedAt: LOG[5].at, edits: 0 });
  });

  it('resolve and reopen set the thread’s status, the last one wins', () => {
    expect(foldThreads(LOG)[0]).toMatchObject({ resolved: true, statusBy: '3' });
    const reopened = foldThreads([...LOG, row({ id: 9, action: 'reopen', commentId: 1, actorId: '2' })]);
    expect(reopened[0]).toMatchObject({ resolved: false, statusBy: '2' });
  });

  it('reads the log in id order whatever order the rows come in', () => {
    expect(foldThreads([...LOG].reverse())).toEqual(foldThreads(LOG));
  });

  it('thread participants: the writers, each once, the actor left out', () => {
    const [first] = foldThreads(LOG);
    expect(threadParticipants(first, '1')).toEqual([2]);
    expect(threadParticipants(first, '9')).toEqual([1, 2]);
  });
});

describe('who an edit newly mentions', () => {
  const withMentions = (...texts: string[]) =>
    foldThreads(
      texts.map((text, index) =>
        index === 0
          ? row({ id: 1, action: 'create', text })
          : row({ id: index + 1, action: 'edit', commentId: 1, text }),
      ),
    )[0].comments[0];

  it('only users no version of the comment mentioned', () => {
    const comment = withMentions('انظر @[أحمد](12)');
    expect(comment.mentioned).toEqual([12]);
    expect(newMentions(comment, 'انظر @[أحمد](12) و@[سارة](14)')).toEqual([14]);
    expect(newMentions(comment, 'انظر @[أحمد](12)')).toEqual([]);
  });

  it('a mention removed by one edit and put back by another is not new', () => {
    const comment = withMentions('@[أحمد](12)', 'بلا إشارة', '@[سارة](14)');
    expect(comment.mentioned).toEqual([12, 14]);
    expect(newMentions(comment, '@[أحمد](12) @[سارة](14) @[منى](15)')).toEqual([15]);
  });
});

describe('who may edit or delete a comment', () => {
  const [thread] = foldThreads(LOG);
  const comment = thread.comments[0];
  const created = new Date(comment.createdAt).getTime();

  it('its author within the window', () => {
    expect(changeRefusal(comment, '1', new Date(created + 14 * 60_000), 15)).toBeNull();
    expect(changeRefusal(comment, '1', new Date(created + 15 * 60_000), 15)).toBeNull();
  });

  it('not after the window, not someone else, not a deleted comment', () => {
    expect(changeRefusal(comment, '1', new Date(created + 15 * 60_000 + 1), 15)).toBe('EDIT_WINDOW_CLOSED');
    expect(changeRefusal(comment, '2', new Date(created), 15)).toBe('NOT_AUTHOR');
    const deleted = foldThreads(LOG)[1].comments[0];
    expect(changeRefusal(deleted, '3', new Date(deleted.createdAt), 15)).toBe('DELETED');
  });
});
