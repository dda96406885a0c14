/**
 * Preview renderer (issue 6): pure TypeScript, no Strapi. An article in any locale and status as
 * the news site would show it, direction from the locale, text isolated by the Arabic text core.
 */
export { renderPreview } from './render';
export { previewSecurityHeaders } from './security';
export { PREVIEW_FONTS } from './fonts';
export type { PreviewArticle } from './types';
