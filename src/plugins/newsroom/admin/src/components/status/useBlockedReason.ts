import { useIntl } from 'react-intl';
import type { WorkflowStateResponse } from '../../../../shared/contracts/workflow';
import { getTranslation } from '../../utils/getTranslation';
import { publishingOffer, type BlockedReason } from '../../utils/oneStatus';

const DEFAULTS: Record<BlockedReason, string> = {
  draft: 'Not publishable yet: submit the story for review; an Editor approves it before it goes live.',
  in_review: 'In review: an Editor approves it before it can be published.',
  changes_requested: 'Changes requested: make them and submit the story again.',
  approved: 'Approved: an Editor publishes it.',
  scheduled: 'Scheduled: it goes live at its time; cancel the schedule to publish now.',
  published: 'On the site: an Editor publishes the changes.',
  unpublished: 'Unpublished: reopen it and send it through review again.',
  other: 'Publishing is not possible at this stage.',
};

/** Why the signed-in user cannot publish this locale now, in the interface language; null when they can. */
export const useBlockedReason = (view: WorkflowStateResponse['data'] | undefined): string | null => {
  const { formatMessage } = useIntl();
  if (!view) return null;
  const { blockedReason } = publishingOffer(view.state.stage, view.allowed);
  if (!blockedReason) return null;
  return formatMessage({ id: getTranslation(`status.why.${blockedReason}`), defaultMessage: DEFAULTS[blockedReason] });
};
