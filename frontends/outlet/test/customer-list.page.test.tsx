import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Client, Provider, fetchExchange } from 'urql';
import i18next from 'i18next';
import { PortalProvider, initPortalI18n } from '@crm/ui-kit';
import type { StaffClaims } from '@crm/shared-types';
import type { CustomerRow } from '../src/customers/customers.queries';

// canvas is not available in happy-dom; the chart wrapper is the kit's, tested there
vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import OutletApp from '../src/outlet.app';

const user: StaffClaims = {
  sub: '7',
  username: 'wang.li',
  name: '王丽',
  orgUnitId: '12',
  orgPath: '/1/3/12/',
  level: 'OUTLET',
  department: 'RETAIL',
  roles: ['CUSTOMER_MANAGER'],
};
const unit = { id: '12', name: '朝阳路网点', nameEn: 'Chaoyang Rd Outlet' };
const customers: CustomerRow[] = Array.from({ length: 45 }, (_, i) => ({
  id: String(i + 1),
  customerNo: `C${String(i + 1).padStart(8, '0')}`,
  kind: i % 3 === 0 ? 'CORPORATE' : 'INDIVIDUAL',
  name: i % 3 === 0 ? `企业${i + 1}` : `客户${i + 1}`,
  idNumber: '110***********1234',
  phone: i % 5 === 0 ? null : '138****0000',
  status: i % 7 === 0 ? 'DORMANT' : 'ACTIVE',
  tier: i % 4 === 0 ? null : 'VALUE',
  aum: 1000 * (i + 1),
  lastContactAt: i % 6 === 0 ? null : '2025-03-31T16:30:00Z',
  homeOrgUnit: unit,
  manager: i % 2 === 0 ? { id: '31', employment: 'FULL_TIME', staff: { id: '31', name: '赵敏' } } : null,
}));

interface GraphQLCall {
  operationName: string;
  variables: Record<string, any>;
}
let calls: GraphQLCall[] = [];
let failWith: { message: string; extensions: Record<string, unknown> } | null = null;
/** while set, the list's answer waits for it (the counts answer at once) */
let holdList: Promise<void> | null = null;

/** A fake gateway behind urql's real fetch exchange: it records variables and answers like the API. */
const gateway = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
  const body = JSON.parse(String(init?.body)) as GraphQLCall & { query: string };
  calls.push({ operationName: body.operationName, variables: body.variables });
  const json = (payload: unknown) => new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } });
  if (failWith) return json({ data: null, errors: [failWith] });
  if (body.operationName === 'OutletCustomerList' && holdList) await holdList;
  if (body.operationName === 'OutletListUnits') return json({ data: { myOrgUnit: unit, orgUnits: [] } });
  if (body.operationName === 'OutletListManagers') return json({ data: { customerManagers: { total: 0, items: [] } } });
  const { search, kind } = body.variables.filter ?? {};
  const matching = customers.filter(
    (c) => (!search || c.name.includes(search) || c.customerNo.includes(search)) && (!kind || c.kind === kind),
  );
  if (body.operationName === 'OutletCustomerCounts') {
    const count = (p: (c: CustomerRow) => boolean) => matching.filter(p).length;
    return json({
      data: {
        customerCounts: {
          total: matching.length,
          individual: count((c) => c.kind === 'INDIVIDUAL'),
          corporate: count((c) => c.kind === 'CORPORATE'),
          active: count((c) => c.status === 'ACTIVE'),
          dormant: count((c) => c.status === 'DORMANT'),
          closed: count((c) => c.status === 'CLOSED'),
        },
      },
    });
  }
  const { page, pageSize } = body.variables.page;
  return json({
    data: { customers: { total: matching.length, page, pageSize, items: matching.slice((page - 1) * pageSize, page * pageSize) } },
  });
});

function renderPage() {
  const client = new Client({
    url: 'http://gateway.test/graphql',
    exchanges: [fetchExchange],
    fetch: gateway as typeof fetch,
    preferGetMethod: false,
  });
  return render(
    <PortalProvider>
      <Provider value={client}>
        <OutletApp user={user} basePath="/outlet" />
      </Provider>
    </PortalProvider>,
  );
}

const rows = () => screen.getByTestId('customer-table').querySelectorAll('tr.ant-table-row');
const lastListVars = () => calls.filter((c) => c.operationName === 'OutletCustomerList').at(-1)!.variables;

beforeEach(async () => {
  // the list keeps its state in the query string: every test starts at the plain list
  window.history.replaceState(null, '', '/outlet');
  calls = [];
  failWith = null;
  holdList = null;
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('outlet customer list', () => {
  it('renders the first page of scoped customers with a summary', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(20));
    expect(lastListVars()).toEqual({ filter: {}, page: { page: 1, pageSize: 20 }, sort: 'NEWEST', direction: 'DESC' });
    const first = rows()[0] as HTMLElement;
    expect(first.textContent).toContain('C00000001');
    expect(within(first).getByText('企业')).toBeTruthy();
    expect(first.textContent).toContain('110***********1234');
    expect(first.textContent).toContain('朝阳路网点');
    expect(screen.getAllByText('客户号').length).toBeGreaterThan(0);
    expect(screen.getAllByText('归属网点').length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByTestId('customer-total').textContent).toBe('45'));
    // the donut comes a frame after the rows
    await waitFor(() => expect(screen.getByTestId('customer-pie')).toBeTruthy());
  });

  it('draws the donut after the rows: counts that answer first show their figures, not the chart', async () => {
    let release = () => {};
    holdList = new Promise<void>((r) => (release = r));
    renderPage();
    await waitFor(() => expect(screen.getByTestId('customer-total').textContent).toBe('45'));
    expect(screen.queryByTestId('customer-pie')).toBeNull();
    release();
    await waitFor(() => expect(rows()).toHaveLength(20));
    await waitFor(() => expect(screen.getByTestId('customer-pie')).toBeTruthy());
  });

  it('sends the search and the kind as variables and starts again at page 1', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(20));
    fireEvent.change(screen.getByTestId('customer-search'), { target: { value: ' 企业1 ' } });
    await waitFor(() => expect(lastListVars().filter).toEqual({ search: '企业1' }));
    await waitFor(() => expect(rows().length).toBe(customers.filter((c) => c.name.includes('企业1')).length));

    fireEvent.click(within(screen.getByTestId('customer-kind-filter')).getByText('企业'));
    await waitFor(() =>
      expect(lastListVars()).toEqual({
        filter: { search: '企业1', kind: 'CORPORATE' },
        page: { page: 1, pageSize: 20 },
        sort: 'NEWEST',
        direction: 'DESC',
      }),
    );
  });

  it('pages on the server', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(20));
    fireEvent.click(screen.getByTitle('3'));
    await waitFor(() => expect(lastListVars().page).toEqual({ page: 3, pageSize: 20 }));
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(rows()[0].textContent).toContain('C00000041');
  });

  it('changes the page size and returns to page 1', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(20));
    fireEvent.click(screen.getByTitle('2'));
    await waitFor(() => expect(lastListVars().page).toEqual({ page: 2, pageSize: 20 }));
    fireEvent.mouseDown(screen.getByTestId('customer-table').querySelector('.ant-pagination-options .ant-select')!);
    fireEvent.click(await screen.findByTitle('50 条/页'));
    await waitFor(() => expect(lastListVars().page).toEqual({ page: 1, pageSize: 50 }));
    await waitFor(() => expect(rows()).toHaveLength(45));
  });

  it('switches to English without a reload', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(20));
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(screen.getAllByText('Customer no.').length).toBeGreaterThan(0);
    expect(within(rows()[0] as HTMLElement).getByText('Corporate')).toBeTruthy();
    expect(rows()[0].textContent).toContain('Chaoyang Rd Outlet');
  });

  it('shows an empty state', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(20));
    fireEvent.change(screen.getByTestId('customer-search'), { target: { value: 'nobody' } });
    expect((await screen.findByTestId('customer-search-hint', {}, { timeout: 2000 })).textContent).toContain(
      '没有找到与“nobody”匹配的客户',
    );
    expect(rows()).toHaveLength(0);
  });

  it('says why a search found nothing and which forms it accepts, in zh and en', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(20));
    fireEvent.change(screen.getByTestId('customer-search'), { target: { value: '不存在的人' } });
    const hint = await screen.findByTestId('customer-search-hint');
    expect(hint.textContent).toContain('没有找到与“不存在的人”匹配的客户');
    expect(hint.textContent).toContain('手机号后四位');
    expect(hint.textContent).toContain('138****5678');
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(screen.getByTestId('customer-search-hint').textContent).toContain('last four digits');
    // no search, no hint: an empty scope is just empty
    fireEvent.change(screen.getByTestId('customer-search'), { target: { value: '' } });
    await waitFor(() => expect(screen.queryByTestId('customer-search-hint')).toBeNull());
  });

  it('sends the last four digits and the masked form as they are typed', async () => {
    renderPage();
    await waitFor(() => expect(rows()).toHaveLength(20));
    fireEvent.change(screen.getByTestId('customer-search'), { target: { value: ' 138****0000 ' } });
    await waitFor(() => expect(lastListVars().filter).toEqual({ search: '138****0000' }));
    fireEvent.change(screen.getByTestId('customer-search'), { target: { value: '0000' } });
    await waitFor(() => expect(lastListVars().filter).toEqual({ search: '0000' }));
    expect(screen.getByTestId('customer-search').getAttribute('placeholder')).toContain('后四位');
  });

  it('shows the server error in the user’s words, from its code and field', async () => {
    failWith = { message: 'pageSize must be at most 100', extensions: { code: 'BAD_USER_INPUT', field: 'pageSize' } };
    renderPage();
    const alert = await screen.findByTestId('customer-error');
    expect(alert.textContent).toContain('“每页条数”的值无效');
    expect(alert.textContent).toContain('客户数据加载失败');
    // never the server's English in the Chinese UI
    expect(alert.textContent).not.toContain('pageSize');
  });
});
