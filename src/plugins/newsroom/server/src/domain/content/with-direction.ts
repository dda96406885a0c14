/**
 * Adds `dir` ('rtl' | 'ltr') next to `locale` on every localized document in an API response body, at any
 * depth (populated relations too), so sites can set <html dir> without a table of their own. Pure: the
 * direction of a locale comes from the caller.
 */
export type DirectionOf = (locale: string) => 'rtl' | 'ltr';

const MAX_DEPTH = 12;

export const withDirection = (body: unknown, directionOf: DirectionOf, depth = 0): void => {
  if (depth > MAX_DEPTH || body === null || typeof body !== 'object') return;
  if (Array.isArray(body)) {
    for (const item of body) withDirection(item, directionOf, depth + 1);
    return;
  }
  const record = body as Record<string, unknown>;
  if (typeof record.locale === 'string' && typeof record.documentId === 'string' && !('dir' in record)) {
    record.dir = directionOf(record.locale);
  }
  for (const value of Object.values(record)) {
    if (value !== null && typeof value === 'object') withDirection(value, directionOf, depth + 1);
  }
};
