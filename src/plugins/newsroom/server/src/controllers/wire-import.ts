import { setImmediate as nextTurn } from 'timers/promises';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { ImportRequest, ImportResponse, ImportResult } from '../../../shared/contracts/wire-import';
import { cannotOnDocument } from '../content-manager-access';
import { InputBudget, WireLimitExceeded, articleDataFromStory, failureOf, readWireInput, type ParsedStory } from '../domain/wire';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { parse, type KoaContext } from './requests';
import { ImportInputRefused, importInputs } from './wire-import-inputs';

/**
 * POST /newsroom/import: the admin's Import page. Pasted copy and uploaded files become Arabic drafts at the
 * workflow's first stage, each story in its own transaction; the user importing is their creator (an Author
 * may then edit them), and an existing draft is updated only when that user may edit it.
 */
const ARTICLE = 'api::article.article';
const SLICE_MS = 20;
const LOCALE = 'ar';

const importRequest: z.ZodType<ImportRequest> = z
  .object({
    text: z.string().optional(),
    files: z.array(z.object({ name: z.string().min(1).max(255), content: z.string() }).strict()).max(50).optional(),
    publish: z.literal(false).optional(),
  })
  .strict()
  .refine((body) => (body.text ?? '').trim() !== '' || (body.files ?? []).length > 0, { message: 'paste copy in text or send files' });

/** 413 (sizes) or 400 (counts) naming the limit and its value, in English and Arabic (the page shows details.message). */
const refuseOverLimit = (ctx: KoaContext, error: WireLimitExceeded) => {
  ctx.status = error.status;
  const name = error.status === 413 ? 'PayloadTooLargeError' : 'ValidationError';
  const details = { limit: error.limit, max: error.max, file: error.file, ...(error.line === undefined ? {} : { line: error.line }), message: error.messages };
  ctx.body = { data: null, error: { status: error.status, name, message: error.messages.en, details } };
};

const wireImportController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async import(ctx: KoaContext) {
    const request = parse(ctx, importRequest, (ctx.request as { body?: unknown }).body ?? {});
    if (!request) return;
    let inputs;
    try {
      inputs = await importInputs(request);
    } catch (error) {
      if (!(error instanceof ImportInputRefused)) throw error;
      if (error.status === 400) return ctx.badRequest(error.message);
      ctx.status = 413;
      ctx.body = { data: null, error: { status: 413, name: 'PayloadTooLargeError', message: error.message, details: {} } };
      return;
    }
    const result: ImportResult = { created: [], updated: [], skipped: [], failed: [] };
    // Everything is read (and every limit checked) before the first story is written: a refused request
    // leaves nothing behind. What is held meanwhile is bounded by limits.import (decompressed bytes, stories).
    const stories: ParsedStory[] = [];
    const budget = new InputBudget(pluginConfig(strapi, 'limits').import);
    let sliceStart = performance.now();
    for (const input of inputs) {
      try {
        for await (const item of readWireInput(input, budget)) {
          if ('error' in item) result.failed.push(failureOf(item.error));
          else stories.push(item.story);
          // Parsing a thousand records is CPU work: give the event loop a turn every 20 ms of it.
          if (performance.now() - sliceStart > SLICE_MS) {
            await nextTurn();
            sliceStart = performance.now();
          }
        }
      } catch (error) {
        if (error instanceof WireLimitExceeded) return refuseOverLimit(ctx, error);
        result.failed.push(failureOf(error, undefined, input.file));
      }
    }
    const user = ctx.state.user as { id: number };
    const ability = ctx.state.userAbility as { can(action: string, subject: string): boolean };
    const session = getService(strapi, 'wireImport').session({
      creatorId: user.id,
      // Authors and sources an Editor's import creates are published with the story's byline; an Author's stay drafts.
      publishNamed: ['api::author.author', 'api::source.source'].every((uid) => ability.can('plugin::content-manager.explorer.publish', uid)),
      mayUpdate: async (documentId) => !(await cannotOnDocument(strapi, ctx, ARTICLE, 'update', { documentId, locale: LOCALE })),
    });
    for (const story of stories) {
      try {
        const outcome = await session.importStory(story);
        const imported = { documentId: outcome.documentId, locale: LOCALE, title: articleDataFromStory(story).title, titleProposed: story.titleProposed };
        if (outcome.status === 'skipped') result.skipped.push({ ...imported, reason: outcome.reason ?? 'already imported' });
        else result[outcome.status].push(imported);
      } catch (error) {
        result.failed.push(failureOf(error, story));
      }
    }
    const body: ImportResponse = { data: result };
    ctx.body = body;
  },
});

export default wireImportController;
