import { blocksFromSections } from '../content/blocks';
import type { BodyBlock } from '../content/blocks';
import { clean } from '../text/normalize';
import type { ParsedStory } from './story';

/**
 * The article fields a story fills (the relations are the importer's business), within the article
 * schema's limits: a field that would not fit is cut at a word (title) or left out (dateline, standfirst)
 * rather than failing the story.
 */
export interface StoryArticleData {
  title: string;
  standfirst?: string;
  dateline?: string;
  body: BodyBlock[];
  sourceUrl?: string;
  originalPublishedAt?: string;
  embargoUntil?: string;
  contentHash: string;
}

// PostgreSQL stores Strapi's string fields as varchar(255): the title's limit is that column's.
const LIMITS = { title: 255, standfirst: 1000, dateline: 120 };

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).trim();
}

export function articleDataFromStory(story: ParsedStory): StoryArticleData {
  const standfirst = clean(story.standfirst ?? '');
  const dateline = clean(story.dateline ?? '');
  return {
    title: cutAtWord(clean(story.title), LIMITS.title),
    ...(standfirst && standfirst.length <= LIMITS.standfirst ? { standfirst } : {}),
    ...(dateline && dateline.length <= LIMITS.dateline ? { dateline } : {}),
    body: blocksFromSections(
      story.sections.map((section) => ({
        ...(section.heading ? { heading: clean(section.heading) } : {}),
        paragraphs: section.paragraphs.map(clean),
      })),
    ),
    ...(story.sourceUrl ? { sourceUrl: story.sourceUrl } : {}),
    ...(story.publishedAt ? { originalPublishedAt: story.publishedAt } : {}),
    ...(story.embargoUntil ? { embargoUntil: story.embargoUntil } : {}),
    contentHash: story.contentHash,
  };
}

/** The ANT archive's categories and the key (English slug) of the section topic each files under. */
export const ANT_CATEGORY_SECTIONS: Readonly<Record<string, string>> = {
  middleEast: 'middle-east',
  internationalNews: 'international',
  economy: 'economy',
  sport: 'sport',
  technology: 'technology',
  culture: 'culture',
};
