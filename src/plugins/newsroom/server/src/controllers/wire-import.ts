import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { ImportRequest, ImportResponse, ImportResult } from '../../../shared/contracts/wire-import';
import { cannotOnDocument } from '../content-manager-access';
import { articleDataFromStory, failureOf, readWireInput } from '../domain/wire';
import { getService } from '../get-service';
import { parse, type KoaContext } from './requests';
import { ImportInputRefused, importInputs } from './wire-import-inputs';

/**
 * POST /newsroom/import: the admin's Import page. Pasted copy and uploaded files become Arabic drafts at the
 * workflow's first stage, each story in its own transaction; the user importing is their creator (an Author
 * may then edit them), and an existing draft is updated only when that user may edit it.
 */
const ARTICLE = 'api::article.article';
const LOCALE = 'ar';

const importRequest: z.ZodType<ImportRequest> = z
  .object({
    text: z.string().optional(),
    files: z.array(z.object({ name: z.string().min(1).max(255), content: z.string() }).strict()).max(50).optional(),
    publish: z.literal(false).optional(),
  })
  .strict()
  .refine((body) => (body.text ?? '').trim() !== '' || (body.files ?? []).length > 0, { message: 'paste copy in text or send files' });

const wireImportController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async import(ctx: KoaContext) {
    const request = parse(ctx, importRequest, (ctx.request as { body?: unknown }).body ?? {});
    if (!request) return;
    let inputs;
    try {
      inputs = importInputs(request);
    } catch (error) {
      if (!(error instanceof ImportInputRefused)) throw error;
      if (error.status === 400) return ctx.badRequest(error.message);
      ctx.status = 413;
      ctx.body = { data: null, error: { status: 413, name: 'PayloadTooLargeError', message: error.message, details: {} } };
      return;
    }
    const user = ctx.state.user as { id: number };
    const ability = ctx.state.userAbility as { can(action: string, subject: string): boolean };
    const session = getService(strapi, 'wireImport').session({
      creatorId: user.id,
      // Authors and sources an Editor's import creates are published with the story's byline; an Author's stay drafts.
      publishNamed: ['api::author.author', 'api::source.source'].every((uid) => ability.can('plugin::content-manager.explorer.publish', uid)),
      mayUpdate: async (documentId) => !(await cannotOnDocument(strapi, ctx, ARTICLE, 'update', { documentId, locale: LOCALE })),
    });
    const result: ImportResult = { created: [], updated: [], skipped: [], failed: [] };
    for (const input of inputs) {
      if ('error' in input) {
        result.failed.push(failureOf(input.error));
        continue;
      }
      try {
        for await (const item of readWireInput(input)) {
          if ('error' in item) {
            result.failed.push(failureOf(item.error));
            continue;
          }
          try {
            const outcome = await session.importStory(item.story);
            const story = { documentId: outcome.documentId, locale: LOCALE, title: articleDataFromStory(item.story).title, titleProposed: item.story.titleProposed };
            if (outcome.status === 'skipped') result.skipped.push({ ...story, reason: outcome.reason ?? 'already imported' });
            else result[outcome.status].push(story);
          } catch (error) {
            result.failed.push(failureOf(error, item.story));
          }
        }
      } catch (error) {
        result.failed.push(failureOf(error, undefined, input.file));
      }
    }
    const body: ImportResponse = { data: result };
    ctx.body = body;
  },
});

export default wireImportController;
