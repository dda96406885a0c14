/**
 * Query parameters that carry a credential in a URL: the iCal feed's `token` (a calendar application keeps the
 * address and polls it), and the names other clients use for the same.
 */
const SECRET_PARAMETERS = new Set(['token', 'access_token', 'api_key', 'apikey', 'signature', 'sig']);

/**
 * A request URL as a log may keep it: the value of each credential parameter replaced by `[redacted]`, every
 * other byte as it was (a log reader needs the path and the other parameters as sent).
 */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return url;
  const hashStart = url.indexOf('#', queryStart);
  const query = url.slice(queryStart + 1, hashStart === -1 ? undefined : hashStart);
  const redacted = query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const rawName = equals === -1 ? pair : pair.slice(0, equals);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        // a name that does not decode is compared as sent
      }
      return equals !== -1 && SECRET_PARAMETERS.has(name.toLowerCase()) ? `${rawName}=[redacted]` : pair;
    })
    .join('&');
  return `${url.slice(0, queryStart + 1)}${redacted}${hashStart === -1 ? '' : url.slice(hashStart)}`;
}
