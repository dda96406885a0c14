import { blocksFromSections } from './blocks';

describe('blocksFromSections', () => {
  it('turns headed sections into heading and paragraph blocks, in order', () => {
    const blocks = blocksFromSections([
      { paragraphs: ['المقدمة'] },
      { heading: 'التعاون الأمني', paragraphs: ['فقرة أولى', '', 'فقرة ثانية'] },
    ]);
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'المقدمة' }] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'التعاون الأمني' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'فقرة أولى' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'فقرة ثانية' }] },
    ]);
  });
});
