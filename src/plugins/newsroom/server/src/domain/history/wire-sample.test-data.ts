/**
 * The newsroom's sample wire story (tests/fixtures/wire/iraq-nato-manama-dialogue.txt) as a Strapi blocks
 * body, for the history tests: short lines without a full stop are section headings, the rest paragraphs.
 * The caller reads the file; this stays pure.
 */
export interface SampleBlock {
  type: 'paragraph' | 'heading';
  level?: number;
  children: Array<{ type: 'text'; text: string; bold?: boolean }>;
}

const isHeading = (line: string): boolean => line.split(/\s+/).length <= 12 && !/[.،]$/.test(line);

export function sampleBody(story: string): SampleBlock[] {
  const lines = story
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('كتب:'));
  return lines.map((line) =>
    isHeading(line)
      ? { type: 'heading', level: 2, children: [{ type: 'text', text: line }] }
      : { type: 'paragraph', children: [{ type: 'text', text: line }] },
  );
}

export const textOfBlock = (block: SampleBlock): string => block.children.map((child) => child.text).join('');

export const withText = (block: SampleBlock, text: string): SampleBlock => ({
  ...block,
  children: [{ type: 'text', text }],
});
