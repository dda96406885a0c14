import { clean } from '../text/normalize';
import { escapeHtml } from './escape';
import { renderText } from './inline';
import { safeUrl, withBase } from './url';

/** A cover or an image block: `<figure>` with the image, its alt text and caption. */
export interface FigureOptions {
  className: string;
  assetBaseUrl?: string;
  /** The cover is above the fold: loaded at once; body images lazily. */
  eager: boolean;
  /** Attributes (lang/dir) for the caption, from the caption's text; '' to inherit. */
  captionAttributes: (text: string) => string;
}

const MAX_DIMENSION = 100_000;

const dimension = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_DIMENSION ? value : null;

const stringField = (record: Readonly<Record<string, unknown>>, key: string): string =>
  typeof record[key] === 'string' ? (record[key] as string) : '';

/** '' when there is no image or its URL is refused (not http(s) or relative). */
export function renderFigure(image: unknown, options: FigureOptions): string {
  if (typeof image !== 'object' || image === null || Array.isArray(image)) return '';
  const record = image as Readonly<Record<string, unknown>>;
  const url = safeUrl(record.url, 'image');
  if (url === null) return '';
  const width = dimension(record.width);
  const height = dimension(record.height);
  const size = width !== null && height !== null ? ` width="${width}" height="${height}"` : '';
  const loading = options.eager ? ' fetchpriority="high"' : ' loading="lazy"';
  const alt = escapeHtml(clean(stringField(record, 'alternativeText')));
  const src = escapeHtml(withBase(url, options.assetBaseUrl));
  const caption = clean(stringField(record, 'caption'));
  const figcaption =
    caption === '' ? '' : `<figcaption${options.captionAttributes(caption)}>${renderText(caption)}</figcaption>`;
  return `<figure class="${options.className}"><img src="${src}" alt="${alt}"${size}${loading} decoding="async">${figcaption}</figure>`;
}
