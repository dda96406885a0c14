import fs from 'fs';
import os from 'os';
import path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium on this closed network: without the background-networking flags its connections are refused. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/** One Chromium with a fresh user-data-dir (removed on close); pages open at the desktop size. */
export async function launchChromium(executablePath: string): Promise<BrowserSession> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: DESKTOP,
    // The admin follows the browser's language until the user picks one: English, whatever the machine says.
    locale: 'en-US',
    timezoneId: 'Asia/Baghdad',
  });
  context.setDefaultTimeout(30000);
  context.setDefaultNavigationTimeout(60000);
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
