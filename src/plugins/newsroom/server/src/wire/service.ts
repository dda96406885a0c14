import type { Core } from '@strapi/strapi';
import { ANT_CATEGORY_SECTIONS, articleDataFromStory } from '../domain/wire';
import type { InputItem, ParsedStory } from '../domain/wire';
import type { ImportResult } from '../../../shared/contracts/wire-import';
import { getService, type NewsroomServices } from '../get-service';
import { articleText } from '../tagging/service';
import { createLookups } from './lookups';
import { createBatchImporter, type BatchItem } from './batch';
import { importStories, type ImportStoriesOptions } from './import-stories';
import { runWithVersionContext } from '../history/context';
import { ARTICLE_UID } from '../../../core/model';

/**
 * Imports parsed wire copy and archive stories as Arabic articles: each story in one transaction (a story
 * that fails leaves nothing of itself), authors and sources found or created once, the archive category's
 * section topic connected, drafts at the workflow's first stage or published through the workflow.
 * Idempotent: a story whose source URL or content hash is already there is skipped or updated.
 */
const LOCALE = 'ar';

export interface WireImportOptions {
  /** Publish through the workflow as the system (`publishAsSystem`) instead of leaving a draft. */
  publish?: boolean;
  /** Also connect suggested topics scoring at least this much (0..1); off when undefined. */
  tagAbove?: number;
  actorId?: string;
  /** The admin user importing (the admin page): creator of new drafts, so "is creator" permissions apply. */
  creatorId?: number;
  /**
   * Whether the authors and sources the import creates are published (default: when no admin user imports,
   * i.e. the CLI and the system). The admin page sets it from the user's right to publish them.
   */
  publishNamed?: boolean;
  /** Whether an existing draft may be updated by whoever imports; when not, the story is skipped. */
  mayUpdate?: (documentId: string) => Promise<boolean>;
  /**
   * The path the versions this import records name (history): `import-cli` (actor `actorId`, the system) or
   * `import-page` (actor: the admin user of the request). Unset: read off the request, or `code`.
   */
  versionPath?: 'import-cli' | 'import-page';
}

export type WireImportStatus = 'created' | 'updated' | 'skipped';

export interface WireImportOutcome {
  status: WireImportStatus;
  documentId: string;
  /** Why an existing article was skipped or what an update did. */
  reason?: string;
  /** Asked to publish, left a draft: its embargo (UTC ISO) still holds. */
  heldUntil?: string;
}

interface ExistingRow {
  documentId: string;
  contentHash: string | null;
  sourceUrl: string | null;
}

const wireImport = ({ strapi }: { strapi: Core.Strapi }) => {
  const findExisting = async (story: ParsedStory): Promise<ExistingRow | null> => {
    const select = ['documentId', 'contentHash', 'sourceUrl'];
    const draft = { locale: LOCALE, publishedAt: null };
    const byUrl = story.sourceUrl
      ? ((await strapi.db
          .query(ARTICLE_UID)
          .findOne({ select, where: { ...draft, sourceUrl: story.sourceUrl } })) as ExistingRow | null)
      : null;
    return (
      byUrl ??
      ((await strapi.db
        .query(ARTICLE_UID)
        .findOne({ select, where: { ...draft, contentHash: story.contentHash } })) as ExistingRow | null)
    );
  };

  const isPublished = async (documentId: string): Promise<boolean> =>
    (await strapi.db
      .query(ARTICLE_UID)
      .count({ where: { documentId, locale: LOCALE, publishedAt: { $notNull: true } } })) > 0;

  return {
    /** A session keeps its author/source tables between stories: one per import run. */
    session(options: WireImportOptions = {}) {
      const publishNamed = options.publishNamed ?? options.creatorId === undefined;
      const lookups = createLookups(strapi, { publishNew: publishNamed });
      const actorId = options.actorId ?? 'system:import';
      const editor = options.creatorId === undefined ? {} : { updatedBy: options.creatorId };
      const creator =
        options.creatorId === undefined ? {} : { createdBy: options.creatorId, updatedBy: options.creatorId };

      // Suggestions come from one snapshot of the vocabulary and model per batch (or story), taken outside
      // the story's transaction.
      let suggest: Awaited<ReturnType<NewsroomServices['tagging']['suggester']>> | null = null;
      const refreshSuggester = async () => {
        if (options.tagAbove !== undefined) suggest = await getService(strapi, 'tagging').suggester();
      };
      /** The section topic the archive's category files the story under, if the taxonomy has it. */
      const sectionOf = async (story: ParsedStory): Promise<{ key: string; documentId: string } | undefined> => {
        const key = story.category ? ANT_CATEGORY_SECTIONS[story.category] : undefined;
        const documentId = key ? await lookups.section(key) : undefined;
        return key && documentId ? { key, documentId } : undefined;
      };
      const topicIds = async (story: ParsedStory, data: ReturnType<typeof articleDataFromStory>): Promise<string[]> => {
        const section = (await sectionOf(story))?.documentId;
        const ids = section ? [section] : [];
        if (options.tagAbove !== undefined && suggest) {
          for (const suggestion of suggest(articleText(data), LOCALE)) {
            if (suggestion.score >= options.tagAbove && !ids.includes(suggestion.topicId)) ids.push(suggestion.topicId);
          }
        }
        return ids;
      };

      /**
       * The archive files some stories under two sections (the same URL and text, another category): the
       * repeat adds its section to the article instead of being dropped. Published articles are republished
       * when the import publishes, so the public version carries the section too.
       */
      const fileUnderSecondSection = async (
        documentId: string,
        story: ParsedStory,
      ): Promise<WireImportOutcome | null> => {
        const found = await sectionOf(story);
        if (!found) return null;
        const { key: sectionKey, documentId: section } = found;
        const draft = (await strapi.db.query(ARTICLE_UID).findOne({
          select: ['id'],
          where: { documentId, locale: LOCALE, publishedAt: null },
          populate: { topics: { select: ['documentId'] } },
        })) as { topics?: Array<{ documentId: string }> } | null;
        if (!draft || (draft.topics ?? []).some((topic) => topic.documentId === section)) return null;
        if (options.mayUpdate && !(await options.mayUpdate(documentId))) return null;
        await strapi.documents(ARTICLE_UID).update({
          documentId,
          locale: LOCALE,
          data: { ...editor, topics: { connect: [{ documentId: section, locale: LOCALE }] } },
        } as never);
        if (options.publish && (await isPublished(documentId)))
          await getService(strapi, 'workflow').publishAsSystem(documentId, [LOCALE], actorId);
        return { status: 'updated', documentId, reason: `also filed under the ${sectionKey} section` };
      };

      /**
       * Publishes an imported story as the system when the import asks to; a story under an embargo that still
       * holds stays a draft, and the outcome says until when (the embargo binds imports too).
       */
      const publishImported = async (documentId: string): Promise<{ heldUntil?: string }> => {
        if (!options.publish) return {};
        const { held } = await getService(strapi, 'workflow').publishAsSystem(documentId, [LOCALE], actorId);
        return held[0] ? { heldUntil: held[0].embargoUntil } : {};
      };

      const importOne = async (story: ParsedStory): Promise<WireImportOutcome> => {
        // Drafts are saved without Strapi's length checks; a title this short could never be published.
        if (articleDataFromStory(story).title.length < 3) throw new Error('title shorter than 3 characters');
        const authorsPending: Array<[string, string]> = [];
        const sourcesPending: Array<[string, string]> = [];
        return strapi.db.transaction(async ({ onCommit }) => {
          onCommit(() => {
            lookups.commitAuthors(authorsPending);
            lookups.commitSources(sourcesPending);
          });
          lookups.newTransaction();
          const data = articleDataFromStory(story);
          const existing = await findExisting(story);
          const relations = async () => ({
            authors: await lookups.authors(story.persons, authorsPending),
            sources: await lookups.sources(story.sources, sourcesPending),
            topics: await topicIds(story, data),
          });
          // An empty list is left out: Strapi answers `topics: []` with a scan of the whole link table.
          const nonEmpty = (lists: Record<string, string[]>) =>
            Object.fromEntries(Object.entries(lists).filter(([, ids]) => ids.length > 0));
          if (existing && existing.contentHash === story.contentHash) {
            return (
              (await fileUnderSecondSection(existing.documentId, story)) ?? {
                status: 'skipped' as const,
                documentId: existing.documentId,
                reason: 'same content already imported',
              }
            );
          }
          if (existing && (await isPublished(existing.documentId))) {
            return {
              status: 'skipped' as const,
              documentId: existing.documentId,
              reason: 'a different version is published; not overwritten',
            };
          }
          if (existing && options.mayUpdate && !(await options.mayUpdate(existing.documentId))) {
            return {
              status: 'skipped' as const,
              documentId: existing.documentId,
              reason: 'a different version exists that you may not edit',
            };
          }
          if (existing) {
            const { authors, sources, topics } = await relations();
            // Relations are added to (connect), never replaced: editors may have tagged or credited since.
            const connect = (ids: string[]) => ({ connect: ids.map((documentId) => ({ documentId, locale: LOCALE })) });
            await strapi.documents(ARTICLE_UID).update({
              documentId: existing.documentId,
              locale: LOCALE,
              data: {
                ...data,
                ...editor,
                authors: connect(authors),
                sources: connect(sources),
                topics: connect(topics),
              },
            } as never);
            const held = await publishImported(existing.documentId);
            return {
              status: 'updated' as const,
              documentId: existing.documentId,
              reason: 'new version of the story',
              ...held,
            };
          }
          const created = await strapi
            .documents(ARTICLE_UID)
            .create({ locale: LOCALE, data: { ...data, ...creator, ...nonEmpty(await relations()) } } as never);
          return {
            status: 'created' as const,
            documentId: created.documentId,
            ...(await publishImported(created.documentId)),
          };
        });
      };

      const importStory = async (story: ParsedStory): Promise<WireImportOutcome> => {
        try {
          return await importOne(story);
        } catch (error) {
          lookups.forget();
          throw error;
        }
      };
      const importBatch = createBatchImporter(strapi, {
        lookups,
        publish: options.publish === true,
        publishNamed,
        actorId,
        topicIds,
        importOne: importStory,
      });

      return {
        async importStory(story: ParsedStory): Promise<WireImportOutcome> {
          await refreshSuggester();
          return importStory(story);
        },
        /** Many stories (archive loads): new ones a batch per transaction, repeats one by one; in input order. */
        async importBatch(stories: readonly ParsedStory[]): Promise<BatchItem[]> {
          await refreshSuggester();
          return importBatch(stories);
        },
      };
    },

    /**
     * The import use-case of the admin page and the command line: stories and read errors in, one result
     * out (see wire-import-stories.ts), through one session.
     */
    importStories(
      items: AsyncIterable<InputItem>,
      options: WireImportOptions & ImportStoriesOptions = {},
    ): Promise<ImportResult> {
      const run = () => importStories(items, this.session(options), options);
      if (options.versionPath === undefined) return run();
      const actorId = options.versionPath === 'import-cli' ? (options.actorId ?? 'system:import') : undefined;
      return runWithVersionContext({ path: options.versionPath, ...(actorId ? { actorId } : {}) }, run);
    },

    /** One story in a session of its own. */
    async importStory(story: ParsedStory, options: WireImportOptions = {}): Promise<WireImportOutcome> {
      return this.session(options).importStory(story);
    },
  };
};

export default wireImport;

declare module '../services-registry' {
  interface NewsroomServices {
    wireImport: ReturnType<typeof wireImport>;
  }
}
