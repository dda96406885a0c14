import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { ImportRequest, ImportResponse, ImportResult } from '../../../shared/contracts/wire-import';
import { cannotOnDocument } from '../content/content-manager-access';
import { InputBudget, WireLimitExceeded } from '../domain/wire';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { bodyOf, parse, type KoaContext } from '../http/requests';
import { refusal } from '../http/refusal';
import { ImportInputRefused, importInputs, readImportInputs } from './inputs';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID } from '../../../core/model';
import type { InputItem } from '../domain/wire';

/** The one story of the input a decision names (by content hash); the rest was answered the first time. */
async function* onlyStory(items: AsyncIterable<InputItem>, contentHash: string): AsyncIterable<InputItem> {
  for await (const item of items) if ('story' in item && item.story.contentHash === contentHash) yield item;
}

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
    update: z
      .object({
        contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in hex'),
        documentId: z.string().min(1).max(64),
        action: z.enum(['apply', 'new']),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((body) => (body.text ?? '').trim() !== '' || (body.files ?? []).length > 0, {
    message: 'paste copy in text or send files',
  });

/** 413 (sizes) or 400 (counts) naming the limit and its value, in English and Arabic (the page shows details.message). */
const overLimit = (error: WireLimitExceeded) =>
  refusal({
    status: error.status,
    code: 'LIMIT_EXCEEDED',
    message: error.messages,
    name: error.status === 413 ? undefined : 'ValidationError',
    details: {
      limit: error.limit,
      max: error.max,
      file: error.file,
      ...(error.line === undefined ? {} : { line: error.line }),
    },
  });

/** An input refused before reading: too large as sent (413) or not base64 (400). */
const inputRefused = (error: ImportInputRefused) =>
  refusal({
    status: error.status,
    code: error.status === 413 ? 'LIMIT_EXCEEDED' : 'INVALID_REQUEST',
    message: error.messages,
  });

const wireImportController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async import(ctx: KoaContext) {
    const request = parse(importRequest, bodyOf(ctx) ?? {});
    let inputs;
    try {
      inputs = await importInputs(request);
    } catch (error) {
      throw error instanceof ImportInputRefused ? inputRefused(error) : error;
    }
    const user = ctx.state.user as { id: number };
    const ability = ctx.state.userAbility as { can(action: string, subject: string): boolean };
    let result: ImportResult;
    try {
      const items = readImportInputs(inputs, new InputBudget(pluginConfig(strapi, 'limits').import));
      const { update } = request;
      result = await getService(strapi, 'wireImport').importStories(
        update ? onlyStory(items, update.contentHash) : items,
        {
          // Later versions of imported stories are offered with what they change; the user's decision on one
          // comes back as `update` (apply to that draft, or import as new).
          updates: update?.action ?? 'offer',
          ...(update?.action === 'apply' ? { applyTo: update.documentId } : {}),
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
      throw error instanceof WireLimitExceeded ? overLimit(error) : error;
    }
    const body: ImportResponse = { data: result };
    ctx.body = body;
  },
});

export default wireImportController;
