import { Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { AssignRequestBody, Lang } from '../../../shared/contracts/workflow';
import { useAssignArticleMutation } from '../api/newsroomApi';
import { useAssignees } from '../hooks/useAssignees';
import { errorMessage, isolated } from '../utils/errorMessage';
import { getTranslation } from '../utils/getTranslation';

interface Props {
  documentId: string;
  locale: string;
  assignee?: string;
  /** Display name of the current assignee (the ledger's `actors`), shown to those who may not change it. */
  assigneeName?: string;
  version: number;
  mayAssign: boolean;
  /** The panel is reading the state again (after a move): its version is stale until then. */
  refreshing: boolean;
}

/**
 * Who has the story; editors hand it to someone else here (a ledger entry, no stage change). The assignment,
 * taken or refused, invalidates the panel's state and the list's row (see api/newsroomApi.ts).
 */
export const AssigneePicker = ({
  documentId,
  locale,
  assignee,
  assigneeName,
  version,
  mayAssign,
  refreshing,
}: Props) => {
  const { formatMessage, locale: uiLocale } = useIntl();
  const lang: Lang = uiLocale.startsWith('ar') ? 'ar' : 'en';
  const { toggleNotification } = useNotification();
  const assignees = useAssignees();
  const [assignArticle, { isLoading: sending }] = useAssignArticleMutation();
  const busy = sending || refreshing;
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
    const body: AssignRequestBody = { locale, assignee: value, expectedVersion: version };
    try {
      await assignArticle({ documentId, body }).unwrap();
    } catch (error) {
      toggleNotification({ type: 'danger', message: isolated(errorMessage(error, lang)) });
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
