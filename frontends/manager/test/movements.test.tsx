import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';

vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, manager, renderManager, reply, type Handler } from './fake-gateway';
import { churnRows, movements } from './fixtures';
import { ChurnRiskQuery, TierMovementsQuery } from '../src/movements/movements.queries';

function gateway(extra: Record<string, Handler> = {}) {
  return fakeGateway({
    ManagerChurnRisk: reply(ChurnRiskQuery, ({ page }) => ({
      data: {
        customerManager: { id: '11', ledger: { items: churnRows, total: 1, page: page?.page ?? 1, pageSize: page?.pageSize ?? 10 } },
      },
    })),
    ManagerTierMovements: reply(TierMovementsQuery, ({ page }) => ({
      data: { tierMovements: { items: movements, total: 3, page: page?.page ?? 1, pageSize: page?.pageSize ?? 10 } },
    })),
    ...extra,
  });
}
const rowsOf = (testId: string) => [...screen.getByTestId(testId).querySelectorAll<HTMLElement>('tr.ant-table-row')];

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('客户动态', () => {
  it('lists my customers at churn risk (the ledger filtered on the server) with the reasons in words', async () => {
    const gw = gateway();
    renderManager(gw, '/manager/movements');
    await waitFor(() => expect(rowsOf('churn-table')).toHaveLength(1));
    expect(gw.of('ManagerChurnRisk')).toEqual([{ id: '11', page: { page: 1, pageSize: 10 } }]);
    const [row] = rowsOf('churn-table');
    expect(within(row).getByTestId('churn-customer').getAttribute('href')).toBe('/outlet/customers/102');
    const tags = [...within(row).getByTestId('churn-reasons').querySelectorAll('.ant-tag')];
    expect(tags.map((t) => t.textContent)).toEqual(['存款下降', '90天无交易']);
    expect(tags[0].getAttribute('title')).toBe('存款下降（近6个月下降 60%：¥2,150,000.00 → ¥860,000.00）');
    expect(row.textContent).toContain('86万元');
    expect(row.textContent).toContain('从未联系');
    expect(row.textContent).toContain('拜访财务负责人');
    expect(screen.getByTestId('churn-card').textContent).not.toMatch(/DEPOSITS_DOWN|INACTIVE_90D|KEY/);
  });

  it('lists the tier movements of my own customers: the server filters by my staff id', async () => {
    const gw = gateway();
    renderManager(gw, '/manager/movements');
    await waitFor(() => expect(rowsOf('tier-movements')).toHaveLength(3));
    expect(gw.of('ManagerTierMovements')).toEqual([{ managerId: '11', page: { page: 1, pageSize: 10 } }]);
    const [up, down, newly] = rowsOf('tier-movements');
    expect(within(up).getByTestId('movement-customer').getAttribute('href')).toBe('/outlet/customers/101');
    expect(up.textContent).toMatch(/重点.*贵宾.*升级/);
    expect(down.textContent).toMatch(/贵宾.*关键.*降级/);
    expect(newly.textContent).toMatch(/未定级.*基本.*新定级/);
    // every customer listed is mine: no marking, no manager column
    const card = screen.getByTestId('tier-movements-card');
    expect(card.textContent).toContain('您管户的客户中，与上一数据日期相比等级发生变化的客户');
    expect(card.textContent).not.toMatch(/我的客户|客户经理|未分配/);
  });

  it('leaves the tier movements out for a user who may not read the analysis', async () => {
    const gw = gateway();
    renderManager(gw, '/manager/movements', { ...manager(), department: 'TRAINING', roles: ['TRAINER'] });
    await waitFor(() => expect(rowsOf('churn-table')).toHaveLength(1));
    expect(screen.queryByTestId('tier-movements-card')).toBeNull();
    expect(gw.of('ManagerTierMovements')).toEqual([]);
  });
});
