import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';

// canvas is not available in happy-dom; the chart wrapper is the kit's, tested there
vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, outletElement, renderOutlet, staff, type Handler } from './fake-gateway';
import { accounts, closedAccount, customer360, hours, interactions, transactions } from './fixtures';
import { toTransactionFilter } from '../src/customer360/transactions.card';

function gateway360(extra: Record<string, Handler> = {}) {
  return fakeGateway({
    OutletCustomer360: ({ id }) => ({
      data: {
        customer:
          id === '1'
            ? customer360()
            : id === '2'
              ? customer360({ id: '2', customerNo: 'C00000002', name: '李娜', relationships: [] })
              : null,
      },
    }),
    OutletCustomerAccounts: ({ id, includeClosed }) => ({
      data: { customer: { id, accounts: includeClosed ? [...accounts, closedAccount] : accounts } },
    }),
    OutletCustomerTransactions: ({ id, page }) => {
      const { page: p = 1, pageSize = 10 } = page ?? {};
      return {
        data: {
          customer: {
            id,
            transactions: { total: transactions.length, page: p, pageSize, items: transactions.slice((p - 1) * pageSize, p * pageSize) },
          },
        },
      };
    },
    OutletCustomerInteractions: ({ id }) => ({
      data: { customer: { id, interactions: { total: interactions.length, items: interactions } } },
    }),
    ...extra,
  });
}

const rowsOf = (testId: string) => screen.getByTestId(testId).querySelectorAll('tr.ant-table-row');

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('customer 360', () => {
  it('renders every section from one canned response', async () => {
    const gw = gateway360();
    renderOutlet(gw, '/outlet/customers/1');
    expect((await screen.findByTestId('customer-name')).textContent).toBe('张伟');
    const root = screen.getByTestId('customer-360');
    expect(within(root).getByTestId('customer-no').textContent).toBe('C00000001');
    expect(root.textContent).toContain('个人');
    expect(root.textContent).toContain('朝阳路网点');
    expect(within(root).getByTestId('consent-tag').textContent).toContain('已授权营销');
    // profile: masked
    expect(screen.getByTestId('pii-id-number').textContent).toBe('110***********1234');
    expect(screen.getByTestId('pii-phone').textContent).toBe('138****5678');
    // balances
    expect(screen.getByTestId('balances-card').textContent).toMatch(/125,000\.50/);
    expect(screen.getByTestId('balances-card').textContent).toContain('信用卡欠款');
    // accounts
    await waitFor(() => expect(rowsOf('accounts-table')).toHaveLength(2));
    expect(rowsOf('accounts-table')[1].textContent).toContain('6222 **** **** 5678');
    expect(rowsOf('accounts-table')[1].textContent).toContain('3.95%');
    expect(rowsOf('accounts-table')[1].textContent).toContain('2042-06-01');
    // transactions, first page of 10
    await waitFor(() => expect(rowsOf('transactions-table')).toHaveLength(10));
    expect(rowsOf('transactions-table')[0].textContent).toContain('商户1');
    // interactions, newest first with staff name and position
    await waitFor(() => expect(within(screen.getByTestId('interactions-timeline')).getAllByTestId('interaction-item')).toHaveLength(2));
    const items = within(screen.getByTestId('interactions-timeline')).getAllByTestId('interaction-item');
    expect(items[0].textContent).toContain('王丽');
    expect(items[0].textContent).toContain('客户经理');
    expect(items[1].textContent).toContain('赵强');
    // needs, cases with SLA, relationships, surveys
    expect(screen.getByTestId('needs-card').textContent).toContain('希望了解稳健型理财产品');
    const openCases = screen.getByTestId('open-cases');
    expect(openCases.textContent).toContain('SC2025000001');
    // HIGH, 4.5 h of its 24 h window left (< 25 %): amber with words, as in the complaint queue
    expect(within(openCases).getByTestId('case-sla').textContent).toMatch(/^即将超时 · 剩余 4小时(29|30)分$/);
    const rel = screen.getByTestId('relationships-card');
    expect(within(rel).getByTestId('related-customer').getAttribute('href')).toBe('/outlet/customers/2');
    expect(rel.textContent).toContain('其他机构客户');
    const chart = JSON.parse(screen.getByTestId('survey-chart').getAttribute('data-option')!);
    expect(chart.series[0].data).toEqual([3, 4]); // oldest → newest
    expect(chart.series[1].data).toEqual([6, 8]);
    // one request for the fixed sections
    expect(gw.of('OutletCustomer360')).toEqual([{ id: '1' }]);
  });

  it('toggles closed accounts and follows a relationship to the related customer', async () => {
    const gw = gateway360();
    renderOutlet(gw, '/outlet/customers/1');
    await waitFor(() => expect(rowsOf('accounts-table')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('accounts-include-closed'));
    await waitFor(() => expect(rowsOf('accounts-table')).toHaveLength(3));
    expect(gw.last('OutletCustomerAccounts')).toEqual({ id: '1', includeClosed: true });
    fireEvent.click(screen.getByTestId('related-customer'));
    await waitFor(() => expect(screen.getByTestId('customer-name').textContent).toBe('李娜'));
    expect(window.location.pathname).toBe('/outlet/customers/2');
  });

  it('shows no reveal action without PII_VIEWER', async () => {
    renderOutlet(gateway360(), '/outlet/customers/1', staff(['CUSTOMER_MANAGER']));
    await screen.findByTestId('customer-name');
    expect(screen.getByTestId('pii-phone').textContent).toBe('138****5678');
    expect(screen.getByTestId('profile-card').querySelectorAll('[data-testid^="reveal-"]')).toHaveLength(0);
  });

  it('reveals only the field asked for, with a purpose from the list and a note, in place and for this view only', async () => {
    const gw = gateway360({
      OutletRevealCustomerPii: ({ customerId, field }) => ({
        data: { revealCustomerPii: { customerId, field, value: field === 'PHONE' ? '13812345678' : '110105198503071234' } },
      }),
    });
    renderOutlet(gw, '/outlet/customers/1', staff(['CUSTOMER_MANAGER', 'PII_VIEWER']));
    // an eye beside each masked value
    for (const id of ['pii-id-number', 'pii-phone', 'pii-email', 'pii-address', 'pii-birth-date'])
      expect(await screen.findByTestId(`reveal-${id}`)).toBeTruthy();
    fireEvent.click(screen.getByTestId('reveal-pii-phone'));
    const dialog = (await screen.findByTestId('reveal-form')).closest('.ant-modal') as HTMLElement;
    expect(dialog.textContent).toContain('查看完整手机号');
    fireEvent.click(screen.getByTestId('reveal-confirm'));
    expect(await within(dialog).findByText('请选择查看目的')).toBeTruthy();
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(await within(dialog).findByText('Please choose Purpose')).toBeTruthy();
    expect(dialog.textContent).toContain('Reveal the full phone number');
    await act(async () => {
      await i18next.changeLanguage('zh-CN');
    });
    expect(gw.of('OutletRevealCustomerPii')).toHaveLength(0);

    fireEvent.mouseDown(screen.getByTestId('reveal-purpose').closest('.ant-select') ?? screen.getByTestId('reveal-purpose'));
    // the bank's list, in the user's language
    for (const label of ['办理业务核实身份', '投诉处理', '风险审查', '司法/监管查询'])
      expect((await screen.findAllByTitle(label)).length).toBe(1);
    fireEvent.click((await screen.findAllByTitle('客户本人要求')).at(-1)!);
    fireEvent.change(screen.getByTestId('reveal-note'), { target: { value: ' 客户来电 ' } });
    fireEvent.click(screen.getByTestId('reveal-confirm'));
    await waitFor(() => expect(screen.getByTestId('pii-phone').textContent).toBe('13812345678'));
    expect(gw.last('OutletRevealCustomerPii')).toEqual({ customerId: '1', field: 'PHONE', purpose: 'CUSTOMER_REQUEST', note: '客户来电' });
    // the others stay masked, each with its own eye
    expect(screen.getByTestId('pii-phone').dataset.revealed).toBe('true');
    expect(screen.getByTestId('pii-id-number').textContent).toBe('110***********1234');
    expect(screen.getByTestId('pii-id-number').dataset.revealed).toBe('false');
    expect(screen.getByTestId('pii-birth-date').textContent).toBe('1985-**-**');
    expect(screen.queryByTestId('reveal-pii-phone')).toBeNull();
    expect(screen.getByTestId('reveal-pii-id-number')).toBeTruthy();
    expect(screen.getByTestId('reveal-logged').textContent).toContain('审计日志');
    // hide again: masked
    fireEvent.click(screen.getByTestId('hide-pii'));
    expect(screen.getByTestId('pii-phone').textContent).toBe('138****5678');
    expect(screen.queryByTestId('reveal-logged')).toBeNull();
  });

  it('shows the server’s reason on the note it names', async () => {
    const gw = gateway360({
      OutletRevealCustomerPii: () => ({
        errors: [{ message: 'note must be at most 200 characters', extensions: { code: 'BAD_USER_INPUT', field: 'note' } }],
      }),
    });
    renderOutlet(gw, '/outlet/customers/1', staff(['CUSTOMER_MANAGER', 'PII_VIEWER']));
    fireEvent.click(await screen.findByTestId('reveal-pii-id-number'));
    const form = await screen.findByTestId('reveal-form');
    fireEvent.mouseDown(screen.getByTestId('reveal-purpose').closest('.ant-select') ?? screen.getByTestId('reveal-purpose'));
    fireEvent.click((await screen.findAllByTitle('风险审查')).at(-1)!);
    fireEvent.click(screen.getByTestId('reveal-confirm'));
    await waitFor(() => expect(gw.of('OutletRevealCustomerPii')).toHaveLength(1));
    expect(gw.last('OutletRevealCustomerPii')).toEqual({ customerId: '1', field: 'ID_NUMBER', purpose: 'RISK_REVIEW', note: null });
    await waitFor(() => expect(form.querySelector('.ant-form-item-explain-error')).toBeTruthy());
    expect(screen.getByTestId('pii-id-number').textContent).toBe('110***********1234');
  });

  it('sends transaction filters and pages on the server', async () => {
    const gw = gateway360();
    renderOutlet(gw, '/outlet/customers/1');
    await waitFor(() => expect(rowsOf('transactions-table')).toHaveLength(10));
    expect(gw.last('OutletCustomerTransactions')).toEqual({ id: '1', filter: {}, page: { page: 1, pageSize: 10 } });
    fireEvent.click(within(screen.getByTestId('transactions-table')).getByTitle('3'));
    await waitFor(() => expect(gw.last('OutletCustomerTransactions')!.page).toEqual({ page: 3, pageSize: 10 }));
    await waitFor(() => expect(rowsOf('transactions-table')[0].textContent).toContain('商户21'));

    // a filter starts again at page 1
    const min = screen.getByTestId('tx-min').closest('.ant-input-number')!.querySelector('input')!;
    fireEvent.change(min, { target: { value: '500' } });
    fireEvent.blur(min);
    await waitFor(() =>
      expect(gw.last('OutletCustomerTransactions')).toEqual({ id: '1', filter: { minAmount: 500 }, page: { page: 1, pageSize: 10 } }),
    );

    fireEvent.mouseDown(screen.getByTestId('tx-channels').closest('.ant-select') ?? screen.getByTestId('tx-channels'));
    fireEvent.click(await screen.findByTitle('POS'));
    await waitFor(() => expect(gw.last('OutletCustomerTransactions')!.filter).toEqual({ minAmount: 500, channels: ['POS'] }));
  });

  it('maps the filter form to TransactionFilter', async () => {
    const dayjs = (await import('dayjs')).default;
    const f = toTransactionFilter({
      range: [dayjs('2025-01-01T10:00:00'), dayjs('2025-01-31T10:00:00')],
      channels: ['ATM'],
      categories: ['FEE'],
      min: 0,
      max: 10,
    });
    expect(new Date(f.from!).getHours()).toBe(0);
    expect(new Date(f.to!).getHours()).toBe(23);
    expect(f).toMatchObject({ channels: ['ATM'], categories: ['FEE'], minAmount: 0, maxAmount: 10 });
  });

  it('changes a need status with its version and reloads on CONFLICT', async () => {
    let conflict = true;
    const gw = gateway360({
      OutletUpdateNeedStatus: ({ id, status }) =>
        conflict
          ? {
              data: null,
              errors: [{ message: 'This record was changed by someone else; reload it and try again', extensions: { code: 'CONFLICT' } }],
            }
          : { data: { updateNeedStatus: { id, status, version: 2 } } },
    });
    renderOutlet(gw, '/outlet/customers/1');
    const needs = await screen.findByTestId('needs-card');
    const select = within(needs).getByTestId('need-status');
    fireEvent.mouseDown(select.closest('.ant-select') ?? select);
    fireEvent.click(await screen.findByTitle('跟进中'));
    await waitFor(() => expect(gw.last('OutletUpdateNeedStatus')).toEqual({ id: 'n1', version: 1, status: 'IN_PROGRESS' }));
    expect(await screen.findByText('该记录刚被他人修改，已重新加载，请核对后再操作')).toBeTruthy();
    await waitFor(() => expect(gw.of('OutletCustomer360')).toHaveLength(2)); // reloaded
    conflict = false;
  });

  it('opens the 360 from a row of the list', async () => {
    const gw = gateway360({
      OutletCustomerList: () => ({
        data: {
          customers: {
            total: 1,
            page: 1,
            pageSize: 20,
            items: [
              {
                id: '1',
                customerNo: 'C00000001',
                kind: 'INDIVIDUAL',
                name: '张伟',
                idNumber: '110***********1234',
                phone: null,
                status: 'ACTIVE',
                homeOrgUnit: { id: '12', name: '朝阳路网点', nameEn: null },
              },
            ],
          },
        },
      }),
      OutletCustomerCounts: () => ({
        data: { customerCounts: { total: 1, individual: 1, corporate: 0, active: 1, dormant: 0, closed: 0 } },
      }),
    });
    renderOutlet(gw, '/outlet');
    await waitFor(() => expect(rowsOf('customer-table')).toHaveLength(1));
    fireEvent.click(rowsOf('customer-table')[0].querySelector('td')!);
    expect(await screen.findByTestId('customer-360')).toBeTruthy();
    expect(window.location.pathname).toBe('/outlet/customers/1');
    await screen.findByTestId('customer-name');
    // back through the browser history
    await act(async () => {
      window.history.back();
      await new Promise((r) => setTimeout(r, 50));
    });
    await waitFor(() => expect(screen.queryByTestId('customer-table')).toBeTruthy());
  });

  it("follows the shell's own navigation (its pushState re-renders the remote, no popstate)", async () => {
    const gw = gateway360({
      OutletCustomerList: () => ({ data: { customers: { total: 0, page: 1, pageSize: 20, items: [] } } }),
      OutletCustomerCounts: () => ({
        data: { customerCounts: { total: 0, individual: 0, corporate: 0, active: 0, dormant: 0, closed: 0 } },
      }),
    });
    const view = renderOutlet(gw, '/outlet/customers/1');
    await screen.findByTestId('customer-name');
    window.history.pushState(null, '', '/outlet'); // what the shell's side menu does
    view.rerender(outletElement(gw)); // the shell re-renders its content on every path change
    await waitFor(() => expect(screen.queryByTestId('customer-table')).toBeTruthy());
    expect(screen.queryByTestId('customer-360')).toBeNull();
  });

  it('colours the open cases’ SLA by each case’s severity, as the complaint queue does', async () => {
    const base = customer360().serviceCases[0];
    const serviceCases = [
      { ...base, id: 'k1', caseNo: 'SC-CRIT-NEAR', severity: 'CRITICAL' as const, slaDueAt: hours(0.5) }, // 4 h window: < 1 h left
      { ...base, id: 'k2', caseNo: 'SC-LOW-NEAR', severity: 'LOW' as const, slaDueAt: hours(30) }, // 168 h window: < 42 h left
      { ...base, id: 'k3', caseNo: 'SC-CRIT-OK', severity: 'CRITICAL' as const, slaDueAt: hours(1.5) }, // > 1 h left
      { ...base, id: 'k4', caseNo: 'SC-MED-OK', severity: 'MEDIUM' as const, slaDueAt: hours(30) }, // 72 h window: > 18 h left
      { ...base, id: 'k5', caseNo: 'SC-HIGH-LATE', severity: 'HIGH' as const, slaDueAt: hours(-2), slaBreached: true },
    ];
    renderOutlet(
      gateway360({ OutletCustomer360: ({ id }) => ({ data: { customer: customer360({ id, serviceCases }) } }) }),
      '/outlet/customers/1',
    );
    await screen.findByTestId('customer-name');
    const items = within(screen.getByTestId('open-cases')).getAllByTestId('open-case-item');
    const sla = (i: number) => within(items[i]).getByTestId('case-sla');
    expect(items.map((_, i) => sla(i).getAttribute('data-sla'))).toEqual(['warning', 'warning', 'normal', 'normal', 'breached']);
    expect(sla(0).textContent).toMatch(/^即将超时 · 剩余 (29|30)分/);
    expect(sla(0).getAttribute('style')).toContain('color'); // amber, and never colour alone: the words say it
    expect(sla(1).textContent).toMatch(/^即将超时 · 剩余 1天(5|6)小时$/);
    expect(sla(2).textContent).toMatch(/^剩余 1小时(29|30)分$/);
    expect(sla(2).getAttribute('style')).toBeNull();
    expect(sla(4).textContent).toMatch(/^已超时 (1|2)小时/);
  });

  it('says so when the customer is not in scope', async () => {
    renderOutlet(gateway360(), '/outlet/customers/999');
    expect(await screen.findByText('客户不存在，或不在您的数据范围内')).toBeTruthy();
  });
});
