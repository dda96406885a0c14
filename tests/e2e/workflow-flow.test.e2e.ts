import type { Locator, Page } from 'playwright-core';
import { type AdminSession, goToAdmin, openEditView, openSignedInAdmin } from './helpers/admin-ui';
import { adminApi, type ArticleRef } from './helpers/api';
import { ConsoleCapture, describeErrors } from './helpers/console';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';

/**
 * An editor runs the whole workflow for a story in the admin: Submit for review, Approve and Publish from the
 * Workflow panel, the badge and history following each move; the story is then on the public API, and the
 * article list finds it with the stage filter and shows its stage. Screenshot: workflow-published.png.
 */
const env = e2eEnv();
let session: AdminSession;
let capture: ConsoleCapture;
let page: Page;
let article: ArticleRef;

const workflowPanel = (): Locator =>
  page.locator('aside', { hasText: 'Workflow' }).filter({ hasText: 'History' }).last();
const stageBadge = (stage: string): Locator => workflowPanel().getByText(stage, { exact: true }).first();

async function take(transition: string, stageAfter: string): Promise<void> {
  await workflowPanel().getByRole('button', { name: transition, exact: true }).click();
  await stageBadge(stageAfter).waitFor({ state: 'visible', timeout: 20000 });
}

beforeAll(async () => {
  const api = await adminApi(env);
  article = await api.createArticle('ar', {
    title: `خبر يمر بمراحل التحرير ${Date.now()}`,
    paragraphs: ['نص الخبر الذي يراجعه المحرر.'],
  });
  session = await openSignedInAdmin(env, 'console-workflow-flow.json');
  ({ capture, page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('the whole workflow in the admin', () => {
  it('moves a story from draft to published through the Workflow panel', async () => {
    await openEditView(page, env, article);
    await stageBadge('Draft').waitFor({ state: 'visible' });
    await take('Submit for review', 'In review');
    await take('Approve', 'Approved');
    // Publishing reloads the edit view so that it shows the document's new status.
    await workflowPanel().getByRole('button', { name: 'Publish', exact: true }).click();
    await page.waitForLoadState('load');
    await stageBadge('Published').waitFor({ state: 'visible', timeout: 30000 });
    const history = (await workflowPanel().textContent()) ?? '';
    for (const move of ['Draft → In review', 'In review → Approved', 'Approved → Published'])
      expect(history).toContain(move);
    await saveScreenshot(page, env.artifactsDir, 'workflow-published');
  });

  it('puts the story on the public API', async () => {
    const response = await fetch(`${env.baseUrl}/api/articles/${article.documentId}?locale=ar`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { title: string; dir: string } };
    expect(body.data).toMatchObject({ title: article.title, dir: 'rtl' });
  });

  it('finds it in the article list by stage, with its Stage column', async () => {
    const list = `${env.baseUrl}/admin/content-manager/collection-types/api::article.article?page=1&pageSize=50&plugins[i18n][locale]=ar&plugins[newsroom][workflowStage]=published`;
    await goToAdmin(page, list);
    const row = page.locator('tbody tr', { hasText: article.title });
    await row.waitFor({ state: 'visible', timeout: 20000 });
    await row.getByText('Published', { exact: true }).first().waitFor({ state: 'visible', timeout: 20000 });
    await goToAdmin(page, list.replace('workflowStage]=published', 'workflowStage]=in_review'));
    await page.locator('tbody tr', { hasText: article.title }).waitFor({ state: 'detached', timeout: 20000 });
  });

  it('logs no unexpected console errors', () => {
    expect(describeErrors(capture.unexpected())).toBe('');
  });
});
