import { feedToken, feedTokenHolds } from './feed-token';

describe('the calendar feed token', () => {
  const secret = 'server-secret';
  it('holds for the user and salt it was made for only', () => {
    const token = feedToken(secret, '7', 'salt-1');
    expect(feedTokenHolds(token, secret, '7', 'salt-1')).toBe(true);
    expect(feedTokenHolds(token, secret, '8', 'salt-1')).toBe(false);
    expect(feedTokenHolds(token, secret, '7', 'salt-2')).toBe(false);
    expect(feedTokenHolds(token, 'another-secret', '7', 'salt-1')).toBe(false);
  });
  it('refuses a missing, empty, altered or oversized token', () => {
    const token = feedToken(secret, '7', 'salt-1');
    expect(feedTokenHolds(undefined, secret, '7', 'salt-1')).toBe(false);
    expect(feedTokenHolds('', secret, '7', 'salt-1')).toBe(false);
    const altered = `${token[0] === 'A' ? 'B' : 'A'}${token.slice(1)}`;
    expect(feedTokenHolds(altered, secret, '7', 'salt-1')).toBe(false);
    expect(feedTokenHolds('x'.repeat(500), secret, '7', 'salt-1')).toBe(false);
  });
});
