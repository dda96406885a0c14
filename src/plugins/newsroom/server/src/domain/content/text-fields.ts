/**
 * Which values of an entry are plain text a reader sees, chosen from the content-type schema rather than listed by
 * hand, so a field added later is covered too:
 *  - `string` and `text` attributes (titles, names, job titles, datelines, standfirsts, descriptions, notes);
 *  - `json` attributes holding a list of strings (a topic's labels);
 *  - the same inside components and dynamic zones.
 * Not: blocks bodies (a rich-text tree, limited and rendered on their own), `uid`, `email`, enumerations, and
 * strings with a `regex` (URLs, colours, country codes): those are format-checked, and a hidden character in
 * one is refused with a 400 naming the field rather than silently edited. Nor fields the plugin computes
 * (`configurable: false`: search keys, content hashes).
 */
export interface TextFieldAttribute {
  type?: string;
  regex?: string;
  configurable?: boolean;
  component?: string;
}

export type AttributeMap = Readonly<Record<string, TextFieldAttribute>>;
/** A component's attributes by its uid (`shared.link`), undefined when there is no such component. */
export type ComponentAttributes = (uid: string) => AttributeMap | undefined;

const isPlainText = (attribute: TextFieldAttribute): boolean =>
  (attribute.type === 'string' || attribute.type === 'text') &&
  attribute.regex === undefined &&
  attribute.configurable !== false;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `data` with `clean` applied to every plain-text value the schema names (see above). Returns `data` itself when
 * nothing changed; never mutates it. Values of other shapes (relations, media, ids) are left as they are.
 */
export function cleanTextFields(
  attributes: AttributeMap,
  data: Readonly<Record<string, unknown>>,
  components: ComponentAttributes,
  clean: (text: string) => string,
): Record<string, unknown> {
  let result: Record<string, unknown> | null = null;
  for (const [field, value] of Object.entries(data)) {
    const attribute = attributes[field];
    if (attribute === undefined) continue;
    const cleaned = cleanValue(attribute, value, components, clean);
    if (cleaned !== value) {
      result ??= { ...data };
      result[field] = cleaned;
    }
  }
  return result ?? (data as Record<string, unknown>);
}

function cleanValue(
  attribute: TextFieldAttribute,
  value: unknown,
  components: ComponentAttributes,
  clean: (text: string) => string,
): unknown {
  if (isPlainText(attribute)) return typeof value === 'string' ? clean(value) : value;
  if (attribute.type === 'json') return cleanStringList(value, clean);
  if (attribute.type === 'component' && attribute.component !== undefined) {
    const inner = components(attribute.component);
    return inner === undefined ? value : mapEntries(value, () => inner, components, clean);
  }
  // A dynamic zone: each entry names its component.
  if (attribute.type === 'dynamiczone') {
    return mapEntries(
      value,
      (entry) => (typeof entry.__component === 'string' ? components(entry.__component) : undefined),
      components,
      clean,
    );
  }
  return value;
}

/** A list of strings (labels): each one cleaned. Any other JSON is data, not text, and is left alone. */
function cleanStringList(value: unknown, clean: (text: string) => string): unknown {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return value;
  const cleaned = value.map((item: string) => clean(item));
  return cleaned.some((item, index) => item !== value[index]) ? cleaned : value;
}

/** One component entry or a list of them (repeatable components, dynamic zones). */
function mapEntries(
  value: unknown,
  schemaOf: (entry: Record<string, unknown>) => AttributeMap | undefined,
  components: ComponentAttributes,
  clean: (text: string) => string,
): unknown {
  const cleanEntry = (entry: unknown): unknown => {
    if (!isRecord(entry)) return entry;
    const schema = schemaOf(entry);
    return schema === undefined ? entry : cleanTextFields(schema, entry, components, clean);
  };
  if (!Array.isArray(value)) return cleanEntry(value);
  const cleaned = value.map(cleanEntry);
  return cleaned.some((entry, index) => entry !== value[index]) ? cleaned : value;
}
