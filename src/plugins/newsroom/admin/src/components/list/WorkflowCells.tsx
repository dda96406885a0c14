import { Badge, Typography } from '@strapi/design-system';
import { useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useDirectionSettings } from '../../hooks/useDirectionSettings';
import { stageLabels, useWorkflowSummary } from '../../hooks/useWorkflowSummary';
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
  if (!summary) return <Typography textColor="neutral500">…</Typography>;
  return <Badge>{stageLabels()[summary.stage]?.[langOf(uiLocale)] ?? summary.stage}</Badge>;
};

export const AssigneeCell = ({ documentId }: { documentId: string }) => {
  const summary = useRowSummary(documentId);
  return <Typography textColor={summary?.assignee ? 'neutral800' : 'neutral500'}>{summary?.assignee?.name ?? '—'}</Typography>;
};
