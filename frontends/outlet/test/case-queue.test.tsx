import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';

vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, renderOutlet, type Handler } from './fake-gateway';
import { customer360, hours, queueCase } from './fixtures';
import type { QueueCase } from '../src/cases/cases.queries';

let cases: QueueCase[];
function gateway(extra: Record<string, Handler> = {}) {
  return fakeGateway({
    OutletCaseQueue: ({ filter, page }) => {
      const items = cases.filter(
        (c) =>
          (!filter?.breachedOnly || c.slaBreached) &&
          (!filter?.severity || filter.severity.includes(c.severity)) &&
          (!filter?.status || filter.status.includes(c.status)),
      );
      return { data: { serviceCaseQueue: { total: items.length, page: page.page, pageSize: page.pageSize, items } } };
    },
    OutletCustomer360: ({ id }) => ({ data: { customer: customer360({ id }) } }),
    OutletCustomerAccounts: ({ id }) => ({ data: { customer: { id, accounts: [] } } }),
    OutletCustomerTransactions: ({ id }) => ({ data: { customer: { id, transactions: { total: 0, page: 1, pageSize: 10, items: [] } } } }),
    OutletCustomerInteractions: ({ id }) => ({ data: { customer: { id, interactions: { total: 0, items: [] } } } }),
    ...extra,
  });
}
const rows = () => [...screen.getByTestId('case-queue').querySelectorAll('tr.ant-table-row')] as HTMLElement[];

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
  cases = [
    queueCase({ id: '1', severity: 'CRITICAL', slaDueAt: hours(-1.5), slaBreached: true, escalationLevel: 1 }),
    queueCase({ id: '2', severity: 'HIGH', slaDueAt: hours(2.5) }),
    queueCase({ id: '3', severity: 'LOW', status: 'RESOLVED', slaDueAt: hours(100), rootCause: '人手不足', resolution: '已增派柜员' }),
  ];
});
afterEach(cleanup);

describe('complaint queue', () => {
  it('is reached from the tab and shows the SLA countdown, breached cases in red', async () => {
    const gw = gateway();
    renderOutlet(gw, '/outlet/customers/1');
    await screen.findByTestId('customer-name');
    fireEvent.click(screen.getByTestId('nav-cases'));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(window.location.pathname).toBe('/outlet/cases');
    expect(gw.last('OutletCaseQueue')).toEqual({
      filter: { status: ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] },
      page: { page: 1, pageSize: 20 },
    });

    const sla = rows().map((r) => within(r).getByTestId('case-sla'));
    expect(sla[0].textContent).toMatch(/^已超时 1小时(29|30)分$/);
    expect(sla[0].getAttribute('data-breached')).toBe('true');
    expect(sla[0].getAttribute('style')).toContain('color');
    expect(rows()[0].className).toContain('case-breached');
    // HIGH: 24 h window, 2.5 h left < 25 % → amber, with words
    expect(sla[1].textContent).toMatch(/^即将超时 · 剩余 2小时(29|30)分$/);
    expect(sla[1].getAttribute('data-breached')).toBe('false');
    expect(sla[1].getAttribute('data-sla')).toBe('warning');
    expect(sla[0].getAttribute('data-sla')).toBe('breached');
    expect(rows()[1].className).not.toContain('case-breached');
    expect(sla[2].textContent).toBe('已停止计时');
    expect(rows()[0].textContent).toContain('已升级 1 级');

    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(within(rows()[1]).getByTestId('case-sla').textContent).toMatch(/^Due soon · 2h (29|30)m left$/);
  });

  it('keeps the SLA plain while plenty of the window is left, amber under a quarter of it', async () => {
    cases = [
      queueCase({ id: '4', severity: 'LOW', slaDueAt: hours(50) }), // 168 h window: 50 h > 42 h
      queueCase({ id: '5', severity: 'LOW', slaDueAt: hours(30) }), // < 42 h
      queueCase({ id: '6', severity: 'CRITICAL', slaDueAt: hours(1.5) }), // 4 h window: 1.5 h > 1 h
      queueCase({ id: '7', severity: 'CRITICAL', slaDueAt: hours(0.5) }),
    ];
    renderOutlet(gateway(), '/outlet/cases');
    await waitFor(() => expect(rows()).toHaveLength(4));
    const level = rows().map((r) => within(r).getByTestId('case-sla').getAttribute('data-sla'));
    expect(level).toEqual(['normal', 'warning', 'normal', 'warning']);
    expect(within(rows()[0]).getByTestId('case-sla').textContent).toMatch(/^剩余 2天[12]小时$/);
  });

  it('opens the complaint from the queue: a drawer with its details and steps, and a way to the customer', async () => {
    const gw = gateway({
      OutletCaseDetail: ({ id }) => ({
        data: {
          serviceCase: {
            ...cases.find((c) => c.id === id),
            resolvedAt: null,
            closedAt: null,
            events: [
              {
                id: '11',
                at: hours(-10),
                action: 'OPENED',
                fromStatus: null,
                toStatus: 'OPEN',
                note: '受理客户投诉',
                toOrgUnit: { id: '12', name: '朝阳路网点', nameEn: 'Chaoyang Rd Outlet' },
              },
              {
                id: '12',
                at: hours(-2),
                action: 'ESCALATED',
                fromStatus: 'OPEN',
                toStatus: 'OPEN',
                note: '客户要求支行处理',
                toOrgUnit: { id: '3', name: '朝阳支行', nameEn: 'Chaoyang Sub-branch' },
              },
            ],
          },
        },
      }),
    });
    renderOutlet(gw, '/outlet/cases');
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(within(rows()[0]).getByTestId('case-open'));
    const drawer = await screen.findByTestId('case-drawer');
    await waitFor(() => expect(drawer.textContent).toContain('客户要求支行处理'));
    expect(gw.last('OutletCaseDetail')).toEqual({ id: '1' });
    expect(drawer.textContent).toContain('SC-1');
    expect(drawer.textContent).toContain('详细描述');
    expect(drawer.textContent).toContain('升级');
    fireEvent.click(within(drawer).getByTestId('case-drawer-customer'));
    expect(await screen.findByTestId('customer-360')).toBeTruthy();
    expect(window.location.pathname).toBe('/outlet/customers/1');
  });

  it('keeps 登记时间 in its own column, the actions fixed to the right', async () => {
    renderOutlet(gateway(), '/outlet/cases');
    await waitFor(() => expect(rows()).toHaveLength(3));
    const opened = within(rows()[0]).getByTestId('case-opened-at');
    expect(opened.textContent).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const actionsCell = within(rows()[0]).getByTestId('case-acknowledge').closest('td')!;
    expect(actionsCell.className).toContain('ant-table-cell-fix');
  });

  it('ticks every second', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      cases = [queueCase({ id: '9', slaDueAt: new Date(Date.now() + 65_000).toISOString() })];
      renderOutlet(gateway(), '/outlet/cases');
      await waitFor(() => expect(rows()).toHaveLength(1));
      const before = within(rows()[0]).getByTestId('case-sla').textContent;
      await act(async () => {
        vi.advanceTimersByTime(70_000);
      });
      const after = within(rows()[0]).getByTestId('case-sla');
      expect(after.textContent).not.toBe(before);
      expect(after.textContent).toMatch(/^已超时/);
      expect(after.getAttribute('data-breached')).toBe('true');
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends the filters as variables', async () => {
    const gw = gateway();
    renderOutlet(gw, '/outlet/cases');
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getByTestId('case-breached-only'));
    await waitFor(() =>
      expect(gw.last('OutletCaseQueue')!.filter).toEqual({ status: ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'], breachedOnly: true }),
    );
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.mouseDown(screen.getByTestId('case-filter-severity').closest('.ant-select') ?? screen.getByTestId('case-filter-severity'));
    fireEvent.click(await screen.findByTitle('紧急'));
    await waitFor(() =>
      expect(gw.last('OutletCaseQueue')!.filter).toEqual({
        status: ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'],
        severity: ['CRITICAL'],
        breachedOnly: true,
      }),
    );
  });

  it('acknowledges with the version, escalates with a required reason, and reloads on CONFLICT', async () => {
    let conflict = false;
    const gw = gateway({
      OutletAcknowledgeCase: ({ id }) => {
        cases = cases.map((c) => (c.id === id ? { ...c, status: 'ACKNOWLEDGED', version: c.version + 1 } : c));
        return { data: { acknowledgeServiceCase: { ...cases.find((c) => c.id === id), __typename: 'ServiceCase' } } };
      },
      OutletEscalateCase: ({ id }) =>
        conflict
          ? { data: null, errors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }] }
          : { data: { escalateServiceCase: { ...cases.find((c) => c.id === id) } } },
    });
    renderOutlet(gw, '/outlet/cases');
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(within(rows()[1]).getByTestId('case-acknowledge'));
    await waitFor(() => expect(gw.last('OutletAcknowledgeCase')).toEqual({ id: '2', version: 1 }));
    await waitFor(() => expect(within(rows()[1]).queryByTestId('case-acknowledge')).toBeNull());

    fireEvent.click(within(rows()[1]).getByTestId('case-escalate'));
    const form = await screen.findByTestId('escalate-form');
    fireEvent.click(screen.getByTestId('case-transition-submit'));
    await waitFor(() => expect(form.textContent).toContain('请填写升级原因'));
    fireEvent.change(screen.getByTestId('case-escalate-reason'), { target: { value: '客户情绪激动，需支行出面' } });
    conflict = true;
    const loads = gw.of('OutletCaseQueue').length;
    fireEvent.click(screen.getByTestId('case-transition-submit'));
    await waitFor(() => expect(gw.last('OutletEscalateCase')).toEqual({ id: '2', version: 2, reason: '客户情绪激动，需支行出面' }));
    expect(await screen.findByText('该记录刚被他人修改，已重新加载，请核对后再操作')).toBeTruthy();
    await waitFor(() => expect(gw.of('OutletCaseQueue').length).toBeGreaterThan(loads));
  });

  it('resolves with root cause and resolution, and links to the customer 360', async () => {
    const gw = gateway({
      OutletResolveCase: ({ id }) => ({ data: { resolveServiceCase: { ...cases.find((c) => c.id === id), status: 'RESOLVED' } } }),
    });
    renderOutlet(gw, '/outlet/cases');
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(within(rows()[0]).getByTestId('case-resolve'));
    const form = await screen.findByTestId('resolve-form');
    fireEvent.click(screen.getByTestId('case-transition-submit'));
    await waitFor(() => expect(form.textContent).toContain('请填写根本原因'));
    expect(form.textContent).toContain('请填写处理结果');
    fireEvent.change(screen.getByTestId('case-root-cause'), { target: { value: '高峰期窗口不足' } });
    fireEvent.change(screen.getByTestId('case-resolution'), { target: { value: '增开窗口并致歉' } });
    fireEvent.click(screen.getByTestId('case-transition-submit'));
    await waitFor(() =>
      expect(gw.last('OutletResolveCase')).toEqual({ id: '1', version: 1, rootCause: '高峰期窗口不足', resolution: '增开窗口并致歉' }),
    );

    fireEvent.click(within(rows()[0]).getByTestId('case-customer'));
    expect(await screen.findByTestId('customer-360')).toBeTruthy();
    expect(window.location.pathname).toBe('/outlet/customers/1');
  });
});
