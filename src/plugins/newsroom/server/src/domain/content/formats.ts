/**
 * Format checks for fields that carry a `regex` in their schema (URLs, colours, country codes, slugs).
 * Strapi 5 skips `regex` on drafts so that unfinished work can be saved; a malformed URL never becomes
 * right by being finished, so the newsroom checks formats on drafts too. Required fields and minimum lengths
 * stay publish-time rules, as in Strapi.
 */
export interface AttributeFormat {
  type?: string;
  regex?: string;
}

export interface FieldError {
  path: string[];
  message: string;
}

export const findFormatErrors = (
  attributes: Readonly<Record<string, AttributeFormat>>,
  data: Readonly<Record<string, unknown>>,
): FieldError[] =>
  Object.entries(data).flatMap(([field, value]) => {
    const pattern = attributes[field]?.regex;
    if (pattern === undefined || typeof value !== 'string' || value === '') return [];
    // Strapi compiles schema regexes with no flags; do the same so both agree on what passes.
    return new RegExp(pattern).test(value)
      ? []
      : [{ path: [field], message: `${field} does not match the expected format` }];
  });
