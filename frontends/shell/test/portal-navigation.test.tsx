import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Client, Provider, fetchExchange } from 'urql';
import i18next from 'i18next';
import { remotesForUser, type RemoteManifest } from '@crm/shared-types';
import { withPortal } from './test-setup';
import { testStaff } from '@crm/ui-kit/testing/staff';
import { PortalLayout } from '../src/layout/portal.layout';

const manifest: RemoteManifest = {
  remotes: [
    {
      name: 'head-office',
      title: { 'zh-CN': '总行驾驶舱', en: 'Head office' },
      entry: 'http://x/h.js',
      exposed: './App',
      route: '/head-office',
      levels: ['HEAD_OFFICE'],
      requires: ['TIER_POLICY_EDIT'],
    },
    {
      name: 'outlet',
      title: { 'zh-CN': '网点客户', en: 'Outlet customers' },
      entry: 'http://x/o.js',
      exposed: './OutletApp',
      route: '/outlet',
      levels: ['OUTLET', 'SUB_BRANCH'],
      requires: ['CUSTOMER_READ'],
    },
    {
      name: 'training',
      title: { 'zh-CN': '培训', en: 'Training' },
      entry: 'http://x/t.js',
      exposed: './App',
      route: '/training',
      levels: ['*'],
      requires: ['MANAGER_ASSESS'],
    },
  ],
};
const user = testStaff({ roles: [] });

// the header asks the gateway for the org unit's name
const gateway = vi.fn(
  async () =>
    new Response(JSON.stringify({ data: { me: { id: '7', orgUnit: { id: '12', name: '朝阳路网点', nameEn: 'Chaoyang Rd Outlet' } } } }), {
      headers: { 'content-type': 'application/json' },
    }),
);
const client = new Client({ url: 'http://gateway.test/graphql', exchanges: [fetchExchange], fetch: gateway, preferGetMethod: false });

afterEach(cleanup);

describe('portal layout', () => {
  it('builds the side navigation from remotesForUser', async () => {
    await i18next.changeLanguage('zh-CN');
    const entries = remotesForUser(manifest, user);
    const onSignOut = vi.fn();
    render(
      withPortal(
        <Provider value={client}>
          <PortalLayout user={user} entries={entries} path="/outlet" onSignOut={onSignOut}>
            <div>page</div>
          </PortalLayout>
        </Provider>,
      ),
    );
    expect(screen.getByTestId('nav-outlet').textContent).toBe('网点客户');
    expect(screen.queryByTestId('nav-head-office')).toBeNull();
    expect(screen.queryByTestId('nav-training')).toBeNull();
    expect(screen.getByTestId('shell-title').textContent).toBe('商业银行客户关系管理系统');
    expect(screen.getByTestId('shell-user').textContent).toBe('王丽');
    expect((await screen.findByTestId('shell-org-unit')).textContent).toBe('朝阳路网点');

    await act(async () => {
      fireEvent.click(screen.getByText('English'));
    });
    expect(screen.getByTestId('shell-title').textContent).toBe('Bank CRM');
    expect(screen.getByTestId('nav-outlet').textContent).toBe('Outlet customers');
    expect(screen.getByTestId('shell-org-unit').textContent).toBe('Chaoyang Rd Outlet');

    fireEvent.click(screen.getByTestId('logout'));
    expect(onSignOut).toHaveBeenCalled();
    await i18next.changeLanguage('zh-CN');
  });

  it('a strategy analyst at head office gets the head-office and not the outlet module', () => {
    const names = remotesForUser(manifest, { level: 'HEAD_OFFICE', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] }).map(
      (r) => r.name,
    );
    expect(names).toEqual(['head-office']);
  });

  it('a trainer gets training and no customer module, whatever the level', () => {
    const names = remotesForUser(manifest, { level: 'OUTLET', department: 'TRAINING', roles: ['TRAINER'] }).map((r) => r.name);
    expect(names).toEqual(['training']);
  });
});
