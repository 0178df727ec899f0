import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, portalRemoteOrigins, portalSecurityHeaders, remoteSecurityHeaders } from '../portal-headers.mjs';

// Issue 7: "no CSP, X-Frame-Options, nosniff or Referrer-Policy on the portal".
const directives = (csp: string) =>
  Object.fromEntries(
    csp.split('; ').map((d) => {
      const [k, ...v] = d.split(' ');
      return [k, v];
    }),
  );

describe('portal security headers', () => {
  const headers = portalSecurityHeaders({
    remotes: ['http://127.0.0.1:5001/remoteEntry.js', 'http://127.0.0.1:5002/'],
    gateway: 'http://127.0.0.1:4000/graphql',
  });

  it('forbid framing, sniffing and referrers', () => {
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(directives(headers['Content-Security-Policy'])['frame-ancestors']).toEqual(["'none'"]);
  });

  it('let scripts come only from the portal and its configured remotes, with no inline script or eval', () => {
    const csp = directives(headers['Content-Security-Policy']);
    expect(csp['script-src']).toEqual(["'self'", 'http://127.0.0.1:5001', 'http://127.0.0.1:5002']);
    expect(csp['connect-src']).toEqual(["'self'", 'http://127.0.0.1:4000', 'http://127.0.0.1:5001', 'http://127.0.0.1:5002']);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(headers['Content-Security-Policy']).not.toMatch(/unsafe-eval|\*/);
    // antd writes its styles at run time: inline styles, never inline scripts
    expect(csp['style-src']).toContain("'unsafe-inline'");
    expect(csp['script-src']).not.toContain("'unsafe-inline'");
  });

  it('allow only the same origin when the remotes are served under /remotes/ of the portal (nginx)', () => {
    const csp = directives(contentSecurityPolicy());
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
  });

  it('take the remotes from the environment the gateway’s manifest uses', () => {
    expect(
      portalRemoteOrigins({
        PORTAL_REMOTE_OUTLET_ENTRY: 'https://cdn.bank.example/remotes/outlet/remoteEntry.js',
        OUTLET_PUBLIC_URL: 'https://cdn.bank.example/remotes/outlet/',
      }),
    ).toEqual(['https://cdn.bank.example']);
    expect(portalRemoteOrigins({})).toEqual([
      'http://127.0.0.1:5001',
      'http://127.0.0.1:5002',
      'http://127.0.0.1:5003',
      'http://127.0.0.1:5004',
      'http://127.0.0.1:5005',
    ]);
    // every remote's public URL counts, the customer manager's and the training department's included
    expect(
      portalRemoteOrigins({
        MANAGER_PUBLIC_URL: 'https://m.bank.example/remotes/manager/',
        TRAINING_PUBLIC_URL: 'https://t.bank.example/remotes/training/',
      }),
    ).toEqual(['https://m.bank.example', 'https://t.bank.example']);
  });

  it('give the remotes’ own servers nosniff and no framing', () => {
    expect(remoteSecurityHeaders()).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' });
  });
});
