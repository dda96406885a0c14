import type { Core } from '@strapi/strapi';
import {
  buildVocabulary,
  deserializeModel,
  serializeModel,
  suggestTopics,
  trainModel,
  updateModel,
  type ArticleText,
  type TopicModel,
  type Vocabulary,
  type VocabularyTopic,
} from '../domain/tagging';
import { articlePlainText, type Block } from '../../../core/text/word-count';
import type { FeedbackDecision, TopicSuggestion } from '../../../shared/contracts/tagging';
import { pluginConfig } from '../plugin-config';
import { ARTICLE_UID, TAGGING_MODEL_UID, TOPIC_FEEDBACK_UID, TOPIC_UID } from '../../../core/model';

const MODEL_NAME = 'default';

interface TopicRow {
  documentId: string;
  locale: string;
  name: string;
  slug: string | null;
  kind: 'section' | 'topic';
  altLabels: unknown;
  hiddenLabels: unknown;
  entities: unknown;
  parent?: { documentId: string } | null;
}
interface ArticleRow {
  documentId: string;
  title?: string | null;
  standfirst?: string | null;
  body?: Block[] | null;
  topics?: Array<{ documentId: string }>;
}
interface ModelRow {
  id: number;
  version: number;
  data?: string;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [];

/** The article text the engine reads: title, standfirst and the body as plain text. */
export const articleText = (article: Parameters<typeof articlePlainText>[0]): ArticleText => articlePlainText(article);

/**
 * Topic suggestions for the newsroom: the vocabulary comes from the topic content type (both locales),
 * the statistical model from the database (one row, versioned, so every instance uses the same one).
 * Both are cached per instance and reloaded when the database says they changed.
 */
const tagging = ({ strapi }: { strapi: Core.Strapi }) => {
  let vocabularyCache: { stamp: string; vocabulary: Vocabulary; topics: Map<string, TopicRow[]> } | null = null;
  let modelCache: { version: number; model: TopicModel } | null = null;

  const topicRows = async (): Promise<TopicRow[]> =>
    (await strapi.db.query(TOPIC_UID).findMany({
      select: ['documentId', 'locale', 'name', 'slug', 'kind', 'altLabels', 'hiddenLabels', 'entities', 'updatedAt'],
      // The vocabulary is the published taxonomy: a topic an Author drafted is not suggested until an Editor publishes it.
      where: { publishedAt: { $notNull: true } },
      populate: { parent: { select: ['documentId'] } },
    })) as TopicRow[];

  // Through the query engine, not the raw connection: inside an import's transaction a raw query would wait
  // for a second connection, which SQLite's pool of one never frees.
  const vocabularyStamp = async (): Promise<string> => {
    const count = await strapi.db.query(TOPIC_UID).count({});
    const latest = (await strapi.db
      .query(TOPIC_UID)
      .findOne({ select: ['updatedAt'], orderBy: { updatedAt: 'desc' } })) as {
      updatedAt?: unknown;
    } | null;
    return `${count}:${String(latest?.updatedAt ?? '')}`;
  };

  const vocabulary = async () => {
    const stamp = await vocabularyStamp();
    if (vocabularyCache?.stamp === stamp) return vocabularyCache;
    const byDocument = new Map<string, TopicRow[]>();
    for (const row of await topicRows())
      byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
    const topics: VocabularyTopic[] = [...byDocument.entries()].map(([documentId, rows]) => {
      const inLocale = (locale: string) => rows.filter((row) => row.locale === locale);
      const labelsOf = (locale: string) => inLocale(locale).flatMap((row) => [row.name, ...strings(row.altLabels)]);
      return {
        id: documentId,
        kind: rows[0].kind === 'section' ? 'section' : 'topic',
        parentId: rows.find((row) => row.parent)?.parent?.documentId,
        labels: { ar: labelsOf('ar'), en: labelsOf('en') },
        hiddenLabels: rows.flatMap((row) => strings(row.hiddenLabels)),
        entities: [...new Set(rows.flatMap((row) => strings(row.entities)))],
      };
    });
    vocabularyCache = { stamp, vocabulary: buildVocabulary(topics), topics: byDocument };
    return vocabularyCache;
  };

  const storedModel = async (): Promise<TopicModel | undefined> => {
    const row = (await strapi.db
      .query(TAGGING_MODEL_UID)
      .findOne({ select: ['id', 'version'], where: { name: MODEL_NAME } })) as ModelRow | null;
    if (!row) return undefined;
    if (modelCache?.version === row.version) return modelCache.model;
    const full = (await strapi.db
      .query(TAGGING_MODEL_UID)
      .findOne({ select: ['version', 'data'], where: { id: row.id } })) as ModelRow;
    modelCache = { version: full.version, model: deserializeModel(Buffer.from(full.data ?? '', 'base64')) };
    return modelCache.model;
  };

  const saveModel = async (
    model: TopicModel,
    meta: { examples?: number; labels?: number; trainedAt?: Date },
  ): Promise<number> => {
    const data = Buffer.from(serializeModel(model)).toString('base64');
    const existing = (await strapi.db
      .query(TAGGING_MODEL_UID)
      .findOne({ select: ['id', 'version'], where: { name: MODEL_NAME } })) as ModelRow | null;
    const version = (existing?.version ?? 0) + 1;
    if (existing)
      await strapi.db.query(TAGGING_MODEL_UID).update({ where: { id: existing.id }, data: { data, version, ...meta } });
    else await strapi.db.query(TAGGING_MODEL_UID).create({ data: { name: MODEL_NAME, data, version, ...meta } });
    modelCache = { version, model };
    return version;
  };

  const feedbackFor = async (articleDocumentId: string, locale: string): Promise<Set<string>> => {
    const rows = (await strapi.db.query(TOPIC_FEEDBACK_UID).findMany({
      select: ['topicDocumentId'],
      where: { articleDocumentId, locale, decision: 'rejected' },
    })) as Array<{ topicDocumentId: string }>;
    return new Set(rows.map((row) => row.topicDocumentId));
  };

  const describe = (topics: Map<string, TopicRow[]>, topicId: string, locale: string) => {
    const rows = topics.get(topicId) ?? [];
    const row = rows.find((candidate) => candidate.locale === locale) ?? rows[0];
    const parentId = rows.find((candidate) => candidate.parent)?.parent?.documentId;
    const parentRows = parentId ? (topics.get(parentId) ?? []) : [];
    const parent = parentRows.find((candidate) => candidate.locale === locale) ?? parentRows[0];
    return {
      name: row?.name ?? topicId,
      slug: row?.slug ?? null,
      kind: row?.kind ?? 'topic',
      parentName: parent?.name ?? null,
    };
  };

  return {
    /** Suggestions for a text, with names in `locale`; `exclude` and `rejected` are topic document ids. */
    async suggest(
      text: ArticleText,
      locale: string,
      options: { exclude?: ReadonlySet<string>; rejected?: ReadonlySet<string> } = {},
    ): Promise<TopicSuggestion[]> {
      return (await this.suggester())(text, locale, options);
    },

    /**
     * Suggestions from the vocabulary and model as they are now, without reading the database again: for
     * jobs that suggest for many texts in a row (archive loads), which would otherwise check both per text.
     */
    async suggester(): Promise<
      (
        text: ArticleText,
        locale: string,
        options?: { exclude?: ReadonlySet<string>; rejected?: ReadonlySet<string> },
      ) => TopicSuggestion[]
    > {
      const { vocabulary: vocab, topics } = await vocabulary();
      const model = await storedModel();
      const { suggestionLimit: limit, minScore } = pluginConfig(strapi, 'tagging');
      return (text, locale, options = {}) =>
        suggestTopics(text, {
          vocabulary: vocab,
          model,
          exclude: options.exclude,
          rejected: options.rejected,
          limit,
          minScore,
        })
          .filter((suggestion) => topics.has(suggestion.topicId))
          .map((suggestion) => ({ ...suggestion, ...describe(topics, suggestion.topicId, locale) }));
    },

    /** Suggestions for a stored article (its draft), leaving out topics it has and topics rejected for it. */
    async suggestForArticle(documentId: string, locale: string): Promise<TopicSuggestion[] | null> {
      const article = (await strapi.documents(ARTICLE_UID).findOne({
        documentId,
        locale,
        status: 'draft',
        fields: ['title', 'standfirst', 'body'],
        populate: { topics: { fields: ['documentId'] } },
      })) as ArticleRow | null;
      if (!article) return null;
      const exclude = new Set((article.topics ?? []).map((topic) => topic.documentId));
      return this.suggest(articleText(article), locale, { exclude, rejected: await feedbackFor(documentId, locale) });
    },

    /**
     * An editor's decision on one suggestion: accepting tags the article's draft, rejecting keeps the topic
     * from being suggested for it again; both are remembered and teach the model.
     */
    async recordFeedback(
      documentId: string,
      locale: string,
      topicId: string,
      decision: FeedbackDecision,
      actorId: number | undefined,
    ): Promise<{ modelVersion: number | null } | null> {
      const article = (await strapi.documents(ARTICLE_UID).findOne({
        documentId,
        locale,
        status: 'draft',
        fields: ['title', 'standfirst', 'body'],
      })) as ArticleRow | null;
      const topic = await strapi.db
        .query(TOPIC_UID)
        .findOne({ select: ['id'], where: { documentId: topicId, locale } });
      if (!article || !topic) return null;
      if (decision === 'accepted') {
        await strapi
          .documents(ARTICLE_UID)
          .update({ documentId, locale, data: { topics: { connect: [{ documentId: topicId, locale }] } } });
      }
      await strapi.db
        .query(TOPIC_FEEDBACK_UID)
        .create({ data: { articleDocumentId: documentId, locale, topicDocumentId: topicId, decision, actorId } });
      const model = await storedModel();
      if (!model) return { modelVersion: null };
      updateModel(model, {
        text: articleText(article),
        label: topicId,
        decision: decision === 'accepted' ? 'accept' : 'reject',
      });
      return { modelVersion: await saveModel(model, {}) };
    },

    /**
     * Auto-apply on save (off unless `tagging.autoApplyAbove` is set): topics scoring at least that much are
     * connected in the same write. An explicit full list from the editor (`set` or an array) is respected.
     */
    async autoApply(data: Record<string, unknown>, params: { documentId?: string; locale?: string }): Promise<void> {
      const threshold = pluginConfig(strapi, 'tagging').autoApplyAbove;
      if (threshold === null || !['title', 'standfirst', 'body'].some((field) => field in data)) return;
      const current = data.topics as { connect?: unknown[]; set?: unknown } | unknown[] | undefined;
      if (Array.isArray(current) || (current && 'set' in current)) return;
      const locale = params.locale ?? 'ar';
      const rejected = params.documentId ? await feedbackFor(params.documentId, locale) : undefined;
      const chosen = (await this.suggest(articleText(data), locale, { rejected })).filter(
        (suggestion) => suggestion.score >= threshold,
      );
      if (chosen.length === 0) return;
      const connect = chosen.map((suggestion) => ({ documentId: suggestion.topicId, locale }));
      data.topics = { ...(current ?? {}), connect: [...(current?.connect ?? []), ...connect] };
    },

    /** Tags an article's draft with topics, without teaching the model (bulk re-tagging, auto-apply). */
    async applyTopics(documentId: string, locale: string, topicIds: readonly string[]): Promise<void> {
      if (topicIds.length === 0) return;
      await strapi.documents(ARTICLE_UID).update({
        documentId,
        locale,
        data: { topics: { connect: topicIds.map((topicId) => ({ documentId: topicId, locale })) } },
      });
    },

    /** Trains the model on every published, tagged article and stores it for all instances. */
    async retrain(onProgress?: (done: number) => void): Promise<{ examples: number; labels: number; version: number }> {
      const examples: Array<{ text: ArticleText; labels: string[] }> = [];
      const pageSize = 200;
      for (let start = 0; ; start += pageSize) {
        const page = (await strapi.documents(ARTICLE_UID).findMany({
          status: 'published',
          locale: '*',
          fields: ['title', 'standfirst', 'body'],
          populate: { topics: { fields: ['documentId'] } },
          start,
          limit: pageSize,
        })) as ArticleRow[];
        for (const article of page) {
          const labels = (article.topics ?? []).map((topic) => topic.documentId);
          if (labels.length > 0) examples.push({ text: articleText(article), labels });
        }
        onProgress?.(start + page.length);
        if (page.length < pageSize) break;
      }
      // Fewer passes and rare features dropped: with dozens of topics the defaults make a model several times
      // larger and slower to train for no gain in quality (measured on the ANT corpus).
      const model = trainModel(examples, { epochs: 5, minDocumentFrequency: 3 });
      const labels = new Set(examples.flatMap((example) => example.labels)).size;
      const version = await saveModel(model, { examples: examples.length, labels, trainedAt: new Date() });
      return { examples: examples.length, labels, version };
    },
  };
};

export default tagging;

declare module '../services-registry' {
  interface NewsroomServices {
    tagging: ReturnType<typeof tagging>;
  }
}
