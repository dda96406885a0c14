import { parseWireCopy } from './parse-wire';
import { extractEmbargo } from './embargo-line';
import { finishStory } from './story';
import type { ParsedStory } from './story';

/**
 * A plain-text file of copy (one story) as a ParsedStory. An embargo line is read (a time without a zone in
 * `timeZone`) and taken out of the copy before it is parsed.
 */
export function storyFromWireCopy(text: string, file: string, timeZone = 'UTC'): ParsedStory {
  const embargo = extractEmbargo(text, timeZone);
  const copy = parseWireCopy(embargo.text);
  return finishStory({
    title: copy.title,
    titleProposed: copy.titleProposed,
    persons: copy.byline.persons,
    ...(copy.byline.dateline ? { dateline: copy.byline.dateline } : {}),
    sources: [...copy.byline.agencies, ...copy.sourceMentions],
    sections: [{ paragraphs: copy.lead ? [copy.lead] : [] }, ...copy.sections],
    footer: copy.footer,
    ...(embargo.embargoUntil ? { embargoUntil: embargo.embargoUntil } : {}),
    origin: { file, line: 1, format: 'text' },
  });
}
