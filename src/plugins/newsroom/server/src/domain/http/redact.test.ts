import { redactUrl } from './redact';

describe('redactUrl', () => {
  it.each([
    ['/api/newsroom/calendar/feed/7?token=abc.def', '/api/newsroom/calendar/feed/7?token=[redacted]'],
    ['/x?a=1&token=s3cr3t&b=2', '/x?a=1&token=[redacted]&b=2'],
    ['/x?%74oken=s3cr3t', '/x?%74oken=[redacted]'],
    ['/x?TOKEN=s&access_token=t&api_key=u', '/x?TOKEN=[redacted]&access_token=[redacted]&api_key=[redacted]'],
    ['/x?tokens=kept&mytoken=kept', '/x?tokens=kept&mytoken=kept'],
    ['/x?token', '/x?token'],
    ['/x', '/x'],
    ['/x?token=a#frag', '/x?token=[redacted]#frag'],
    ['/x?%E0%A4%A=1&token=z', '/x?%E0%A4%A=1&token=[redacted]'],
  ])('%s → %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});
