import { Button, Flex, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useAuth, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useLocation } from 'react-router-dom';
import { STAGES } from '../../../../core/workflow/stages';
import { STAGE_LABELS } from '../../../../core/workflow/messages';
import { useAssignees } from '../../hooks/useAssignees';
import { getTranslation } from '../../utils/getTranslation';
import { isArticleListPath, langOf, type ListQuery } from '../../utils/articleList';

type Filter = { workflowStage?: string; workflowAssignee?: string };

/**
 * Stage and assignee filters, and "Assigned to me", in the article list's actions. They write
 * `plugins[newsroom][…]` to the URL: the list keeps them across pages and the server filters (see the
 * workflow-list-filter document middleware).
 */
export const WorkflowListFilters = () => {
  const { pathname } = useLocation();
  const { formatMessage, locale: uiLocale } = useIntl();
  const [{ query }, setQuery] = useQueryParams<ListQuery>();
  const me = useAuth('WorkflowListFilters', (state) => state.user);
  const assignees = useAssignees();
  if (!isArticleListPath(pathname)) return null;

  const current: Filter = query.plugins?.newsroom ?? {};
  const myId = me?.id === undefined ? undefined : String(me.id);
  const mine = myId !== undefined && current.workflowAssignee === myId;
  const change = (next: Filter) => {
    const merged: Filter = { ...current, ...next };
    const newsroom = Object.fromEntries(Object.entries(merged).filter(([, value]) => value));
    const { newsroom: _old, ...otherPlugins } = query.plugins ?? {};
    setQuery({ page: 1, plugins: Object.keys(newsroom).length > 0 ? { ...otherPlugins, newsroom } : otherPlugins });
  };
  const lang = langOf(uiLocale);

  return (
    <Flex gap={2}>
      <SingleSelect
        size="S"
        aria-label={formatMessage({ id: getTranslation('list.stage'), defaultMessage: 'Stage' })}
        placeholder={formatMessage({ id: getTranslation('list.anyStage'), defaultMessage: 'Any stage' })}
        value={current.workflowStage ?? ''}
        onChange={(value: string | number) => change({ workflowStage: String(value) || undefined })}
        onClear={() => change({ workflowStage: undefined })}
      >
        {STAGES.map((stage) => (
          <SingleSelectOption key={stage} value={stage}>
            {STAGE_LABELS[stage][lang]}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <SingleSelect
        size="S"
        aria-label={formatMessage({ id: getTranslation('list.assignee'), defaultMessage: 'Assignee' })}
        placeholder={formatMessage({ id: getTranslation('list.anyAssignee'), defaultMessage: 'Anyone' })}
        value={current.workflowAssignee ?? ''}
        onChange={(value: string | number) => change({ workflowAssignee: String(value) || undefined })}
        onClear={() => change({ workflowAssignee: undefined })}
      >
        {assignees.map((user) => (
          <SingleSelectOption key={user.id} value={user.id}>
            {user.name}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Button
        size="S"
        variant={mine ? 'default' : 'tertiary'}
        disabled={myId === undefined}
        onClick={() => change({ workflowAssignee: mine ? undefined : myId })}
      >
        {formatMessage({ id: getTranslation('list.assignedToMe'), defaultMessage: 'Assigned to me' })}
      </Button>
    </Flex>
  );
};
