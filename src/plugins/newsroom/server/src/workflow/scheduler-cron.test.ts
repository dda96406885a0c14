import type { Core } from '@strapi/strapi';
import { registerScheduler, SCHEDULER_RULE } from './scheduler-cron';

/** Just the two members registerScheduler touches: the cron setting and cron.add. */
const fakeStrapi = (cronEnabled: boolean | undefined) => {
  const added: Array<Record<string, { options: { rule: string } }>> = [];
  const strapi = {
    config: {
      get: (key: string, fallback: unknown) =>
        key === 'server.cron.enabled' && cronEnabled !== undefined ? cronEnabled : fallback,
    },
    cron: { add: (tasks: Record<string, { options: { rule: string } }>) => added.push(tasks) },
  };
  return { strapi: strapi as unknown as Core.Strapi, added };
};

describe('registerScheduler', () => {
  it('adds the scheduled-publishing task by default', () => {
    const { strapi, added } = fakeStrapi(undefined);
    registerScheduler(strapi);
    expect(added).toHaveLength(1);
    expect(added[0]?.newsroomScheduledPublishing?.options.rule).toBe(SCHEDULER_RULE);
  });

  it('adds nothing when cron is off (NEWSROOM_SCHEDULER=false): Strapi would start it anyway', () => {
    const { strapi, added } = fakeStrapi(false);
    registerScheduler(strapi);
    expect(added).toHaveLength(0);
  });
});
