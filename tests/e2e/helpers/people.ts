import type { Page } from 'playwright-core';
import { launchChromium, type BrowserSession } from './browser';
import { ConsoleCapture } from './console';
import { requestJson } from './api';
import type { E2eEnv } from './env';

/** The password of every user the browser tests invite. */
export const E2E_PASSWORD = 'Newsroom-e2e-1';

export interface InvitedUser {
  id: number;
  email: string;
  token: string;
}

let invited = 0;

/**
 * An admin user with one role and an interface language, created and registered as an invited user would be
 * (the super admin invites, the user sets a password through /admin/register), then signed in through the API.
 */
export async function inviteUser(
  env: E2eEnv,
  superToken: string,
  options: { role: string; names: { firstname: string; lastname: string }; language: string },
): Promise<InvitedUser> {
  const call = <T>(method: 'GET' | 'POST' | 'PUT', route: string, token: string | null, body?: unknown) =>
    requestJson<T>(env, method, route, token, body);
  const roles = await call<{ data: Array<{ id: number; code: string }> }>('GET', '/admin/roles', superToken);
  const roleId = roles.data.find((candidate) => candidate.code === options.role)?.id;
  invited += 1;
  const email = `${options.role}-${invited}-${Date.now()}@newsroom.test`;
  const created = await call<{ data: { id: number; registrationToken: string } }>('POST', '/admin/users', superToken, {
    ...options.names,
    email,
    roles: [roleId],
  });
  await call('POST', '/admin/register', null, {
    registrationToken: created.data.registrationToken,
    userInfo: { ...options.names, password: E2E_PASSWORD },
  });
  const login = await call<{ data: { token: string } }>('POST', '/admin/login', null, {
    email,
    password: E2E_PASSWORD,
  });
  await call('PUT', '/admin/users/me', login.data.token, { preferedLanguage: options.language });
  return { id: created.data.id, email, token: login.data.token };
}

export interface SignedInVisit {
  browser: BrowserSession;
  capture: ConsoleCapture;
  page: Page;
  /** The MISSING_TRANSLATION errors the console printed during the visit. */
  missing: string[];
}

/**
 * A fresh desktop browser signed in through the login form as `who`; with `language`, waits until the admin has
 * taken the profile's interface language (`<html lang>`).
 */
export async function signInThroughForm(
  env: E2eEnv,
  who: { email: string },
  language?: 'ar' | 'en',
): Promise<SignedInVisit> {
  const browser = await launchChromium(env.chromium);
  const capture = new ConsoleCapture(browser.context, env.baseUrl);
  const missing: string[] = [];
  browser.context.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('MISSING_TRANSLATION')) missing.push(message.text());
  });
  const page = await browser.context.newPage();
  await page.goto(`${env.baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(who.email);
  await page.locator('input[name="password"]').fill(E2E_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/auth'));
  if (language !== undefined) {
    await page.waitForFunction(
      (expected) =>
        (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang ===
        expected,
      language,
    );
  }
  return { browser, capture, page, missing };
}
