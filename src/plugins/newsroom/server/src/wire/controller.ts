import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { ImportRequest, ImportResponse, ImportResult } from '../../../shared/contracts/wire-import';
import { cannotOnDocument } from '../content/content-manager-access';
import { InputBudget, WireLimitExceeded } from '../domain/wire';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { parse, type KoaContext } from '../http/requests';
import { ImportInputRefused, importInputs, readImportInputs } from './inputs';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID } from '../../../core/model';

/**
 * POST /newsroom/import: the admin's Import page. Pasted copy and uploaded files become Arabic drafts at the
 * workflow's first stage, each story in its own transaction; the user importing is their creator (an Author
 * may then edit them), and an existing draft is updated only when that user may edit it.
 */
const LOCALE = 'ar';

const importRequest: z.ZodType<ImportRequest> = z
  .object({
    text: z.string().optional(),
    files: z
      .array(z.object({ name: z.string().min(1).max(255), content: z.string() }).strict())
      .max(50)
      .optional(),
    publish: z.literal(false).optional(),
  })
  .strict()
  .refine((body) => (body.text ?? '').trim() !== '' || (body.files ?? []).length > 0, {
    message: 'paste copy in text or send files',
  });

/** 413 (sizes) or 400 (counts) naming the limit and its value, in English and Arabic (the page shows details.message). */
const refuseOverLimit = (ctx: KoaContext, error: WireLimitExceeded) => {
  ctx.status = error.status;
  const name = error.status === 413 ? 'PayloadTooLargeError' : 'ValidationError';
  const details = {
    limit: error.limit,
    max: error.max,
    file: error.file,
    ...(error.line === undefined ? {} : { line: error.line }),
    message: error.messages,
  };
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
      ctx.body = {
        data: null,
        error: { status: 413, name: 'PayloadTooLargeError', message: error.message, details: {} },
      };
      return;
    }
    const user = ctx.state.user as { id: number };
    const ability = ctx.state.userAbility as { can(action: string, subject: string): boolean };
    let result: ImportResult;
    try {
      result = await getService(strapi, 'wireImport').importStories(
        readImportInputs(inputs, new InputBudget(pluginConfig(strapi, 'limits').import)),
        {
          // Everything is read (and every limit checked) before the first story is written: a refused request
          // leaves nothing behind. What is held meanwhile is bounded by limits.import (decompressed bytes, stories).
          readFirst: true,
          creatorId: user.id,
          versionPath: 'import-page',
          // Authors and sources an Editor's import creates are published with the story's byline; an Author's stay drafts.
          publishNamed: [AUTHOR_UID, SOURCE_UID].every((uid) =>
            ability.can('plugin::content-manager.explorer.publish', uid),
          ),
          mayUpdate: async (documentId) =>
            !(await cannotOnDocument(strapi, ctx, ARTICLE_UID, 'update', { documentId, locale: LOCALE })),
        },
      );
    } catch (error) {
      if (error instanceof WireLimitExceeded) return refuseOverLimit(ctx, error);
      throw error;
    }
    const body: ImportResponse = { data: result };
    ctx.body = body;
  },
});

export default wireImportController;
