import { checkDirection, MAX_FINDINGS } from './direction-check';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('checkDirection', () => {
  it('finds nothing in clean Arabic copy', () => {
    const check = checkDirection({
      title: 'العراق يشارك في حوار المنامة',
      standfirst: 'شارك وفد عراقي في المؤتمر',
      body: [paragraph('قال المتحدث إن التعاون مستمر.')],
    });
    expect(check).toEqual({ findings: [], total: 0 });
  });

  it('locates each hazard by field and line, with its context', () => {
    const check = checkDirection({
      title: 'NATO يرحب بالعراق',
      body: [paragraph('فقرة أولى بلا مشكلات.'), paragraph('انضمت إلى حلف NATO 32 دولة حتى الآن.')],
    });
    expect(check.findings.map(({ field, line, kind }) => ({ field, line, kind }))).toEqual([
      { field: 'title', line: 1, kind: 'latin-leading' },
      { field: 'body', line: 2, kind: 'latin-number-adjacency' },
    ]);
    expect(check.findings[0]?.text).toBe('NATO');
    expect(check.findings[1]?.context).toContain('حلف NATO 32');
    expect(check.total).toBe(2);
  });

  it('offers the line without the invisible bidi control as the fix', () => {
    const check = checkDirection({ standfirst: 'قال \u202Eالوزير\u202C اليوم' });
    const [finding] = check.findings;
    expect(finding).toMatchObject({ field: 'standfirst', kind: 'bidi-control', suggestion: 'remove-bidi-control' });
    expect(finding?.corrected).toBe('قال الوزير اليوم');
    expect(finding?.context).not.toMatch(/[\u202A-\u202E]/);
  });

  it('caps the list but counts every hazard', () => {
    const body = Array.from({ length: MAX_FINDINGS + 10 }, (_, index) =>
      paragraph(`الهاتف +966 11 234 ${1000 + index}`),
    );
    const check = checkDirection({ body });
    expect(check.findings).toHaveLength(MAX_FINDINGS);
    expect(check.total).toBeGreaterThan(MAX_FINDINGS);
  });

  it('accepts missing fields', () => {
    expect(checkDirection({})).toEqual({ findings: [], total: 0 });
    expect(checkDirection({ title: null, standfirst: null, body: null })).toEqual({ findings: [], total: 0 });
  });
});
