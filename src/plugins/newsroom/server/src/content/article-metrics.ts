import type { Core } from '@strapi/strapi';
import { countWords, plainTextFromBlocks, readingTimeMinutes, type Block } from '../../../core/text/word-count';
import { pluginConfig } from '../plugin-config';
import { ARTICLE_UID, DEFAULT_LOCALE } from '../../../core/model';

interface MetricsParams {
  documentId?: string;
  locale?: string;
}
interface ArticleText {
  standfirst?: string | null;
  body?: Block[] | null;
}

/** Word count and reading time of an article (standfirst and body), computed on every save. */
const articleMetrics = ({ strapi }: { strapi: Core.Strapi }) => ({
  async fillMetrics(data: Record<string, unknown>, params: MetricsParams): Promise<void> {
    const touchesText = 'standfirst' in data || 'body' in data;
    if (params.documentId && !touchesText) return;
    const locale = params.locale ?? DEFAULT_LOCALE;
    let stored: ArticleText = {};
    if (params.documentId && !('standfirst' in data && 'body' in data)) {
      stored =
        ((await strapi.db.query(ARTICLE_UID).findOne({
          select: ['standfirst', 'body'],
          where: { documentId: params.documentId, locale, publishedAt: null },
        })) as ArticleText | null) ?? {};
    }
    const standfirst = ('standfirst' in data ? data.standfirst : stored.standfirst) as string | null | undefined;
    const body = ('body' in data ? data.body : stored.body) as Block[] | null | undefined;
    const words = countWords(standfirst ?? '') + countWords(plainTextFromBlocks(Array.isArray(body) ? body : []));
    const speeds = pluginConfig(strapi, 'wordsPerMinute');
    data.wordCount = words;
    data.readingTime = readingTimeMinutes(words, { wordsPerMinute: speeds[locale] ?? speeds.default ?? 200 });
  },
});

export default articleMetrics;

declare module '../services-registry' {
  interface NewsroomServices {
    articleMetrics: ReturnType<typeof articleMetrics>;
  }
}
