import { clean } from '../text/normalize';
import { agencyMentionsIn, keyWords } from './agencies';
import { isBareUuid, parseBylineLine } from './byline';
import type { Byline } from './byline';
import { proposeHeadline } from './headline';

/**
 * A simple parser for plain-text agency copy: one paragraph per line, optionally a headline and a
 * byline at the top, short unpunctuated lines as section headings, and "read more at the source"
 * boilerplate at the bottom. Hard-wrapped copy (one paragraph over several lines) is not handled:
 * its short lines would read as headings.
 */
export interface WireSection {
  heading?: string;
  paragraphs: string[];
}

export interface ParsedWireCopy {
  title: string;
  /** True when the copy had no headline and `title` was proposed (headline.ts: first heading, else the lead's main clause). */
  titleProposed: boolean;
  byline: Byline;
  lead: string;
  sections: WireSection[];
  footer: string[];
  /** Agencies credited inside the text ("نقلت وكالة الأنباء العراقية (واع)"), in order. */
  sourceMentions: string[];
}

const MAX_HEADING_WORDS = 12;
const MAX_HEADING_LENGTH = 100;
/** A heading does not end like a sentence or a clause. */
const CLOSING_PUNCTUATION = new Set(['.', '!', '?', '؟', ':', '…', '،', ',', ';', '؛']);
const MAX_FOOTER_WORDS = 15;

/** Boilerplate a feed appends; matched on `keyWords` so spelling variants match too. */
const FOOTER_PHRASES: readonly string[][] = [
  'اضغط هنا',
  'انقر هنا',
  'قراءة المزيد',
  'اقرأ المزيد',
  'اقرأ أيضا',
  'لمزيد من التفاصيل',
  'للمزيد من التفاصيل',
  'المزيد في المصدر',
  'رابط المصدر',
  'تابعونا على',
  'read more',
  'click here',
].map(keyWords);
const SOURCE_WORD = keyWords('المصدر')[0];
export function parseWireCopy(raw: string): ParsedWireCopy {
  const lines = wireLines(raw, 'parseWireCopy');
  const top = readTop(lines);
  const body = bodyFrom(lines, top.bodyStart);
  const proposed =
    top.title === ''
      ? proposeHeadline({
          headings: body.sections.flatMap((section) => (section.heading ? [section.heading] : [])),
          paragraphs: [body.lead, ...body.sections.flatMap((section) => section.paragraphs)],
        })
      : '';
  return {
    title: clean(top.title || proposed),
    titleProposed: top.title === '' && proposed !== '',
    byline: top.byline,
    ...body,
  };
}

export interface WireBody {
  lead: string;
  sections: WireSection[];
  footer: string[];
  sourceMentions: string[];
}

/**
 * The body of copy whose headline and byline arrive separately (the archive's TEXT element): the same
 * lead, sections and footer as `parseWireCopy`, without looking for a headline or byline at the top.
 */
export function parseWireBody(raw: string): WireBody {
  return bodyFrom(wireLines(raw, 'parseWireBody'), 0);
}

/** The copy's non-empty lines, cleaned and trimmed, bare UUIDs (feed junk) dropped. */
function wireLines(raw: string, caller: string): string[] {
  if (typeof raw !== 'string') {
    throw new TypeError(`${caller}: raw must be a string, got ${raw === null ? 'null' : typeof raw}`);
  }
  return clean(raw)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !isBareUuid(line));
}

/** Lead, sections, footer and agency mentions of the lines from `start` on. */
function bodyFrom(lines: readonly string[], start: number): WireBody {
  const footerStart = findFooterStart(lines, start);
  const { lead, sections } = readBody(lines.slice(start, footerStart));
  const bodyTexts = [lead, ...sections.flatMap((section) => [section.heading ?? '', ...section.paragraphs])];
  return {
    lead: clean(lead),
    sections: sections.map((section) => ({
      ...(section.heading === undefined ? {} : { heading: clean(section.heading) }),
      paragraphs: section.paragraphs.map(clean),
    })),
    footer: lines.slice(footerStart).map(clean),
    sourceMentions: [...new Set(bodyTexts.flatMap(agencyMentionsIn))],
  };
}

interface Top {
  title: string;
  byline: Byline;
  bodyStart: number;
}

/** A byline first, or a headline then an optional byline. */
function readTop(lines: readonly string[]): Top {
  const noByline: Byline = { persons: [], agencies: [] };
  const firstByline = lines.length > 0 ? parseBylineLine(lines[0]) : null;
  if (firstByline) return { title: '', byline: firstByline, bodyStart: 1 };
  const secondByline = lines.length > 1 ? parseBylineLine(lines[1]) : null;
  const startsWithHeadline =
    lines.length > 1 && isHeadingLike(lines[0]) && (secondByline !== null || !isHeadingLike(lines[1]));
  if (!startsWithHeadline) return { title: '', byline: noByline, bodyStart: 0 };
  if (secondByline) return { title: lines[0], byline: secondByline, bodyStart: 2 };
  return { title: lines[0], byline: noByline, bodyStart: 1 };
}

function isHeadingLike(line: string): boolean {
  if (line.length > MAX_HEADING_LENGTH || CLOSING_PUNCTUATION.has(line[line.length - 1])) return false;
  return line.split(' ').length <= MAX_HEADING_WORDS && /[\p{L}]/u.test(line);
}

/** Index of the first line of the trailing run of boilerplate lines. */
function findFooterStart(lines: readonly string[], bodyStart: number): number {
  let start = lines.length;
  while (start > bodyStart && isBoilerplate(lines[start - 1])) start -= 1;
  return start;
}

function isBoilerplate(line: string): boolean {
  const words = keyWords(line);
  if (words.length === 0 || words.length > MAX_FOOTER_WORDS) return false;
  if (words[0] === SOURCE_WORD) return true; // "المصدر: وكالات"
  return FOOTER_PHRASES.some((phrase) => containsPhrase(words, phrase));
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/**
 * The lead is the first paragraph before any heading. A heading is a heading-like line followed
 * by a paragraph; a heading-like line followed by another one, or by nothing, stays a paragraph.
 */
function readBody(lines: readonly string[]): { lead: string; sections: WireSection[] } {
  let lead = '';
  const sections: WireSection[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    const next = lines[index + 1];
    const current = sections[sections.length - 1];
    if (isHeadingLike(line) && next !== undefined && !isHeadingLike(next)) {
      sections.push({ heading: line, paragraphs: [] });
    } else if (current === undefined && lead === '') {
      lead = line;
    } else if (current === undefined) {
      sections.push({ paragraphs: [line] });
    } else {
      current.paragraphs.push(line);
    }
  }
  return { lead, sections };
}
