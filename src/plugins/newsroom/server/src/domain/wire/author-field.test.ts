import fs from 'fs';
import path from 'path';
import { parseAuthorField } from './author-field';
import type { Byline } from './byline';
import { personKey, sourceKey } from './names';

/** Real shapes of the ANT archive's AUTHOR field (counts from ant-dev: 1,141 distinct values). */
describe('parseAuthorField', () => {
  it.each([
    ['القاهرة - أحمد الريدي', { persons: ['أحمد الريدي'], dateline: 'القاهرة', agencies: [] }],
    ['القاهرة- أحمد الريدي', { persons: ['أحمد الريدي'], dateline: 'القاهرة', agencies: [] }],
    ['القاهرة ـ أحمد الريدي', { persons: ['أحمد الريدي'], dateline: 'القاهرة', agencies: [] }],
    ['القاهرة – خالد حسني', { persons: ['خالد حسني'], dateline: 'القاهرة', agencies: [] }],
    ['اليمن-إسلام سيف', { persons: ['إسلام سيف'], dateline: 'اليمن', agencies: [] }],
    ['كان (جنوب فرنسا) - سعد المسعودي', { persons: ['سعد المسعودي'], dateline: 'كان (جنوب فرنسا)', agencies: [] }],
  ])('reads a dateline and a person from %j', (field, expected) => {
    expect(parseAuthorField(field)).toEqual(expected);
  });

  it.each([
    ['لندن - رويترز', 'لندن', ['رويترز']],
    ['مدريد - د ب أ', 'مدريد', ['د ب أ']],
    ['واشنطن – رويترز', 'واشنطن', ['رويترز']],
    ['أبوظبي - سكاي نيوز عربية', 'أبوظبي', ['سكاي نيوز عربية']],
    ['دبي ـ العربية.نت', 'دبي', ['العربية.نت']],
    ['دبي - العربية نت', 'دبي', ['العربية.نت']],
    ['دبي - قناة العربية', 'دبي', ['قناة العربية']],
    ['دبي - البوابة العربية للأخبار التقنية', 'دبي', ['البوابة العربية للأخبار التقنية']],
    ['ريو دي جانيرو - د ب أ', 'ريو دي جانيرو', ['د ب أ']],
    ['الرياض - واس', 'الرياض', ['واس']],
  ])('reads an agency or outlet, never an author, from %j', (field, dateline, agencies) => {
    expect(parseAuthorField(field)).toEqual({ persons: [], dateline, agencies });
  });

  it.each([
    ['العربية.نت، وكالات', ['العربية.نت', 'وكالات']],
    ['العربية.نت ووكالات', ['العربية.نت', 'وكالات']],
    ['العربية.نت - وكالات', ['العربية.نت', 'وكالات']],
    ['فرانس 24', ['فرانس 24']],
    ['FRANCE24', ['فرانس 24']],
    ['الأناضول', ['الأناضول']],
  ])('reads sources only from %j', (field, agencies) => {
    expect(parseAuthorField(field)).toEqual({ persons: [], agencies });
  });

  it('reads an outlet and its writer', () => {
    expect(parseAuthorField('العربية.نت - إسلام سيف')).toEqual({ persons: ['إسلام سيف'], agencies: ['العربية.نت'] });
    expect(parseAuthorField('العربية.نت _ محمد جراح')).toEqual({ persons: ['محمد جراح'], agencies: ['العربية.نت'] });
    expect(parseAuthorField('القدس - زياد الحلبي، العربية.نت')).toEqual({
      persons: ['زياد الحلبي'],
      dateline: 'القدس',
      agencies: ['العربية.نت'],
    });
  });

  it('reads a person written before the place', () => {
    expect(parseAuthorField('هاني الصفيان - الحدود السعودية اليمنية')).toEqual({
      persons: ['هاني الصفيان'],
      dateline: 'الحدود السعودية اليمنية',
      agencies: [],
    });
    expect(parseAuthorField('غسان أبو لوز-عمّان')).toEqual({
      persons: ['غسان أبو لوز'],
      dateline: 'عمّان',
      agencies: [],
    });
    expect(parseAuthorField('فرح السعدي – قناة العربية')).toEqual({
      persons: ['فرح السعدي'],
      agencies: ['قناة العربية'],
    });
  });

  it('reads a bare name as an author', () => {
    expect(parseAuthorField('علاوة مزياني')).toEqual({ persons: ['علاوة مزياني'], agencies: [] });
  });

  it('ignores junk: empty, a bare UUID, one unknown word', () => {
    for (const junk of ['', '   ', '30174026-20d9-40a2-9e04-5b63346a78a6', 'القافلة']) {
      expect(parseAuthorField(junk)).toEqual({ persons: [], agencies: [] });
    }
  });
});

/** Real AUTHOR fields (ANT Corpus v2.1, Chouigui, Ben Khiroun and Elayeb) and how each must read. */
const FIXTURE = path.join(__dirname, '../../../../../../../tests/fixtures/wire/ant-author-fields.json');
const REAL_FIELDS = (
  JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { authorFields: Array<Byline & { written: string }> }
).authorFields;

describe('parseAuthorField on real archive bylines', () => {
  it('has the fixture', () => {
    expect(REAL_FIELDS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(REAL_FIELDS.map(({ written, ...expected }) => [written, expected] as const))(
    'reads %j',
    (written, expected) => {
      expect(parseAuthorField(written)).toEqual(expected);
    },
  );

  it('reads a colon after a place as a dash', () => {
    expect(parseAuthorField('الرياض: حسين بن مسعد')).toEqual({
      persons: ['حسين بن مسعد'],
      dateline: 'الرياض',
      agencies: [],
    });
  });
});

describe('identity keys', () => {
  it('unifies the spellings of one person', () => {
    expect(personKey('أشرف عبد الحميد')).toBe(personKey('أشْرَف عبدالحميـد'));
    expect(personKey('نور الدين الفريضي')).toBe(personKey('نورالدين الفريضي'));
    expect(personKey('غسان أبو اللوز')).toBe(personKey('غسان أبواللوز'));
    expect(personKey('محمد وليد')).not.toBe(personKey('محمد خالد'));
  });

  it('gives a source one key whatever alias names it', () => {
    expect(sourceKey('وكالة فرانس برس')).toBe(sourceKey('أ ف ب'));
    expect(sourceKey('Reuters')).toBe(sourceKey('رويترز'));
    expect(sourceKey('وكالة الأنباء الألمانية')).toBe(sourceKey('د ب أ'));
  });
});
