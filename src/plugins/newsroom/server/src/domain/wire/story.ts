import { createHash } from 'crypto';
import { clean, matchKey } from '../text/normalize';
import { agencyNamedBy } from './agencies';
import { personNameFrom } from './byline-prefix';
import type { WireSection } from './parse-wire';

/**
 * One story, whatever it came from (plain-text copy, an archive <DOC>, an archive JSON line): what the
 * importer maps onto an article, and what `--dry-run --json` prints.
 */
export type WireFormat = 'text' | 'ant-sgml' | 'ant-jsonl' | 'ninjs' | 'newsml-g2';

export interface StoryOrigin {
  file: string;
  /** 1-based line where the story starts in its file. */
  line: number;
  format: WireFormat;
  /** The archive's DOCNO. */
  docno?: string;
}

export interface ParsedStory {
  title: string;
  /** True when the input had no headline and `title` was cut from the lead. */
  titleProposed: boolean;
  /** The archive's ABSTRACT when it says more than the lead's opening (it is usually a cut copy of it). */
  standfirst?: string;
  /** Authors, as written. */
  persons: string[];
  dateline?: string;
  /** Agencies and outlets credited (byline, archive source, mentions in the text), one name each. */
  sources: string[];
  headings: string[];
  /** Every paragraph, lead first, in order. */
  paragraphs: string[];
  /** The body: the lead in a section without heading, then one section per heading. */
  sections: WireSection[];
  /** Boilerplate removed from the end ("اقرأ المزيد في المصدر"). */
  footer: string[];
  /** The footer line that points at the source, if any. */
  sourcePointer?: string;
  sourceUrl?: string;
  /** Original publication time, ISO (UTC). */
  publishedAt?: string;
  /** The copy's embargo line (embargo-line.ts), UTC ISO: the article's `embargoUntil`. */
  embargoUntil?: string;
  /** What an agency format (ninjs, NewsML-G2) says of the item: its id, version and urgency. */
  agency?: AgencyItem;
  /** Keywords and subject names an agency format carries, as written. */
  keywords?: string[];
  /** The archive's category (CAT), e.g. "middleEast". */
  category?: string;
  /** sha256 of the matchKey of title and text: the same story spelt slightly differently hashes the same. */
  contentHash: string;
  origin: StoryOrigin;
}

export interface AgencyItem {
  /** The agency's id for the story (ninjs `uri`, NewsML-G2 `guid`): the same across its versions. */
  id: string;
  version?: string;
  /** 1 (most urgent) to 9. */
  urgency?: number;
}

export type StoryParts = Omit<ParsedStory, 'headings' | 'paragraphs' | 'contentHash' | 'sourcePointer'>;

const POINTER = /https?:\/\/|المصدر|source/i;
const URL_SHAPE = /^https?:\/\/[^\s<>"']+$/;

export function contentHashOf(title: string, sections: readonly WireSection[]): string {
  const hash = createHash('sha256').update(matchKey(title));
  for (const section of sections) {
    if (section.heading) hash.update(`\n${matchKey(section.heading)}`);
    for (const paragraph of section.paragraphs) hash.update(`\n${matchKey(paragraph)}`);
  }
  return hash.digest('hex');
}

/** A URL the article's sourceUrl accepts: trimmed, spaces and quotes percent-encoded; undefined if not http(s). */
export function normalizeSourceUrl(url: string | undefined): string | undefined {
  const trimmed = clean(url ?? '').trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  const encoded = trimmed.replace(/[\s<>"']/g, (char) => encodeURIComponent(char));
  return URL_SHAPE.test(encoded) ? encoded : undefined;
}

/**
 * The last guard on credits, whatever format they came from: a person's name loses any credit verb or
 * honorific («كتب: », «بقلم الزميل»), and a "person" that names an agency («أ.ف.ب», «وكالة الأنباء العراقية
 * (واع)», "Reuters") is credited as a source.
 */
function creditsOf(persons: readonly string[], sources: readonly string[]): { persons: string[]; sources: string[] } {
  const people = new Set<string>();
  const agencies = new Set(sources);
  for (const written of persons) {
    const name = personNameFrom(written);
    const agency = agencyNamedBy(name);
    if (agency) agencies.add(agency);
    else if (name !== '') people.add(name);
  }
  return { persons: [...people], sources: [...agencies] };
}

/** Completes a story: derived lists, the pointer line and the content hash; empty sections dropped. */
export function finishStory(parts: StoryParts): ParsedStory {
  const sections = parts.sections.filter((section) => section.paragraphs.length > 0 || section.heading);
  const story: ParsedStory = {
    ...parts,
    ...creditsOf(parts.persons, parts.sources),
    sections,
    headings: sections.flatMap((section) => (section.heading ? [section.heading] : [])),
    paragraphs: sections.flatMap((section) => section.paragraphs),
    contentHash: contentHashOf(parts.title, sections),
  };
  const pointer = parts.footer.find((line) => POINTER.test(line));
  if (pointer) story.sourcePointer = pointer;
  return story;
}
