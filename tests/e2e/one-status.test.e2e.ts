import type { Locator, Page } from 'playwright-core';
import { type AdminSession, goToAdmin, openEditView, openSignedInAdmin } from './helpers/admin-ui';
import { ARTICLE, adminApi, type ArticleRef } from './helpers/api';
import { ConsoleCapture, describeErrors } from './helpers/console';
import { e2eEnv } from './helpers/env';
import { saveScreenshot } from './helpers/screenshots';

/**
 * One status (issue #15 item 5): in the edit view the workflow stage is the status people see, and the
 * document actions follow it. Strapi's Publish appears only when the stage allows publishing; before that the
 * next transition takes its place, with the reason why publishing is not possible now. The article list's
 * Status column is the stage; Strapi's own column is relabelled "Public version". Screenshot: one-status-*.png.
 */
const env = e2eEnv();
let session: AdminSession;
let capture: ConsoleCapture;
let page: Page;
let article: ArticleRef;

/** The edit view's Entry panel: Strapi's document actions, then the newsroom's note (the right-links zone). */
const entryPanel = (): Locator =>
  page.locator('aside').filter({ has: page.locator('[data-newsroom-publishing-note]') });
const headerStatus = (stage: string): Locator => page.locator(`[data-newsroom-status="${stage}"]`);
const whyNot = (): Locator => entryPanel().locator('[data-newsroom-why-not-publish]');

async function takeFromEntryPanel(transition: string, stageAfter: string): Promise<void> {
  await entryPanel().getByRole('button', { name: transition, exact: true }).click();
  await headerStatus(stageAfter).waitFor({ state: 'visible', timeout: 20000 });
}

beforeAll(async () => {
  const api = await adminApi(env);
  article = await api.createArticle('ar', {
    title: `خبر بحالة واحدة ${Date.now()}`,
    paragraphs: ['نص الخبر الذي لا يُنشر قبل اعتماده.'],
  });
  session = await openSignedInAdmin(env, 'console-one-status.json');
  ({ capture, page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('one status in the edit view and the list', () => {
  it('shows the stage as the status and offers the next move, not Publish, on a draft', async () => {
    await openEditView(page, env, article);
    await headerStatus('draft').waitFor({ state: 'visible', timeout: 20000 });
    expect(await headerStatus('draft').textContent()).toBe('Draft');
    // Strapi's own draft/published badge under the title is replaced by the stage.
    await page.locator('main [role="status"][aria-label="draft"]').first().waitFor({ state: 'attached' });
    expect(await page.locator('main [role="status"][aria-label="draft"]:visible').count()).toBe(0);
    await entryPanel().getByRole('button', { name: 'Submit for review', exact: true }).waitFor({ state: 'visible' });
    expect(await entryPanel().getByRole('button', { name: 'Publish', exact: true }).count()).toBe(0);
    expect(await whyNot().textContent()).toContain('submit the story for review');
    // Strapi's Save stays.
    await entryPanel().getByRole('button', { name: 'Save', exact: true }).waitFor({ state: 'visible' });
    await saveScreenshot(page, env.artifactsDir, 'one-status-draft');
  });

  it('moves through review from the document actions, the reason following the stage', async () => {
    await takeFromEntryPanel('Submit for review', 'in_review');
    expect(await entryPanel().getByRole('button', { name: 'Publish', exact: true }).count()).toBe(0);
    expect(await whyNot().textContent()).toContain('an Editor approves it');
    await takeFromEntryPanel('Approve', 'approved');
    await whyNot().waitFor({ state: 'detached', timeout: 20000 });
  });

  it('offers Strapi’s Publish once approved, and publishing through it moves the stage', async () => {
    const publish = entryPanel().getByRole('button', { name: 'Publish', exact: true });
    await publish.waitFor({ state: 'visible', timeout: 20000 });
    await publish.click();
    // Strapi may ask to confirm (draft relations); the guard records the move as the workflow's publish.
    const confirm = page.getByRole('alertdialog').getByRole('button', { name: /publish|confirm|yes/i });
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await page.waitForLoadState('load');
    await openEditView(page, env, article);
    await headerStatus('published').waitFor({ state: 'visible', timeout: 30000 });
    const response = await fetch(`${env.baseUrl}/api/articles/${article.documentId}?locale=ar`);
    expect(response.status).toBe(200);
    await saveScreenshot(page, env.artifactsDir, 'one-status-published');
  });

  it('shows the stage in the list’s Status column and relabels Strapi’s column', async () => {
    const list = `${env.baseUrl}/admin/content-manager/collection-types/${ARTICLE}?page=1&pageSize=50&plugins[i18n][locale]=ar`;
    await goToAdmin(page, list);
    const row = page.locator('tbody tr', { hasText: article.title });
    await row.waitFor({ state: 'visible', timeout: 20000 });
    await row.getByText('Published', { exact: true }).first().waitFor({ state: 'visible', timeout: 20000 });
    const headers = (await page.locator('thead th').allTextContents()).map((text) => text.trim());
    expect(headers).toContain('Status');
    expect(headers).toContain('Public version');
    expect(headers).not.toContain('Stage');
    await saveScreenshot(page, env.artifactsDir, 'one-status-list');
  });

  it('logs no unexpected console errors', () => {
    expect(describeErrors(capture.unexpected())).toBe('');
  });
});
