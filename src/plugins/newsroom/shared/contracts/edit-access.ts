import { z } from 'zod';
import { ARTICLE_UID, AUTHOR_UID, SOURCE_UID, TOPIC_UID } from '../../core/model';
import { localeCode } from './locale';

/** GET /newsroom/access/:documentId?model=…&locale=… — may the signed-in admin user edit this document now? */
export const EDITABLE_MODELS = [ARTICLE_UID, AUTHOR_UID, TOPIC_UID, SOURCE_UID] as const;

export const editAccessQuery = z.object({
  model: z.enum(EDITABLE_MODELS),
  locale: localeCode,
});
export type EditAccessQuery = z.infer<typeof editAccessQuery>;

/** The refusals that come from the user's permissions (the role, "is creator"), not from the workflow's stage. */
export const NO_UPDATE_PERMISSION = 'NO_UPDATE_PERMISSION';
export const NOT_CREATOR = 'NOT_CREATOR';
/** No permission to change this document at all (a decision on its topics, a restore): not only its text. */
export const refusedByPermission = (view: EditAccessView | undefined): boolean =>
  view?.reason?.code === NO_UPDATE_PERMISSION || view?.reason?.code === NOT_CREATOR;

export interface EditAccessView {
  mayEdit: boolean;
  /**
   * Why not (null when they may): `code` names it — NO_UPDATE_PERMISSION (the role), NOT_CREATOR (someone
   * else's document under an "is creator" condition), or the workflow's refusal code for the stage
   * (LOCKED_AFTER_SUBMIT) — and `message` says it in both languages, as the edit view shows it.
   */
  reason: { code: string; message: { ar: string; en: string } } | null;
}

export interface EditAccessResponse {
  data: EditAccessView;
}
