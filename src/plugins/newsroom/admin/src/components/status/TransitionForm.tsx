import { useState } from 'react';
import { Button, Flex, Textarea } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { AllowedTransitionView } from '../../../../shared/contracts/workflow';
import { getTranslation } from '../../utils/getTranslation';
import { useMove } from './useMove';
import { NewsroomTimeInput } from './NewsroomTimeInput';
import { nextHourInput } from '../../../../core/workflow/wall-time-input';

interface Props {
  documentId: string;
  locale: string;
  transition: AllowedTransitionView;
  label: string;
  onClose: () => void;
}

/** A transition that needs a reason (request changes) or a time (schedule), in the document actions' modal. */
export const TransitionForm = ({ documentId, locale, transition, label, onClose }: Props) => {
  const { formatMessage } = useIntl();
  const { move, moving, view } = useMove(documentId, locale);
  const [reason, setReason] = useState('');
  // Opens on the next whole hour in the newsroom's zone, to be edited rather than typed from nothing.
  const [when, setWhen] = useState(() => (view ? nextHourInput(new Date(), view.timezone) : ''));
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const incomplete =
    (transition.requiresReason && reason.trim() === '') || (transition.requiresSchedule && when === '');

  const send = async () => {
    if (await move(transition, { reason, when })) onClose();
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {transition.requiresReason ? (
        <Textarea
          aria-label={t('workflow.reason', 'Reason (the writer sees it)')}
          placeholder={t('workflow.reason', 'Reason (the writer sees it)')}
          value={reason}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)}
          dir="auto"
        />
      ) : null}
      {transition.requiresSchedule && view ? (
        <NewsroomTimeInput value={when} onChange={setWhen} timeZone={view.timezone} />
      ) : null}
      <Flex gap={2}>
        <Button loading={moving} disabled={incomplete} onClick={() => void send()}>
          {label}
        </Button>
        <Button variant="tertiary" onClick={onClose}>
          {t('workflow.cancel', 'Cancel')}
        </Button>
      </Flex>
    </Flex>
  );
};
