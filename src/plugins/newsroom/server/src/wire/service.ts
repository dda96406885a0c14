import type { Core } from '@strapi/strapi';
import { ANT_CATEGORY_SECTIONS, articleDataFromStory } from '../domain/wire';
import type { InputItem, ParsedStory } from '../domain/wire';
import type { ImportResult, OfferedUpdate, UpdateAction } from '../../../shared/contracts/wire-import';
import { getService, type NewsroomServices } from '../get-service';
import { articleText } from '../tagging/service';
import { createLookups } from './lookups';
import { createBatchImporter, type BatchItem } from './batch';
import { importStories, type ImportStoriesOptions } from './import-stories';
import { runWithVersionContext } from '../history/context';
import { createStoryRecords, type UpdateMatch } from './story-records';
import { offerOf } from './update-offer';
import { compareVersions } from '../domain/wire/near-duplicate';
import { ARTICLE_UID } from '../../../core/model';

/**
 * Imports parsed wire copy and archive stories as Arabic articles: each story in one transaction (a story
 * that fails leaves nothing of itself), authors and sources found or created once, the archive category's
 * section topic connected, drafts at the workflow's first stage or published through the workflow.
 * Idempotent: a story whose content hash is already there is skipped ("already imported"); a later version of
 * an imported story (the same agency id or source URL, or near-duplicate text: story-records.ts) is offered as
 * an update of that draft, applied to it, or imported as new, as `updates` says.
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
  /**
   * A later version of an imported story (same agency id or URL, or near-duplicate text): `offer` (written
   * nowhere, answered as an OfferedUpdate), `apply` to the stored draft, or `new`. Unset (a program that has not
   * chosen): the same agency id or URL updates the draft, as before updates were offered, and text is not compared.
   */
  updates?: 'offer' | UpdateAction;
  /** `apply` only to this draft: the page's decision names the draft it offered. */
  applyTo?: string;
}

export type WireImportStatus = 'created' | 'updated' | 'skipped' | 'offered';

export interface WireImportOutcome {
  status: WireImportStatus;
  documentId: string;
  /** Why an existing article was skipped or what an update did. */
  reason?: string;
  /** Asked to publish, left a draft: its embargo (UTC ISO) still holds. */
  heldUntil?: string;
  /** The update offered (status `offered`). */
  update?: OfferedUpdate;
}

const wireImport = ({ strapi }: { strapi: Core.Strapi }) => {
  const records = createStoryRecords(strapi);
  /** The draft that already holds exactly this content (same normalized title and text). */
  const findSameContent = async (story: ParsedStory): Promise<{ documentId: string } | null> =>
    (await strapi.db.query(ARTICLE_UID).findOne({
      select: ['documentId'],
      where: { locale: LOCALE, publishedAt: null, contentHash: story.contentHash },
    })) as { documentId: string } | null;

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
      const updates = options.updates ?? 'apply';
      const byText = options.updates !== undefined;
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

      /** An agency version before the one imported (both given): never written over the newer one. */
      const isOlder = (match: UpdateMatch, story: ParsedStory): boolean =>
        match.by === 'agency-id' && (compareVersions(story.agency?.version, match.agencyVersion) ?? 1) < 0;

      /**
       * Writes a later version into the stored draft: a new version in its history; relations are added to
       * (connect), never replaced, since editors may have tagged or credited since. A story in review or approved
       * is sent back by the workflow's approval binding like any edit of its draft; a published one keeps its
       * live version until it is published again through the workflow (not even `--publish` republishes it).
       */
      const applyUpdate = async (
        match: UpdateMatch,
        story: ParsedStory,
        data: ReturnType<typeof articleDataFromStory>,
        { authors, sources, topics }: Record<'authors' | 'sources' | 'topics', string[]>,
      ): Promise<WireImportOutcome> => {
        const connect = (ids: string[]) => ({ connect: ids.map((documentId) => ({ documentId, locale: LOCALE })) });
        const wasPublished = await isPublished(match.documentId);
        await strapi.documents(ARTICLE_UID).update({
          documentId: match.documentId,
          locale: LOCALE,
          data: { ...data, ...editor, authors: connect(authors), sources: connect(sources), topics: connect(topics) },
        } as never);
        await records.record([{ documentId: match.documentId, story }]);
        const held = wasPublished ? {} : await publishImported(match.documentId);
        return { status: 'updated', documentId: match.documentId, reason: 'new version of the story', ...held };
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
          const relations = async () => ({
            authors: await lookups.authors(story.persons, authorsPending),
            sources: await lookups.sources(story.sources, sourcesPending),
            topics: await topicIds(story, data),
          });
          // An empty list is left out: Strapi answers `topics: []` with a scan of the whole link table.
          const nonEmpty = (lists: Record<string, string[]>) =>
            Object.fromEntries(Object.entries(lists).filter(([, ids]) => ids.length > 0));
          const same = await findSameContent(story);
          if (same) {
            return (
              (await fileUnderSecondSection(same.documentId, story)) ?? {
                status: 'skipped' as const,
                documentId: same.documentId,
                reason: 'same content already imported',
              }
            );
          }
          const match = updates === 'new' ? null : await records.findUpdateOf(story, { byText });
          if (match) {
            const skipped = (reason: string) => ({ status: 'skipped' as const, documentId: match.documentId, reason });
            if (updates === 'offer') {
              const update = await offerOf(strapi, match, story, data, options.mayUpdate);
              return { status: 'offered' as const, documentId: match.documentId, update };
            }
            if (options.applyTo !== undefined && options.applyTo !== match.documentId)
              return skipped('no longer an update of that story');
            if (isOlder(match, story)) return skipped('an older version than the one imported');
            if (options.mayUpdate && !(await options.mayUpdate(match.documentId)))
              return skipped('a different version exists that you may not edit');
            return applyUpdate(match, story, data, await relations());
          }
          const created = await strapi
            .documents(ARTICLE_UID)
            .create({ locale: LOCALE, data: { ...data, ...creator, ...nonEmpty(await relations()) } } as never);
          await records.record([{ documentId: created.documentId, story }]);
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
        records,
        detectUpdates: updates !== 'new',
        compareText: byText,
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
