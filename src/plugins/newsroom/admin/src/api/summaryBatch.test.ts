import type { WorkflowSummaryResponse } from '../../../shared/contracts/workflow';
import { createSummaryBatcher, SUMMARY_PAGE, type SendSummaries } from './summaryBatch';

const labels = { draft: { ar: 'مسودة', en: 'Draft' } };

/** A send that answers every id it is asked for as a draft, except those named in `missing`, and records its calls. */
const recordingSend = (missing: string[] = []) => {
  const calls: Array<{ locale: string; documentIds: string[] }> = [];
  const send: SendSummaries<string> = async (locale, documentIds) => {
    calls.push({ locale, documentIds });
    const data: WorkflowSummaryResponse['data'] = Object.fromEntries(
      documentIds.filter((id) => !missing.includes(id)).map((id) => [id, { stage: 'draft' }]),
    );
    return { data: { data, labels } };
  };
  return { calls, send };
};

describe('createSummaryBatcher', () => {
  it('sends the asks of one tick together, one request per locale', async () => {
    const ask = createSummaryBatcher<string>();
    const { calls, send } = recordingSend(['c']);
    const answers = await Promise.all([
      ask(send, 'ar', 'a'),
      ask(send, 'ar', 'b'),
      ask(send, 'en', 'a'),
      ask(send, 'ar', 'c'),
    ]);
    expect(calls).toEqual([
      { locale: 'ar', documentIds: ['a', 'b', 'c'] },
      { locale: 'en', documentIds: ['a'] },
    ]);
    expect(answers[0]).toEqual({ data: { view: { stage: 'draft' }, labels } });
    expect(answers[3]).toEqual({ data: { view: null, labels } });
  });

  it('splits a page larger than the server takes, and starts a new batch on the next tick', async () => {
    const ask = createSummaryBatcher<string>();
    const { calls, send } = recordingSend();
    const ids = Array.from({ length: SUMMARY_PAGE + 1 }, (_, index) => `d${index}`);
    await Promise.all(ids.map((id) => ask(send, 'ar', id)));
    expect(calls.map((call) => call.documentIds.length)).toEqual([SUMMARY_PAGE, 1]);
    await ask(send, 'ar', 'd0');
    expect(calls).toHaveLength(3);
  });

  it("gives every ask of a failed request that request's error", async () => {
    const ask = createSummaryBatcher<string>();
    const send: SendSummaries<string> = async () => ({ error: 'refused' });
    await expect(Promise.all([ask(send, 'ar', 'a'), ask(send, 'ar', 'b')])).resolves.toEqual([
      { error: 'refused' },
      { error: 'refused' },
    ]);
  });
});
