import { NONCE } from './test-fixtures';
import { previewSecurityHeaders } from './security';

describe('previewSecurityHeaders', () => {
  it('forbids caching, indexing, referrers and everything but the nonce style, fonts and images', () => {
    expect(previewSecurityHeaders({ nonce: NONCE })).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy':
        `default-src 'none'; style-src 'nonce-${NONCE}'; font-src 'self'; img-src 'self'; ` +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex, nofollow',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it('has no script source at all: default-src none covers script-src', () => {
    const policy = previewSecurityHeaders({ nonce: NONCE })['Content-Security-Policy'];
    expect(policy).not.toMatch(/script-src|unsafe-inline|unsafe-eval|data:|\*/);
  });

  it('lets the admin origin frame the page, and extra font and image origins', () => {
    const policy = previewSecurityHeaders({
      nonce: NONCE,
      frameAncestors: ["'self'", 'https://admin.example.com'],
      fontSources: ['https://static.example.com'],
      imageSources: ['https://cdn.example.com', 'https://*.s3.amazonaws.com'],
    })['Content-Security-Policy'];
    expect(policy).toContain("frame-ancestors 'self' https://admin.example.com");
    expect(policy).toContain("font-src 'self' https://static.example.com");
    expect(policy).toContain("img-src 'self' https://cdn.example.com https://*.s3.amazonaws.com");
    expect(previewSecurityHeaders({ nonce: NONCE, frameAncestors: [] })['Content-Security-Policy']).toContain(
      "frame-ancestors 'none'",
    );
  });

  it('refuses a nonce or source that could break out of the header', () => {
    for (const nonce of ['', 'short', `${NONCE}'; script-src *`, `${NONCE} x`, `${NONCE}\r\nSet-Cookie: a=b`]) {
      expect(() => previewSecurityHeaders({ nonce })).toThrow(TypeError);
    }
    for (const source of [
      'https://a.example; script-src *',
      'https://a.example, https://b',
      "'unsafe-inline'",
      'a b',
      '',
    ]) {
      expect(() => previewSecurityHeaders({ nonce: NONCE, frameAncestors: [source] })).toThrow(TypeError);
    }
    expect(() => previewSecurityHeaders({ nonce: NONCE, frameAncestors: ["'none'", 'https://a.example'] })).toThrow(
      TypeError,
    );
  });
});
