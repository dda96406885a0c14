import type { Bilingual } from '../../../../core/workflow/messages';
import { NOT_CREATOR, NO_UPDATE_PERMISSION, type EditAccessView } from '../../../../shared/contracts/edit-access';

/**
 * May this user edit this document now? The same facts the server's guards decide a save on, gathered so the
 * admin can show a read-only form with the reason instead of an editable one that answers «Forbidden» on save:
 * - the role's update permission on the content type (none: read only, whatever the document);
 * - the permission on this document (a condition such as "is creator": an Author edits only their own);
 * - the workflow's refusal of an edit in this stage (`lockAfterSubmit` for Authors), as the save would get it.
 * Pure: the adapter (access/controller.ts) asks Strapi's permission checker and the workflow.
 */
export interface EditFacts {
  readonly mayUpdateType: boolean;
  readonly mayUpdateDocument: boolean;
  /** The workflow's refusal of an edit by this user in the locale's stage, or null when it allows one. */
  readonly stageRefusal: { readonly code: string; readonly message: Bilingual } | null;
}

const READ_ONLY = { en: 'Read only', ar: 'للقراءة فقط' } as const;

const readOnly = (code: string, reason: Bilingual): EditAccessView => ({
  mayEdit: false,
  reason: {
    code,
    message: { en: `${READ_ONLY.en}: ${reason.en}.`, ar: `${READ_ONLY.ar}: ${reason.ar}.` },
  },
});

export function editAccess(facts: EditFacts): EditAccessView {
  if (!facts.mayUpdateType) {
    return readOnly(NO_UPDATE_PERMISSION, {
      en: 'your role may not edit this content type',
      ar: 'دورك لا يسمح بتعديل هذا النوع من المحتوى',
    });
  }
  if (!facts.mayUpdateDocument) {
    return readOnly(NOT_CREATOR, {
      en: 'someone else created it, and your role edits only what you created',
      ar: 'أنشأه شخص آخر، ودورك يسمح بتعديل ما أنشأته أنت فقط',
    });
  }
  if (facts.stageRefusal) {
    const { code, message } = facts.stageRefusal;
    return readOnly(code, message);
  }
  return { mayEdit: true, reason: null };
}
