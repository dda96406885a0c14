import type { Core } from '@strapi/strapi';

/**
 * Attack paths generated from the running app's models: every chain of relation steps (relations, the
 * i18n `localizations` relation, components and media, whatever the schemas declare) from a public type to
 * a type with draft & publish, and the requests that filter or sort through them.
 */
export interface RelationPath {
  /** The public type the request lists. */
  rootUid: string;
  /** Attribute names, root first. */
  steps: string[];
  /** The type each step leads to. */
  targets: string[];
}

interface Attribute {
  type: string;
  target?: string;
  component?: string;
  relation?: string;
  private?: boolean;
}
type Model = { uid: string; options?: { draftAndPublish?: boolean }; attributes: Record<string, Attribute> };

const modelOf = (strapi: Core.Strapi, uid: string): Model | undefined =>
  strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]) as unknown as Model | undefined;

const targetOf = (attribute: Attribute): string | undefined => {
  if (attribute.type === 'relation') return attribute.target;
  if (attribute.type === 'component') return attribute.component;
  if (attribute.type === 'media') return 'plugin::upload.file';
  return undefined;
};

export const isToMany = (strapi: Core.Strapi, uid: string, step: string): boolean => {
  const attribute = modelOf(strapi, uid)?.attributes[step];
  return attribute?.type === 'relation' && /Many$/.test(attribute.relation ?? '');
};

/** Every path of 1..maxDepth steps from each root ending on `endUid`. */
export const relationPaths = (
  strapi: Core.Strapi,
  roots: string[],
  endUid: string,
  maxDepth: number,
): RelationPath[] => {
  const paths: RelationPath[] = [];
  const walk = (rootUid: string, uid: string, steps: string[], targets: string[]): void => {
    if (steps.length > 0 && uid === endUid) paths.push({ rootUid, steps, targets });
    if (steps.length === maxDepth) return;
    for (const [name, attribute] of Object.entries(modelOf(strapi, uid)?.attributes ?? {})) {
      // Private attributes (createdBy, updatedBy) cannot be filtered on from the public API at all.
      const target = attribute.private ? undefined : targetOf(attribute);
      if (target && modelOf(strapi, target)) walk(rootUid, target, [...steps, name], [...targets, target]);
    }
  };
  roots.forEach((root) => walk(root, root, [], []));
  return paths;
};

export const hasDraftAndPublish = (strapi: Core.Strapi, uid: string): boolean =>
  modelOf(strapi, uid)?.options?.draftAndPublish === true;

/** A filter tree with operator names written the GraphQL way (`contains`, `and`); REST prefixes them with `$`. */
export type FilterTree = { [key: string]: FilterTree | FilterTree[] | string };

const OPERATORS = new Set(['and', 'or', 'not', 'contains', 'startsWith', 'notContains']);

export const nest = (steps: string[], leaf: FilterTree): FilterTree =>
  steps.reduceRight<FilterTree>((inner, step) => ({ [step]: inner }), leaf);

/** `filters[a][b][$contains]=x` pairs for a REST query string. */
export const restParams = (prefix: string, tree: FilterTree | FilterTree[] | string): Array<[string, string]> => {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (Array.isArray(tree)) return tree.flatMap((item, index) => restParams(`${prefix}[${index}]`, item));
  return Object.entries(tree).flatMap(([key, value]) =>
    restParams(`${prefix}[${OPERATORS.has(key) ? `$${key}` : key}]`, value),
  );
};

export const queryString = (pairs: Array<[string, string]>): string =>
  pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');

/** GraphQL names of a content type: its list query and its filters input type. */
export const graphqlNames = (strapi: Core.Strapi, uid: string) => {
  const info = (
    strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0]) as unknown as {
      info: { singularName: string; pluralName: string };
    }
  ).info;
  const pascal = (name: string) => name.replace(/(^|[-_])(\w)/g, (_m, _sep, letter: string) => letter.toUpperCase());
  return { list: info.pluralName, filtersInput: `${pascal(info.singularName)}FiltersInput` };
};
