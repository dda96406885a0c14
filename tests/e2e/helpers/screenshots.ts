import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';

/** Saves what the page shows (the viewport) as artifacts/e2e/<name>.png and returns the file. */
export async function saveScreenshot(page: Page, artifactsDir: string, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  return file;
}
