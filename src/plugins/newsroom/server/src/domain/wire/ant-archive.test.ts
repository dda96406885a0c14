import { antRecordFromJson, storyFromAntRecord } from './ant-record';
import type { AntRecord } from './ant-record';
import { AntSgmlReader, decodeEntities } from './ant-sgml';
import type { SgmlItem } from './ant-sgml';
import { WireInputError } from './errors';
import { parseWireTime } from './time';

const read = (text: string): SgmlItem[] => {
  const reader = new AntSgmlReader('archive.sgml');
  const items = text.split('\n').flatMap((line, index) => reader.line(line, index + 1));
  return [...items, ...reader.end()];
};
const errors = (items: SgmlItem[]) => items.flatMap((item) => ('error' in item ? [item.error.message] : []));
const records = (items: SgmlItem[]) => items.flatMap((item) => ('record' in item ? [item.record] : []));

const DOC = (docno: string, text = 'فقرة أولى فيها 3 < 5 & كذا.\nفقرة ثانية.') => `<DOC>
<DOCNO>${docno}</DOCNO>
<URL>http://www.alarabiya.net/ar/sport/2018/02/18/خبر.html</URL>
<SRC>alarabia</SRC>
<CAT>sport</CAT>
<TITLE>فوز &amp; تأهل</TITLE>
<TIME>Sun, 18 Feb 2018 21:35:43 +0400</TIME>
<AUTHOR>القاهرة - أحمد الريدي</AUTHOR>
<ABSTRACT>ملخص مختلف عن بداية النص</ABSTRACT>
<TEXT>
${text}
</TEXT>
</DOC>`;

describe('the archive SGML reader', () => {
  it('reads every element, keeping a bare < and & in the text', () => {
    const [record] = records(read(`${DOC('AL-sport-1')}\n${DOC('AL-sport-2')}`));
    expect(record).toEqual({
      docno: 'AL-sport-1',
      url: 'http://www.alarabiya.net/ar/sport/2018/02/18/خبر.html',
      source: 'alarabia',
      category: 'sport',
      title: 'فوز & تأهل',
      time: 'Sun, 18 Feb 2018 21:35:43 +0400',
      author: 'القاهرة - أحمد الريدي',
      abstract: 'ملخص مختلف عن بداية النص',
      text: 'فقرة أولى فيها 3 < 5 & كذا.\nفقرة ثانية.',
    });
  });

  it('names the line of a malformed DOC and goes on with the next', () => {
    const unclosed = read(`${DOC('ok-1')}\n<DOC>\n<DOCNO>x</DOCNO>\n<TEXT>\nنص بلا إغلاق\n${DOC('ok-2')}`);
    expect(records(unclosed).map((record) => record.docno)).toEqual(['ok-1', 'ok-2']);
    expect(errors(unclosed)).toEqual(['archive.sgml:15: <TEXT> opened at line 17 is not closed before line 19']);

    expect(errors(read('<DOC>\n<TITLE>عنوان</TITLE>\n</DOC>'))).toEqual([
      'archive.sgml:1: <DOC> opened at line 1 has no <TEXT>',
    ]);
    expect(errors(read('<DOC>\n<DOCNO>a</DOCNO>\n<DOC>\n<TEXT>نص</TEXT>\n</DOC>'))).toEqual([
      'archive.sgml:1: <DOC> at line 3 opens inside the <DOC> of line 1, which is not closed',
    ]);
    expect(errors(read('<DOC>\n<TEXT>نص</TEXT>'))).toEqual([
      'archive.sgml:1: unclosed <DOC> opened at line 1: the file ends first',
    ]);
    expect(errors(read('<DOC>\n<BODY>نص</BODY>\n</DOC>'))).toEqual([
      'archive.sgml:2: unexpected <BODY> at line 2 in the <DOC> of line 1',
    ]);
  });

  it('decodes entities but leaves a bare ampersand', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#1575; & d')).toBe('a & b <c> ا & d');
  });
});

describe('archive JSON lines', () => {
  it('names the line and the field of a bad record', () => {
    expect(() => antRecordFromJson('{"title": 3}', 'a.jsonl', 7)).toThrow(
      'a.jsonl:7: field "title" must be a string, got number',
    );
    expect(() => antRecordFromJson('{oops', 'a.jsonl', 2)).toThrow(WireInputError);
    expect(() => antRecordFromJson('[1]', 'a.jsonl', 2)).toThrow('a.jsonl:2: not a JSON object');
  });
});

describe('storyFromAntRecord', () => {
  const base: AntRecord = {
    docno: 'SK-1',
    url: 'https://www.skynewsarabia.com/sport/1',
    source: 'skynews',
    category: 'sport',
    title: 'فوز كبير',
    time: 'Wed, 16 May 2018 10:02:11 GMT',
    author: 'أبوظبي - سكاي نيوز عربية',
    abstract: 'حقق المنتخب فوزا',
    text: 'حقق المنتخب فوزا كبيرا، بحسب رويترز.\nوسجل اللاعب هدفين.\nاقرأ المزيد في المصدر',
  };

  it('fills the common story shape', () => {
    const story = storyFromAntRecord(base, { file: 'a.jsonl', line: 3, format: 'ant-jsonl' });
    expect(story).toMatchObject({
      title: 'فوز كبير',
      titleProposed: false,
      persons: [],
      dateline: 'أبوظبي',
      sources: ['سكاي نيوز عربية', 'رويترز'],
      paragraphs: ['حقق المنتخب فوزا كبيرا، بحسب رويترز.', 'وسجل اللاعب هدفين.'],
      footer: ['اقرأ المزيد في المصدر'],
      sourcePointer: 'اقرأ المزيد في المصدر',
      sourceUrl: base.url,
      publishedAt: '2018-05-16T10:02:11.000Z',
      category: 'sport',
      origin: { file: 'a.jsonl', line: 3, format: 'ant-jsonl', docno: 'SK-1' },
    });
    // The abstract is the lead cut short: not a standfirst.
    expect(story.standfirst).toBeUndefined();
    expect(story.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes spelling variants alike and different text differently', () => {
    const origin = { file: 'a', line: 1, format: 'ant-jsonl' as const };
    const hash = storyFromAntRecord(base, origin).contentHash;
    expect(
      storyFromAntRecord({ ...base, title: 'فوزٌ كبيـر', url: 'https://other.example/x' }, origin).contentHash,
    ).toBe(hash);
    expect(storyFromAntRecord({ ...base, text: 'نص آخر تماما.' }, origin).contentHash).not.toBe(hash);
  });

  it('proposes a title when there is none, and refuses a record without text', () => {
    const origin = { file: 'a.jsonl', line: 9, format: 'ant-jsonl' as const };
    expect(storyFromAntRecord({ ...base, title: '' }, origin)).toMatchObject({
      title: 'حقق المنتخب فوزا كبيرا',
      titleProposed: true,
    });
    expect(() => storyFromAntRecord({ ...base, text: '' }, origin)).toThrow('a.jsonl:9: SK-1 has no text');
  });
});

describe('parseWireTime', () => {
  it.each([
    ['Sun, 18 Feb 2018 21:35:43 +0400', '2018-02-18T17:35:43.000Z'],
    ['Wed, 16 May 2018 10:02:11 GMT', '2018-05-16T10:02:11.000Z'],
    ['2018-02-18T21:35:43+04:00', '2018-02-18T17:35:43.000Z'],
  ])('reads %j', (time, iso) => expect(parseWireTime(time)).toBe(iso));

  it('gives null for what is not a time', () => {
    for (const bad of ['', 'yesterday', 'Sun, 31 Feb 2018 21:35:43 +0400', 'Sun, 18 Foo 2018 21:35:43 GMT'])
      expect(parseWireTime(bad)).toBeNull();
  });
});
