import { isSameVersion, NO_VERSION, previewVersion, signPreviewToken, verifyPreviewToken } from './token';

const EDITED_AT = '2026-12-04T10:15:30.123Z';
const claims = {
  documentId: 'doc1',
  locale: 'ar',
  status: 'draft' as const,
  version: previewVersion(EDITED_AT),
  exp: 1_000,
};
const target = { documentId: 'doc1', locale: 'ar', status: 'draft' as const };

describe('preview tokens', () => {
  const token = signPreviewToken(claims, 'secret');

  it('accepts the token for its document, locale and status until it expires', () => {
    expect(verifyPreviewToken(token, target, 'secret', 999)).toEqual({ ok: true, claims });
    expect(verifyPreviewToken(token, target, 'secret', 1_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses another document, locale or status', () => {
    expect(verifyPreviewToken(token, { ...target, locale: 'en' }, 'secret', 0)).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(verifyPreviewToken(token, { ...target, status: 'published' }, 'secret', 0)).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(verifyPreviewToken(token, { ...target, documentId: 'doc2' }, 'secret', 0)).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('binds the token to the version it was made for', () => {
    const check = verifyPreviewToken(token, target, 'secret', 0);
    if (!check.ok) throw new Error(check.reason);
    expect(isSameVersion(check.claims, previewVersion(EDITED_AT))).toBe(true);
    // The same instant as the database driver may return it (a Date, or a string without milliseconds shown).
    expect(isSameVersion(check.claims, previewVersion(new Date(EDITED_AT)))).toBe(true);
    expect(previewVersion('2026-12-04T10:15:30Z')).toBe(previewVersion('2026-12-04T10:15:30.000Z'));
    // One millisecond later is another version; so is a row that no longer exists.
    expect(isSameVersion(check.claims, previewVersion('2026-12-04T10:15:30.124Z'))).toBe(false);
    expect(isSameVersion(check.claims, previewVersion(null))).toBe(false);
    expect(previewVersion(undefined)).toBe(NO_VERSION);
  });

  it('does not reveal the edit time, and cannot be moved to another version', () => {
    const [payload, signature] = token.split('.');
    expect(Buffer.from(payload, 'base64url').toString('utf8')).not.toContain('2026');
    const moved = Buffer.from(JSON.stringify({ ...claims, version: previewVersion('2026-12-05T00:00:00Z') })).toString(
      'base64url',
    );
    expect(verifyPreviewToken(`${moved}.${signature}`, target, 'secret', 0)).toEqual({
      ok: false,
      reason: 'signature',
    });
  });

  it('refuses a token without a version (made before links were bound to versions)', () => {
    const { version: _omitted, ...unversioned } = claims;
    expect(verifyPreviewToken(signPreviewToken(unversioned as typeof claims, 'secret'), target, 'secret', 0)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(
      verifyPreviewToken(signPreviewToken(null as unknown as typeof claims, 'secret'), target, 'secret', 0),
    ).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a tampered payload, another secret and junk', () => {
    const [payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, exp: 9e9 })).toString('base64url');
    expect(verifyPreviewToken(`${forged}.${signature}`, target, 'secret', 0)).toEqual({
      ok: false,
      reason: 'signature',
    });
    expect(verifyPreviewToken(`${payload}.${signature}`, target, 'other', 0)).toEqual({
      ok: false,
      reason: 'signature',
    });
    for (const junk of [undefined, '', 'a', 'a.b.c', 42])
      expect(verifyPreviewToken(junk, target, 'secret', 0).ok).toBe(false);
  });
});
