import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RemoteManifest, StaffClaims } from '@crm/shared-types';
import { testStaff } from '@crm/ui-kit/testing/staff';
import { remoteBeingOpened } from '../src/routing/portal.history';

// public/manifest-prefetch.js runs before the bundle, as a classic script: evaluated here as the browser would
const script = readFileSync(join(import.meta.dirname, '../public/manifest-prefetch.js'), 'utf8');

const entry = (name: string, route: string, home?: string[]) => ({
  name,
  title: { 'zh-CN': name, en: name },
  entry: `http://127.0.0.1:5${name.length}01/remoteEntry.js`,
  exposed: './App',
  route,
  levels: ['*' as const],
  requires: [],
  home: home as RemoteManifest['remotes'][number]['home'],
});
const manifest: RemoteManifest = {
  remotes: [
    entry('outlet', '/outlet', ['OUTLET', '*']),
    entry('branch', '/branch', ['BRANCH']),
    entry('head-office', '/head-office', ['HEAD_OFFICE']),
  ],
};
const mfManifest = {
  metaData: { publicPath: 'http://127.0.0.1:5601/' },
  exposes: [
    {
      assets: { js: { sync: ['assets/app-1.js', 'assets/gql-2.js'], async: ['assets/page360-3.js', 'assets/x__loadShare__shared-4.js'] } },
    },
  ],
};

async function run(user: StaffClaims, path: string, status = 200) {
  document.head.innerHTML = '';
  history.replaceState(null, '', path);
  sessionStorage.setItem(
    'bank-crm.session',
    JSON.stringify({ token: 't1', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user }),
  );
  const fetchMock = vi.fn(async (url: string, _init?: RequestInit) =>
    String(url).endsWith('mf-manifest.json')
      ? new Response(JSON.stringify(mfManifest))
      : new Response(status === 200 ? JSON.stringify(manifest) : '{"error":{"code":"UNAUTHENTICATED","message":"no"}}', { status }),
  );
  vi.stubGlobal('fetch', fetchMock);
  new Function(script)();
  await vi.waitFor(async () => {
    await window.__crmManifestPrefetch?.answer;
    if (status === 200) expect(document.head.querySelectorAll('link[rel="modulepreload"]').length).toBe(4);
  });
  return { links: [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href), fetchMock };
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  delete window.__crmManifestPrefetch;
});

describe('the manifest prefetch before the bundle', () => {
  it.each([
    ['outlet staff on a 360', testStaff(), '/outlet/customers/42'],
    ['a branch head landing', testStaff({ level: 'BRANCH', roles: ['BRANCH_LEADER'] }), '/'],
    ['an analyst landing', testStaff({ level: 'HEAD_OFFICE', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] }), '/'],
    ['an analyst on the branch cockpit link', testStaff({ level: 'HEAD_OFFICE', roles: ['STRATEGY_ANALYST'] }), '/branch/unit/3'],
  ])('preloads the remote the shell will open (%s), its entry and its page chunks', async (_who, user, path) => {
    const { links, fetchMock } = await run(user, path);
    const expected = remoteBeingOpened(manifest.remotes, user, path)!;
    expect(links[0]).toBe(expected.entry);
    expect(links.slice(1)).toEqual([
      'http://127.0.0.1:5601/assets/app-1.js',
      'http://127.0.0.1:5601/assets/gql-2.js',
      'http://127.0.0.1:5601/assets/x__loadShare__shared-4.js',
    ]);
    expect(fetchMock.mock.calls[0][1]).toMatchObject({ headers: { authorization: 'Bearer t1' } });
  });

  it('keeps a refusal for the shell to show, and preloads nothing', async () => {
    const { links } = await run(testStaff(), '/outlet', 401);
    expect(links).toEqual([]);
    expect((await window.__crmManifestPrefetch!.answer).status).toBe(401);
  });

  it('does nothing without a session', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    new Function(script)();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(window.__crmManifestPrefetch).toBeUndefined();
  });
});
