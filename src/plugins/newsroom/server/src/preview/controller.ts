import fs from 'fs';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { PREVIEW_FONTS } from '../domain/preview';
import { cannotOnDocument } from '../content/content-manager-access';
import { getService } from '../get-service';
import { bodyOf, localeCode, parse } from '../http/requests';
import { forbidden, MAY_NOT_READ_ARTICLE, notFound, refusal } from '../http/refusal';
import { ARTICLE_UID } from '../../../core/model';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

const target = z.object({
  documentId: z.string().min(1).max(64),
  locale: localeCode,
  status: z.enum(['draft', 'published']),
});

const ARTICLE_CHANGED = {
  en: 'Preview link refused: the article changed since this link was made. Open the preview again for the current version.',
  ar: 'رابط المعاينة مرفوض: تغيّر المقال منذ إنشاء هذا الرابط. افتح المعاينة من جديد لرؤية النسخة الحالية.',
} as const;

const fontFiles = new Map(PREVIEW_FONTS.map((font) => [font.file, `${font.package}/files/${font.file}`]));

const previewController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Admin: a signed link, only for a user who may read that article. */
  async link(ctx: KoaContext) {
    const request = parse(target, bodyOf(ctx));
    const { documentId, locale } = request;
    if (await cannotOnDocument(strapi, ctx, ARTICLE_UID, 'read', { documentId, locale }))
      throw forbidden(MAY_NOT_READ_ARTICLE);
    ctx.body = { data: { url: await getService(strapi, 'preview').linkFor(request) } };
  },

  /** The page, for a valid token only: 401 and no content otherwise. Never cached, never indexed. */
  async show(ctx: KoaContext) {
    const parsed = target.safeParse({
      documentId: ctx.params.documentId,
      locale: ctx.query.locale,
      status: ctx.query.status,
    });
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Robots-Tag', 'noindex, nofollow');
    if (!parsed.success) {
      throw refusal({
        status: 401,
        code: 'PREVIEW_REFUSED',
        message: { en: 'Invalid preview link', ar: 'رابط معاينة غير صالح' },
      });
    }
    const preview = getService(strapi, 'preview');
    const check = preview.check(ctx.query.token, parsed.data);
    if (!check.ok) {
      throw refusal({
        status: 401,
        code: 'PREVIEW_REFUSED',
        message: {
          en: `Preview link refused (${check.reason})`,
          ar: `رابط المعاينة مرفوض (${check.reason})`,
        },
        details: { reason: check.reason },
      });
    }
    const page = await preview.render(parsed.data, check.claims);
    if (page.kind === 'missing') {
      throw notFound({
        en: 'This version of the article does not exist',
        ar: 'هذه النسخة من المقال غير موجودة',
      });
    }
    if (page.kind === 'changed') {
      throw refusal({ status: 410, code: 'PREVIEW_CHANGED', message: ARTICLE_CHANGED, details: { reason: 'changed' } });
    }
    for (const [name, value] of Object.entries(page.headers)) ctx.set(name, value);
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = page.html;
  },

  /** The bundled preview fonts (from npm packages: nothing is loaded from the internet). */
  async font(ctx: KoaContext) {
    const file = fontFiles.get(String(ctx.params.file));
    if (!file) throw notFound({ en: 'Not Found', ar: 'غير موجود' });
    ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
    ctx.type = 'font/woff2';
    ctx.body = fs.createReadStream(require.resolve(file));
  },
});

export default previewController;
