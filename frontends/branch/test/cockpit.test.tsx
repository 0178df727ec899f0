import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { churnReasonLabels, initPortalI18n, tierColors } from '@crm/ui-kit';

// canvas is not available in happy-dom; the chart wrapper is the kit's, tested there
vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, renderBranch, type Handler } from './fake-gateway';
import { chaoyangUnit, churn, churnNames, movements, myUnit, outletAMovements, outletAUnit } from './fixtures';
import { en, zh } from '../src/branch.i18n';
import { branchPath, parseBranchPath } from '../src/routing/branch.routes';

function gateway(extra: Record<string, Handler> = {}) {
  return fakeGateway({
    BranchScoreAsOfDates: () => ({ data: { scoreAsOfDates: ['2025-03-31', '2025-02-28'] } }),
    BranchMyUnit: () => ({ data: { myOrgUnit: myUnit } }),
    BranchUnit: ({ id }) => ({
      data: {
        myOrgUnit: { id: '3', name: '北京分行', nameEn: 'Beijing Branch' },
        orgUnit: id === '7' ? chaoyangUnit : id === '12' ? outletAUnit : null,
      },
    }),
    // the whole scope without a unit; a drilled unit's own movements with one
    BranchTierMovements: ({ page, orgUnitId }) => {
      const items = orgUnitId == null ? movements : orgUnitId === '7' || orgUnitId === '12' ? outletAMovements : [];
      const total = orgUnitId == null ? 23 : items.length;
      return { data: { tierMovements: { items, total, page: page?.page ?? 1, pageSize: page?.pageSize ?? 10 } } };
    },
    BranchChurnRisk: ({ page }) => ({
      data: { churnRiskCustomers: { items: churn, total: churn.length, page: page?.page ?? 1, pageSize: page?.pageSize ?? 10 } },
    }),
    BranchChurnCustomers: (vars) => ({
      data: Object.fromEntries(Object.entries(vars).map(([alias, id]) => [alias, churnNames[id as string] ?? null])),
    }),
    ...extra,
  });
}

const rowsOf = (testId: string) => screen.getByTestId(testId).querySelectorAll('tr.ant-table-row');
const chart = (testId: string) => JSON.parse(screen.getByTestId(testId).getAttribute('data-option')!);

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('branch cockpit', () => {
  it('compares the children on every measure, with the unit total, a bar chart and the tier mix', async () => {
    const gw = gateway();
    renderBranch(gw);
    expect((await screen.findByTestId('cockpit-unit')).textContent).toBe('北京分行');
    expect(screen.getByTestId('branch-cockpit').textContent).toContain('分行驾驶舱');
    await waitFor(() => expect(rowsOf('branch-comparison')).toHaveLength(2));
    const [first, second] = rowsOf('branch-comparison');
    expect(first.textContent).toContain('朝阳支行');
    expect(first.textContent).toContain('支行');
    expect(first.textContent).toContain('1,000'); // customers
    // amounts in the bank's units with the unit in the figure, the exact yuan in the cell's title
    const deposits = first.querySelector('[data-measure="deposits"]')!;
    expect(deposits.textContent).toBe('1亿元'); // 1e8 元
    expect(deposits.getAttribute('title')).toBe('¥100,000,000.00');
    expect(first.querySelector('[data-measure="contribution"]')!.textContent).toBe('80万元'); // 800,000 元
    expect(first.querySelector('[data-measure="customers"]')!.getAttribute('title')).toBeNull();
    expect(first.textContent).toContain('90.3'); // satisfaction, 1 decimal
    expect(first.textContent).toContain('1.25'); // complaint rate
    expect(second.textContent).toContain('—'); // no satisfaction surveys
    const total = screen.getByTestId('comparison-total');
    expect(total.textContent).toContain('合计（北京分行）');
    expect(total.textContent).toContain('3,000');
    // headers name the measures
    const header = screen.getByTestId('branch-comparison').querySelector('thead')!.textContent!;
    for (const h of ['客户数', '存款', '贷款', '综合金融资产', '贡献度', '满意度', '投诉率（每百户）', '流失风险客户'])
      expect(header).toContain(h);
    expect(header).not.toContain('万元'); // the figures carry their unit
    // bar chart of the chosen measure
    expect(chart('branch-comparison-chart').xAxis.data).toEqual(['朝阳支行', '海淀支行']);
    expect(chart('branch-comparison-chart').series[0].data).toEqual([1000, 2000]);
    fireEvent.click(within(screen.getByTestId('comparison-measure')).getByText('存款'));
    // amounts plotted in yuan, the axis writes them in 万/亿 (its name says 元)
    await waitFor(() => expect(chart('branch-comparison-chart').series[0].data).toEqual([100_000_000, 200_000_000]));
    expect(chart('branch-comparison-chart').yAxis.name).toBe('存款（元）');
    // tier mix: scheme order, top tier first; stacked per child
    const stacked = chart('branch-tier-chart');
    expect(stacked.series.map((s: { name: string }) => s.name)).toEqual(['贵宾', '关键', '重点', '价值', '基本']);
    expect(stacked.series[0].data).toEqual([50, 100]);
    expect(stacked.series[0].stack).toBe('tiers');
    // the unit's mix as a pyramid: every tier in rank order (top = VIP, not by size), in the tier colours
    const pyramid = chart('branch-tier-pie').series[0];
    expect(pyramid.type).toBe('funnel');
    expect(pyramid.sort).toBe('none');
    expect(pyramid.data.map((d: { name: string }) => d.name)).toEqual(['贵宾', '关键', '重点', '价值', '基本']);
    expect(pyramid.data[0].itemStyle.color).toBe(tierColors.VIP);
    expect(gw.of('BranchMyUnit')).toEqual([{ asOf: null }]);
  });

  it('lists the customers who moved tier and the churn risks with names and reasons', async () => {
    const gw = gateway();
    renderBranch(gw);
    await waitFor(() => expect(rowsOf('tier-movements')).toHaveLength(3));
    const moves = rowsOf('tier-movements');
    expect(moves[0].textContent).toContain('张伟');
    expect(moves[0].textContent).toContain('C00000001');
    expect(moves[0].textContent).toContain('朝阳路网点');
    expect(moves[0].textContent).toMatch(/重点.*贵宾.*升级/);
    expect(moves[1].textContent).toMatch(/贵宾.*关键.*降级/);
    expect(moves[2].textContent).toMatch(/未定级.*基本.*新定级/);
    expect(screen.getByTestId('tier-movements-card').textContent).toContain('共 23 条');
    // next page: new variables
    fireEvent.click(screen.getByTestId('tier-movements-card').querySelector('li.ant-pagination-next')!);
    await waitFor(() => expect(gw.last('BranchTierMovements')).toEqual({ asOf: null, page: { page: 2, pageSize: 10 }, orgUnitId: null }));

    await waitFor(() => expect(rowsOf('churn-risk')[0].textContent).toContain('赵强'));
    const risks = rowsOf('churn-risk');
    expect(risks).toHaveLength(2);
    expect(risks[0].textContent).toContain('C00000021');
    // each reason: a compact tag of its zh label, its figures formatted in Chinese in the tag's title, never the code
    const tags = (row: Element) => [...row.querySelectorAll('[data-testid="churn-reasons"] .ant-tag')];
    const reasons = (row: Element) => tags(row).map((tag) => tag.textContent);
    const details = (row: Element) => tags(row).map((tag) => tag.getAttribute('title'));
    expect(reasons(risks[0])).toEqual(['存款下降', '90天无交易']);
    expect(details(risks[0])).toEqual(['存款下降（近6个月下降 60%：¥375,000.00 → ¥150,000.00）', '90天无交易（距上次交易 95 天）']);
    expect(risks[1].textContent).toContain('孙丽');
    expect(reasons(risks[1])).toEqual(['投诉且满意度低', '产品减少']);
    expect(details(risks[1])).toEqual(['投诉且满意度低（近90天投诉 2 次，满意度最低 1 分）', '产品减少（持有产品种类 3 → 1）']);
    // a name opens the customer's 360 in the outlet remote (the shell's /outlet route)
    const name = within(risks[0] as HTMLElement).getByTestId('churn-customer');
    expect(name.textContent).toBe('赵强');
    expect(name.getAttribute('href')).toBe('/outlet/customers/21');
    fireEvent.click(name);
    expect(window.location.pathname).toBe('/outlet/customers/21');
    // the caller's own unit: the whole scope (no unit argument needed)
    expect(gw.of('BranchChurnRisk')[0]).toEqual({ asOf: null, page: { page: 1, pageSize: 10 }, orgUnitId: null });
    expect(screen.getByTestId('churn-risk').textContent).not.toMatch(/DEPOSITS_DOWN|INACTIVE_90D|COMPLAINT_LOW_CSAT|PRODUCTS_DROPPED/);
    // names: one request, one alias per row
    expect(gw.of('BranchChurnCustomers')).toEqual([{ c0: '21', c1: '22' }]);
  });

  it('drills down: a child shows ITS children, and climbs back up', async () => {
    const gw = gateway();
    renderBranch(gw);
    await waitFor(() => expect(rowsOf('branch-comparison')).toHaveLength(2));
    fireEvent.click(within(rowsOf('branch-comparison')[0] as HTMLElement).getByTestId('drill-unit'));
    expect(window.location.pathname).toBe('/branch/units/7');
    await waitFor(() => expect(screen.getByTestId('cockpit-unit').textContent).toBe('朝阳支行'));
    expect(gw.of('BranchUnit')).toEqual([{ id: '7', asOf: null }]);
    await waitFor(() => expect(rowsOf('branch-comparison')).toHaveLength(2));
    expect(rowsOf('branch-comparison')[0].textContent).toContain('朝阳路网点');
    // the churn list follows the drill-down: the sub-branch's customers only
    await waitFor(() => expect(gw.last('BranchChurnRisk')).toEqual({ asOf: null, page: { page: 1, pageSize: 10 }, orgUnitId: '7' }));
    // outlets are drilled into too: their own roll-up, tier mix and churn list
    expect(
      within(screen.getByTestId('branch-comparison'))
        .getAllByTestId('drill-unit')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/branch/units/12', '/branch/units/13']);
    expect(chart('branch-comparison-chart').xAxis.data).toEqual(['朝阳路网点', '望京网点']);
    // the parent is the caller's own unit: up goes home
    expect(screen.getByTestId('cockpit-up').getAttribute('href')).toBe('/branch');
    expect(screen.getByTestId('cockpit-home').textContent).toContain('北京分行');
    fireEvent.click(screen.getByTestId('cockpit-up'));
    await waitFor(() => expect(screen.getByTestId('cockpit-unit').textContent).toBe('北京分行'));
    expect(window.location.pathname).toBe('/branch');
  });

  it('every card follows the drill-down: the children compared, the tier movements and the churn list are the unit’s', async () => {
    const gw = gateway();
    renderBranch(gw);
    await waitFor(() => expect(rowsOf('tier-movements')).toHaveLength(3));
    const card = () => screen.getByTestId('tier-movements-card');
    expect(card().textContent).toContain('共 23 条');
    expect(card().textContent).toContain('北京分行及其下级机构中，与上一数据日期相比等级发生变化的客户');
    expect(gw.of('BranchTierMovements')).toEqual([{ asOf: null, page: { page: 1, pageSize: 10 }, orgUnitId: null }]);

    fireEvent.click(within(rowsOf('branch-comparison')[0] as HTMLElement).getByTestId('drill-unit'));
    await waitFor(() => expect(screen.getByTestId('cockpit-unit').textContent).toBe('朝阳支行'));
    // movements: the sub-branch's own, asked with its id, paging from the first page
    await waitFor(() => expect(gw.last('BranchTierMovements')).toEqual({ asOf: null, page: { page: 1, pageSize: 10 }, orgUnitId: '7' }));
    await waitFor(() => expect(rowsOf('tier-movements')).toHaveLength(1));
    expect(rowsOf('tier-movements')[0].textContent).toContain('周杰');
    expect(card().textContent).toContain('共 1 条');
    expect(card().textContent).toContain('朝阳支行及其下级机构中');
    expect(screen.getByTestId('churn-risk-card').textContent).toContain('朝阳支行及其下级机构中被标记为流失风险的客户及原因');
    // the units compared: the sub-branch's children and figures, its own total
    const rows = rowsOf('branch-comparison');
    const measure = (row: Element, key: string) => row.querySelector(`[data-measure="${key}"]`)!.textContent;
    expect([...rows].map((r) => [within(r as HTMLElement).getByTestId('drill-unit').textContent, measure(r, 'customers')])).toEqual([
      ['朝阳路网点', '600'],
      ['望京网点', '400'],
    ]);
    expect(within(rows[0] as HTMLElement).getByTestId('unit-level').textContent).toBe('网点');
    expect(measure(rows[0], 'deposits')).toBe('6,000万元'); // 600 × 100,000 元
    const total = screen.getByTestId('comparison-total');
    expect(total.textContent).toContain('合计（朝阳支行）');
    expect(total.querySelector('[data-measure="customers"]')!.textContent).toBe('1,000');
    expect(total.querySelector('[data-measure="deposits"]')!.textContent).toBe('1亿元');
    expect(screen.getByTestId('kpi-customers').textContent).toContain('1,000');

    // down to the outlet: its movements, without a home-unit column (every customer is homed there)
    fireEvent.click(within(rowsOf('branch-comparison')[0] as HTMLElement).getByTestId('drill-unit'));
    await waitFor(() => expect(screen.getByTestId('cockpit-unit').textContent).toBe('朝阳路网点'));
    await waitFor(() => expect(gw.last('BranchTierMovements')).toMatchObject({ orgUnitId: '12' }));
    await waitFor(() => expect(rowsOf('tier-movements')).toHaveLength(1));
    expect(screen.getByTestId('tier-movements').querySelector('thead')!.textContent).not.toContain('归属机构');
    expect(card().textContent).toContain('朝阳路网点中，与上一数据日期相比等级发生变化的客户');
    // and back up to the caller's own unit: the whole scope again
    fireEvent.click(screen.getByTestId('cockpit-home'));
    await waitFor(() => expect(screen.getByTestId('cockpit-unit').textContent).toBe('北京分行'));
    await waitFor(() => expect(rowsOf('tier-movements')).toHaveLength(3));
    expect(gw.last('BranchTierMovements')).toMatchObject({ orgUnitId: null });
    expect(screen.getByTestId('tier-movements').querySelector('thead')!.textContent).toContain('归属机构');
  });

  it('writes a branch’s large amounts in 亿元 with separators, in the KPIs, the rows and the total', async () => {
    const big = {
      ...myUnit.rollup!,
      deposits: 123_456_789_012.34,
      loans: 98_765_432_109.87,
      weightedAssets: 150_000_000_000,
      contribution: 1_234_567_890,
    };
    const gw = gateway({ BranchMyUnit: () => ({ data: { myOrgUnit: { ...myUnit, rollup: big } } }) });
    renderBranch(gw);
    await waitFor(() => expect(rowsOf('branch-comparison')).toHaveLength(2));
    expect(screen.getByTestId('kpi-deposits').textContent).toContain('1,234.57亿元');
    expect(screen.getByTestId('kpi-contribution').textContent).toContain('12.35亿元');
    const total = screen.getByTestId('comparison-total');
    expect(total.querySelector('[data-measure="loans"]')!.textContent).toBe('987.65亿元');
    expect(total.querySelector('[data-measure="loans"]')!.getAttribute('title')).toBe('¥98,765,432,109.87');
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(screen.getByTestId('kpi-deposits').textContent).toContain('¥123.46B');
  });

  it('an outlet reached by URL has no children; its parent is one level up', async () => {
    const gw = gateway();
    renderBranch(gw, '/branch/units/12');
    await waitFor(() => expect(screen.getByTestId('cockpit-unit').textContent).toBe('朝阳路网点'));
    expect(screen.getByTestId('comparison-card').textContent).toContain('该机构没有下级机构');
    expect(screen.getByTestId('cockpit-up').getAttribute('href')).toBe('/branch/units/7');
    expect(chart('branch-tier-chart').xAxis.data).toEqual(['朝阳路网点']);
    await waitFor(() => expect(gw.last('BranchChurnRisk')).toEqual({ asOf: null, page: { page: 1, pageSize: 10 }, orgUnitId: '12' }));
    // every customer there is homed at the outlet: no home-unit column
    await waitFor(() => expect(rowsOf('churn-risk')).toHaveLength(2));
    expect(screen.getByTestId('churn-risk').querySelector('thead')!.textContent).not.toContain('归属机构');
  });

  it('changing the as-of date re-queries every part with it', async () => {
    const gw = gateway();
    renderBranch(gw);
    await waitFor(() => expect(rowsOf('branch-comparison')).toHaveLength(2));
    const select = screen.getByTestId('cockpit-as-of');
    fireEvent.mouseDown(select.querySelector('.ant-select-selector, .ant-select-content, input') ?? select);
    fireEvent.click(await screen.findByTitle('2025-02-28'));
    await waitFor(() => expect(gw.last('BranchMyUnit')).toEqual({ asOf: '2025-02-28' }));
    await waitFor(() =>
      expect(gw.last('BranchTierMovements')).toEqual({ asOf: '2025-02-28', page: { page: 1, pageSize: 10 }, orgUnitId: null }),
    );
    await waitFor(() =>
      expect(gw.last('BranchChurnRisk')).toEqual({ asOf: '2025-02-28', page: { page: 1, pageSize: 10 }, orgUnitId: null }),
    );
  });

  it('says so when nothing is scored yet, or the unit is out of scope', async () => {
    const gw = gateway({ BranchMyUnit: () => ({ data: { myOrgUnit: { ...myUnit, rollup: null, childRollups: [] } } }) });
    renderBranch(gw);
    expect((await screen.findByTestId('not-scored')).textContent).toContain('尚无评分数据');
    cleanup();
    renderBranch(gateway(), '/branch/units/99');
    expect(await screen.findByText('该机构不在您的数据范围内，或尚无评分数据')).toBeTruthy();
  });

  it('shows the server error with a retry', async () => {
    const gw = gateway({ BranchMyUnit: () => ({ data: null, errors: [{ message: '无权访问', extensions: { code: 'FORBIDDEN' } }] }) });
    renderBranch(gw);
    expect((await screen.findByTestId('cockpit-error')).textContent).toContain('无权访问');
  });

  it('switches to English with the shell', async () => {
    renderBranch(gateway());
    await waitFor(() => expect(rowsOf('branch-comparison')).toHaveLength(2));
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(screen.getByTestId('branch-cockpit').textContent).toContain('Branch cockpit');
    expect(screen.getByTestId('cockpit-unit').textContent).toBe('Beijing Branch');
    const header = screen.getByTestId('branch-comparison').querySelector('thead')!.textContent!;
    expect(header).toContain('Deposits');
    expect(rowsOf('branch-comparison')[0].querySelector('[data-measure="deposits"]')!.textContent).toBe('¥100M'); // 1e8 CNY
    expect(chart('branch-tier-chart').series[0].name).toBe('VIP');
    const titles = (row: Element) =>
      [...row.querySelectorAll('[data-testid="churn-reasons"] .ant-tag')].map((tag) => tag.getAttribute('title'));
    await waitFor(() => expect(rowsOf('churn-risk')[0].textContent).toContain('Deposits down'));
    expect(titles(rowsOf('churn-risk')[0])).toEqual([
      'Deposits down (down 60% in 6 months: CN¥375,000.00 → CN¥150,000.00)',
      'No transaction for 90 days (last one 95 days ago)',
    ]);
    expect(titles(rowsOf('churn-risk')[1])[0]).toBe('Complaint and low satisfaction (2 complaints in 90 days, lowest CSAT 1)');
  });
});

describe('routing and strings', () => {
  it('parses and builds the cockpit paths', () => {
    expect(parseBranchPath('/branch', '/branch')).toEqual({ name: 'home' });
    expect(parseBranchPath('/branch/', '/branch')).toEqual({ name: 'home' });
    expect(parseBranchPath('/branch/units/7', '/branch')).toEqual({ name: 'unit', id: '7' });
    expect(parseBranchPath('/branch/nope', '/branch')).toEqual({ name: 'notFound' });
    expect(parseBranchPath('/elsewhere', '/branch')).toEqual({ name: 'home' });
    expect(branchPath('/branch', { name: 'unit', id: 'a/b' })).toBe('/branch/units/a%2Fb');
    expect(branchPath('/branch/', { name: 'home' })).toBe('/branch');
  });
  it('has the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
  it('labels exactly the churn reason codes the composed schema has', () => {
    // the kit's ChurnReasonCode is written by hand until the portal's types are generated: checked against the supergraph
    const sdl = parse(readFileSync(join(process.cwd(), '../../gateway/supergraph.graphql'), 'utf8') /* vitest runs in frontends/branch */);
    const codes = sdl.definitions.find(
      (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'ChurnReasonCode',
    );
    const inSchema = (codes?.values ?? []).map((v) => v.name.value).sort();
    expect(inSchema).toHaveLength(4);
    expect(Object.keys(churnReasonLabels['zh-CN']).sort()).toEqual(inSchema);
    expect(Object.keys(churnReasonLabels.en).sort()).toEqual(inSchema);
  });
});
