import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Client, Provider, fetchExchange } from 'urql';
import i18next from 'i18next';
import { landingFor, remotesForUser, type RemoteManifest, type RemotePageProps, type StaffClaims } from '@crm/shared-types';
import { navigateTo } from '@crm/ui-kit';
import { withPortal } from './test-setup';
import { testStaff } from '@crm/ui-kit/testing/staff';

// the gateway's manifest, as the shell gets it: sections per remote, and who lands where
const everyLevel = ['HEAD_OFFICE', 'BRANCH', 'SUB_BRANCH', 'OUTLET'] as const;
const manifest: RemoteManifest = {
  remotes: [
    // the remotes of one role each come first, their home every level: whoever has them lands there
    {
      name: 'manager',
      title: { 'zh-CN': '客户经理', en: 'Customer manager' },
      entry: 'http://x/m.js',
      exposed: './ManagerApp',
      route: '/manager',
      levels: ['*'],
      requires: ['MANAGER_READ', 'CUSTOMER_READ', 'ASSESSMENT_ACKNOWLEDGE'],
      sections: [
        { key: 'ledger', path: '', title: { 'zh-CN': '我的台账', en: 'My ledger' } },
        { key: 'tasks', path: '/tasks', title: { 'zh-CN': '我的任务', en: 'My tasks' } },
      ],
      home: everyLevel,
    },
    {
      name: 'training',
      title: { 'zh-CN': '培训', en: 'Training' },
      entry: 'http://x/t.js',
      exposed: './TrainingApp',
      route: '/training',
      levels: ['*'],
      requires: ['MANAGER_ASSESS'],
      home: everyLevel,
    },
    {
      name: 'outlet',
      title: { 'zh-CN': '客户', en: 'Customers' },
      entry: 'http://x/o.js',
      exposed: './OutletApp',
      route: '/outlet',
      levels: ['*'],
      requires: ['CUSTOMER_READ'],
      sections: [
        { key: 'customers', path: '', title: { 'zh-CN': '客户', en: 'Customers' } },
        { key: 'cases', path: '/cases', title: { 'zh-CN': '投诉工单', en: 'Complaint queue' } },
      ],
      home: ['*'],
    },
    {
      name: 'headOffice',
      title: { 'zh-CN': '总行决策', en: 'Head office' },
      entry: 'http://x/h.js',
      exposed: './HeadOfficeApp',
      route: '/head-office',
      levels: ['HEAD_OFFICE'],
      requires: ['ANALYSIS_READ'],
      sections: [
        { key: 'dashboard', path: '', title: { 'zh-CN': '决策看板', en: 'Dashboard' } },
        { key: 'policy', path: '/policy', title: { 'zh-CN': '分层策略', en: 'Tier policy' } },
        { key: 'explorer', path: '/explorer', title: { 'zh-CN': '自助查询', en: 'GraphQL explorer' }, requires: ['GRAPH_EXPLORE'] },
      ],
      home: ['HEAD_OFFICE'],
    },
    {
      name: 'branch',
      title: { 'zh-CN': '分行驾驶舱', en: 'Branch cockpit' },
      entry: 'http://x/b.js',
      exposed: './BranchApp',
      route: '/branch',
      levels: ['BRANCH', 'SUB_BRANCH'],
      requires: ['ANALYSIS_READ', 'CUSTOMER_READ'],
      sections: [{ key: 'cockpit', path: '', title: { 'zh-CN': '分行驾驶舱', en: 'Branch cockpit' } }],
      home: ['BRANCH', 'SUB_BRANCH'],
    },
  ],
};

// a teller: a customer manager (testStaff's default role) has a portal of their own
const outletStaff = testStaff({ roles: ['OUTLET_STAFF'] });
const customerManager = testStaff({ username: 'bj0101.manager', roles: ['CUSTOMER_MANAGER', 'OUTLET_STAFF'] });
const branchHead = testStaff({ username: 'bj.head', name: '赵强', level: 'BRANCH', orgPath: '/1/3/', roles: ['BRANCH_LEADER'] });
const analyst = testStaff({
  username: 'hq.analyst',
  name: '陈静',
  level: 'HEAD_OFFICE',
  department: 'STRATEGY',
  orgPath: '/1/',
  roles: ['STRATEGY_ANALYST'],
});

// the shell's manifest request and remote loading, without a gateway or module federation
vi.mock('../src/remotes/remotes.loader', () => ({
  remoteManifest: () => Promise.resolve(manifest),
  registerPortalRemotes: () => undefined,
  warmRemote: () => undefined,
  lazyRemotePage: (e: { name: string }) =>
    function StubRemote({ basePath, shellNavigation }: RemotePageProps) {
      return <div data-testid={`stub-${e.name}`}>{`${basePath} ${String(shellNavigation)}`}</div>;
    },
  reloadRemotePage: () => () => null,
}));

// the header asks the gateway for the org unit's name
const gateway = vi.fn(
  async () =>
    new Response(JSON.stringify({ data: { me: { id: '7', orgUnit: { id: '12', name: '朝阳路网点', nameEn: 'Chaoyang Rd Outlet' } } } }), {
      headers: { 'content-type': 'application/json' },
    }),
);
const client = new Client({ url: 'http://gateway.test/graphql', exchanges: [fetchExchange], fetch: gateway, preferGetMethod: false });
vi.mock('../src/graphql/portal.client', () => ({ createPortalClient: () => client }));

const { PortalApp } = await import('../src/portal.app');
const { PortalLayout } = await import('../src/layout/portal.layout');
const { sessionStore } = await import('../src/session/session.store');

// the menu item's link (happy-dom follows a link's href before React's handler sees a click on its child)
const menuLink = (testId: string) => screen.getByTestId(testId).closest('a')!;

function signIn(user: StaffClaims) {
  sessionStore.start({ token: `t-${user.username}`, expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user });
}

beforeEach(async () => {
  await i18next.changeLanguage('zh-CN');
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  sessionStore.end();
});

describe('landing: each user lands where their work is', () => {
  it.each([
    ['outlet staff', outletStaff, '/outlet', 'stub-outlet', '客户'],
    ['a customer manager', customerManager, '/manager', 'stub-manager', '我的台账'],
    ['a branch head', branchHead, '/branch', 'stub-branch', '分行驾驶舱'],
    ['a head-office analyst', analyst, '/head-office', 'stub-headOffice', '决策看板'],
  ])('%s lands on their page, titled by its h1', async (_who, user, path, remote, title) => {
    signIn(user);
    render(withPortal(<PortalApp />));
    await screen.findByTestId(remote);
    expect(window.location.pathname).toBe(path);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
  });

  it('the rule itself: home by level, else the fallback, else the first remote', () => {
    expect(landingFor(remotesForUser(manifest, branchHead), branchHead)).toBe('/branch');
    expect(landingFor(remotesForUser(manifest, analyst), analyst)).toBe('/head-office');
    expect(landingFor(remotesForUser(manifest, outletStaff), outletStaff)).toBe('/outlet');
    const trainer = testStaff({ department: 'TRAINING', roles: ['TRAINER'] });
    expect(landingFor(remotesForUser(manifest, trainer), trainer)).toBe('/training');
    expect(landingFor([], outletStaff)).toBeUndefined();
    // a customer manager lands on their ledger, at an outlet or at a sub-branch (where the cockpit is home too)
    for (const level of ['OUTLET', 'SUB_BRANCH'] as const) {
      const manager = testStaff({ level, roles: ['CUSTOMER_MANAGER', 'OUTLET_STAFF'] });
      expect(landingFor(remotesForUser(manifest, manager), manager)).toBe('/manager');
    }
    // a trainer who also reads customers (a business line's trainer) still lands on training
    const retailTrainer = testStaff({ level: 'BRANCH', department: 'RETAIL', roles: ['TRAINER'] });
    expect(landingFor(remotesForUser(manifest, retailTrainer), retailTrainer)).toBe('/training');
  });
});

describe('one level of navigation', () => {
  it('lists every section of every remote the user has in one menu, no side menu, and the remotes show no tabs of their own', async () => {
    signIn(analyst);
    render(withPortal(<PortalApp />));
    await screen.findByTestId('stub-headOffice');
    const nav = screen.getByRole('navigation', { name: '主导航' });
    const links = Array.from(nav.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['客户', '/outlet'],
      ['投诉工单', '/outlet/cases'],
      ['决策看板', '/head-office'],
      ['分层策略', '/head-office/policy'],
      ['自助查询', '/head-office/explorer'],
    ]);
    expect(document.querySelector('.ant-layout-sider')).toBeNull();
    expect(document.querySelectorAll('.ant-menu')).toHaveLength(1);
    // the remote is told the shell navigates (it drops its own tabs)
    expect(screen.getByTestId('stub-headOffice').textContent).toBe('/head-office true');
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('决策看板');

    // a section of another remote: one click, the longest owning path is the current item
    await act(async () => {
      fireEvent.click(menuLink('nav-cases'));
    });
    expect(window.location.pathname).toBe('/outlet/cases');
    await screen.findByTestId('stub-outlet');
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('投诉工单');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('投诉工单');
  });

  it('a section the user may not take is not listed; the remote testids stay on its first item', () => {
    const bjStaff = remotesForUser(manifest, testStaff({ level: 'HEAD_OFFICE', department: 'RETAIL', roles: [] }));
    render(
      withPortal(
        <Provider value={client}>
          <PortalLayout user={outletStaff} entries={bjStaff} path="/head-office/policy" onSignOut={() => undefined}>
            <div>page</div>
          </PortalLayout>
        </Provider>,
      ),
    );
    expect(screen.queryByTestId('nav-explorer')).toBeNull();
    expect(screen.getByTestId('nav-headOffice').contains(screen.getByTestId('nav-dashboard'))).toBe(true);
    expect(screen.getByTestId('nav-policy').closest('a')?.getAttribute('aria-current')).toBe('page');
  });
});

describe('accessibility of the shell', () => {
  it('has one h1 and a main landmark, and moves focus to the heading after each navigation', async () => {
    signIn(outletStaff);
    render(withPortal(<PortalApp />));
    await screen.findByTestId('stub-outlet');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(screen.getByRole('main').contains(screen.getByRole('heading', { level: 1 }))).toBe(true);
    expect(screen.getByRole('main').contains(screen.getByTestId('stub-outlet'))).toBe(true);

    // focus somewhere else (a link of the menu), then navigate from it
    screen.getByTestId('nav-cases').closest('a')!.focus();
    await act(async () => {
      fireEvent.click(menuLink('nav-cases'));
    });
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.textContent).toBe('投诉工单');
    expect(h1.getAttribute('tabindex')).toBe('-1');
    await waitFor(() => expect(document.activeElement).toBe(h1));

    // navigation a remote makes (History API + popstate) moves focus the same way
    screen.getByTestId('nav-customers').closest('a')!.focus();
    await act(async () => {
      navigateTo('/outlet/customers/1');
    });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
    expect(document.title).toBe('客户 · 商业银行客户关系管理系统');
  });

  it('shows the header in the chosen language', async () => {
    signIn(outletStaff);
    render(withPortal(<PortalApp />));
    await screen.findByTestId('stub-outlet');
    expect(screen.getByTestId('shell-title').textContent).toBe('商业银行客户关系管理系统');
    expect(screen.getByTestId('shell-user').textContent).toBe('王丽');
    expect((await screen.findByTestId('shell-org-unit')).textContent).toBe('朝阳路网点');
    await act(async () => {
      fireEvent.click(screen.getByText('English'));
    });
    expect(screen.getByTestId('shell-title').textContent).toBe('Bank CRM');
    expect(screen.getByTestId('nav-outlet').textContent).toBe('Customers');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Customers');
    expect(screen.getByTestId('shell-org-unit').textContent).toBe('Chaoyang Rd Outlet');
    await i18next.changeLanguage('zh-CN');
  });

  it('signs out from the header', async () => {
    signIn(outletStaff);
    render(withPortal(<PortalApp />));
    await screen.findByTestId('stub-outlet');
    fireEvent.click(screen.getByTestId('logout'));
    await screen.findByTestId('login-submit');
  });
});
