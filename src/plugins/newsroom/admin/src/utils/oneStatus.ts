import { STAGES, type Stage } from '../../../core/model';
import type { AllowedTransitionView } from '../../../shared/contracts/workflow';

/**
 * One status (issue #15 item 5): what the edit view's document actions offer for an article locale, from its
 * workflow state. Publishing and unpublishing stay Strapi's own buttons (the server records them as workflow
 * moves) but appear only when the stage allows them; otherwise the next transitions are offered, and the
 * reason why publishing is not possible now is named.
 */

/** The transitions Strapi's own Publish and Unpublish buttons take. */
const STRAPI_BUTTONS = new Set(['publish', 'unpublish']);

/** Why publishing is not possible now: a message key under `status.why.` (translations/*.json). */
export type BlockedReason = Stage | 'other';

export interface PublishingOffer {
  /** Strapi's Publish button is shown. */
  mayPublish: boolean;
  /** Strapi's Unpublish entry is shown. */
  mayUnpublish: boolean;
  /** Takes the Publish button's place (the primary action) when publishing is not possible. */
  primary: AllowedTransitionView | null;
  /** The other transitions, in the actions menu. */
  more: AllowedTransitionView[];
  /** Null when the user may publish now. */
  blockedReason: BlockedReason | null;
}

/**
 * Which move takes Publish's place: the one that brings the story nearer to the site comes first, moves back
 * (withdraw, request changes) last. A Super Admin in review may take all three of withdraw, request changes and
 * approve: Approve is the button, the others are in the menu. Transitions a configuration adds come after these.
 */
const FORWARD_FIRST: readonly string[] = [
  'approve',
  'submit',
  'schedule',
  'reopen',
  'unschedule',
  'schedule_unpublish',
  'unschedule_unpublish',
  'withdraw',
  'request_changes',
];
const rank = (id: string): number => {
  const index = FORWARD_FIRST.indexOf(id);
  return index === -1 ? FORWARD_FIRST.length : index;
};

export function publishingOffer(stage: string, allowed: readonly AllowedTransitionView[]): PublishingOffer {
  const mayPublish = allowed.some((transition) => transition.id === 'publish');
  const mayUnpublish = allowed.some((transition) => transition.id === 'unpublish');
  const moves = allowed
    .filter((transition) => !STRAPI_BUTTONS.has(transition.id))
    .sort((a, b) => rank(a.id) - rank(b.id));
  if (mayPublish) return { mayPublish, mayUnpublish, primary: null, more: moves, blockedReason: null };
  const [primary = null, ...more] = moves;
  const blockedReason = (STAGES as readonly string[]).includes(stage) ? (stage as BlockedReason) : 'other';
  return { mayPublish, mayUnpublish, primary, more, blockedReason };
}

/** How many transitions the actions menu can hold besides the primary one (the widest stage offers three). */
export const MENU_SLOTS = 4;
