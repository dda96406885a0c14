import {
  Kind,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * What a GraphQL document may ask for, counted on the parsed document before validation or execution (Apollo's
 * overlapping-fields validation is quadratic in aliases, and each alias of a list runs its own query; the
 * GraphQL plugin's depth and amount limits see neither). Pure: no Strapi import.
 *
 * - fields: field selections as executed (fragments expanded, each alias a field of its own), and fragment
 *   spreads, so a fragment used many times or fragments nesting each other cannot expand unseen;
 * - cost: each field weighs the product of the page sizes of the lists above it: a field with a sub-selection
 *   is taken for a list of its `pagination` limit/pageSize (at most maxLimit), else of defaultLimit; a
 *   `*_connection` passes its page size to its `nodes`; introspection (`__schema`, `__type`) counts 1 a field.
 * Counting stops at the first limit passed, so a hostile document costs no more than the limit to count.
 */
export interface GraphqlLimits {
  maxCost: number;
  maxFields: number;
  maxAliases: number;
  maxQueryBytes: number;
  maxBatch: number;
}

export type GraphqlLimitName = keyof GraphqlLimits;

export interface GraphqlOverLimit {
  limit: GraphqlLimitName;
  max: number;
}

export interface PageSizes {
  defaultLimit: number;
  /** 0 or less: no maximum. */
  maxLimit: number;
}

/** Counts kept across the operations of one request (a batch adds up). */
export interface QueryTally {
  fields: number;
  aliases: number;
  cost: number;
}

export const emptyTally = (): QueryTally => ({ fields: 0, aliases: 0, cost: 0 });

const DESCRIPTIONS: Readonly<Record<GraphqlLimitName, string>> = {
  maxCost: 'query cost',
  maxFields: 'number of selected fields',
  maxAliases: 'number of aliases',
  maxQueryBytes: 'query size in bytes',
  maxBatch: 'number of operations in one request',
};

export const graphqlLimitMessage = ({ limit, max }: GraphqlOverLimit): string =>
  `Over the GraphQL ${DESCRIPTIONS[limit]} limit (${limit}: ${max})`;

class OverLimit {
  constructor(readonly over: GraphqlOverLimit) {}
}

const numberIn = (node: ValueNode | undefined, variables: Record<string, unknown>): number | undefined => {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
};

/** `pagination: { limit | pageSize }` of a field, literal or from variables. */
const pageSizeArgument = (
  args: readonly ArgumentNode[] | undefined,
  variables: Record<string, unknown>,
): number | undefined => {
  const pagination = args?.find((arg) => arg.name.value === 'pagination')?.value;
  if (!pagination) return undefined;
  if (pagination.kind === Kind.VARIABLE) {
    const value = variables[pagination.name.value] as { limit?: unknown; pageSize?: unknown } | undefined;
    const size = value?.limit ?? value?.pageSize;
    return typeof size === 'number' ? size : undefined;
  }
  if (pagination.kind !== Kind.OBJECT) return undefined;
  const field = pagination.fields.find((item) => item.name.value === 'limit' || item.name.value === 'pageSize');
  return numberIn(field?.value, variables);
};

export function countDocument(
  document: DocumentNode,
  limits: GraphqlLimits,
  pages: PageSizes,
  variables: Record<string, unknown>,
  tally: QueryTally,
): GraphqlOverLimit | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const pageOf = (field: FieldNode): number => {
    const given = pageSizeArgument(field.arguments, variables) ?? pages.defaultLimit;
    // Strapi reads a limit of -1 (any limit under 1) as "as many as allowed": maxLimit, or every row without one.
    const asked = given < 1 ? Number.POSITIVE_INFINITY : given;
    const capped = pages.maxLimit > 0 ? Math.min(asked, pages.maxLimit) : asked;
    return Math.max(1, capped);
  };
  const expanding = new Set<string>();
  const addSelection = () => {
    tally.fields += 1;
    if (tally.fields > limits.maxFields) throw new OverLimit({ limit: 'maxFields', max: limits.maxFields });
  };
  const walk = (set: SelectionSetNode, weight: number, connectionPage: number, introspection: boolean): void => {
    for (const selection of set.selections) {
      addSelection();
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, weight, connectionPage, introspection);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || expanding.has(name)) continue; // Apollo refuses unknown and cyclic fragments.
        expanding.add(name);
        walk(fragment.selectionSet, weight, connectionPage, introspection);
        expanding.delete(name);
        continue;
      }
      if (selection.alias) {
        tally.aliases += 1;
        if (tally.aliases > limits.maxAliases) throw new OverLimit({ limit: 'maxAliases', max: limits.maxAliases });
      }
      tally.cost += weight;
      if (tally.cost > limits.maxCost) throw new OverLimit({ limit: 'maxCost', max: limits.maxCost });
      if (!selection.selectionSet) continue;
      const name = selection.name.value;
      const inIntrospection = introspection || name.startsWith('__');
      if (inIntrospection) walk(selection.selectionSet, weight, 1, true);
      else if (name.endsWith('_connection')) walk(selection.selectionSet, weight, pageOf(selection), false);
      else if (name === 'nodes') walk(selection.selectionSet, weight * connectionPage, 1, false);
      else if (name === 'pageInfo') walk(selection.selectionSet, weight, 1, false);
      else walk(selection.selectionSet, weight * pageOf(selection), 1, false);
    }
  };
  try {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) walk(definition.selectionSet, 1, 1, false);
    }
  } catch (error) {
    if (error instanceof OverLimit) return error.over;
    throw error;
  }
  return null;
}
