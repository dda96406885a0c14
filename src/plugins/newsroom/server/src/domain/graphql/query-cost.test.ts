import { parse } from 'graphql';
import { countDocument, emptyTally, graphqlLimitMessage, type GraphqlLimits } from './query-cost';

const LIMITS: GraphqlLimits = { maxCost: 5000, maxFields: 500, maxAliases: 50, maxQueryBytes: 20_000, maxBatch: 5 };
const PAGES = { defaultLimit: 20, maxLimit: 100 };

const count = (query: string, limits = LIMITS, variables: Record<string, unknown> = {}) => {
  const tally = emptyTally();
  return { over: countDocument(parse(query), limits, PAGES, variables, tally), tally };
};

describe('countDocument', () => {
  it('weighs fields by the page sizes of the lists above them', () => {
    expect(count('{ articles { title authors { name } } }')).toEqual({
      over: null,
      tally: { fields: 4, aliases: 0, cost: 1 + 20 + 20 + 400 },
    });
    expect(count('{ articles(pagination: { limit: 5 }) { title } }').tally.cost).toBe(6);
    expect(
      count('query($p: PaginationArg) { articles(pagination: $p) { title } }', LIMITS, { p: { pageSize: 2 } }).tally
        .cost,
    ).toBe(3);
    expect(count('{ articles(pagination: { limit: 100000 }) { title } }').tally.cost).toBe(101);
    // Strapi reads limit -1 (any limit under 1) as maxLimit: counted as such, not as one row.
    expect(count('{ articles(pagination: { limit: -1 }) { title } }').tally.cost).toBe(101);
    expect(count('{ articles(pagination: { limit: 0 }) { title } }').tally.cost).toBe(101);
    expect(
      count('query($p: PaginationArg) { articles(pagination: $p) { title } }', LIMITS, { p: { limit: -1 } }).tally.cost,
    ).toBe(101);
    expect(count('{ articles(pagination: { limit: -1 }) { title } }', LIMITS).over).toBeNull();
    expect(
      countDocument(
        parse('{ articles(pagination: { limit: -1 }) { title } }'),
        LIMITS,
        { defaultLimit: 20, maxLimit: 0 },
        {},
        emptyTally(),
      ),
    ).toEqual({ limit: 'maxCost', max: 5000 });
    expect(
      count('{ articles_connection(pagination: { limit: 3 }) { nodes { title } pageInfo { total } } }').tally.cost,
    ).toBe(1 + 1 + 3 + 1 + 1);
  });

  it('refuses aliases, nested lists and expanded fragments over their limits', () => {
    const aliases = Array.from({ length: 51 }, (_, index) => `a${index}: articles { title }`).join(' ');
    expect(count(`{ ${aliases} }`).over).toEqual({ limit: 'maxAliases', max: 50 });
    expect(count('{ articles { authors { articles { authors { name } } } } }').over).toEqual({
      limit: 'maxCost',
      max: 5000,
    });
    const fragments = Array.from(
      { length: 30 },
      (_, index) => `fragment F${index} on Article { a: title b: title ...F${index + 1} ...F${index + 1} }`,
    ).join('\n');
    const bomb = count(`{ articles { ...F0 } } ${fragments} fragment F30 on Article { title }`, {
      ...LIMITS,
      maxAliases: 10 ** 9,
      maxCost: 10 ** 9,
    });
    expect(bomb.over).toEqual({ limit: 'maxFields', max: 500 });
    expect(bomb.tally.fields).toBe(501);
  });

  it('stops on cyclic fragments and counts introspection without page sizes', () => {
    expect(count('{ articles { ...A } } fragment A on Article { title ...A }').over).toBeNull();
    expect(count('{ __schema { types { name fields { name type { name ofType { name } } } } } }').tally.cost).toBe(9);
  });

  it('adds up across the operations of a batch', () => {
    const tally = emptyTally();
    const aliases = Array.from({ length: 30 }, (_, index) => `a${index}: articles { title }`).join(' ');
    expect(countDocument(parse(`{ ${aliases} }`), LIMITS, PAGES, {}, tally)).toBeNull();
    expect(countDocument(parse(`{ ${aliases} }`), LIMITS, PAGES, {}, tally)).toEqual({ limit: 'maxAliases', max: 50 });
  });

  it('names the limit', () => {
    expect(graphqlLimitMessage({ limit: 'maxAliases', max: 50 })).toBe(
      'Over the GraphQL number of aliases limit (maxAliases: 50)',
    );
  });
});
