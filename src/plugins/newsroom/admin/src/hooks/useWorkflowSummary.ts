import { useGetWorkflowSummaryQuery } from '../api/newsroomApi';
import type { RowSummary } from '../api/summaryBatch';

/** Asked again when a cell mounts and its answer is older than this (seconds); transitions invalidate it at once. */
const FRESH_SECONDS = 10;

/**
 * One list row's stage and assignee. The rows of a page are fetched together (see api/summaryBatch.ts); the
 * answers live in the query cache, which drops them a minute after their last cell is gone.
 */
export const useWorkflowSummary = (documentId: string, locale: string): RowSummary | undefined =>
  useGetWorkflowSummaryQuery({ documentId, locale }, { refetchOnMountOrArgChange: FRESH_SECONDS }).data;
