import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';

// canvas is not available in happy-dom; the chart wrapper is the kit's, tested there
vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, manager, renderManager, reply, type Handler } from './fake-gateway';
import { ledgerPage, ledgerRows, me, trendMonths } from './fixtures';
import { ExportLedgerMutation, LedgerQuery, MeQuery } from '../src/ledger/ledger.queries';
import { ledgerStateQuery, parseLedgerState, DEFAULT_LEDGER } from '../src/ledger/ledger-state';

function gateway(extra: Record<string, Handler> = {}) {
  return fakeGateway({
    ManagerMe: reply(MeQuery, () => ({ data: { customerManager: me } })),
    ManagerLedger: reply(LedgerQuery, ({ page }) => ({ data: ledgerPage(ledgerRows, 42, page?.page ?? 1, page?.pageSize ?? 20) })),
    ...extra,
  });
}
const rows = () => screen.getByTestId('ledger-table').querySelectorAll('tr.ant-table-row');
const chart = (el: Element) => JSON.parse(el.getAttribute('data-option')!);

/** antd Select: open it and click the option with this label. */
async function choose(testId: string, label: string) {
  const el = screen.getByTestId(testId);
  fireEvent.mouseDown(el.closest('.ant-select') ?? el.querySelector('.ant-select') ?? el);
  const options = await screen.findAllByTitle(label);
  fireEvent.click(options.at(-1)!);
}

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('我的台账', () => {
  it('shows the manager and the whole ledger in figures, asked by their staff id', async () => {
    const gw = gateway();
    renderManager(gw);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('我的台账');
    expect((await screen.findByTestId('manager-name')).textContent).toBe('赵敏');
    const summary = screen.getByTestId('manager-summary').textContent!;
    expect(summary).toContain('中关村网点');
    expect(summary).toContain('中级客户经理');
    expect(summary).toContain('专职');
    expect(screen.getByTestId('manager-portfolio').textContent).toContain('1,234 / 300');
    // 万/亿 with the unit in the figure, the exact yuan on hover
    expect(screen.getByTestId('kpi-customers').textContent).toContain('1,234 户');
    expect(screen.getByTestId('kpi-deposits').textContent).toContain('3.25亿元');
    expect(screen.getByTestId('kpi-deposits').getAttribute('title')).toBe('¥325,000,000.00');
    expect(screen.getByTestId('kpi-loans').textContent).toContain('4,850万元');
    expect(screen.getByTestId('kpi-maturing').textContent).toContain('7 笔，125万元');
    expect(screen.getByTestId('kpi-maturing').textContent).toContain('最早 2025-04-02');
    expect(screen.getByTestId('kpi-loans-due').textContent).toContain('无');
    expect(screen.getByTestId('kpi-churn').textContent).toContain('12 户');
    expect(summary).not.toMatch(/INTERMEDIATE|FULL_TIME/);
    expect(gw.of('ManagerMe')).toEqual([{ id: '11' }]);
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(screen.getByTestId('manager-summary').textContent).toContain('Zhongguancun Outlet');
    expect(screen.getByTestId('kpi-deposits').textContent).toContain('¥325M');
  });

  it('lists the customers with tier, balances and their 12-month trends, dues, products, last contact and next step', async () => {
    const gw = gateway();
    renderManager(gw);
    await waitFor(() => expect(rows()).toHaveLength(2));
    const [first, second] = rows();
    // the name opens the customer's 360 in the outlet remote
    const link = within(first as HTMLElement).getByTestId('ledger-customer');
    expect(link.textContent).toBe('张伟');
    expect(link.getAttribute('href')).toBe('/outlet/customers/101');
    expect(first.textContent).toContain('C00000101');
    expect(within(first as HTMLElement).getByTestId('ledger-tier').textContent).toBe('贵宾');
    expect(within(first as HTMLElement).getByTestId('ledger-deposits').textContent).toBe('1,250万元');
    // the deposit trend: the kit's line chart, months on the axis, amounts in the tooltip
    const trend = chart(within(first as HTMLElement).getByTestId('deposit-trend'));
    expect(trend.series[0].type).toBe('line');
    expect(trend.series[0].data).toEqual(ledgerRows[0].depositTrend);
    expect(trend.xAxis.data).toEqual(trendMonths);
    // no loans in twelve months: said, not drawn
    expect(within(first as HTMLElement).getByTestId('loan-trend').textContent).toBe('近12个月无余额');
    expect(within(first as HTMLElement).getByTestId('ledger-maturing').textContent).toBe('2 笔，300万元最早 2025-04-05');
    expect(within(first as HTMLElement).getByTestId('ledger-products').textContent).toBe('活期定期理财');
    // the day of the last contact on the bank's calendar (Beijing), not UTC's
    expect(within(first as HTMLElement).getByTestId('ledger-last-contact').textContent).toBe('2025-04-01');
    expect(within(first as HTMLElement).getByTestId('ledger-next-step').textContent).toContain('到期前电话确认续存');
    expect(within(first as HTMLElement).getByTestId('ledger-next-step').textContent).toContain('已到期');
    expect(within(second as HTMLElement).getByTestId('ledger-churn').textContent).toBe('流失风险');
    expect(within(second as HTMLElement).getByTestId('ledger-loans-due').textContent).toContain('1 笔，500万元');
    expect(within(second as HTMLElement).getByTestId('ledger-last-contact').textContent).toBe('从未联系');
    expect(within(second as HTMLElement).getByTestId('ledger-products').textContent).toBe('结算账户基本账户贷款');
    expect(screen.getByTestId('ledger-table').textContent).not.toMatch(/DEMAND_DEPOSIT|TIME_DEPOSIT|VIP|KEY/);
    expect(screen.getByText('第 1-20 条，共 42 条')).toBeTruthy();
    // the first page: the default order, no filter
    expect(gw.of('ManagerLedger')).toEqual([
      { id: '11', page: { page: 1, pageSize: 20 }, sort: 'DEPOSITS', direction: 'DESC', filter: null },
    ]);
    fireEvent.click(link);
    expect(window.location.pathname).toBe('/outlet/customers/101');
  });

  it('sends every filter and order to the server, back to page 1, and keeps them in the URL', async () => {
    const gw = gateway();
    renderManager(gw);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(screen.getByTestId('ledger-table').querySelector('li.ant-pagination-next')!);
    await waitFor(() => expect(gw.last('ManagerLedger')!.page).toEqual({ page: 2, pageSize: 20 }));

    fireEvent.click(screen.getByTestId('filter-churn'));
    await waitFor(() =>
      expect(gw.last('ManagerLedger')).toEqual({
        id: '11',
        page: { page: 1, pageSize: 20 },
        sort: 'DEPOSITS',
        direction: 'DESC',
        filter: { churnRiskOnly: true },
      }),
    );
    await choose('filter-maturing', '30天内有到期');
    await waitFor(() => expect(gw.last('ManagerLedger')!.filter).toEqual({ churnRiskOnly: true, maturingWithinDays: 30 }));
    await choose('filter-silent', '90天以上未联系');
    fireEvent.click(screen.getByTestId('filter-next-step-due'));
    await choose('filter-tier', '贵宾');
    await waitFor(() =>
      expect(gw.last('ManagerLedger')!.filter).toEqual({
        tiers: ['VIP'],
        churnRiskOnly: true,
        maturingWithinDays: 30,
        notContactedForDays: 90,
        hasNextStepDue: true,
      }),
    );
    // a header sorts on the server, in its natural direction first
    const header = [...screen.getByTestId('ledger-table').querySelectorAll('th')].find((th) => th.textContent === '30天内到期存款')!;
    fireEvent.click(header);
    await waitFor(() =>
      expect(gw.last('ManagerLedger')).toMatchObject({ sort: 'MATURING', direction: 'ASC', page: { page: 1, pageSize: 20 } }),
    );
    expect(window.location.search).toBe('?tier=VIP&churn=1&maturing=30&silent=90&due=1&sort=MATURING&dir=ASC');

    fireEvent.click(screen.getByTestId('filter-clear'));
    await waitFor(() => expect(gw.last('ManagerLedger')).toMatchObject({ filter: null, sort: 'MATURING' }));
  }, 60_000);

  it('opens with the ledger the URL describes, dropping what the API would refuse', async () => {
    const gw = gateway();
    renderManager(gw, '/manager?tier=VIP,KEY,NOPE&silent=90&due=1&maturing=45&sort=LAST_CONTACT&page=3&size=50');
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(gw.of('ManagerLedger')[0]).toEqual({
      id: '11',
      page: { page: 3, pageSize: 50 },
      sort: 'LAST_CONTACT',
      direction: 'DESC',
      filter: { tiers: ['VIP', 'KEY'], notContactedForDays: 90, hasNextStepDue: true },
    });
    expect(parseLedgerState('')).toEqual(DEFAULT_LEDGER);
    expect(ledgerStateQuery(DEFAULT_LEDGER)).toBe('');
  });

  it('exports the filtered ledger as CSV only for a user who may export', async () => {
    const gw = gateway({
      ManagerExportLedger: reply(ExportLedgerMutation, () => ({
        data: { exportLedger: { filename: 'ledger-11.csv', contentType: 'text/csv; charset=utf-8', rows: 3, csv: '\uFEFF客户号,客户\n' } },
      })),
    });
    renderManager(gw);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.queryByTestId('ledger-export')).toBeNull(); // a customer manager has no CUSTOMER_EXPORT
    cleanup();

    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:ledger');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderManager(gw, '/manager?churn=1', { ...manager(), roles: ['CUSTOMER_MANAGER', 'BRANCH_LEADER'] });
    fireEvent.click(await screen.findByTestId('ledger-export'));
    await waitFor(() => expect(gw.last('ManagerExportLedger')).toEqual({ managerId: '11', filter: { churnRiskOnly: true } }));
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    expect(created).toHaveBeenCalled();
    expect(revoked).toHaveBeenCalledWith('blob:ledger');
    expect(await screen.findByText('已导出 3 位客户')).toBeTruthy();
    vi.restoreAllMocks();
  });

  it('says so when the signed-in staff member keeps no portfolio, and translates other errors', async () => {
    const gw = gateway({
      ManagerMe: reply(MeQuery, () => ({
        data: null,
        errors: [{ message: 'Customer manager not found', extensions: { code: 'NOT_FOUND' } }],
      })),
    });
    renderManager(gw);
    expect((await screen.findByTestId('not-a-manager')).textContent).toContain('您还不是客户经理');
    cleanup();
    const failing = gateway({
      ManagerLedger: reply(LedgerQuery, () => ({
        data: null,
        errors: [
          {
            message: 'filter.maturingWithinDays must be a whole number of days from 1 to 90',
            extensions: { code: 'BAD_USER_INPUT', field: 'filter.maturingWithinDays' },
          },
        ],
      })),
    });
    renderManager(failing);
    expect((await screen.findByTestId('ledger-table-error')).textContent).toContain('“到期提醒天数”须为 1 到 90 之间的整数天数');
  });
});
