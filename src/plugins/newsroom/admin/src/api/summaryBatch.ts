import type { Bilingual, WorkflowSummaryResponse, WorkflowSummaryView } from '../../../shared/contracts/workflow';

/** One row's stage and assignee (null: the server has no row for it), with the stage labels of its answer. */
export interface RowSummary {
  view: WorkflowSummaryView | null;
  labels: Record<string, Bilingual>;
}

export type Outcome<T, E> = { data: T; error?: undefined } | { error: E; data?: undefined };

/** Sends one GET /newsroom/workflow/summary for up to `SUMMARY_PAGE` documents of a locale. */
export type SendSummaries<E> = (locale: string, documentIds: string[]) => Promise<Outcome<WorkflowSummaryResponse, E>>;

/** The server's cap on `documentIds` per request. */
export const SUMMARY_PAGE = 100;

interface Ask<E> {
  documentId: string;
  send: SendSummaries<E>;
  settle: (outcome: Outcome<RowSummary, E>) => void;
}

/**
 * The list view's stage and assignee cells each ask for their own row (one query per row in the query cache,
 * so a transition invalidates exactly its document); the asks of one render are sent together here, so a
 * page of 100 rows costs one request, not 100. Only the asks not yet sent are held: answers live in the cache.
 */
export const createSummaryBatcher = <E>() => {
  const waiting = new Map<string, Ask<E>[]>();
  let flushing: ReturnType<typeof setTimeout> | null = null;

  const sendPage = async (locale: string, asks: Ask<E>[]) => {
    const [first] = asks;
    if (!first) return;
    const outcome = await first.send(locale, [...new Set(asks.map((ask) => ask.documentId))]);
    for (const ask of asks) {
      if (outcome.data === undefined) ask.settle({ error: outcome.error });
      else ask.settle({ data: { view: outcome.data.data[ask.documentId] ?? null, labels: outcome.data.labels } });
    }
  };

  const flush = async () => {
    flushing = null;
    const batches = [...waiting.entries()];
    waiting.clear();
    const pages: Promise<void>[] = [];
    for (const [locale, asks] of batches) {
      for (let start = 0; start < asks.length; start += SUMMARY_PAGE)
        pages.push(sendPage(locale, asks.slice(start, start + SUMMARY_PAGE)));
    }
    await Promise.all(pages);
  };

  return (send: SendSummaries<E>, locale: string, documentId: string): Promise<Outcome<RowSummary, E>> =>
    new Promise((settle) => {
      const asks = waiting.get(locale) ?? [];
      asks.push({ documentId, send, settle });
      waiting.set(locale, asks);
      flushing ??= setTimeout(() => void flush(), 0);
    });
};
