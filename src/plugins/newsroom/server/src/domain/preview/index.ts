/**
 * Preview renderer (issue 6): pure TypeScript, no Strapi. An article in any locale and status as
 * the news site would show it, direction from the locale, text isolated by the Arabic text core.
 */
export { renderPreview } from './render';
export { DEFAULT_RTL_LOCALES, directionOf } from '../../../../core/locale/direction';
export { previewSecurityHeaders } from './security';
export type { PreviewSecurityOptions } from './security';
export { PREVIEW_FONTS, PREVIEW_FONT_FILES } from './fonts';
export type { PreviewFont } from './fonts';
export { ARABIC_LABELS, ENGLISH_LABELS } from './labels';
export { DEFAULT_SCRIPT_LANGUAGES, DEFAULT_TIMEZONE } from './context';
export { safeUrl } from './url';
export type { PreviewArticle, PreviewImage, PreviewLabels, RenderOptions, Script } from './types';
