/**
 * What a write's data does to relations, read from the content-type schemas (no Strapi import): which relation
 * attributes it touches, in which form, and which target documents it names. The relation write guard decides
 * on this; every input form Strapi 5 accepts is understood, so none slips past as "not a relation write".
 */

export interface SchemaAttribute {
  type: string;
  relation?: string;
  target?: string;
  mappedBy?: string;
  inversedBy?: string;
  component?: string;
  components?: readonly string[];
  repeatable?: boolean;
}
export type SchemaAttributes = Readonly<Record<string, SchemaAttribute>>;
/** The attributes of a component, by its uid (`shared.link`). */
export type ComponentLookup = (uid: string) => SchemaAttributes | undefined;

/** A document named in a relation input: by document id (with a locale or not), or by row id. */
export interface TargetRef {
  documentId?: string;
  id?: number;
  locale?: string;
}

export type RelationOperation = 'connect' | 'disconnect' | 'set';

export interface RelationWrite {
  /** Where in the data, e.g. `articles` or `links[0].page`. */
  field: string;
  /** The attribute's name on its own schema (the last part of `field`). */
  attribute: string;
  target: string;
  /** The inverse side (`mappedBy`): writing it changes the targets' own relation field. */
  inverse: boolean;
  operation: RelationOperation;
  targets: TargetRef[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One item of a relation input: a row id, a document id, or an object with either. Anything else is left to Strapi's validation. */
export const targetRefOf = (item: unknown): TargetRef | null => {
  if (typeof item === 'number' && Number.isInteger(item)) return { id: item };
  if (typeof item === 'string' && item !== '') return /^\d+$/.test(item) ? { id: Number(item) } : { documentId: item };
  if (!isRecord(item)) return null;
  const locale = typeof item.locale === 'string' ? item.locale : undefined;
  if (typeof item.documentId === 'string' && item.documentId !== '')
    return { documentId: item.documentId, ...(locale ? { locale } : {}) };
  if (item.id !== undefined) {
    const ref = targetRefOf(item.id);
    return ref ? { ...ref, ...(locale ? { locale } : {}) } : null;
  }
  return null;
};

const refsOf = (value: unknown): TargetRef[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
    .map(targetRefOf)
    .filter((ref): ref is TargetRef => ref !== null);

/**
 * The operations of one relation value: `{ connect, disconnect, set }` (each an item or a list), a plain list or
 * a single item (a `set`), or null (a `set` to nothing).
 */
export const relationOperations = (value: unknown): Array<{ operation: RelationOperation; targets: TargetRef[] }> => {
  if (value === undefined) return [];
  const shorthand = isRecord(value) && ['connect', 'disconnect', 'set'].some((key) => key in value);
  if (!shorthand) return [{ operation: 'set', targets: refsOf(value) }];
  const record = value as Record<string, unknown>;
  return (['connect', 'disconnect', 'set'] as const)
    .filter((operation) => record[operation] !== undefined)
    .map((operation) => ({ operation, targets: refsOf(record[operation]) }));
};

/** Every relation write in a document's data, components and dynamic zones included. */
export const relationWritesIn = (
  data: Readonly<Record<string, unknown>>,
  attributes: SchemaAttributes,
  components: ComponentLookup,
  prefix = '',
): RelationWrite[] => {
  const writes: RelationWrite[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!(name in data)) continue;
    const value = data[name];
    const field = `${prefix}${name}`;
    if (attribute.type === 'relation' && attribute.target) {
      for (const { operation, targets } of relationOperations(value)) {
        writes.push({
          field,
          attribute: name,
          target: attribute.target,
          inverse: Boolean(attribute.mappedBy),
          operation,
          targets,
        });
      }
    } else if (attribute.type === 'component' && attribute.component) {
      const schema = components(attribute.component);
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (schema && isRecord(item))
          writes.push(
            ...relationWritesIn(item, schema, components, `${field}${Array.isArray(value) ? `[${index}]` : ''}.`),
          );
      });
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      value.forEach((item, index) => {
        const schema =
          isRecord(item) && typeof item.__component === 'string' ? components(item.__component) : undefined;
        if (schema && isRecord(item)) writes.push(...relationWritesIn(item, schema, components, `${field}[${index}].`));
      });
    }
  }
  return writes;
};

/** Whether the write changes the relation at all: naming targets, or replacing what is there (`set`). */
export const changesLinks = (write: RelationWrite, isUpdate: boolean): boolean =>
  write.targets.length > 0 || (write.operation === 'set' && isUpdate);

/** The refusal's text, in English and Arabic. */
export const relationRefusal = (
  reason: 'not-updatable' | 'workflow-only' | 'delete-linked' | 'delete-published',
  field: string,
  target: string,
): { en: string; ar: string } => {
  switch (reason) {
    case 'not-updatable':
      return {
        en: `${field}: you may not link ${target}, which you may not edit`,
        ar: `${field}: لا يمكنك ربط ${target} لأنك لا تملك صلاحية تعديله`,
      };
    case 'workflow-only':
      return {
        en: `${field}: an article's authors, topics and sources change on the article itself and go live through the workflow (${target})`,
        ar: `${field}: يُغيَّر كتّاب المقال وموضوعاته ومصادره من المقال نفسه وتُنشر عبر مسار التحرير (${target})`,
      };
    case 'delete-linked':
      return {
        en: `${field}: ${target} is linked to articles; remove it from them (through the workflow) before deleting it`,
        ar: `${field}: ${target} مرتبط بمقالات؛ أزله منها (عبر مسار التحرير) قبل حذفه`,
      };
    case 'delete-published':
      return {
        en: `${field}: ${target} is published; deleting it needs the right to unpublish it`,
        ar: `${field}: ${target} منشور؛ حذفه يتطلب صلاحية إلغاء نشره`,
      };
  }
};
