import createError, { type HttpError } from 'http-errors';
import type { z } from 'zod';
import type { Bilingual } from '../../../core/workflow/messages';

/**
 * The one way an HTTP handler of the plugin (controller, the service it calls, Koa middleware) refuses a request:
 * `throw refusal({ status, code, message: { en, ar } })`. It builds an http-errors error, which Strapi's error
 * middleware (`strapi::errors`, first in config/middlewares.ts) answers with its standard body
 * `{ data: null, error: { status, name, message, details } }`: `message` is the English text, `details.code` names
 * the refusal for clients and `details.message` carries both languages (the admin shows the interface's one).
 * Nothing else writes an error status or body by hand, nor calls `ctx.badRequest`/`ctx.forbidden`/…
 * (tests/unit/http-boundary.test.ts checks it).
 *
 * Two places keep Strapi's own idioms, because Strapi reads them there:
 * - Code that runs under the Document Service (content/document-middlewares.ts and what it calls) and route
 *   policies throw `errors.*Error` from `@strapi/utils`: those calls come from REST, GraphQL and the Content
 *   Manager alike, and the GraphQL plugin maps those classes to `BAD_USER_INPUT`/`FORBIDDEN`, the Content Manager
 *   shows a `ValidationError`'s `details.errors` on the fields.
 * - The GraphQL endpoint's own guards (http/graphql-draft-guard.ts) answer in GraphQL's `errors[]` shape, which
 *   GraphQL clients read.
 */

/** The statuses the plugin refuses with. */
export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415;

export interface Refusal {
  readonly status: RefusalStatus;
  /** Names the refusal for clients, e.g. `INVALID_REQUEST`, `NOT_FOUND`, `LIMIT_EXCEEDED`. */
  readonly code: string;
  /** Names the field or limit; `en` is also the error's `message`. */
  readonly message: Bilingual;
  /** More for the client (the limit and its value, the field…), beside `code` and `message`. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The error's `name` when it is not http-errors' one for the status (`ValidationError` where Strapi uses it). */
  readonly name?: string;
}

/** The error to throw for a refusal: Strapi's error middleware turns it into the response. */
export const refusal = ({ status, code, message, details = {}, name }: Refusal): HttpError =>
  createError(status, message.en, {
    details: { ...details, code, message },
    ...(name === undefined ? {} : { name }),
  });

/** 400 naming the first bad field of a request (`locales.1: …`, or `body` for the whole input). */
export const invalidRequest = (error: z.ZodError): HttpError => {
  const issue = error.issues[0];
  const field = issue.path.join('.') || 'body';
  return refusal({
    status: 400,
    code: 'INVALID_REQUEST',
    message: { en: `${field}: ${issue.message}`, ar: `${field}: قيمة غير مقبولة (${issue.message})` },
  });
};

/** 404 for a document (or file) the request names and that does not exist. */
export const notFound = (message: Bilingual): HttpError => refusal({ status: 404, code: 'NOT_FOUND', message });

/** 403 for a user who may not do this to this document. */
export const forbidden = (message: Bilingual): HttpError => refusal({ status: 403, code: 'FORBIDDEN', message });

/** 404 of the routes that read a stored article's draft in one locale (tagging, copy desk). */
export const MAY_NOT_READ_ARTICLE: Bilingual = {
  en: 'You may not read this article',
  ar: 'لا يحق لك قراءة هذا المقال',
};
export const NO_SUCH_ARTICLE: Bilingual = { en: 'No such article in that locale', ar: 'لا يوجد مقال كهذا بهذه اللغة' };
