import { transitionBoth } from './both';
import { DEFAULT_WORKFLOW_CONFIG as config } from './config';
import { ROLE_AUTHOR, ROLE_EDITOR } from '../../../../core/workflow/stages';
import { NOW_ISO, clock, requestFor, stateIn } from './test-fixtures';
import type { Clock } from './types';

const { locale: _locale, ...approve } = requestFor('approve', [ROLE_EDITOR]);

describe('transitionBoth: the Arabic and English versions together', () => {
  it('moves both when both may move, at one instant', () => {
    let tick = Date.parse(NOW_ISO);
    const advancing: Clock = () => new Date((tick += 1000));
    const result = transitionBoth(
      { ar: stateIn('in_review', { version: 3 }), en: stateIn('in_review', { version: 9 }) },
      approve,
      config,
      advancing,
    );
    if (!result.ok) throw new Error('refused');
    expect(result.results.ar).toMatchObject({ next: { stage: 'approved', version: 4 }, ledger: { locale: 'ar', version: 4 } });
    expect(result.results.en).toMatchObject({ next: { stage: 'approved', version: 10 }, ledger: { locale: 'en', version: 10 } });
    expect(result.results.ar.ledger.at).toBe(result.results.en.ledger.at);
  });

  it('moves neither when one is refused, and says which and why', () => {
    const result = transitionBoth({ ar: stateIn('in_review'), en: stateIn('draft') }, approve, config, clock);
    expect(result).toMatchObject({
      ok: false,
      httpStatus: 409,
      errors: { en: { code: 'INVALID_TRANSITION', locale: 'en', stage: 'draft' } },
    });
    if (!result.ok) expect(result.errors.ar).toBeUndefined();
    if (!result.ok)
      expect(result.errors.en?.message.ar).toBe(
        'لا يمكن اعتماد النسخة الإنجليزية: المرحلة الحالية «مسودة»، والمطلوب «قيد المراجعة»',
      );
  });

  it('checks what the user saw per locale', () => {
    const states = { ar: stateIn('in_review', { version: 3 }), en: stateIn('in_review', { version: 9 }) };
    const stale = transitionBoth(states, { ...approve, expected: { ar: { version: 3 }, en: { version: 8 } } }, config, clock);
    expect(stale).toMatchObject({ ok: false, httpStatus: 409, errors: { en: { code: 'CONFLICT' } } });
    const fresh = transitionBoth(
      states,
      { ...approve, expected: { ar: { version: 3 }, en: { version: 9, stage: 'in_review' } } },
      config,
      clock,
    );
    expect(fresh.ok).toBe(true);
  });

  it('reports the most serious status: 403 over 409', () => {
    const { locale: _l, ...submit } = requestFor('submit', [ROLE_EDITOR]);
    const result = transitionBoth({ ar: stateIn('draft'), en: stateIn('approved') }, submit, config, clock);
    expect(result).toMatchObject({
      ok: false,
      httpStatus: 403,
      errors: { ar: { code: 'FORBIDDEN' }, en: { code: 'FORBIDDEN' } },
    });
    const mixed = transitionBoth(
      { ar: stateIn('draft'), en: stateIn('approved') },
      { ...submit, roles: [ROLE_AUTHOR] },
      config,
      clock,
    );
    expect(mixed).toMatchObject({ ok: false, httpStatus: 409, errors: { en: { code: 'INVALID_TRANSITION' } } });
  });

  it('schedules both for the same minute', () => {
    const { locale: _l, ...schedule } = requestFor('schedule', [ROLE_EDITOR]);
    const result = transitionBoth({ ar: stateIn('approved'), en: stateIn('approved') }, schedule, config, clock);
    expect(result).toMatchObject({
      ok: true,
      results: {
        ar: { next: { scheduledAt: '2025-01-14T12:30:00.000Z' } },
        en: { next: { scheduledAt: '2025-01-14T12:30:00.000Z' } },
      },
    });
  });
});
