import { signPreviewToken, verifyPreviewToken } from './token';

const claims = { documentId: 'doc1', locale: 'ar', status: 'draft' as const, exp: 1_000 };
const target = { documentId: 'doc1', locale: 'ar', status: 'draft' as const };

describe('preview tokens', () => {
  const token = signPreviewToken(claims, 'secret');

  it('accepts the token for its document, locale and status until it expires', () => {
    expect(verifyPreviewToken(token, target, 'secret', 999)).toEqual({ ok: true, claims });
    expect(verifyPreviewToken(token, target, 'secret', 1_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses another document, locale or status', () => {
    expect(verifyPreviewToken(token, { ...target, locale: 'en' }, 'secret', 0)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyPreviewToken(token, { ...target, status: 'published' }, 'secret', 0)).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyPreviewToken(token, { ...target, documentId: 'doc2' }, 'secret', 0)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a tampered payload, another secret and junk', () => {
    const [payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, exp: 9e9 })).toString('base64url');
    expect(verifyPreviewToken(`${forged}.${signature}`, target, 'secret', 0)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyPreviewToken(`${payload}.${signature}`, target, 'other', 0)).toEqual({ ok: false, reason: 'signature' });
    for (const junk of [undefined, '', 'a', 'a.b.c', 42]) expect(verifyPreviewToken(junk, target, 'secret', 0).ok).toBe(false);
  });
});
