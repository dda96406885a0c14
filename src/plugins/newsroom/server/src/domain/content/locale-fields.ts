/**
 * `dir` is computed from a document's `locale` (with-direction.ts), so a REST `fields` list that leaves `locale`
 * out would leave `dir` out too, and `dir` itself is no attribute (Strapi answers 400 to `fields[]=dir`). This
 * rewrites a REST query so that every localized document it selects fields of also selects `locale`, and drops
 * `dir` from the lists (it is always there). Pure: the schema is the caller's.
 */
export interface LocaleSchema {
  isLocalized(uid: string): boolean;
  /** The content type a relation attribute of `uid` points to, or null (not a relation, media, components). */
  relationTarget(uid: string, attribute: string): string | null;
}

const MAX_DEPTH = 8;

/** A `fields` value with `locale` in and `dir` out; anything Strapi would refuse anyway is left as it is. */
export const fieldsWithLocale = (fields: unknown): unknown => {
  const listed =
    typeof fields === 'string'
      ? [fields]
      : Array.isArray(fields) && fields.every((field) => typeof field === 'string')
        ? (fields as string[])
        : null;
  if (!listed) return fields;
  const names = listed
    .flatMap((field) => field.split(','))
    .map((field) => field.trim())
    .filter((field) => field !== '' && field !== 'dir');
  if (names.includes('*')) return fields;
  return [...new Set([...names, 'locale'])];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const queryWithLocaleFields = (
  query: Record<string, unknown>,
  uid: string,
  schema: LocaleSchema,
  depth = 0,
): Record<string, unknown> => {
  if (depth > MAX_DEPTH) return query;
  const rewritten: Record<string, unknown> = { ...query };
  if (rewritten.fields !== undefined && schema.isLocalized(uid)) rewritten.fields = fieldsWithLocale(rewritten.fields);
  if (isRecord(rewritten.populate)) {
    rewritten.populate = Object.fromEntries(
      Object.entries(rewritten.populate).map(([attribute, value]) => {
        const target = schema.relationTarget(uid, attribute);
        return [attribute, target && isRecord(value) ? queryWithLocaleFields(value, target, schema, depth + 1) : value];
      }),
    );
  }
  return rewritten;
};
