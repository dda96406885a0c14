/**
 * Hints and placeholders of the edit form in the interface's language. Strapi 5.54 shows a field's hint and
 * placeholder as stored in the Content Manager's configuration (one string, no language), so the plugin fills
 * them in the edit layout through the Content Manager's `mutate-edit-view-layout` hook, from its own messages.
 * Pure: the messages and the layout come in, a new layout goes out (a field with a configured text keeps it).
 */

/** The part of a field of the edit layout this reads and writes. */
export interface LayoutField {
  name: string;
  hint?: string;
  placeholder?: string;
}

export interface EditLayout<F extends LayoutField = LayoutField> {
  layout: F[][][];
  settings: { displayName?: string };
}

/** Content types by display name (what the edit layout carries), and the fields given a hint or placeholder. */
export const FIELD_TEXT_KEYS: Record<string, Record<string, ('hint' | 'placeholder')[]>> = {
  Article: {
    title: ['hint', 'placeholder'],
    standfirst: ['hint', 'placeholder'],
    dateline: ['hint', 'placeholder'],
    slug: ['hint'],
    sourceUrl: ['placeholder'],
    originalPublishedAt: ['hint'],
  },
};

/** The message key of a field's hint or placeholder, as in translations/*.json (without the plugin prefix). */
export const fieldTextKey = (displayName: string, field: string, what: 'hint' | 'placeholder'): string =>
  `field.${displayName.toLowerCase()}.${field}.${what}`;

export const withFieldTexts = <F extends LayoutField, L extends EditLayout<F>>(
  edit: L,
  messages: Record<string, string>,
): L => {
  const fields = FIELD_TEXT_KEYS[edit.settings.displayName ?? ''];
  if (!fields) return edit;
  const displayName = edit.settings.displayName ?? '';
  const fill = (field: F): F => {
    const wanted = fields[field.name];
    if (!wanted) return field;
    const next = { ...field };
    for (const what of wanted) {
      const text = messages[fieldTextKey(displayName, field.name, what)];
      if (text && !field[what]) next[what] = text;
    }
    return next;
  };
  return { ...edit, layout: edit.layout.map((panel) => panel.map((row) => row.map(fill))) };
};
