import { recipientsOf, type MoveFacts } from './recipients';

const move = (overrides: Partial<MoveFacts>): MoveFacts => ({
  source: 'move',
  transition: 'approve',
  actorId: '9',
  assignee: null,
  previousAssignee: null,
  owner: '1',
  scheduledBy: null,
  bySystem: false,
  ...overrides,
});

describe('recipientsOf', () => {
  it.each([
    ['request_changes', 'changes_requested'],
    ['approve', 'approved'],
    ['publish', 'published'],
    ['schedule', 'scheduled'],
  ] as const)('%s tells the story’s owner %s', (transition, kind) => {
    expect(recipientsOf(move({ transition }))).toEqual([{ userId: 1, kind }]);
  });

  it('tells nobody about their own move', () => {
    expect(recipientsOf(move({ actorId: '1' }))).toEqual([]);
    expect(recipientsOf(move({ transition: 'assign', actorId: '5', assignee: '5' }))).toEqual([]);
  });

  it('a move that hands the story over tells the new assignee; one kind per user, the story event first', () => {
    expect(recipientsOf(move({ transition: 'submit', assignee: '4', previousAssignee: null }))).toEqual([
      { userId: 4, kind: 'assigned' },
    ]);
    expect(recipientsOf(move({ transition: 'submit', assignee: '4', previousAssignee: '4' }))).toEqual([]);
    expect(recipientsOf(move({ transition: 'request_changes', assignee: '1', previousAssignee: '9' }))).toEqual([
      { userId: 1, kind: 'changes_requested' },
    ]);
  });

  it('the scheduler’s publish tells the owner and who scheduled it; its unschedule is a hold for the assignee too', () => {
    const system = {
      actorId: 'system:scheduler',
      bySystem: true,
      scheduledBy: '7',
      assignee: '8',
      previousAssignee: '8',
    };
    expect(recipientsOf(move({ ...system, transition: 'publish' }))).toEqual([
      { userId: 1, kind: 'published' },
      { userId: 7, kind: 'published' },
    ]);
    expect(recipientsOf(move({ ...system, transition: 'unschedule' }))).toEqual([
      { userId: 1, kind: 'schedule_held' },
      { userId: 7, kind: 'schedule_held' },
      { userId: 8, kind: 'schedule_held' },
    ]);
  });

  it('comments: mentions first, then the thread’s other participants, never the writer of the comment', () => {
    expect(
      recipientsOf({ source: 'comment', actorId: '3', mentionedUserIds: [4, 3], threadParticipantIds: [4, 5, 3] }),
    ).toEqual([
      { userId: 4, kind: 'mentioned' },
      { userId: 5, kind: 'reply' },
    ]);
  });

  it('ignores ids that are not admin users (API users, tokens, the system)', () => {
    expect(
      recipientsOf({ source: 'embargo_lifted', owner: 'api:3', assignee: 'token:2', scheduledBy: 'system:scheduler' }),
    ).toEqual([]);
    expect(recipientsOf({ source: 'schedule_failed', owner: '2', assignee: '2', scheduledBy: '6' })).toEqual([
      { userId: 2, kind: 'schedule_failed' },
      { userId: 6, kind: 'schedule_failed' },
    ]);
  });
});
