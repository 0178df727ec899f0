import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { RemoteManifestEntry, RemotePageProps } from '@crm/shared-types';

// the federation runtime is the plugin's business; here we only check what the shell asks of it
const runtime = vi.hoisted(() => ({ registerRemotes: vi.fn(), loadRemote: vi.fn() }));
vi.mock('@module-federation/enhanced/runtime', () => runtime);

import { withPortal } from './test-setup';
import { RemotePageHost, type RemoteLoaders } from '../src/remotes/remote.page';
import { reloadRemotePage, registerPortalRemotes } from '../src/remotes/remotes.loader';
import { lazy } from 'react';
import { testStaff } from '@crm/ui-kit/testing/staff';

const user = testStaff({ roles: [] });
const outlet: RemoteManifestEntry = {
  name: 'outlet',
  title: { 'zh-CN': '网点客户', en: 'Outlet customers' },
  entry: 'http://127.0.0.1:5001/remoteEntry.js',
  exposed: './OutletApp',
  route: '/outlet',
  levels: ['*'],
  requires: ['DIRECTORY_READ'],
};

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

function OutletPage({ user: u, basePath }: RemotePageProps) {
  return (
    <p>
      {u.name} @ {basePath}
    </p>
  );
}

describe('remote error boundary', () => {
  it('shows the failure and retries with a fresh lazy page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loaders: RemoteLoaders = {
      first: () => lazy(() => Promise.reject(new Error('remoteEntry.js: 502 Bad Gateway'))),
      retry: vi.fn(() => lazy(async () => ({ default: OutletPage }))),
    };
    render(withPortal(<RemotePageHost entry={outlet} user={user} loaders={loaders} />));
    const failure = await screen.findByTestId('remote-error-outlet');
    expect(failure.textContent).toContain('502 Bad Gateway');
    expect(failure.textContent).toContain('网点客户');

    fireEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    const page = await screen.findByTestId('remote-outlet');
    expect(page.textContent).toBe('王丽 @ /outlet');
    expect(loaders.retry).toHaveBeenCalledWith(outlet, 1);
    expect(screen.queryByTestId('remote-error-outlet')).toBeNull();
  });

  it('re-registers the remote with force and a new entry URL on retry', async () => {
    runtime.loadRemote.mockResolvedValue({ default: OutletPage });
    registerPortalRemotes([outlet]);
    expect(runtime.registerRemotes).toHaveBeenLastCalledWith(
      [{ name: 'outlet', entry: outlet.entry, type: 'module', entryGlobalName: 'outlet' }],
      { force: true },
    );
    const Page = reloadRemotePage(outlet, 2);
    expect(runtime.registerRemotes).toHaveBeenLastCalledWith(
      [expect.objectContaining({ name: 'outlet', entry: `${outlet.entry}?retry=2` })],
      { force: true },
    );
    render(withPortal(<Page user={user} basePath="/outlet" />));
    expect((await screen.findByText(/王丽/)).textContent).toBe('王丽 @ /outlet');
    expect(runtime.loadRemote).toHaveBeenCalledWith('outlet/OutletApp');
  });
});
