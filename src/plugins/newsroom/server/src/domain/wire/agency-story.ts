import { clean, matchKey } from '../text/normalize';
import { agencyMentionsIn, agencyNamedBy } from './agencies';
import { parseAuthorField } from './author-field';
import { WireInputError } from './errors';
import { MarkupTooLarge, sectionsFromMarkup } from './markup-text';
import type { WireSection } from './parse-wire';
import { proposeHeadline } from './headline';
import { parseWireBody } from './parse-wire';
import { finishStory, normalizeSourceUrl } from './story';
import type { ParsedStory, StoryOrigin } from './story';

/**
 * What the agency formats (ninjs, NewsML-G2) say of a story, read into one shape by their readers and mapped
 * onto a ParsedStory here, so both get the same byline, dateline, embargo and body handling.
 */
export interface AgencyFields {
  id: string;
  version?: string;
  urgency?: unknown;
  headline?: string;
  /** The byline as written ("كتب: …", "بغداد - واع"): read like the archive's AUTHOR field. */
  byline?: string;
  /** Named creators (NewsML-G2 `creator`), each a byline of its own. */
  creators?: string[];
  dateline?: string;
  /** ISO date-times. */
  embargoed?: string;
  created?: string;
  summary?: string;
  /** XHTML or HTML body, or plain text (one paragraph a line). */
  body: { markup?: string; text?: string };
  keywords: string[];
  /** Info sources / providers named by the item. */
  sources: string[];
  url?: string;
}

const MAX_URGENCY = 9;

function isoTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function urgencyOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= MAX_URGENCY
    ? number
    : undefined;
}

/** The body's sections; a heading that repeats the headline is dropped (its paragraphs stay). */
function bodySections(body: AgencyFields['body'], headline: string): { sections: WireSection[]; footer: string[] } {
  if (body.markup !== undefined) {
    const { sections } = sectionsFromMarkup(body.markup);
    const merged: WireSection[] = [];
    for (const section of sections) {
      const repeatsHeadline = section.heading !== undefined && matchKey(section.heading) === matchKey(headline);
      if (repeatsHeadline && merged.length > 0) merged[merged.length - 1].paragraphs.push(...section.paragraphs);
      else merged.push(repeatsHeadline ? { paragraphs: section.paragraphs } : section);
    }
    return { sections: merged, footer: [] };
  }
  const text = parseWireBody(body.text ?? '');
  return { sections: [{ paragraphs: text.lead ? [text.lead] : [] }, ...text.sections], footer: text.footer };
}

export function storyFromAgencyFields(fields: AgencyFields, origin: StoryOrigin): ParsedStory {
  const headline = clean(fields.headline ?? '').trim();
  let body: { sections: WireSection[]; footer: string[] };
  try {
    body = bodySections(fields.body, headline);
  } catch (error) {
    if (error instanceof MarkupTooLarge)
      throw new WireInputError(origin.file, `${fields.id}: ${error.message}`, origin.line);
    throw error;
  }
  const { sections, footer } = body;
  const paragraphs = sections.flatMap((section) => section.paragraphs);
  if (paragraphs.length === 0) throw new WireInputError(origin.file, `${fields.id} has no body text`, origin.line);
  const proposed =
    headline === ''
      ? proposeHeadline({
          headings: sections.flatMap((section) => (section.heading ? [section.heading] : [])),
          paragraphs,
        })
      : '';
  const bylines = [fields.byline ?? '', ...(fields.creators ?? [])].map(parseAuthorField);
  const dateline = clean(fields.dateline ?? '').trim() || bylines.find((byline) => byline.dateline)?.dateline;
  const summary = clean(fields.summary ?? '').trim();
  const embargoUntil = isoTime(fields.embargoed);
  const publishedAt = isoTime(fields.created);
  const sourceUrl = normalizeSourceUrl(fields.url);
  const urgency = urgencyOf(fields.urgency);
  const keywords = [...new Set(fields.keywords.map((keyword) => clean(keyword).trim()).filter((word) => word !== ''))];
  return finishStory({
    title: headline || proposed,
    titleProposed: headline === '' && proposed !== '',
    ...(summary && !paragraphs[0].startsWith(summary) ? { standfirst: summary } : {}),
    persons: bylines.flatMap((byline) => byline.persons),
    ...(dateline ? { dateline } : {}),
    sources: [
      ...bylines.flatMap((byline) => byline.agencies),
      ...fields.sources.map((name) => agencyNamedBy(name) ?? clean(name).trim()).filter((name) => name !== ''),
      ...paragraphs.flatMap(agencyMentionsIn),
    ],
    sections,
    footer,
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(embargoUntil ? { embargoUntil } : {}),
    agency: {
      id: fields.id,
      ...(fields.version ? { version: fields.version } : {}),
      ...(urgency ? { urgency } : {}),
    },
    ...(keywords.length > 0 ? { keywords } : {}),
    origin,
  });
}
