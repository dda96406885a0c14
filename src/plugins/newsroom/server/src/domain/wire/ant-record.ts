import { clean } from '../text/normalize';
import { parseAuthorField } from './author-field';
import { WireInputError } from './errors';
import { proposeHeadline } from './headline';
import { parseWireBody } from './parse-wire';
import { finishStory, normalizeSourceUrl } from './story';
import type { ParsedStory, StoryOrigin } from './story';
import { parseWireTime } from './time';

/**
 * One story of the ANT corpus archive, as its <DOC> elements (DOCNO, URL, SRC, CAT, TITLE, TIME, AUTHOR,
 * ABSTRACT, TEXT) or its JSON lines (the same fields lower-cased, SRC and CAT spelt source and category).
 */
export interface AntRecord {
  docno: string;
  url: string;
  source: string;
  category: string;
  title: string;
  time: string;
  author: string;
  abstract: string;
  text: string;
}

export const ANT_FIELDS = [
  'docno',
  'url',
  'source',
  'category',
  'title',
  'time',
  'author',
  'abstract',
  'text',
] as const;

/** The archive's SRC codes and the outlet each stands for (the name `agencyNamedBy` gives it). */
export const ANT_OUTLETS: Readonly<Record<string, string>> = {
  alarabia: 'العربية.نت',
  bbc: 'بي بي سي عربي',
  cnn: 'سي إن إن بالعربية',
  france24: 'فرانس 24',
  skynews: 'سكاي نيوز عربية',
};

/** One JSON line as a record; a WireInputError naming the line when it is not one. */
export function antRecordFromJson(line: string, file: string, lineNumber: number): AntRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new WireInputError(
      file,
      `not a JSON object (${error instanceof Error ? error.message : String(error)})`,
      lineNumber,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new WireInputError(file, 'not a JSON object', lineNumber);
  const fields = value as Record<string, unknown>;
  const record = {} as Record<(typeof ANT_FIELDS)[number], string>;
  for (const name of ANT_FIELDS) {
    const field = fields[name];
    if (field !== undefined && field !== null && typeof field !== 'string') {
      throw new WireInputError(
        file,
        `field "${name}" must be a string, got ${Array.isArray(field) ? 'array' : typeof field}`,
        lineNumber,
      );
    }
    record[name] = field ?? '';
  }
  return record;
}

/** The archive's abstract is mostly the lead cut at ~200 characters; it is a standfirst only when it is not. */
function standfirstFrom(abstract: string, lead: string): string | undefined {
  const text = clean(abstract);
  if (text === '' || lead.startsWith(text.replace(/[.…\s]+$/, ''))) return undefined;
  return text;
}

export function storyFromAntRecord(record: AntRecord, origin: StoryOrigin): ParsedStory {
  const fail = (reason: string): never => {
    throw new WireInputError(origin.file, reason, origin.line);
  };
  const body = parseWireBody(record.text);
  const firstParagraph = body.lead || body.sections.flatMap((section) => section.paragraphs)[0] || '';
  if (firstParagraph === '') fail(`${record.docno || 'record'} has no text`);
  const byline = parseAuthorField(record.author);
  const title = clean(record.title);
  const proposed =
    title === ''
      ? proposeHeadline({
          headings: body.sections.flatMap((section) => (section.heading ? [section.heading] : [])),
          paragraphs: [firstParagraph],
        })
      : '';
  const outlet = ANT_OUTLETS[record.source.trim().toLowerCase()];
  const standfirst = standfirstFrom(record.abstract, firstParagraph);
  const sourceUrl = normalizeSourceUrl(record.url);
  const publishedAt = parseWireTime(record.time);
  const category = record.category.trim();
  return finishStory({
    title: title || proposed,
    titleProposed: title === '' && proposed !== '',
    ...(standfirst ? { standfirst } : {}),
    persons: byline.persons,
    ...(byline.dateline ? { dateline: byline.dateline } : {}),
    sources: [...byline.agencies, ...(outlet ? [outlet] : []), ...body.sourceMentions],
    sections: [{ paragraphs: body.lead ? [body.lead] : [] }, ...body.sections],
    footer: body.footer,
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(category ? { category } : {}),
    origin: { ...origin, ...(record.docno.trim() ? { docno: record.docno.trim() } : {}) },
  });
}
