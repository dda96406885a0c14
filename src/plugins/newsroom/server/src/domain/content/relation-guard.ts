/**
 * Public reads see published rows only, also across relations. Strapi forces the caller's status on the root
 * query and on populated relations, but a filter or sort that crosses a relation joins every row of the other
 * side: from an author (no drafts) to its articles' draft rows, from an article to the drafts of its other
 * locales through `localizations`. This module rewrites a database query (Strapi's `where` / `orderBy` /
 * `populate` shapes, attribute names and `$` operators) so that every relation step into a type with draft &
 * publish matches published rows only, and refuses what cannot be rewritten (sorts across such a relation,
 * filters through polymorphic relations). Driven by the models' attributes, at any depth and inside any
 * `$and` / `$or` / `$not`.
 */

export interface AttributeShape {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
}

/** What the guard needs of a content type or component. */
export interface ModelShape {
  draftAndPublish: boolean;
  attributes: Record<string, AttributeShape>;
}

export type ModelLookup = (uid: string) => ModelShape | undefined;

export const UPLOAD_FILE = 'plugin::upload.file';

/** The condition added to every relation step into a type with drafts. */
export const PUBLISHED_ROWS = Object.freeze({ publishedAt: Object.freeze({ $notNull: true }) });

/** A query that cannot be made published-only; `parameter` is the query parameter to name in the 400. */
export class RelationQueryRefused extends Error {
  constructor(
    readonly parameter: 'filters' | 'sort',
    message: string,
  ) {
    super(message);
    this.name = 'RelationQueryRefused';
  }
}

type Step = { kind: 'model'; uid: string } | { kind: 'opaque' } | { kind: 'scalar' };

/** Where an attribute leads: another model (relation, media, component), nowhere a join can follow, or a column. */
export const stepOf = (attribute: AttributeShape | undefined): Step => {
  if (!attribute) return { kind: 'scalar' };
  if (attribute.type === 'relation')
    return attribute.target ? { kind: 'model', uid: attribute.target } : { kind: 'opaque' };
  if (attribute.type === 'media') return { kind: 'model', uid: UPLOAD_FILE };
  if (attribute.type === 'component' && attribute.component) return { kind: 'model', uid: attribute.component };
  if (attribute.type === 'dynamiczone') return { kind: 'opaque' };
  return { kind: 'scalar' };
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

const isOperator = (key: string): boolean => key.startsWith('$');
const GROUPS = new Set(['$and', '$or', '$not']);

const describe = (path: readonly string[]): string => path.map((key) => `[${key}]`).join('');

/**
 * Strapi reads a relation's value as a where on the target (`{ title: … }`, `{ $and: […] }`), or, when it is
 * a bare value or one other operator, as a condition on the target's id (`articles: 5`, `articles: { $in: […] }`,
 * `articles: { $null: true }`). Normalise to a where on the target so the published condition can be added.
 */
const asTargetWhere = (value: unknown): unknown => {
  if (!isRecord(value)) return { id: value };
  const keys = Object.keys(value);
  if (keys.length === 1 && isOperator(keys[0]) && !GROUPS.has(keys[0])) return { id: value };
  return value;
};

const rewriteWhere = (models: ModelLookup, uid: string, where: unknown, path: string[]): unknown => {
  if (Array.isArray(where))
    return where.map((item, index) => rewriteWhere(models, uid, item, [...path, String(index)]));
  if (!isRecord(where)) return where;
  const attributes = models(uid)?.attributes ?? {};
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(where)) {
    if (key === '$and' || key === '$or' || key === '$not') {
      result[key] = rewriteWhere(models, uid, value, [...path, key]);
      continue;
    }
    const step = isOperator(key) ? ({ kind: 'scalar' } as const) : stepOf(attributes[key]);
    if (step.kind === 'scalar') {
      result[key] = value;
    } else if (step.kind === 'opaque') {
      throw new RelationQueryRefused(
        'filters',
        `filters${describe([...path, key])}: cannot filter through a polymorphic relation or dynamic zone on the public API`,
      );
    } else {
      const inner = rewriteWhere(models, step.uid, asTargetWhere(value), [...path, key]);
      result[key] = models(step.uid)?.draftAndPublish ? { $and: [inner, PUBLISHED_ROWS] } : inner;
    }
  }
  return result;
};

/** `where` (or an object `filters`) of a query on `uid`, with every relation step into drafts published-only. */
export const publishedOnlyWhere = (models: ModelLookup, uid: string, where: unknown): unknown =>
  rewriteWhere(models, uid, where, []);

const checkOrderBy = (models: ModelLookup, uid: string, orderBy: unknown, path: string[]): void => {
  if (Array.isArray(orderBy)) {
    orderBy.forEach((item) => checkOrderBy(models, uid, item, path));
    return;
  }
  if (!isRecord(orderBy)) return;
  const attributes = models(uid)?.attributes ?? {};
  for (const [key, value] of Object.entries(orderBy)) {
    const step = stepOf(attributes[key]);
    if (step.kind === 'scalar') continue;
    const sortPath = [...path, key].join('.');
    if (step.kind === 'opaque' || models(step.uid)?.draftAndPublish) {
      throw new RelationQueryRefused(
        'sort',
        `sort: ordering by ${sortPath}… crosses a relation to a type with drafts, which the public API does not allow`,
      );
    }
    checkOrderBy(models, step.uid, value, [...path, key]);
  }
};

/** Throws RelationQueryRefused when an `orderBy` of a query on `uid` orders by a column reached through drafts. */
export const assertPublicOrderBy = (models: ModelLookup, uid: string, orderBy: unknown): void =>
  checkOrderBy(models, uid, orderBy, []);

/** One populated relation's options: its own where / filters / orderBy / populate, and per-type ones under `on`. */
const rewritePopulateValue = (models: ModelLookup, uid: string, value: unknown, path: string[]): unknown => {
  if (!isRecord(value)) return value;
  const result: Record<string, unknown> = { ...value };
  if (value.where !== undefined) result.where = rewriteWhere(models, uid, value.where, [...path, 'filters']);
  if (isRecord(value.filters)) result.filters = rewriteWhere(models, uid, value.filters, [...path, 'filters']);
  if (value.orderBy !== undefined) checkOrderBy(models, uid, value.orderBy, []);
  if (value.populate !== undefined)
    result.populate = rewritePopulate(models, uid, value.populate, [...path, 'populate']);
  if (isRecord(value.on)) result.on = rewriteOn(models, value.on, path);
  return result;
};

function rewritePopulate(models: ModelLookup, uid: string, populate: unknown, path: string[]): unknown {
  if (!isRecord(populate)) return populate; // true, '*', a list of names: nothing is filtered.
  const attributes = models(uid)?.attributes ?? {};
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(populate)) {
    const step = stepOf(attributes[key]);
    if (step.kind === 'model') {
      result[key] = rewritePopulateValue(models, step.uid, value, [...path, key]);
    } else if (step.kind === 'opaque' && isRecord(value)) {
      // A polymorphic relation or dynamic zone: options under `on` are per target type; others apply to every
      // type, which this guard cannot name, so a filter there is refused.
      if (isRecord(value.where) || isRecord(value.filters) || value.orderBy !== undefined) {
        throw new RelationQueryRefused(
          'filters',
          `${describe([...path, key])}: cannot filter or sort a polymorphic relation or dynamic zone on the public API`,
        );
      }
      result[key] = isRecord(value.on) ? { ...value, on: rewriteOn(models, value.on, [...path, key]) } : value;
    } else {
      result[key] = value;
    }
  }
  return result;
}

const rewriteOn = (models: ModelLookup, on: Record<string, unknown>, path: string[]): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(on).map(([typeUid, typeValue]) => [
      typeUid,
      rewritePopulateValue(models, typeUid, typeValue, [...path, 'on', typeUid]),
    ]),
  );

/** The parts of a database query this guard reads and rewrites. */
export interface DatabaseQueryParams {
  where?: unknown;
  filters?: unknown;
  orderBy?: unknown;
  populate?: unknown;
  [key: string]: unknown;
}

/**
 * The query's parameters with every relation step into a type with drafts limited to published rows (root
 * where, object filters, populated relations at any depth); throws RelationQueryRefused for relation sorts
 * into drafts and filters through polymorphic relations. Returns only the keys it changed.
 */
export const publishedOnlyQuery = (
  models: ModelLookup,
  uid: string,
  params: DatabaseQueryParams,
): Partial<DatabaseQueryParams> => {
  const changes: Partial<DatabaseQueryParams> = {};
  if (params.where !== undefined) changes.where = rewriteWhere(models, uid, params.where, []);
  if (isRecord(params.filters)) changes.filters = rewriteWhere(models, uid, params.filters, []);
  if (params.orderBy !== undefined) checkOrderBy(models, uid, params.orderBy, []);
  if (params.populate !== undefined) changes.populate = rewritePopulate(models, uid, params.populate, ['populate']);
  return changes;
};
