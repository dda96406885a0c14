import type { Core } from '@strapi/strapi';
import type { OfferedUpdate } from '../../../shared/contracts/wire-import';
import type { ParsedStory, articleDataFromStory } from '../domain/wire';
import { diffSnapshots } from '../domain/history/diff';
import type { ArticleSnapshot } from '../domain/history/snapshot';
import { readDraftSnapshot } from '../history/snapshot-reader';
import { getService } from '../get-service';
import { ARTICLE_UID } from '../../../core/model';
import type { UpdateMatch } from './story-records';

const LOCALE = 'ar';
type StoryData = ReturnType<typeof articleDataFromStory>;

/**
 * The draft as applying the story would leave it: the story's fields over the draft's (a field the story lacks
 * stays as it is), relations as they are (the import only adds to them).
 */
export function appliedSnapshot(before: ArticleSnapshot, data: StoryData): ArticleSnapshot {
  return {
    fields: {
      ...before.fields,
      title: data.title,
      body: data.body,
      ...(data.standfirst !== undefined ? { standfirst: data.standfirst } : {}),
      ...(data.dateline !== undefined ? { dateline: data.dateline } : {}),
      ...(data.sourceUrl !== undefined ? { sourceUrl: data.sourceUrl } : {}),
    },
    relations: before.relations,
  };
}

/** An update offered (nothing written): what it would change in the draft, and whether this user may apply it. */
export async function offerOf(
  strapi: Core.Strapi,
  match: UpdateMatch,
  story: ParsedStory,
  data: StoryData,
  mayUpdate?: (documentId: string) => Promise<boolean>,
): Promise<OfferedUpdate> {
  const draft = await readDraftSnapshot(strapi, match.documentId, LOCALE);
  const before = draft?.snapshot;
  const published =
    (await strapi.db
      .query(ARTICLE_UID)
      .count({ where: { documentId: match.documentId, locale: LOCALE, publishedAt: { $notNull: true } } })) > 0;
  const { stage } = await getService(strapi, 'workflow').stateOf(match.documentId, LOCALE);
  const agency = story.agency;
  return {
    documentId: match.documentId,
    locale: LOCALE,
    title: before?.fields.title ?? '',
    storyTitle: data.title,
    contentHash: story.contentHash,
    matchedBy: match.by,
    ...(match.by === 'similar-text' ? { similarity: Math.round(match.similarity * 100) / 100 } : {}),
    ...(agency
      ? {
          agency: {
            id: agency.id,
            ...(agency.version !== undefined ? { version: agency.version } : {}),
            ...(agency.urgency !== undefined ? { urgency: agency.urgency } : {}),
            ...(match.by === 'agency-id' && match.agencyVersion ? { previousVersion: match.agencyVersion } : {}),
          },
        }
      : {}),
    stage,
    published,
    mayApply: mayUpdate ? await mayUpdate(match.documentId) : true,
    changes: before ? diffSnapshots(before, appliedSnapshot(before, data)) : [],
  };
}
