import type { ReactNode } from 'react';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { useEditAccess, type EditTarget } from './useEditAccess';

export interface EditViewReadOnly {
  readOnly: boolean;
  /** Shown above the form when it is read only. */
  notice: ReactNode;
}

/**
 * The plugin API the patched Content Manager edit view calls (patches/@strapi+content-manager+5.54.0.patch:
 * `apis.useEditViewReadOnly` of any registered plugin): the form is read only, with the reason above it, when
 * the server says this user may not edit this document now. While the answer is read the form stays as Strapi
 * made it (the server refuses a save anyway).
 */
export const useEditViewReadOnly = (target: EditTarget): EditViewReadOnly => {
  const access = useEditAccess(target);
  const readOnly = access !== undefined && !access.mayEdit;
  return { readOnly, notice: readOnly ? <ReadOnlyNotice access={access} /> : null };
};
