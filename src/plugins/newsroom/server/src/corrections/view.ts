import type { Core } from '@strapi/strapi';
import type { RepublishView } from '../../../shared/contracts/corrections';
import {
  CORRECTION_KINDS,
  EDITOR_KINDS,
  MAX_NOTE_LENGTH,
  isChangedRepublish,
  publicCorrections,
} from '../domain/corrections';
import { editorKind, type WorkflowConfig, type WorkflowState } from '../domain/workflow';
import { readDraftSnapshot, readPublishedSnapshot } from '../history/snapshot-reader';
import type { StoredChange } from '../domain/corrections';

/**
 * What the Workflow panel needs to ask for the change when a live story is published again: whether the draft
 * differs from what is live, the kinds this user may choose, and the notes readers see already. Null for a locale
 * that is not live (nothing to correct).
 */
export const republishView = async (
  strapi: Core.Strapi,
  target: { documentId: string; locale: string; state: WorkflowState; roles: string[] },
  deps: { config: WorkflowConfig; changes: StoredChange[] },
): Promise<RepublishView | null> => {
  const { documentId, locale, state, roles } = target;
  if (state.stage !== 'published') return null;
  const live = await readPublishedSnapshot(strapi, documentId, locale);
  const draft = await readDraftSnapshot(strapi, documentId, locale);
  const editor = editorKind(roles, deps.config) !== 'author';
  return {
    changed: isChangedRepublish({
      transition: 'publish',
      stage: state.stage,
      liveHash: live?.hash ?? null,
      draftHash: draft?.hash ?? null,
    }),
    kinds: CORRECTION_KINDS.filter((kind) => editor || !EDITOR_KINDS.includes(kind)),
    maxNoteLength: MAX_NOTE_LENGTH,
    corrections: publicCorrections(deps.changes),
  };
};
