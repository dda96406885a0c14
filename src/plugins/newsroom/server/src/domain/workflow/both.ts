import type { WorkflowConfig } from './config';
import { transition } from './machine';
import type { Stage } from '../../../../core/workflow/stages';
import type { Clock, HttpStatus, TransitionRequest, TransitionSuccess, WorkflowError, WorkflowState } from './types';

/**
 * An editor moves the Arabic and the English version together ("approve both"): every locale is checked against
 * its own state, at one instant, and the move happens for all or for none. The adapter locks all the rows, then
 * stores every result in one database transaction.
 */

export interface Expectation {
  readonly stage?: Stage;
  readonly version?: number;
}

/** One request for several locales; what each user saw is per locale. */
export type MultiLocaleRequest = Omit<TransitionRequest, 'locale' | 'expectedStage' | 'expectedVersion'> & {
  readonly expected?: Readonly<Record<string, Expectation>>;
};

export type BothResult<L extends string> =
  | { readonly ok: true; readonly results: Readonly<Record<L, TransitionSuccess>> }
  | {
      readonly ok: false;
      /** The most serious status among the refusals: 403, then 409, then 400. */
      readonly httpStatus: HttpStatus;
      /** Every locale that was refused (the others would have succeeded). */
      readonly errors: Readonly<Partial<Record<L, WorkflowError>>>;
    };

const SEVERITY: readonly HttpStatus[] = [403, 409, 400];

/** `transitionBoth({ ar, en }, request, config, clock)`; works for any set of locales. */
export function transitionBoth<L extends string>(
  states: Readonly<Record<L, WorkflowState>>,
  request: MultiLocaleRequest,
  config: WorkflowConfig,
  clock: Clock,
): BothResult<L> {
  const now = clock();
  const fixedClock: Clock = () => new Date(now.getTime());
  const locales = Object.keys(states) as L[];
  if (locales.length === 0) throw new RangeError('transitionBoth: no locale given');
  const results: Partial<Record<L, TransitionSuccess>> = {};
  const errors: Partial<Record<L, WorkflowError>> = {};
  for (const locale of locales) {
    const { expected, ...common } = request;
    const seen = expected && Object.hasOwn(expected, locale) ? expected[locale] : undefined;
    const result = transition(
      states[locale],
      { ...common, locale, expectedStage: seen?.stage, expectedVersion: seen?.version },
      config,
      fixedClock,
    );
    if (result.ok) results[locale] = result;
    else errors[locale] = result.error;
  }
  const refused = Object.values<WorkflowError | undefined>(errors).filter((error): error is WorkflowError => error !== undefined);
  if (refused.length > 0) {
    const httpStatus = SEVERITY.find((status) => refused.some((error) => error.httpStatus === status)) ?? 409;
    return { ok: false, httpStatus, errors };
  }
  return { ok: true, results: results as Record<L, TransitionSuccess> };
}
