import fs from 'fs';
import path from 'path';
import { detectWireFormat } from './format';
import { sectionsFromMarkup } from './markup-text';
import { readWireInput } from './read-input';
import type { InputItem } from './read-input';
import type { ParsedStory } from './story';

/** ninjs and NewsML-G2 samples (tests/fixtures/wire/, written for these tests in the shapes agencies send). */
const FIXTURES = path.join(__dirname, '../../../../../../../tests/fixtures/wire');

async function read(name: string, content?: string): Promise<InputItem[]> {
  const bytes = content === undefined ? fs.readFileSync(path.join(FIXTURES, name)) : Buffer.from(content, 'utf8');
  const items: InputItem[] = [];
  for await (const item of readWireInput({ file: name, name, size: bytes.length, gzip: false, chunks: [bytes] }))
    items.push(item);
  return items;
}

async function stories(name: string, content?: string): Promise<ParsedStory[]> {
  return (await read(name, content)).map((item) => {
    if ('error' in item) throw item.error;
    return item.story;
  });
}

async function refusal(name: string, content: string): Promise<string> {
  try {
    const items = await read(name, content);
    const failed = items.find((item) => 'error' in item);
    return failed && 'error' in failed ? failed.error.message : 'accepted';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('ninjs', () => {
  it('maps a ninjs 2.0 item: id, version, urgency, embargo, byline, dateline, subjects, body', async () => {
    const [story] = await stories('ninjs-2-manama-dialogue.json');
    expect(story.origin.format).toBe('ninjs');
    expect(story.agency).toEqual({ id: 'urn:newsml:ina.iq:20261205:ina-manama-0412', version: '3', urgency: 3 });
    expect(story.title).toBe('الأعرجي يبحث مع رئيس اللجنة العسكرية للناتو تعزيز التعاون الأمني'); // the "main" headline
    expect(story.titleProposed).toBe(false);
    expect(story.embargoUntil).toBe('2026-12-05T09:00:00.000Z'); // 12:00 at +03:00
    expect(story.publishedAt).toBe('2026-12-05T08:10:00.000Z');
    expect(story.persons).toEqual(['سيد محمد']); // «بقلم الزميل» off
    expect(story.dateline).toBe('المنامة');
    expect(story.sources).toEqual(['وكالة الأنباء العراقية']); // infosource "(واع)" and the text's mention: one source
    expect(story.keywords).toEqual(['الأمن', 'حلف الناتو']);
    expect(story.standfirst).toBe('لقاء على هامش حوار المنامة تناول برامج التدريب والاستشارة.');
    expect(story.headings).toEqual(['بعثة الناتو في العراق']); // the h1 repeating the headline is not a heading
    expect(story.paragraphs).toHaveLength(3);
    expect(story.paragraphs[1]).toContain('العراق والحلف في مجالات التدريب & الاستشارة'); // &nbsp; and &amp;
    expect(story.paragraphs.join(' ')).not.toContain('صورة أرشيفية'); // figure captions dropped
    expect(story.sourceUrl).toBeUndefined(); // a URN is an id, not a link
  });

  it('maps the ninjs 1.x names Superdesk sends (guid, headline, body_html, byline, keywords, subject)', async () => {
    const [story] = await stories('ninjs-1-superdesk-riyadh.json');
    expect(story.agency).toMatchObject({ version: '2', urgency: 2 });
    expect(story.agency?.id).toMatch(/^urn:newsml:localhost:/);
    expect(story.title).toBe('افتتاح معرض الرياض الدولي للكتاب بمشاركة ألف دار نشر');
    expect(story.persons).toEqual([]);
    expect(story.dateline).toBe('الرياض');
    expect(story.sources).toEqual(['واس']);
    expect(story.keywords).toEqual(['ثقافة وفنون', 'معرض الكتاب', 'الرياض', 'ثقافة']);
    expect(story.paragraphs).toHaveLength(2);
    expect(story.embargoUntil).toBeUndefined();
  });

  it('reads an array of items, and refuses an item without an id, naming the field', async () => {
    const items = await read(
      'batch.json',
      JSON.stringify([
        {
          uri: 'https://wire.example.com/a',
          headlines: [{ value: 'خبر أول' }],
          bodies: [{ value: 'نص الخبر الأول.' }],
        },
        { headlines: [{ value: 'بلا معرف' }], bodies: [{ value: 'نص.' }] },
      ]),
    );
    expect('story' in items[0] && items[0].story.sourceUrl).toBe('https://wire.example.com/a');
    expect('error' in items[1] && items[1].error.message).toMatch(/"uri".*missing/);
  });

  it('ignores an urgency outside 1–9 and an embargo that is not a time', async () => {
    const [story] = await stories(
      'odd.json',
      JSON.stringify({ uri: 'urn:x:1', urgency: 12, embargoed: 'soon', bodies: [{ value: 'نص الخبر.' }] }),
    );
    expect(story.agency).toEqual({ id: 'urn:x:1' });
    expect(story.embargoUntil).toBeUndefined();
    expect(story.titleProposed).toBe(true);
  });

  it('refuses nesting deeper than the JSON bodies allow before parsing, naming the limit in English and Arabic', async () => {
    const deep = `{"uri":"urn:x:2","extra":${'['.repeat(65)}${']'.repeat(65)}}`;
    const message = await refusal('deep.json', deep);
    expect(message).toMatch(/jsonDepth \(64\)/);
    expect(message).toMatch(/تجاوز حد jsonDepth/);
    const allowed = `{"uri":"urn:x:2","bodies":[{"value":"نص."}],"extra":${'['.repeat(60)}${']'.repeat(60)}}`;
    expect(await refusal('ok.json', allowed)).toBe('accepted');
  });

  it('refuses JSON that does not parse', async () => {
    expect(await refusal('broken.json', '{\n "uri": "urn:x:3",\n')).toMatch(/broken\.json: not JSON/);
  });
});

describe('NewsML-G2', () => {
  it('maps a newsItem: guid, version, urgency, embargo, creator, by, dateline, subjects and keywords, XHTML body', async () => {
    const [story] = await stories('newsml-g2-item-baghdad.xml');
    expect(story.origin.format).toBe('newsml-g2');
    expect(story.agency).toEqual({ id: 'urn:newsml:ina.iq:20261205:ina-budget-0077', version: '2', urgency: 4 });
    expect(story.title).toBe('البرلمان العراقي يبدأ مناقشة موازنة 2027');
    expect(story.embargoUntil).toBe('2026-12-05T15:00:00.000Z');
    expect(story.publishedAt).toBe('2026-12-05T07:55:00.000Z'); // firstCreated
    expect(story.persons).toEqual(['منى الشاذلي']); // «كتبت:» off, in <by> and <creator> alike: one person
    expect(story.dateline).toBe('بغداد');
    expect(story.sources).toEqual(['وكالة الأنباء العراقية']);
    expect(story.keywords).toEqual(['اقتصاد', 'الموازنة العامة', 'الموازنة', 'البرلمان العراقي']);
    expect(story.standfirst).toBe('القراءة الأولى لمشروع القانون تبدأ الأسبوع المقبل.');
    expect(story.headings).toEqual(['الإيرادات النفطية']);
    expect(story.paragraphs[0]).toContain('للعام 2027 & جداولها'); // entity decoded once
    expect(story.paragraphs.join(' ')).not.toContain('<');
  });

  it('reads every newsItem of a newsMessage, with inlineData as plain text', async () => {
    const [doha, paris] = await stories('newsml-g2-message-two-items.xml');
    expect(doha.agency).toEqual({ id: 'urn:newsml:wire.example.com:20261205:doha-001', version: '1', urgency: 5 });
    expect(doha.sources).toEqual(['وكالة الأنباء القطرية']);
    expect(doha.persons).toEqual([]);
    expect(doha.paragraphs).toEqual([
      'تستضيف الدوحة الأسبوع المقبل اجتماعا لوزراء الطاقة في المنطقة.',
      'ويناقش الاجتماع أمن الإمدادات.',
    ]);
    expect(paris.sources).toEqual(['فرانس برس']);
    expect(paris.agency?.urgency).toBe(2);
  });

  it('refuses malformed XML with its line, a DOCTYPE, and nesting past the limit', async () => {
    expect(await refusal('bad.xml', '<?xml version="1.0"?>\n<newsItem guid="a">\n<contentMeta>\n</newsItem>')).toMatch(
      /bad\.xml:\d+: not well-formed XML/,
    );
    expect(
      await refusal('entities.xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><newsItem guid="a"/>'),
    ).toMatch(/DOCTYPE is not accepted/);
    const deep = `<newsItem guid="urn:x:4"><contentSet><inlineData>نص.</inlineData></contentSet>${'<a>'.repeat(70)}${'</a>'.repeat(70)}</newsItem>`;
    expect(await refusal('deep.xml', deep)).toMatch(/deeper than 64 levels/);
    expect(await refusal('other.xml', '<?xml version="1.0"?><rss><channel/></rss>')).toMatch(/no newsItem/);
  });

  it('refuses more elements than a story needs before validating, and keeps empty elements flat', async () => {
    const item = (extra: string) =>
      `<newsItem guid="urn:x:5"><contentMeta>${extra}</contentMeta><contentSet><inlineData>نص.</inlineData></contentSet></newsItem>`;
    expect(await refusal('wide.xml', item('<keyword>ك</keyword>'.repeat(60_001)))).toMatch(
      /more than 60000 XML elements \/ أكثر من 60000 عنصر XML/,
    );
    expect(await refusal('flat.xml', item('<keyword/>'.repeat(100)))).toBe('accepted');
  });

  it('refuses a body with more tags than an article may hold, naming the limit', async () => {
    const body = '<p>نص</p>'.repeat(30_001);
    const message = await refusal('tags.json', JSON.stringify({ uri: 'urn:x:6', body_html: body }));
    expect(message).toMatch(/urn:x:6: body markup has more than 60000 tags/);
  });
});

describe('detectWireFormat', () => {
  it.each([
    ['paste', '{', 'ninjs'],
    ['paste', '{"uri": "urn:x", "headlines": []}', 'ninjs'],
    ['paste', '[{"uri": "urn:x"}]', 'ninjs'],
    ['paste', '{"docno":"AL-1","url":"http://x","author":"","text":"نص"}', 'ant-jsonl'],
    ['paste', '<?xml version="1.0" encoding="UTF-8"?>', 'newsml-g2'],
    ['paste', '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">', 'newsml-g2'],
    ['archive.xml', '<DOC>', 'ant-sgml'],
    ['item.xml', '<newsItem guid="x">', 'newsml-g2'],
    ['item.json', '{"docno": "x"}', 'ninjs'],
    ['copy.txt', 'كتب: سيد محمد', 'text'],
  ])('%s starting %j is %s', (name, head, format) => {
    expect(detectWireFormat(name, head)).toBe(format);
  });
});

describe('sectionsFromMarkup', () => {
  it('reads paragraphs, line breaks and headings, and survives unclosed tags and comments', () => {
    expect(sectionsFromMarkup('<p>أ<br>ب</p><h3>عنوان</h3><p>ج <b>د</b></p>').sections).toEqual([
      { paragraphs: ['أ', 'ب'] },
      { heading: 'عنوان', paragraphs: ['ج د'] },
    ]);
    expect(sectionsFromMarkup('<p>نص <!-- تعليق').sections).toEqual([{ paragraphs: ['نص'] }]);
    expect(sectionsFromMarkup('<p>نص < 5 و').sections).toEqual([{ paragraphs: ['نص < 5 و'] }]);
  });

  it('stays linear on many unclosed openers', () => {
    const started = Date.now();
    sectionsFromMarkup('<h1 '.repeat(200_000));
    sectionsFromMarkup('<!--'.repeat(200_000));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
