import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { useEditAccess } from './useEditAccess';

/**
 * Strapi's actions that write the draft: offered disabled when the user may not edit it (the reason is above the
 * form). Delete keeps Strapi's own rule (its permission is a separate one).
 */
const WRITES = new Set(['update', 'discard']);

export const disabledWhenReadOnly = (original: DocumentActionComponent): DocumentActionComponent => {
  if (!original.type || !WRITES.has(original.type)) return original;
  const Gated: DocumentActionComponent = (props) => {
    // Strapi's action is a hook-using component: call it on every render, whatever is decided below.
    const description = original(props);
    const access = useEditAccess({ model: props.model, documentId: props.documentId, locale: props.document?.locale });
    if (!description || access === undefined || access.mayEdit) return description;
    return { ...description, disabled: true };
  };
  Gated.type = original.type;
  Gated.position = original.position;
  return Gated;
};
