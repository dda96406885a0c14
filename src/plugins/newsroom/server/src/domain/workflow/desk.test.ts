import { deskAssignee, deskOf, type DeskFacts } from './desk';
import { loadWorkflowConfig, resolveWorkflowConfig } from './config';

const facts = (extra: Partial<DeskFacts> = {}): DeskFacts => ({
  submitters: ['12', '7'],
  creator: '5',
  deskEditors: ['30', '31'],
  active: new Set(['5', '7', '12', '30', '31']),
  ...extra,
});

describe('deskAssignee: request_changes goes back to the writer', () => {
  it('prefers the last submitter over the creator', () => {
    expect(deskAssignee('request_changes', undefined, facts())).toEqual({ assignee: '12', rule: 'writer' });
  });

  it('skips submitters who are no longer active, then falls back to the creator', () => {
    expect(deskAssignee('request_changes', undefined, facts({ active: new Set(['7', '5']) }))).toEqual({
      assignee: '7',
      rule: 'writer',
    });
    expect(deskAssignee('request_changes', undefined, facts({ submitters: [] }))).toEqual({
      assignee: '5',
      rule: 'writer',
    });
  });

  it('keeps the assignee when there is no writer to find', () => {
    expect(deskAssignee('request_changes', undefined, facts({ submitters: [], creator: undefined }))).toBeNull();
    expect(deskAssignee('request_changes', undefined, facts({ active: new Set() }))).toBeNull();
  });
});

describe('deskAssignee: submit goes to the desk', () => {
  it('picks the first active editor in the configured order', () => {
    expect(deskAssignee('submit', undefined, facts())).toEqual({ assignee: '30', rule: 'desk' });
    expect(deskAssignee('submit', undefined, facts({ active: new Set(['31']) }))).toEqual({
      assignee: '31',
      rule: 'desk',
    });
  });

  it('keeps the assignee without a desk', () => {
    expect(deskAssignee('submit', undefined, facts({ deskEditors: [] }))).toBeNull();
  });
});

describe('deskAssignee: a named assignee wins, other transitions keep theirs', () => {
  it.each(['submit', 'request_changes', 'approve'])('%s with a name', (transition) => {
    expect(deskAssignee(transition, '99', facts())).toEqual({ assignee: '99', rule: 'named' });
    expect(deskAssignee(transition, null, facts())).toEqual({ assignee: null, rule: 'named' });
  });

  it.each(['approve', 'withdraw', 'schedule', 'publish', 'unpublish', 'reopen'])('%s keeps it', (transition) => {
    expect(deskAssignee(transition, undefined, facts())).toBeNull();
  });
});

describe('deskOf', () => {
  const desks = { politics: ['3', 'sara@example.com'], 'doc-eco': ['4'] };
  it('matches a section by any of its slugs or its documentId, first section first', () => {
    expect(deskOf([{ documentId: 'doc-pol', slugs: ['سياسة', 'politics'] }], desks)).toEqual(desks.politics);
    expect(deskOf([{ documentId: 'doc-eco', slugs: ['اقتصاد'] }], desks)).toEqual(['4']);
    expect(
      deskOf(
        [
          { documentId: 'doc-eco', slugs: [] },
          { documentId: 'x', slugs: ['politics'] },
        ],
        desks,
      ),
    ).toEqual(['4']);
    expect(deskOf([{ documentId: 'doc-x', slugs: ['sport'] }], desks)).toEqual([]);
    expect(deskOf([], desks)).toEqual([]);
  });

  it('ignores inherited object keys', () => {
    expect(deskOf([{ documentId: 'constructor', slugs: ['toString'] }], {})).toEqual([]);
  });
});

describe('workflow.desks configuration', () => {
  it('accepts ids (numbers or digits) and e-mails, lower-cased', () => {
    const config = loadWorkflowConfig({ desks: { politics: [3, '4', 'Sara@Example.com'] } });
    expect(config.desks).toEqual({ politics: ['3', '4', 'sara@example.com'] });
    expect(loadWorkflowConfig(undefined).desks).toEqual({});
  });

  it.each([
    [{ politics: [] }, 'newsroom.workflow.desks.politics: at least one editor'],
    [{ politics: ['sara'] }, 'newsroom.workflow.desks.politics[0]: an admin user id or e-mail'],
    [{ politics: [0] }, 'newsroom.workflow.desks.politics[0]'],
    [['politics'], 'newsroom.workflow.desks'],
  ])('refuses %j, naming the key', (desks, message) => {
    const result = resolveWorkflowConfig({ desks }, 'newsroom.workflow');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.join('; ')).toContain(message);
  });
});
