import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { readTypedTime } from '../../../../core/workflow/wall-time-input';
import type { AllowedTransitionView, TransitionRequestBody } from '../../../../shared/contracts/workflow';
import { useGetWorkflowStateQuery, useMoveArticleMutation } from '../../api/newsroomApi';
import { langOf } from '../../utils/articleList';
import { errorMessage, isolated } from '../../utils/errorMessage';
import { getTranslation } from '../../utils/getTranslation';

/**
 * Takes a workflow transition for one article locale from the document actions, against the version last read
 * (a stale one is refused by the server and the state read again). Resolves whether the move was taken.
 */
export const useMove = (documentId: string, locale: string) => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const { toggleNotification } = useNotification();
  const { data: view } = useGetWorkflowStateQuery({ documentId, locale });
  const [moveArticle, { isLoading: moving }] = useMoveArticleMutation();

  const move = async (
    transition: AllowedTransitionView,
    input: { reason?: string; when?: string } = {},
  ): Promise<boolean> => {
    if (!view) return false;
    const body: TransitionRequestBody = { transition: transition.id, locale, expectedVersion: view.state.version };
    if (transition.requiresReason) body.reason = (input.reason ?? '').trim();
    if (transition.requiresSchedule) {
      const converted = readTypedTime(input.when ?? '', view.timezone);
      if (!converted.ok) {
        toggleNotification({
          type: 'warning',
          message: formatMessage({ id: getTranslation('workflow.badTime'), defaultMessage: 'Choose a valid time' }),
        });
        return false;
      }
      body.scheduleAt = converted.at.toISOString();
    }
    try {
      await moveArticle({ documentId, body }).unwrap();
      return true;
    } catch (error) {
      toggleNotification({ type: 'danger', message: isolated(errorMessage(error, langOf(uiLocale))) });
      return false;
    }
  };
  return { move, moving, view };
};
