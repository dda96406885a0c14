import { Badge, Typography } from '@strapi/design-system';
import { useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useDirectionSettings } from '../../hooks/useDirectionSettings';
import { useWorkflowSummary } from '../../hooks/useWorkflowSummary';
import { langOf, type ListQuery } from '../../utils/articleList';

const useRowSummary = (documentId: string) => {
  const [{ query }] = useQueryParams<ListQuery>();
  const settings = useDirectionSettings();
  const locale = query.plugins?.i18n?.locale ?? settings?.defaultLocale ?? 'ar';
  return useWorkflowSummary(documentId, locale);
};

export const StageCell = ({ documentId }: { documentId: string }) => {
  const { locale: uiLocale } = useIntl();
  const summary = useRowSummary(documentId);
  const view = summary?.view;
  if (!view) return <Typography textColor="neutral500">…</Typography>;
  return <Badge data-newsroom-stage={view.stage}>{summary.labels[view.stage]?.[langOf(uiLocale)] ?? view.stage}</Badge>;
};

export const AssigneeCell = ({ documentId }: { documentId: string }) => {
  const assignee = useRowSummary(documentId)?.view?.assignee;
  return <Typography textColor={assignee ? 'neutral800' : 'neutral500'}>{assignee?.name ?? '—'}</Typography>;
};
