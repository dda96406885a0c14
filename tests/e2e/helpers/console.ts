import fs from 'fs';
import path from 'path';
import type { BrowserContext } from 'playwright-core';

/**
 * Console errors and uncaught page errors of every page and frame of a browser context, plus the HTTP errors
 * the pages ran into (to explain a "Failed to load resource" line). Nothing is ignored except the known
 * requests below, matched by status, method and exact path.
 */

export interface KnownFailedRequest {
  status: number;
  method: string;
  /** Matched against the path of the URL on the server under test (query string excluded). */
  path: RegExp;
  why: string;
}

/**
 * Strapi's own, harmless 404s. Strapi AI needs an Enterprise licence with the `cms-ai` feature
 * (`strapi.ai.admin.isEnabled()` in @strapi/admin), which this Community install does not have, so both
 * routes answer 404 by design, and the admin treats the failed query as "no AI". The admin requests them
 * unconditionally (no `skip` on the RTK queries), and Chromium logs each 404 as a console error.
 */
export const STRAPI_AI_404S: readonly KnownFailedRequest[] = [
  {
    status: 404,
    method: 'GET',
    path: /^\/admin\/ai-feature-config$/,
    why: "@strapi/content-manager's useDocumentActions hook calls useGetAiFeatureConfigQuery() (@strapi/admin, ee/admin/src/services/ai) in the list, edit and preview views",
  },
  {
    status: 404,
    method: 'GET',
    path: /^\/i18n\/ai-localization-jobs\/collection-types\/api::[a-z0-9-]+\.[a-z0-9-]+\/[a-z0-9]+$/,
    why: "@strapi/i18n's CMHeaderActions (the edit view's locale picker) calls useGetAILocalizationJobsByDocumentQuery() for the open document",
  },
];

export interface CapturedError {
  kind: 'console' | 'pageerror';
  text: string;
  /** Where the console says the message comes from (for a failed load: the URL that failed). */
  source: string;
  page: string;
}

export interface FailedResponse {
  status: number;
  method: string;
  url: string;
  frame: string;
}

const FAILED_LOAD = /^Failed to load resource: the server responded with a status of (\d{3})\b/;

export class ConsoleCapture {
  private readonly errors: CapturedError[] = [];
  private readonly failedResponses: FailedResponse[] = [];

  constructor(
    context: BrowserContext,
    private readonly baseUrl: string,
    private readonly known: readonly KnownFailedRequest[] = STRAPI_AI_404S,
  ) {
    context.on('console', (message) => {
      if (message.type() !== 'error') return;
      this.errors.push({
        kind: 'console',
        text: message.text(),
        source: message.location().url,
        page: message.page()?.url() ?? '',
      });
    });
    context.on('weberror', (webError) => {
      const error = webError.error();
      this.errors.push({
        kind: 'pageerror',
        text: error.stack ?? error.message,
        source: '',
        page: webError.page()?.url() ?? '',
      });
    });
    context.on('response', (response) => {
      if (response.status() < 400) return;
      const request = response.request();
      this.failedResponses.push({
        status: response.status(),
        method: request.method(),
        url: response.url(),
        frame: request.frame().url(),
      });
    });
  }

  /**
   * The known request a console line reports, if it is one: a "Failed to load resource" line for a URL of the
   * server under test whose response (with that status, to a GET of a listed path) was seen on the network.
   * Decided when asked, not when the line arrives: the console and network events come on separate channels.
   */
  knownFailure(error: CapturedError): KnownFailedRequest | undefined {
    const match = error.kind === 'console' ? FAILED_LOAD.exec(error.text) : null;
    if (!match || !error.source.startsWith(`${this.baseUrl}/`)) return undefined;
    const status = Number(match[1]);
    const response = this.failedResponses.find((seen) => seen.url === error.source && seen.status === status);
    if (!response) return undefined;
    const { pathname } = new URL(error.source);
    return this.known.find(
      (known) => known.status === status && known.method === response.method && known.path.test(pathname),
    );
  }

  unexpected(): CapturedError[] {
    return this.errors.filter((error) => !this.knownFailure(error));
  }

  /** Everything seen, with the reason for each allowed line, for the artifacts folder. */
  save(file: string): void {
    const errors = this.errors.map((error) => ({ ...error, allowedBecause: this.knownFailure(error)?.why }));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify({ errors, failedResponses: this.failedResponses }, null, 2)}\n`);
  }
}

/** One line per error, for a failure message. */
export const describeErrors = (errors: readonly CapturedError[]): string =>
  errors
    .map((error) => `${error.kind}: ${error.text}${error.source ? ` (${error.source})` : ''} on ${error.page}`)
    .join('\n');
