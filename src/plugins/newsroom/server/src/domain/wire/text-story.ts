import { parseWireCopy } from './parse-wire';
import { finishStory } from './story';
import type { ParsedStory } from './story';

/** A plain-text file of copy (one story) as a ParsedStory. */
export function storyFromWireCopy(text: string, file: string): ParsedStory {
  const copy = parseWireCopy(text);
  return finishStory({
    title: copy.title,
    titleProposed: copy.titleProposed,
    persons: copy.byline.persons,
    ...(copy.byline.dateline ? { dateline: copy.byline.dateline } : {}),
    sources: [...copy.byline.agencies, ...copy.sourceMentions],
    sections: [{ paragraphs: copy.lead ? [copy.lead] : [] }, ...copy.sections],
    footer: copy.footer,
    origin: { file, line: 1, format: 'text' },
  });
}
