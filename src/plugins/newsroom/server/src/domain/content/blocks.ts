/**
 * Strapi "blocks" rich text, as the body field stores it, built from plain paragraphs and headings.
 * Pure: no Strapi import, so the wire importer, the seed and the tests share it.
 */
export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export interface ParagraphBlock {
  type: 'paragraph';
  children: TextNode[];
}
export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  children: TextNode[];
}
export type BodyBlock = ParagraphBlock | HeadingBlock;

export interface BodySection {
  heading?: string;
  paragraphs: readonly string[];
}

export const paragraphBlock = (text: string): ParagraphBlock => ({
  type: 'paragraph',
  children: [{ type: 'text', text }],
});

/** Section headings become level-2 headings (the headline is level 1 on the page), paragraphs paragraphs. */
export const blocksFromSections = (sections: readonly BodySection[]): BodyBlock[] =>
  sections.flatMap((section) => [
    ...(section.heading
      ? [{ type: 'heading', level: 2, children: [{ type: 'text', text: section.heading }] } as HeadingBlock]
      : []),
    ...section.paragraphs.filter((text) => text.trim() !== '').map(paragraphBlock),
  ]);
