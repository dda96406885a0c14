import { DEFAULT_WORKFLOW_CONFIG as config } from '../../server/src/domain/workflow/config';
import { transition } from '../../server/src/domain/workflow/machine';
import { ROLE_LABELS, STAGE_LABELS, TRANSITION_LABELS, roleLabel, transitionPhrase, versionName } from './messages';
import { ROLE_EDITOR, ROLE_SUPER_ADMIN, STAGES, TRANSITIONS } from './stages';
import { clock, requestFor, stateIn } from '../../server/src/domain/workflow/test-fixtures';

const ARABIC = /[\u0621-\u064A]/;

describe('labels in both languages', () => {
  const tables = [
    ['stage', STAGES.map((id) => [id, STAGE_LABELS[id]] as const)],
    ['transition', TRANSITIONS.map((id) => [id, TRANSITION_LABELS[id]] as const)],
    ['role', Object.entries(ROLE_LABELS)],
  ] as const;

  it.each(tables)('every %s has an Arabic and an English label, all distinct', (_kind, rows) => {
    for (const [, label] of rows) {
      expect(label.ar).toMatch(ARABIC);
      expect(label.en).toMatch(/^[A-Z][a-z ]+$/i);
    }
    for (const lang of ['ar', 'en'] as const)
      expect(new Set(rows.map(([, label]) => label[lang])).size).toBe(rows.length);
  });

  it('reads an unknown role as its code', () => {
    expect(roleLabel('newsroom-intern')).toEqual({ en: 'newsroom-intern', ar: 'newsroom-intern' });
    expect(roleLabel('constructor')).toEqual({ en: 'constructor', ar: 'constructor' });
  });
});

describe('phrases', () => {
  it.each(TRANSITIONS)('%s names the version it acts on', (id) => {
    const phrase = transitionPhrase(id, 'ar');
    expect(phrase.ar).toContain('النسخة العربية');
    expect(phrase.en).toContain('the Arabic version');
  });

  it('names other locales by language', () => {
    expect(versionName('fr')).toEqual({ en: 'the French version', ar: 'النسخة الفرنسية' });
    expect(versionName('xx')).toEqual({ en: 'the “xx” version', ar: 'النسخة «xx»' });
    expect(versionName('not a tag')).toEqual({ en: 'the “not a tag” version', ar: 'النسخة «not a tag»' });
  });
});

describe('every refusal speaks both languages', () => {
  const cases = [
    ['wrong stage', stateIn('draft'), requestFor('approve', [ROLE_EDITOR])],
    ['forbidden', stateIn('in_review'), requestFor('approve', ['strapi-author'])],
    ['conflict', stateIn('in_review'), requestFor('approve', [ROLE_EDITOR], { expectedVersion: 1 })],
    ['reason', stateIn('in_review'), requestFor('request_changes', [ROLE_EDITOR], { reason: '' })],
    ['no time', stateIn('approved'), requestFor('schedule', [ROLE_EDITOR], { scheduleAt: undefined })],
    ['bad time', stateIn('approved'), requestFor('schedule', [ROLE_EDITOR], { scheduleAt: 'غدًا' })],
    ['past time', stateIn('approved'), requestFor('schedule', [ROLE_EDITOR], { scheduleAt: '2020-01-01T00:00Z' })],
    ['far time', stateIn('approved'), requestFor('schedule', [ROLE_EDITOR], { scheduleAt: '2099-01-01T00:00Z' })],
    ['time not taken', stateIn('approved'), requestFor('publish', [ROLE_EDITOR], { scheduleAt: '2099-01-01T00:00Z' })],
    [
      'not due',
      stateIn('scheduled', { scheduledAt: '2025-01-15T00:00:00.000Z' }),
      requestFor('publish', [ROLE_EDITOR]),
    ],
    [
      'nothing to cancel',
      stateIn('published', { unpublishAt: undefined }),
      requestFor('unschedule_unpublish', [ROLE_EDITOR]),
    ],
    ['unknown', stateIn('draft'), requestFor('publsh', [ROLE_SUPER_ADMIN])],
  ] as const;

  it.each(cases)('%s', (name, state, request) => {
    const result = transition(state, request, config, clock);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message.ar).toMatch(ARABIC);
    if (name !== 'bad time') expect(result.error.message.en).not.toMatch(ARABIC); // that one echoes «غدًا»
    expect(result.error.message.en.length).toBeGreaterThan(20);
  });

  it('shows times in the newsroom’s zone and date locale', () => {
    const baghdad = { ...config, timezone: 'Asia/Baghdad', dateLocales: { ar: 'ar-IQ', en: 'en-GB' } };
    const result = transition(
      stateIn('scheduled', { scheduledAt: '2025-01-15T06:00:00.000Z' }),
      requestFor('publish', [ROLE_EDITOR]),
      baghdad,
      clock,
    );
    if (result.ok) throw new Error('published early');
    expect(result.error.message.en.replace(/\s/gu, ' ')).toContain('scheduled for 15 January 2025 at 09:00 GMT+3');
    expect(result.error.message.ar.replace(/\s/gu, ' ')).toContain(
      'موعدها المجدول ١٥ كانون الثاني ٢٠٢٥ في ٩:٠٠ ص غرينتش+٣ لم يحن بعد',
    );
  });
});
