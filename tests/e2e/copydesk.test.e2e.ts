import type { Page, Route } from 'playwright-core';
import { type AdminSession, goToAdmin, openEditView, openSignedInAdmin } from './helpers/admin-ui';
import { ARTICLE, adminApi, type ArticleRef } from './helpers/api';
import { ConsoleCapture, describeErrors } from './helpers/console';
import { e2eEnv } from './helpers/env';

/**
 * The Copy desk side panel in Chromium, with its request held back by the browser for a while: it shows the
 * hints once they arrive, and says nothing when the writer has left the edit view meanwhile (the Content
 * Manager aborts the request on leaving; that abort is not a failure to report).
 */
const env = e2eEnv();
const HINTS = '**/newsroom/copydesk/articles/**';
const FAILED = 'Could not load the copy-desk hints';
let session: AdminSession;
let capture: ConsoleCapture;
let page: Page;
/** The demo's published Arabic story (the wire sample has a twin once the import page's test has run). */
let story: ArticleRef;

beforeAll(async () => {
  story = await (await adminApi(env)).demoStory('ar');
  session = await openSignedInAdmin(env, 'console-copydesk.json');
  ({ capture, page } = session);
});

afterAll(async () => {
  await session?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Holds each hints request back for `ms`, or until `release` when `ms` is not given, counting the ones still
 * held. Holding until release lets a test leave while the request is surely in flight on a machine of any speed.
 */
async function holdHints(ms?: number): Promise<{ held(): number; release(): Promise<void> }> {
  let held = 0;
  let releaseAll: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    releaseAll = resolve;
  });
  const handler = async (route: Route) => {
    held += 1;
    await (ms === undefined ? released : Promise.race([sleep(ms), released]));
    held -= 1;
    // The page may have dropped the request meanwhile (that is the point of one of the tests).
    await route.continue().catch(() => undefined);
  };
  await page.route(HINTS, handler);
  return {
    held: () => held,
    release: async () => {
      releaseAll();
      await page.unroute(HINTS, handler);
    },
  };
}

/**
 * Goes to the article list and waits until the edit view has gone. Right after the list's URL is pushed, the edit
 * view is still there (seen in every run measured); opening the same story again at once could then keep it
 * mounted with the first answer and send no new request, which a CI run and 1 local run in 12 saw.
 */
async function leaveForList(list: string): Promise<void> {
  await goToAdmin(page, list);
  await page.locator('input[name="title"]').waitFor({ state: 'detached', timeout: 15000 });
}

describe('the Copy desk panel', () => {
  it('shows the hints once a slow answer arrives', async () => {
    const hold = await holdHints(1500);
    try {
      await openEditView(page, env, story);
      await page
        .getByText(/Possible missing doubled letters|No likely typos found|No words missing from the dictionary/)
        .first()
        .waitFor({ state: 'visible', timeout: 15000 });
      expect(await page.getByText(FAILED).count()).toBe(0);
      // The panel says what the desk can find: word list only, learning (with the words read) or ready.
      const state = await page.locator('[data-copydesk-state]').getAttribute('data-copydesk-state');
      expect(['wordList', 'learning', 'ready']).toContain(state);
      if (state !== 'ready') expect(await page.getByText(/npm run import -- <archive> --publish/).count()).toBe(1);
    } finally {
      await hold.release();
    }
  });

  it('reports nothing when the writer leaves before the hints arrive', async () => {
    const list = `${env.baseUrl}/admin/content-manager/collection-types/${ARTICLE}?plugins[i18n][locale]=ar`;
    await leaveForList(list);
    // Held until the test ends, so the hold cannot run out while a slow machine loads the edit view.
    const hold = await holdHints();
    try {
      await openEditView(page, env, story);
      // The panel's request must be held when the writer leaves, or this test proves nothing.
      for (let waited = 0; hold.held() === 0 && waited < 15000; waited += 50) await sleep(50);
      expect(hold.held()).toBeGreaterThan(0);
      await leaveForList(list);
      await sleep(4000);
      expect(await page.getByText(FAILED).count()).toBe(0);
    } finally {
      await hold.release();
    }
  });

  it('logs no unexpected console errors', () => {
    expect(describeErrors(capture.unexpected())).toBe('');
  });
});
