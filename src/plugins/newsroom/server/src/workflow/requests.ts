import { z } from 'zod';
import { transitionBodySchema } from '../domain/workflow';
import { DEFAULT_LOCALE } from '../../../core/model';
import { MAX_NOTE_LENGTH } from '../domain/corrections';
import { localeCode } from '../http/requests';

/** Request shapes of the workflow routes, admin and content API alike (zod: the error names the field). */

export { localeCode };
/**
 * What kind of change a republish of a changed live story is, with its public note (one string, or one per locale
 * when several are published at once). Only the shape and a rough size here: domain/corrections checks the rest
 * per locale, after cleaning the note, and names the field and the limit.
 */
const noteText = z.string().max(MAX_NOTE_LENGTH * 4);
export const changeRequest = z.strictObject({
  kind: z.string().max(40).optional(),
  note: z.union([noteText, z.record(localeCode, noteText)]).optional(),
});

/** The core's body, plus which locales: one (`locale`) or several at once (`locales`), all or nothing. */
export const transitionRequest = transitionBodySchema.extend({
  locale: localeCode.optional(),
  locales: z.array(localeCode).min(1).max(10).optional(),
  change: changeRequest.optional(),
});
export const ledgerQuery = z.object({
  documentId: z.string().max(64).optional(),
  locale: localeCode.optional(),
  actorId: z.string().max(64).optional(),
  transition: z.string().max(40).optional(),
  since: z.coerce.date().optional(),
  until: z.coerce.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const assignRequest = z.object({
  assignee: z.string().min(1).max(64).nullable(),
  locale: localeCode.optional(),
  locales: z.array(localeCode).min(1).max(10).optional(),
  expectedVersion: z.number().int().min(0).optional(),
});
export const summaryQuery = z.object({
  locale: localeCode.default(DEFAULT_LOCALE),
  documentIds: z
    .string()
    .max(100 * 65)
    .transform((ids) => ids.split(',').filter(Boolean))
    .pipe(z.array(z.string().max(64)).max(100)),
});
