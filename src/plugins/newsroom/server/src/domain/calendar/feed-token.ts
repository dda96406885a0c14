import { createHmac, timingSafeEqual } from 'crypto';

/**
 * The iCal feed's token: HMAC-SHA256 of the user id and that user's salt under the server's secret
 * (`CALENDAR_FEED_SECRET`). The feed is read by calendar apps without the admin session, so the address is the
 * credential: a new salt (the user's "new address" button) revokes every earlier address of that user, a new
 * secret revokes everyone's. Pure: the secret and the salt are passed in.
 */
export const feedToken = (secret: string, userId: string, salt: string): string =>
  createHmac('sha256', secret).update(`newsroom-calendar-feed\u0000${userId}\u0000${salt}`).digest('base64url');

/** Whether `token` is this user's current token (constant time). */
export function feedTokenHolds(token: unknown, secret: string, userId: string, salt: string): boolean {
  if (typeof token !== 'string' || token.length === 0 || token.length > 128) return false;
  const wanted = Buffer.from(feedToken(secret, userId, salt));
  const given = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
