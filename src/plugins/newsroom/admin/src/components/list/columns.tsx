import { getTranslation } from '../../utils/getTranslation';
import { isArticleListPath } from '../../utils/articleList';
import { AssigneeCell, StageCell } from './WorkflowCells';

interface Header {
  name: string;
  [key: string]: unknown;
}
interface ColumnHookArgs {
  displayedHeaders: Header[];
  layout: unknown;
}
type Row = { documentId: string };

/**
 * 'Admin/CM/pages/ListView/inject-column-in-table': the article list gets Status (the workflow stage: one status,
 * issue #15) and Assignee columns. Strapi's own status column comes after the hook and is relabelled (see
 * translations/strapiRelabels.ts).
 */
export const addWorkflowColumns = ({ displayedHeaders, layout }: ColumnHookArgs): ColumnHookArgs => {
  if (!isArticleListPath(window.location.pathname)) return { displayedHeaders, layout };
  const column = (name: string, key: string, defaultMessage: string, Cell: typeof StageCell): Header => ({
    name,
    attribute: { type: 'custom' },
    label: { id: getTranslation(key), defaultMessage },
    searchable: false,
    sortable: false,
    cellFormatter: (row: Row) => <Cell documentId={row.documentId} />,
  });
  return {
    displayedHeaders: [
      ...displayedHeaders,
      column('newsroom_stage', 'list.status', 'Status', StageCell),
      column('newsroom_assignee', 'list.assignee', 'Assignee', AssigneeCell),
    ],
    layout,
  };
};
