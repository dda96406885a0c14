import { useMemo, type ComponentType } from 'react';
import { Badge } from '@strapi/design-system';
import type {
  DocumentActionComponent,
  DocumentActionDescription,
  HeaderActionComponent,
} from '@strapi/content-manager/strapi-admin';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { AllowedTransitionView } from '../../../../shared/contracts/workflow';
import { langOf } from '../../utils/articleList';
import { getTranslation } from '../../utils/getTranslation';
import { MENU_SLOTS, publishingOffer } from '../../utils/oneStatus';
import { TransitionForm } from './TransitionForm';
import { useArticleWorkflow } from './useArticleWorkflow';
import { useMove } from './useMove';
import { useBlockedReason } from './useBlockedReason';

/**
 * One status in the edit view (issue #15 item 5). Strapi's Publish and Unpublish stay its own actions (it saves
 * before publishing, and the server takes either as the workflow's move), shown only when the stage allows them;
 * otherwise the next transitions take Publish's place, and the reason is shown under the actions
 * (PublishingNote). Other content types keep Strapi's actions untouched.
 */

/** Strapi's Publish or Unpublish, for articles only when the workflow state offers that move. */
export const onlyWhenAllowed = (original: DocumentActionComponent): DocumentActionComponent => {
  const Gated: DocumentActionComponent = (props) => {
    // Strapi's action is a hook-using component: call it on every render, whatever is decided below.
    const description = original(props);
    const workflow = useArticleWorkflow(props);
    if (!workflow || !description) return description;
    if (!workflow.view) return { ...description, disabled: true };
    const offer = publishingOffer(workflow.view.state.stage, workflow.view.allowed);
    if (!(original.type === 'unpublish' ? offer.mayUnpublish : offer.mayPublish)) return null;
    // The move happened on Strapi's side: the status, the actions and the Workflow panel read the state again.
    const { onClick, dialog } = description;
    const { refresh } = workflow;
    return {
      ...description,
      onClick: onClick
        ? async (event) => {
            const outcome = await onClick(event);
            refresh();
            return outcome;
          }
        : undefined,
      dialog:
        dialog?.type === 'dialog' && dialog.onConfirm
          ? {
              ...dialog,
              onConfirm: async () => {
                await dialog.onConfirm?.();
                refresh();
              },
            }
          : dialog,
    };
  };
  Gated.type = original.type;
  Gated.position = original.position;
  return Gated;
};

type ModalContent = ComponentType<{ onClose: () => void }>;

/**
 * One transition as a document action: `primary` is the one that takes Publish's place, a number is the n-th
 * other transition (in the actions menu). A transition that needs a reason or a time opens a form in a modal.
 */
const transitionAction = (slot: 'primary' | number): DocumentActionComponent => {
  const Move: DocumentActionComponent = (props) => {
    const { locale: uiLocale } = useIntl();
    const workflow = useArticleWorkflow(props);
    const documentId = workflow?.documentId ?? '';
    const locale = workflow?.locale ?? 'ar';
    const { move, moving } = useMove(documentId, locale);
    const modified = useForm('NewsroomTransitionAction', (state) => state.modified, false) ?? false;
    const view = workflow?.view;
    const offer = view ? publishingOffer(view.state.stage, view.allowed) : null;
    const transition: AllowedTransitionView | null | undefined =
      slot === 'primary' ? offer?.primary : offer?.more[slot];
    const label = transition ? (view?.labels.transitions[transition.id]?.[langOf(uiLocale)] ?? transition.id) : '';
    const needsInput = transition ? transition.requiresReason || transition.requiresSchedule : false;
    // Kept while the same transition is offered, so that a refetch does not empty a half-filled form.
    const Form = useMemo<ModalContent | null>(() => {
      if (!transition || !needsInput) return null;
      const TransitionModal: ModalContent = ({ onClose }) => (
        <TransitionForm
          documentId={documentId}
          locale={locale}
          transition={transition}
          label={label}
          onClose={onClose}
        />
      );
      return TransitionModal;
      // eslint-disable-next-line react-hooks/exhaustive-deps -- the transition object is new on every read
    }, [transition?.id, needsInput, documentId, locale, label]);

    if (!workflow || !view || !transition) return null;
    const description: DocumentActionDescription = {
      label,
      position: 'panel',
      variant: slot === 'primary' ? 'default' : 'secondary',
      // A transition moves the stored draft: unsaved changes would not be part of what is submitted or approved.
      disabled: modified || moving,
      loading: moving,
    };
    if (Form) return { ...description, dialog: { type: 'modal', title: label, content: Form } };
    return {
      ...description,
      onClick: async () => {
        await move(transition);
      },
    };
  };
  Move.position = 'panel';
  return Move;
};

/** Document actions in the order they go after Strapi's Publish (primary) and after its Save (the menu). */
export const PRIMARY_TRANSITION = transitionAction('primary');
export const MENU_TRANSITIONS = Array.from({ length: MENU_SLOTS }, (_unused, index) => transitionAction(index));

/** The header's status: the workflow stage (with, on hover, why publishing is not possible now). */
export const StageStatus: HeaderActionComponent = (props) => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const workflow = useArticleWorkflow(props);
  const reason = useBlockedReason(workflow?.view);
  const view = workflow?.view;
  if (!view) return null;
  const stage = view.state.stage;
  const stageLabel = view.labels.stages[stage]?.[langOf(uiLocale)] ?? stage;
  return {
    label: formatMessage({ id: getTranslation('status.label'), defaultMessage: 'Status' }),
    _status: {
      message: (
        <span data-newsroom-status={stage}>
          <Badge active>{stageLabel}</Badge>
        </span>
      ),
      tooltip: reason ?? undefined,
    },
  };
};
