import { useGetWorkflowStateQuery } from '../../api/newsroomApi';
import { ARTICLE_UID } from '../../../../core/model';
import type { WorkflowStateResponse } from '../../../../shared/contracts/workflow';

/** What the Content Manager passes to document and header actions (the part read here). */
export interface EditViewProps {
  model: string;
  documentId?: string;
  document?: { locale?: unknown } & Record<string, unknown>;
}

export interface ArticleWorkflow {
  documentId: string;
  locale: string;
  /** Undefined while the state is read. */
  view: WorkflowStateResponse['data'] | undefined;
  /** Reads the state again (after Strapi's own Publish or Unpublish, which the newsroom's cache does not see). */
  refresh: () => void;
}

/**
 * The workflow state of the article locale an edit view shows, from the same cached query as the Workflow panel
 * (a move invalidates it, so the actions, the header's status and the panel change together). Null for other
 * content types and for an article not saved yet.
 */
export const useArticleWorkflow = ({ model, documentId, document }: EditViewProps): ArticleWorkflow | null => {
  const saved = model === ARTICLE_UID && typeof documentId === 'string' && documentId !== '' && documentId !== 'create';
  const locale = typeof document?.locale === 'string' ? document.locale : 'ar';
  const { data, refetch } = useGetWorkflowStateQuery({ documentId: documentId ?? '', locale }, { skip: !saved });
  return saved ? { documentId: documentId as string, locale, view: data, refresh: () => void refetch() } : null;
};
