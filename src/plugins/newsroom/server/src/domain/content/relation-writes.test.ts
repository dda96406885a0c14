import {
  changesLinks,
  relationOperations,
  relationRefusal,
  relationWritesIn,
  targetRefOf,
  type SchemaAttributes,
} from './relation-writes';
import { ARTICLE_UID, TOPIC_UID } from '../../../../core/model';

const topic: SchemaAttributes = {
  name: { type: 'string' },
  parent: { type: 'relation', relation: 'manyToOne', target: TOPIC_UID, inversedBy: 'children' },
  children: { type: 'relation', relation: 'oneToMany', target: TOPIC_UID, mappedBy: 'parent' },
  articles: { type: 'relation', relation: 'manyToMany', target: ARTICLE_UID, mappedBy: 'topics' },
  links: { type: 'component', component: 'shared.link', repeatable: true },
  blocks: { type: 'dynamiczone', components: ['shared.link'] },
};
const components = (uid: string): SchemaAttributes | undefined =>
  uid === 'shared.link'
    ? { url: { type: 'string' }, page: { type: 'relation', relation: 'oneToOne', target: ARTICLE_UID } }
    : undefined;

describe('targetRefOf', () => {
  it('reads every form Strapi accepts for one target', () => {
    expect(targetRefOf(7)).toEqual({ id: 7 });
    expect(targetRefOf('12')).toEqual({ id: 12 });
    expect(targetRefOf('abc123')).toEqual({ documentId: 'abc123' });
    expect(targetRefOf({ documentId: 'abc', locale: 'ar', position: { end: true } })).toEqual({
      documentId: 'abc',
      locale: 'ar',
    });
    expect(targetRefOf({ id: 3, locale: 'en' })).toEqual({ id: 3, locale: 'en' });
    expect(targetRefOf({ id: 'doc', status: 'draft' })).toEqual({ documentId: 'doc' });
    expect(targetRefOf(null)).toBeNull();
    expect(targetRefOf('')).toBeNull();
    expect(targetRefOf({ position: { start: true } })).toBeNull();
  });
});

describe('relationOperations', () => {
  it('takes a plain list, one item and null as a set', () => {
    expect(relationOperations(['a', 2])).toEqual([{ operation: 'set', targets: [{ documentId: 'a' }, { id: 2 }] }]);
    expect(relationOperations('a')).toEqual([{ operation: 'set', targets: [{ documentId: 'a' }] }]);
    expect(relationOperations(null)).toEqual([{ operation: 'set', targets: [] }]);
    expect(relationOperations(undefined)).toEqual([]);
  });

  it('takes connect, disconnect and set together, as lists or single items', () => {
    expect(
      relationOperations({ connect: [{ documentId: 'a', locale: 'ar' }], disconnect: 'b', set: undefined }),
    ).toEqual([
      { operation: 'connect', targets: [{ documentId: 'a', locale: 'ar' }] },
      { operation: 'disconnect', targets: [{ documentId: 'b' }] },
    ]);
    expect(relationOperations({ set: [] })).toEqual([{ operation: 'set', targets: [] }]);
  });
});

describe('relationWritesIn', () => {
  it('finds relations at the top, in repeatable components and in dynamic zones, with their side', () => {
    const writes = relationWritesIn(
      {
        name: 'x',
        parent: 'p',
        children: { connect: ['c'] },
        articles: ['a1'],
        links: [{ url: 'https://a', page: { connect: ['a2'] } }],
        blocks: [
          { __component: 'shared.link', page: 'a3' },
          { __component: 'unknown.part', page: 'a4' },
        ],
      },
      topic,
      components,
    );
    expect(writes.map((write) => [write.field, write.inverse, write.operation, write.targets])).toEqual([
      ['parent', false, 'set', [{ documentId: 'p' }]],
      ['children', true, 'connect', [{ documentId: 'c' }]],
      ['articles', true, 'set', [{ documentId: 'a1' }]],
      ['links[0].page', false, 'connect', [{ documentId: 'a2' }]],
      ['blocks[0].page', false, 'set', [{ documentId: 'a3' }]],
    ]);
  });

  it('ignores attributes the data does not carry', () => {
    expect(relationWritesIn({ name: 'x' }, topic, components)).toEqual([]);
  });
});

describe('changesLinks', () => {
  const write = (operation: 'connect' | 'set' | 'disconnect', targets: Array<{ documentId: string }>) => ({
    field: 'articles',
    attribute: 'articles',
    target: ARTICLE_UID,
    inverse: true,
    operation,
    targets,
  });
  it('is true when targets are named, or a set replaces what an existing document holds', () => {
    expect(changesLinks(write('connect', []), true)).toBe(false);
    expect(changesLinks(write('disconnect', [{ documentId: 'a' }]), false)).toBe(true);
    expect(changesLinks(write('set', []), false)).toBe(false);
    expect(changesLinks(write('set', []), true)).toBe(true);
  });
});

describe('relationRefusal', () => {
  it('names the field and the target in English and Arabic', () => {
    for (const reason of ['not-updatable', 'workflow-only', 'delete-linked', 'delete-published'] as const) {
      const message = relationRefusal(reason, 'children', 'api::topic.topic xyz');
      expect(message.en).toContain('children');
      expect(message.en).toContain('xyz');
      expect(message.ar).toContain('children');
      expect(message.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
