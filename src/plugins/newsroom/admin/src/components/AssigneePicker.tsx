import { Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { AssignRequestBody, Lang } from '../../../shared/contracts/workflow';
import { useAssignees } from '../hooks/useAssignees';
import { errorMessage } from '../utils/errorMessage';
import { getTranslation } from '../utils/getTranslation';

interface Props {
  documentId: string;
  locale: string;
  assignee?: string;
  /** Display name of the current assignee (the ledger's `actors`), shown to those who may not change it. */
  assigneeName?: string;
  version: number;
  mayAssign: boolean;
  onAssigned: () => Promise<void>;
}

/** Who has the story; editors hand it to someone else here (a ledger entry, no stage change). */
export const AssigneePicker = ({ documentId, locale, assignee, assigneeName, version, mayAssign, onAssigned }: Props) => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const lang: Lang = uiLocale.startsWith('ar') ? 'ar' : 'en';
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const assignees = useAssignees();
  const [busy, setBusy] = useState(false);
  const label = formatMessage({ id: getTranslation('workflow.assignee'), defaultMessage: 'Assignee' });
  const nobody = formatMessage({ id: getTranslation('workflow.unassigned'), defaultMessage: 'Nobody' });

  if (!mayAssign) {
    return (
      <Typography variant="pi">
        {label}: {assigneeName ?? (assignee ? `#${assignee}` : nobody)}
      </Typography>
    );
  }

  const assign = async (value: string | null) => {
    setBusy(true);
    try {
      const body: AssignRequestBody = { locale, assignee: value, expectedVersion: version };
      await post(`/newsroom/workflow/articles/${documentId}/assignee`, body);
      await onAssigned();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error, lang) });
      await onAssigned();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Typography variant="pi" fontWeight="bold">
        {label}
      </Typography>
      <SingleSelect
        size="S"
        aria-label={label}
        placeholder={nobody}
        disabled={busy}
        value={assignee ?? ''}
        onChange={(value: string | number) => void assign(String(value) || null)}
        onClear={() => void assign(null)}
      >
        {assignees.map((user) => (
          <SingleSelectOption key={user.id} value={user.id}>
            {user.name}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Flex>
  );
};
