import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';
import { reply, type Handler } from '@crm/ui-kit/testing/fake-gateway';
import {
  CustomerCountsQuery,
  CustomerListQuery,
  OutletListManagersQuery,
  OutletUnitsQuery,
  type CustomerRow,
  type ManagerOption,
} from '../src/customers/customers.queries';
import { fakeGateway, renderOutlet, staff } from './fake-gateway';

// canvas is not available in happy-dom; the chart wrapper is the kit's, tested there
vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

/**
 * The list's manager column (Customer.manager, from the managers subgraph) and its manager filter
 * (sent to the server as filter.managerIds / filter.unassigned, kept in the URL).
 */
const outlet = { id: '12', name: '朝阳路网点', nameEn: 'Chaoyang Rd Outlet' };
const subBranch = { id: '3', name: '朝阳支行', nameEn: 'Chaoyang Sub-branch' };
const base = {
  kind: 'INDIVIDUAL',
  idNumber: '110***********1234',
  phone: null,
  status: 'ACTIVE',
  tier: 'KEY',
  aum: 500_000,
  lastContactAt: null,
  homeOrgUnit: outlet,
} as const;
const rows: CustomerRow[] = [
  {
    ...base,
    id: '1',
    customerNo: 'C00000001',
    name: '张三',
    manager: { id: '31', employment: 'FULL_TIME', staff: { id: '31', name: '赵敏' } },
  },
  {
    ...base,
    id: '2',
    customerNo: 'C00000002',
    name: '李四',
    manager: { id: '32', employment: 'PART_TIME', staff: { id: '32', name: '孙磊' } },
  },
  { ...base, id: '3', customerNo: 'C00000003', name: '王五', manager: null },
];
const managers: ManagerOption[] = [
  { id: '31', employment: 'FULL_TIME', staff: { id: '31', name: '赵敏' }, orgUnit: outlet },
  { id: '32', employment: 'PART_TIME', staff: { id: '32', name: '孙磊' }, orgUnit: outlet },
  { id: '34', employment: 'FULL_TIME', staff: { id: '34', name: '吴芳' }, orgUnit: subBranch },
];

const gateway = (extra: Record<string, Handler> = {}) =>
  fakeGateway({
    OutletCustomerList: reply(CustomerListQuery, (v) => ({
      data: { customers: { total: rows.length, page: v.page?.page ?? 1, pageSize: v.page?.pageSize ?? 20, items: rows } },
    })),
    OutletCustomerCounts: reply(CustomerCountsQuery, () => ({
      data: { customerCounts: { total: 3, individual: 3, corporate: 0, active: 3, dormant: 0, closed: 0 } },
    })),
    OutletListUnits: reply(OutletUnitsQuery, () => ({ data: { myOrgUnit: outlet, orgUnits: [] } })),
    OutletListManagers: reply(OutletListManagersQuery, () => ({ data: { customerManagers: { total: 3, items: managers } } })),
    ...extra,
  });

const tableRows = () => [...screen.getByTestId('customer-table').querySelectorAll('tr.ant-table-row')] as HTMLElement[];
const managerCell = (row: HTMLElement) => within(row).getByTestId('customer-manager');
/** Opens an antd Select and picks the option with this title. */
async function pick(testId: string, option: string) {
  const select = screen.getByTestId(testId);
  fireEvent.mouseDown(select.closest('.ant-select') ?? select);
  const candidates = await screen.findAllByTitle(option);
  fireEvent.click(candidates.find((el) => el.closest('.ant-select-item-option')) ?? candidates[0]);
}
const optionTitles = () => [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.getAttribute('title'));

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('the manager column', () => {
  it('names each customer’s primary manager, says 兼职 beside a part-time one and 未分配 when there is none', async () => {
    const gw = gateway();
    renderOutlet(gw, '/outlet');
    await waitFor(() => expect(tableRows()).toHaveLength(3));
    expect(screen.getAllByRole('columnheader').some((th) => th.textContent === '客户经理')).toBe(true);
    const [a, b, c] = tableRows();
    expect(managerCell(a).textContent).toBe('赵敏');
    expect(managerCell(a).getAttribute('title')).toBe('专职');
    expect(managerCell(b).textContent).toBe('孙磊（兼职）');
    expect(managerCell(c).textContent).toBe('未分配');
    // the manager comes with the page, in the list's one request
    expect(gw.calls.find((call) => call.operationName === 'OutletCustomerList')!.query).toMatch(/manager\s*{[^}]*employment[^}]*staff/);
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(screen.getAllByRole('columnheader').some((th) => th.textContent === 'Manager')).toBe(true);
    expect(managerCell(tableRows()[1]).textContent).toBe('孙磊 (part-time)');
    expect(managerCell(tableRows()[2]).textContent).toBe('None assigned');
  });

  it('when only the managers could not be read, shows the rows, the managers as unknown (not 未分配) and says why', async () => {
    const gw = gateway({
      OutletCustomerList: reply(CustomerListQuery, () => ({
        data: { customers: { total: 3, page: 1, pageSize: 20, items: rows.map((r) => ({ ...r, manager: null })) } },
        errors: [
          { message: 'Internal server error', path: ['customers', 'items', 0, 'manager'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ] as never,
      })),
    });
    renderOutlet(gw, '/outlet');
    await waitFor(() => expect(tableRows()).toHaveLength(3));
    expect(screen.getByTestId('managers-unavailable').textContent).toContain('客户经理信息暂时无法加载');
    expect(tableRows().map((r) => managerCell(r).textContent)).toEqual(['—', '—', '—']);
    expect(screen.queryByTestId('customer-error')).toBeNull();
  });
});

describe('the manager filter', () => {
  it('offers 无客户经理 and the managers in scope with their unit; sends the choice to the server, back to page 1, in the URL', async () => {
    const gw = gateway();
    renderOutlet(gw, '/outlet?page=2');
    await waitFor(() => expect(gw.last('OutletCustomerList')).toMatchObject({ page: { page: 2 } }));
    await waitFor(() => expect(gw.of('OutletListManagers')).toHaveLength(1));

    await pick('filter-manager', '吴芳（朝阳支行）');
    expect(optionTitles()).toEqual(['无客户经理', '赵敏（朝阳路网点）', '孙磊（朝阳路网点）', '吴芳（朝阳支行）']);
    await waitFor(() => expect(gw.last('OutletCustomerList')).toMatchObject({ filter: { managerIds: ['34'] }, page: { page: 1 } }));
    await waitFor(() => expect(gw.last('OutletCustomerCounts')?.filter).toEqual({ managerIds: ['34'] }));
    expect(new URLSearchParams(window.location.search).get('manager')).toBe('34');

    await pick('filter-manager', '无客户经理');
    await waitFor(() => expect(gw.last('OutletCustomerList')?.filter).toEqual({ unassigned: true }));
    await waitFor(() => expect(gw.last('OutletCustomerCounts')?.filter).toEqual({ unassigned: true }));
    expect(window.location.search).toBe('?manager=none');

    fireEvent.click(screen.getByTestId('filter-clear'));
    await waitFor(() => expect(gw.last('OutletCustomerList')?.filter).toEqual({}));
    expect(window.location.search).toBe('');
  });

  it('comes back from the URL; a hand-typed manager that is not an id is dropped', async () => {
    const gw = gateway();
    renderOutlet(gw, '/outlet?manager=none&tier=KEY');
    await waitFor(() => expect(gw.last('OutletCustomerList')?.filter).toEqual({ tiers: ['KEY'], unassigned: true }));
    expect(screen.getByTestId('customer-filters').textContent).toContain('无客户经理');
    cleanup();
    const again = gateway();
    renderOutlet(again, '/outlet?manager=32');
    await waitFor(() => expect(again.last('OutletCustomerList')?.filter).toEqual({ managerIds: ['32'] }));
    await waitFor(() => expect(screen.getByTestId('customer-filters').textContent).toContain('孙磊（朝阳路网点）'));
    cleanup();
    const bad = gateway();
    renderOutlet(bad, '/outlet?manager=DROP%20TABLE');
    await waitFor(() => expect(bad.last('OutletCustomerList')?.filter).toEqual({}));
  });

  it('without MANAGER_READ: no list of managers is asked for, "no manager" still works', async () => {
    const gw = gateway();
    // a retail officer who reads customers (the department's grant) but not the managers
    renderOutlet(gw, '/outlet', { ...staff(['PII_VIEWER']), level: 'BRANCH' });
    await waitFor(() => expect(tableRows()).toHaveLength(3));
    await pick('filter-manager', '无客户经理');
    expect(optionTitles()).toEqual(['无客户经理']);
    await waitFor(() => expect(gw.last('OutletCustomerList')?.filter).toEqual({ unassigned: true }));
    expect(gw.of('OutletListManagers')).toEqual([]);
  });

  it('speaks English in English, Chinese only in Chinese', async () => {
    renderOutlet(gateway(), '/outlet');
    await waitFor(() => expect(tableRows()).toHaveLength(3));
    const filter = screen.getByTestId('filter-manager');
    expect(filter.closest('.ant-select')!.textContent).toContain('客户经理');
    await pick('filter-manager', '无客户经理');
    expect(optionTitles().join(' ')).not.toMatch(/[A-Za-z]/);
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    await waitFor(() => expect(screen.getByTestId('customer-filters').textContent).toContain('No manager'));
  });
});
