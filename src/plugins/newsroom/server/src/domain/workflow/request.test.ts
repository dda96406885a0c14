import { MAX_REASON_LENGTH, transitionBodySchema } from './request';

describe('transitionBodySchema', () => {
  it('accepts what the admin sends', () => {
    const body = {
      transition: 'schedule',
      scheduleAt: '2025-01-14T15:30+03:00',
      expectedStage: 'approved',
      expectedVersion: 4,
      assignee: null,
    };
    expect(transitionBodySchema.parse(body)).toEqual(body);
  });

  it.each<[object, string]>([
    [{ transition: 'approve', roles: ['strapi-super-admin'] }, 'roles come from the session'],
    [{ transition: 'approve', userId: '1' }, 'the user comes from the session'],
    [{ transition: 'approve', expectedStage: 'aproved' }, 'an unknown stage'],
    [{ transition: 'approve', expectedVersion: -1 }, 'a negative version'],
    [{ transition: 'request_changes', reason: 'x'.repeat(MAX_REASON_LENGTH + 1) }, 'an endless reason'],
    [{}, 'no transition'],
  ])('refuses %j (%s)', (body) => {
    expect(transitionBodySchema.safeParse(body).success).toBe(false);
  });
});
