import { z } from 'zod';
import { NEWSROOM_LOCALES } from '../../../core/model';
import { canonicalSegment } from '../domain/outputs/site-urls';
import type { FeedFormat } from '../domain/outputs/feeds';

/** The newsroom's locales: a feed or sitemap of any other is a 404 (feeds) or a 400 naming `locale` (sitemap). */
export const OUTPUT_LOCALES: readonly string[] = NEWSROOM_LOCALES.map((locale) => locale.code);
export const outputLocale = z.enum(NEWSROOM_LOCALES.map((locale) => locale.code) as [string, ...string[]]);

/** The parameters of each output route (site/requests.ts `readRequest`): none of them takes another. */
/** The longest file name an output answers (a slug is at most 240 characters), checked before any read. */
export const OUTPUT_FILE_MAX = 1000;
export const feedRequest = {
  shape: { locale: z.string().max(16).optional(), file: z.string().max(OUTPUT_FILE_MAX) },
  query: [] as string[],
};
export const newsSitemapRequest = { shape: { locale: outputLocale.optional() }, query: ['locale'] };
export const sitemapRequest = { shape: { file: z.string().max(OUTPUT_FILE_MAX) }, query: [] as string[] };

/** `ar.rss`, `حلف-الناتو.atom` → the name and the format; null for any other extension. */
export function feedFile(file: string): { name: string; format: FeedFormat } | null {
  const match = /^(.+)\.(rss|atom)$/.exec(file);
  return match ? { name: match[1], format: match[2] as FeedFormat } : null;
}

/** A feed's path at the site's root, for its rel="self" link: each segment canonical. */
export const feedPath = (segments: readonly string[], format: FeedFormat): string =>
  `/feeds/${segments.map(canonicalSegment).join('/')}.${format}`;
