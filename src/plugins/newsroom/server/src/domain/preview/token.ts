import { createHmac, timingSafeEqual } from 'crypto';

/**
 * Signed preview tokens: HMAC-SHA256 over the document, locale, status and expiry, so a link opens exactly
 * one version of one article until it expires. Pure (the secret and the clock are passed in).
 */
export interface PreviewClaims {
  documentId: string;
  locale: string;
  status: 'draft' | 'published';
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export type TokenCheck = { ok: true; claims: PreviewClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'mismatch' };

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export const signPreviewToken = (claims: PreviewClaims, secret: string): string => {
  const payload = encode(JSON.stringify(claims));
  return `${payload}.${sign(payload, secret)}`;
};

export const verifyPreviewToken = (
  token: unknown,
  expected: Omit<PreviewClaims, 'exp'>,
  secret: string,
  nowSeconds: number
): TokenCheck => {
  if (typeof token !== 'string' || token.length > 2048) return { ok: false, reason: 'malformed' };
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'malformed' };
  const wanted = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (wanted.length !== given.length || !timingSafeEqual(wanted, given)) return { ok: false, reason: 'signature' };
  let claims: PreviewClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as PreviewClaims;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return { ok: false, reason: 'expired' };
  if (claims.documentId !== expected.documentId || claims.locale !== expected.locale || claims.status !== expected.status) {
    return { ok: false, reason: 'mismatch' };
  }
  return { ok: true, claims };
};
