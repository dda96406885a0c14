import { EDITABLE_MODELS, type EditAccessView } from '../../../../shared/contracts/edit-access';
import { useGetEditAccessQuery } from '../../api/newsroomApi';

type EditableModel = (typeof EDITABLE_MODELS)[number];
const isEditableModel = (model: string): model is EditableModel =>
  (EDITABLE_MODELS as readonly string[]).includes(model);

export interface EditTarget {
  model: string;
  documentId?: string | null;
  locale?: unknown;
}

/**
 * Whether the signed-in user may edit this saved document's locale now, and why not (GET /newsroom/access): one
 * cached answer shared by the form's read-only mode, the document actions and the side panels. Undefined while
 * it is read, for a document not saved yet, and for content types that are not the newsroom's.
 */
export const useEditAccess = ({ model, documentId, locale }: EditTarget): EditAccessView | undefined => {
  const saved = typeof documentId === 'string' && documentId !== '' && documentId !== 'create';
  const target = isEditableModel(model) && saved && typeof locale === 'string' ? model : null;
  // `currentData`, not `data`: RTK Query's `data` keeps the previous document's answer while this one's is read.
  const { currentData } = useGetEditAccessQuery(
    {
      model: target ?? EDITABLE_MODELS[0],
      documentId: documentId ?? '',
      locale: typeof locale === 'string' ? locale : '',
    },
    { skip: target === null },
  );
  return target === null ? undefined : currentData;
};
