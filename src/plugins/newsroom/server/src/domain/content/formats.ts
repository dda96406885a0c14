/**
 * Format checks for fields that carry a `regex` in their schema (URLs, colours, country codes, slugs).
 * Strapi 5 skips `regex` on drafts so that unfinished work can be saved; a malformed URL never becomes
 * right by being finished, so the newsroom checks formats on drafts too. Required fields and minimum lengths
 * stay publish-time rules, as in Strapi.
 */
export interface AttributeFormat {
  type?: string;
  regex?: string;
  /** A component attribute's component uid (`shared.seo`) and whether it is a list. */
  component?: string;
  repeatable?: boolean;
}

/** A component's attributes by its uid, undefined when there is no such component. */
export type ComponentAttributes = (uid: string) => Readonly<Record<string, AttributeFormat>> | undefined;

export interface FieldError {
  path: string[];
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields of `data` whose value does not match their schema's regex, components included (the article's SEO
 * fields, an author's links): Strapi skips them on drafts inside components as well. Paths are Strapi's
 * (`seo.canonicalUrl`, `links.0.url`), so the Content Manager shows the error on the field.
 */
export const findFormatErrors = (
  attributes: Readonly<Record<string, AttributeFormat>>,
  data: Readonly<Record<string, unknown>>,
  componentsOf: ComponentAttributes = () => undefined,
  prefix: readonly string[] = [],
): FieldError[] =>
  Object.entries(data).flatMap(([field, value]): FieldError[] => {
    const attribute = attributes[field];
    if (attribute?.type === 'component' && attribute.component) {
      const inner = componentsOf(attribute.component);
      if (!inner) return [];
      const items = attribute.repeatable && Array.isArray(value) ? value : [value];
      return items.flatMap((item, index) =>
        isRecord(item)
          ? findFormatErrors(
              inner,
              item,
              componentsOf,
              attribute.repeatable ? [...prefix, field, String(index)] : [...prefix, field],
            )
          : [],
      );
    }
    const pattern = attribute?.regex;
    if (pattern === undefined || typeof value !== 'string' || value === '') return [];
    const path = [...prefix, field];
    // Strapi compiles schema regexes with no flags; do the same so both agree on what passes.
    return new RegExp(pattern).test(value)
      ? []
      : [{ path, message: `${path.join('.')} does not match the expected format` }];
  });
