import fs from 'fs';
import path from 'path';
import { removeHiddenControls } from '../text/hidden-controls';
import { cleanTextFields, type AttributeMap } from './text-fields';

const ROOT = path.resolve(__dirname, '../../../../../../..');
const readAttributes = (file: string): AttributeMap =>
  (JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as { attributes: AttributeMap }).attributes;
const schemaOf = (type: string) => readAttributes(`src/api/${type}/content-types/${type}/schema.json`);
const components = (uid: string): AttributeMap | undefined => {
  const [category, name] = uid.split('.');
  const file = `src/components/${category}/${name}.json`;
  return fs.existsSync(path.join(ROOT, file)) ? readAttributes(file) : undefined;
};

const RLO = '\u202E';
const MARKER = `x${RLO}y`;

/** The fields of a type that get cleaned: every attribute given the marker, and the ones that come back changed. */
const cleanedFields = (attributes: AttributeMap): string[] => {
  const data = Object.fromEntries(
    Object.keys(attributes).map((field) => [field, attributes[field].type === 'json' ? [MARKER] : MARKER]),
  );
  const cleaned = cleanTextFields(attributes, data, components, removeHiddenControls);
  return Object.keys(attributes).filter((field) => cleaned[field] !== data[field]);
};

describe('cleanTextFields, chosen from the schemas', () => {
  it('covers the text a reader sees in the four types, not bodies, slugs, emails, URLs or computed keys', () => {
    expect(cleanedFields(schemaOf('article'))).toEqual(expect.arrayContaining(['title', 'standfirst', 'dateline']));
    expect(cleanedFields(schemaOf('author'))).toEqual(expect.arrayContaining(['name', 'jobTitle', 'bio']));
    expect(cleanedFields(schemaOf('topic'))).toEqual(
      expect.arrayContaining(['name', 'description', 'altLabels', 'hiddenLabels']),
    );
    expect(cleanedFields(schemaOf('source'))).toEqual(expect.arrayContaining(['name', 'notes']));
    for (const type of ['article', 'author', 'topic', 'source']) {
      const cleaned = cleanedFields(schemaOf(type));
      for (const untouched of [
        'body',
        'slug',
        'email',
        'sourceUrl',
        'homepageUrl',
        'colour',
        'country',
        'searchKey',
        'contentHash',
        'kind',
      ]) {
        expect(cleaned).not.toContain(untouched);
      }
    }
  });

  it('cleans inside components (an author link label) but not their URLs', () => {
    const data = { links: [{ label: `موقع${RLO}`, url: `https://example.org/${RLO}` }, { id: 4 }] };
    const cleaned = cleanTextFields(schemaOf('author'), data, components, removeHiddenControls);
    expect(cleaned.links).toEqual([{ label: 'موقع', url: `https://example.org/${RLO}` }, { id: 4 }]);
  });

  it('cleans dynamic-zone entries by the component each names', () => {
    const attributes: AttributeMap = { blocks: { type: 'dynamiczone' } };
    const data = {
      blocks: [
        { __component: 'shared.link', label: `a${RLO}b` },
        { __component: 'shared.unknown', label: `a${RLO}b` },
      ],
    };
    expect(cleanTextFields(attributes, data, components, removeHiddenControls).blocks).toEqual([
      { __component: 'shared.link', label: 'ab' },
      { __component: 'shared.unknown', label: `a${RLO}b` },
    ]);
  });

  it('returns the same object when nothing changes and never mutates the input', () => {
    const data = { title: 'عنوان', dateline: null, authors: { connect: ['a'] } };
    expect(cleanTextFields(schemaOf('article'), data, components, removeHiddenControls)).toBe(data);
    const dirty = Object.freeze({
      title: `عنوان${RLO}`,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: RLO }] }],
    });
    const cleaned = cleanTextFields(schemaOf('article'), dirty, components, removeHiddenControls);
    expect(cleaned).toEqual({ title: 'عنوان', body: dirty.body });
    expect(dirty.title).toBe(`عنوان${RLO}`);
  });

  it('leaves JSON that is not a list of strings, and values that are not strings, alone', () => {
    const attributes = schemaOf('topic');
    const data = { entities: [{ name: MARKER }], altLabels: [MARKER, 3], name: 42 };
    expect(cleanTextFields(attributes, data, components, removeHiddenControls)).toBe(data);
  });
});
