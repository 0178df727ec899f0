import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';
import { reply, type Handler } from '@crm/ui-kit/testing/fake-gateway';

// canvas is not available in happy-dom; the chart wrapper is the kit's, tested there
vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, renderOutlet, staff } from './fake-gateway';
import { customer360 } from './fixtures';
import { CustomerManagerQuery, type CustomerManagerData } from '../src/customer360/manager.queries';

/** The 360's customer manager: who, where, 专职/兼职, since when; the history for a leader who may reassign. */
const outlet = { id: '12', name: '朝阳路网点', nameEn: 'Chaoyang Rd Outlet' };
const subBranch = { id: '3', name: '朝阳支行', nameEn: null };
const zhao = { id: '31', employment: 'FULL_TIME' as const, staff: { id: '31', name: '赵敏' }, orgUnit: outlet };
const sun = { id: '32', employment: 'PART_TIME' as const, staff: { id: '32', name: '孙磊' }, orgUnit: subBranch };

/** What the API answers: the history's details only when the document asks for them (@include). */
function answer(withHistory: boolean, over: Partial<CustomerManagerData> = {}): CustomerManagerData {
  const periods = [
    {
      id: '9',
      // 17:00 UTC on the 31st is already 1 April in Beijing
      startedAt: '2025-03-31T17:00:00Z',
      endedAt: null,
      reason: 'MANAGER_LEFT' as const,
      handoverNote: '客户偏好电话联系，季度末有定期到期',
      manager: zhao,
      assignedBy: { id: '3', name: '李明' },
      approvedBy: { id: '4', name: '王强' },
    },
    {
      id: '5',
      startedAt: '2023-01-10T02:00:00Z',
      endedAt: '2025-03-31T17:00:00Z',
      reason: 'INITIAL' as const,
      handoverNote: null,
      manager: sun,
      assignedBy: null,
      approvedBy: null,
    },
  ];
  return {
    id: '1',
    manager: {
      id: '31',
      grade: 'SENIOR',
      employment: 'FULL_TIME',
      staff: { id: '31', name: '赵敏', position: '客户经理' },
      orgUnit: outlet,
    },
    managerHistory: withHistory ? periods : periods.map(({ id, startedAt, endedAt }) => ({ id, startedAt, endedAt })),
    ...over,
  };
}

function gateway(manager: Handler = reply(CustomerManagerQuery, (v) => ({ data: { customer: answer(v.withHistory) } }))) {
  return fakeGateway({
    OutletCustomer360: () => ({ data: { customer: customer360() } }),
    OutletCustomerAccounts: ({ id }) => ({ data: { customer: { id, accounts: [] } } }),
    OutletCustomerTransactions: ({ id }) => ({ data: { customer: { id, transactions: { total: 0, page: 1, pageSize: 10, items: [] } } } }),
    OutletCustomerInteractions: ({ id }) => ({ data: { customer: { id, interactions: { total: 0, items: [] } } } }),
    OutletCustomerManager: manager,
  });
}

const card = () => screen.getByTestId('manager-card');

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('the 360’s customer manager', () => {
  it('names the manager, their unit, 专职/兼职, grade and since when — no history for a customer manager', async () => {
    const gw = gateway();
    renderOutlet(gw, '/outlet/customers/1');
    await waitFor(() => expect(within(card()).getByTestId('manager-name').textContent).toBe('赵敏'));
    expect(within(card()).getByTestId('manager-unit').textContent).toBe('朝阳路网点');
    expect(within(card()).getByTestId('manager-employment').textContent).toBe('专职');
    expect(card().textContent).toContain('高级');
    // the open period's start, on the bank's calendar
    expect(within(card()).getByTestId('manager-since').textContent).toBe('2025-04-01');
    expect(gw.last('OutletCustomerManager')).toEqual({ id: '1', withHistory: false });
    expect(screen.queryByTestId('manager-history')).toBeNull();
    // no English word or enum code in the Chinese card
    expect(card().textContent).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('shows a branch head (PORTFOLIO_REASSIGN) every period, newest first: who, when, why, by whom, the handover note', async () => {
    const gw = gateway();
    renderOutlet(gw, '/outlet/customers/1', staff(['BRANCH_LEADER']));
    await waitFor(() => expect(within(card()).getAllByTestId('manager-period')).toHaveLength(2));
    expect(gw.last('OutletCustomerManager')).toEqual({ id: '1', withHistory: true });
    const [now, before] = within(card()).getAllByTestId('manager-period');
    expect(now.textContent).toContain('赵敏（朝阳路网点）');
    expect(now.textContent).toContain('2025-04-01 至 今');
    expect(now.textContent).toContain('客户经理离岗');
    expect(now.textContent).toContain('分配人：李明');
    expect(now.textContent).toContain('复核人：王强');
    expect(now.textContent).toContain('交接说明：客户偏好电话联系，季度末有定期到期');
    expect(before.textContent).toContain('孙磊（朝阳支行）');
    expect(before.textContent).toContain('2023-01-10 至 2025-04-01');
    expect(before.textContent).toContain('首次分配');
    expect(before.textContent).not.toContain('分配人');
    expect(screen.getByTestId('manager-history').textContent).not.toMatch(/[A-Za-z]{2,}/);

    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(card().textContent).toContain('Customer manager');
    expect(within(card()).getByTestId('manager-employment').textContent).toBe('Full-time');
    expect(within(card()).getAllByTestId('manager-period')[0].textContent).toContain('2025-04-01 to now');
    expect(within(card()).getAllByTestId('manager-period')[0].textContent).toContain('Manager left');
    expect(within(card()).getAllByTestId('manager-period')[1].textContent).toContain('孙磊 (朝阳支行)');
  });

  it('says so when the customer has no manager yet', async () => {
    renderOutlet(
      gateway(reply(CustomerManagerQuery, () => ({ data: { customer: answer(false, { manager: null, managerHistory: [] }) } }))),
      '/outlet/customers/1',
    );
    expect((await screen.findByTestId('no-manager')).textContent).toBe('尚未分配客户经理');
  });

  it('a failure of the managers keeps the rest of the 360 and says it in the user’s words', async () => {
    renderOutlet(
      gateway(() => ({ data: null, errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })),
      '/outlet/customers/1',
    );
    await waitFor(() => expect(card().textContent).toContain('客户经理信息加载失败'));
    expect(card().textContent).toContain('服务器内部错误');
    expect(card().textContent).not.toContain('Internal');
    expect(screen.getByTestId('customer-name').textContent).toBe('张伟');
  });
});
