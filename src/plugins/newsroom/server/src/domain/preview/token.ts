import { createHash, createHmac, timingSafeEqual } from 'crypto';

/**
 * Signed preview tokens: HMAC-SHA256 over the document, locale, status, version and expiry, so a link opens
 * exactly one version of one article until it expires. Pure (the secret and the clock are passed in).
 */
export interface PreviewClaims {
  documentId: string;
  locale: string;
  status: 'draft' | 'published';
  /** The version the link was made for (`previewVersion` of the row's `updatedAt`). */
  version: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

/** What a link names in its URL; the version is known only to the token (and to the stored row). */
export type PreviewTarget = Omit<PreviewClaims, 'exp' | 'version'>;

export type TokenCheck =
  | { ok: true; claims: PreviewClaims }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'mismatch' };

/** The version identity of no row at all (a link made for a version that does not exist yet). */
export const NO_VERSION = 'none';

/**
 * The identity of one stored version: a digest of its `updatedAt`, which every save of that row changes (a
 * draft edit touches the draft row only; publishing writes a new published row). A digest, not the time, so
 * the link does not tell when the draft was last edited. Dates and date strings of the same instant agree,
 * whatever precision or format the database driver returns them in.
 */
export const previewVersion = (updatedAt: unknown): string => {
  if (updatedAt === null || updatedAt === undefined || updatedAt === '') return NO_VERSION;
  const instant = updatedAt instanceof Date ? updatedAt : new Date(String(updatedAt));
  const identity = Number.isNaN(instant.getTime()) ? String(updatedAt) : instant.toISOString();
  return createHash('sha256').update(identity).digest('base64url').slice(0, 22);
};

/** Whether the stored version is still the one the token was made for (compared after `verifyPreviewToken`). */
export const isSameVersion = (claims: PreviewClaims, currentVersion: string): boolean =>
  claims.version === currentVersion;

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export const signPreviewToken = (claims: PreviewClaims, secret: string): string => {
  const payload = encode(JSON.stringify(claims));
  return `${payload}.${sign(payload, secret)}`;
};

export const verifyPreviewToken = (
  token: unknown,
  expected: PreviewTarget,
  secret: string,
  nowSeconds: number,
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
  if (claims === null || typeof claims !== 'object' || typeof claims.version !== 'string')
    return { ok: false, reason: 'malformed' };
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return { ok: false, reason: 'expired' };
  if (
    claims.documentId !== expected.documentId ||
    claims.locale !== expected.locale ||
    claims.status !== expected.status
  ) {
    return { ok: false, reason: 'mismatch' };
  }
  return { ok: true, claims };
};
