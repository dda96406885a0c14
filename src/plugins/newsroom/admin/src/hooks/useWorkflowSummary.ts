import { useEffect, useReducer } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Bilingual, WorkflowSummaryResponse, WorkflowSummaryView } from '../../../shared/contracts/workflow';

type Get = ReturnType<typeof useFetchClient>['get'];

/**
 * The list view's stage and assignee cells share one request per page: each cell asks for its document,
 * the asks of one render are sent together (GET /newsroom/workflow/summary), and the answers kept briefly,
 * so a page of 100 rows costs one request, not 100.
 */
const FRESH_MS = 10_000;
const answers = new Map<string, { view: WorkflowSummaryView; at: number }>();
const waiting = new Map<string, Set<string>>();
const listeners = new Set<() => void>();
let labels: Record<string, Bilingual> = {};
let flushing: ReturnType<typeof setTimeout> | null = null;

const keyOf = (locale: string, documentId: string) => `${locale}\u0000${documentId}`;
const notify = () => listeners.forEach((listener) => listener());

const flush = (get: Get) => {
  flushing = null;
  const batches = [...waiting.entries()];
  waiting.clear();
  for (const [locale, ids] of batches) {
    const documentIds = [...ids];
    for (let start = 0; start < documentIds.length; start += 100) {
      const page = documentIds.slice(start, start + 100);
      get<WorkflowSummaryResponse>('/newsroom/workflow/summary', { params: { locale, documentIds: page.join(',') } }).then(
        ({ data }) => {
          labels = data.labels;
          const at = Date.now();
          for (const [documentId, view] of Object.entries(data.data)) answers.set(keyOf(locale, documentId), { view, at });
          notify();
        },
        () => undefined // the cell stays empty; the next render asks again
      );
    }
  }
};

const ask = (get: Get, locale: string, documentId: string) => {
  const ids = waiting.get(locale) ?? new Set<string>();
  ids.add(documentId);
  waiting.set(locale, ids);
  flushing ??= setTimeout(() => flush(get), 0);
};

export const stageLabels = (): Record<string, Bilingual> => labels;

export const useWorkflowSummary = (documentId: string, locale: string): WorkflowSummaryView | undefined => {
  const { get } = useFetchClient();
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const key = keyOf(locale, documentId);
  useEffect(() => {
    listeners.add(rerender);
    const known = answers.get(key);
    if (!known || Date.now() - known.at > FRESH_MS) ask(get, locale, documentId);
    return () => {
      listeners.delete(rerender);
    };
  }, [key, get, locale, documentId]);
  return answers.get(key)?.view;
};
