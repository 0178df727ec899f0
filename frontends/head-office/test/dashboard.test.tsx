import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { initPortalI18n, tierColors } from '@crm/ui-kit';
import i18next from 'i18next';
import { fakeGateway, renderHeadOffice, staffUser } from './fake-gateway';
import { dashboardData } from './fixtures';

afterEach(cleanup);
initPortalI18n('zh-CN');

const noJob = () => ({ data: { latestScoreJob: null } });

describe('dashboard', () => {
  it('renders the pyramid, the branch comparison and the trends from one canned response', async () => {
    await i18next.changeLanguage('zh-CN');
    const gw = fakeGateway({
      HeadOfficeDashboard: () => ({ data: dashboardData() }),
      HeadOfficeTrends: (v) => ({
        data: {
          myOrgUnit: {
            __typename: 'OrgUnit',
            id: '1',
            r0: { ...dashboardData().myOrgUnit.rollup, asOf: v.a0, customers: 950 },
            r1: { ...dashboardData().myOrgUnit.rollup, asOf: v.a1 },
          },
        },
      }),
      HeadOfficeLatestScoreJob: noJob,
    });
    renderHeadOffice(gw, '/head-office');
    expect(await screen.findByTestId('head-office-dashboard')).toBeTruthy();
    const table = await screen.findByTestId('branch-comparison');
    await waitFor(() => expect(within(table).getByText('北京分行')).toBeTruthy());
    expect(within(table).getByText('上海分行')).toBeTruthy();
    expect(screen.getByTestId('tier-pyramid')).toBeTruthy();
    expect(screen.getByTestId('tier-count-VIP').getAttribute('data-count')).toBe('10');
    expect(screen.getByTestId('tier-count-BASIC').getAttribute('data-count')).toBe('500');
    // top to bottom in the scheme's order
    expect([...screen.getByTestId('tier-counts').querySelectorAll('li')].map((li) => li.getAttribute('data-testid'))).toEqual([
      'tier-count-VIP',
      'tier-count-CRITICAL',
      'tier-count-KEY',
      'tier-count-VALUE',
      'tier-count-BASIC',
    ]);
    expect(screen.getByTestId('total-customers').textContent).toContain('1,000');
    expect(screen.getByTestId('active-policy').textContent).toContain('日均综合金融资产分层 2026');
    // trends: the two as-of dates, oldest first, in one aliased request
    await waitFor(() => expect(gw.last('HeadOfficeTrends')).toEqual({ a0: '2026-10-31', a1: '2026-11-27' }));
    expect(await screen.findByTestId('trends-chart')).toBeTruthy();
    // the as-of select asks for that date's roll-ups
    expect(gw.last('HeadOfficeDashboard')).toEqual({ asOf: null });
  });

  it('switches to English with the shell and says when there are no scores or trends', async () => {
    await i18next.changeLanguage('en');
    const gw = fakeGateway({
      HeadOfficeDashboard: () => ({
        data: { ...dashboardData(['2026-11-27']), myOrgUnit: { ...dashboardData().myOrgUnit, rollup: null, childRollups: [] } },
      }),
      HeadOfficeLatestScoreJob: noJob,
    });
    renderHeadOffice(gw, '/head-office');
    expect((await screen.findAllByText('No scores yet: run a batch recompute first')).length).toBeGreaterThan(0);
    expect(screen.getByTestId('trends-empty')).toBeTruthy();
    expect(gw.of('HeadOfficeTrends')).toHaveLength(0);
    expect(screen.getByTestId('nav-policy').textContent).toBe('Tier policy');
    // the active policy by its English name, never the Chinese one, in English
    expect(screen.getByTestId('active-policy').textContent).toBe('Active policy: Tiers by weighted assets 2026 (Value pyramid v3)');
    await i18next.changeLanguage('zh-CN');
  });

  it('navigates between the sections under basePath', async () => {
    const gw = fakeGateway({
      HeadOfficeDashboard: () => ({ data: dashboardData() }),
      HeadOfficeLatestScoreJob: noJob,
      HeadOfficeTierPolicies: () => ({ data: { tierPolicies: [] } }),
    });
    renderHeadOffice(gw, '/head-office');
    fireEvent.click(await screen.findByTestId('nav-policy'));
    expect(window.location.pathname).toBe('/head-office/policy');
    expect(await screen.findByTestId('policy-editor')).toBeTruthy();
  });
});

describe('dashboard charts', () => {
  it('draws the pyramid as a funnel in scheme order and the branch bars per unit', async () => {
    await i18next.changeLanguage('zh-CN');
    const gw = fakeGateway({ HeadOfficeDashboard: () => ({ data: dashboardData(['2026-11-27']) }), HeadOfficeLatestScoreJob: noJob });
    renderHeadOffice(gw, '/head-office');
    await waitFor(() => expect(screen.getByTestId('tier-pyramid').getAttribute('data-option')).toBeTruthy());
    const pyramid = JSON.parse(screen.getByTestId('tier-pyramid').getAttribute('data-option')!);
    expect(pyramid.series[0].type).toBe('funnel');
    expect(pyramid.series[0].sort).toBe('none'); // ranked, top = VIP, not sorted by size
    // each tier in its own colour, the same as its tag and in every remote
    expect(pyramid.series[0].data).toEqual([
      { name: '贵宾', value: 10, itemStyle: { color: tierColors.VIP } },
      { name: '关键', value: 40, itemStyle: { color: tierColors.CRITICAL } },
      { name: '重点', value: 150, itemStyle: { color: tierColors.KEY } },
      { name: '价值', value: 300, itemStyle: { color: tierColors.VALUE } },
      { name: '基本', value: 500, itemStyle: { color: tierColors.BASIC } },
    ]);
    const bars = JSON.parse(screen.getByTestId('branch-chart').getAttribute('data-option')!);
    expect(bars.xAxis.data).toEqual(['北京分行', '上海分行']);
    expect(bars.series[0].data).toEqual([600, 400]);
  });
});

describe('dashboard while loading and when empty', () => {
  it('shows skeletons while loading, never 暂无数据 or 只有一个数据日期, then the data', async () => {
    await i18next.changeLanguage('zh-CN');
    let answer: (a: { data: ReturnType<typeof dashboardData> }) => void = () => undefined;
    const gw = fakeGateway({
      HeadOfficeDashboard: () => new Promise((resolve) => (answer = resolve)),
      HeadOfficeLatestScoreJob: noJob,
    });
    renderHeadOffice(gw, '/head-office');
    const page = await screen.findByTestId('head-office-dashboard');
    await waitFor(() => expect(gw.of('HeadOfficeDashboard')).toHaveLength(1));
    expect(page.getAttribute('data-loading')).toBe('true');
    expect(page.querySelectorAll('.ant-skeleton').length).toBeGreaterThanOrEqual(3);
    expect(page.textContent).not.toContain('暂无数据');
    expect(page.textContent).not.toContain('只有一个数据日期');
    answer({ data: dashboardData(['2026-11-27']) });
    await waitFor(() => expect(page.getAttribute('data-loading')).toBe('false'));
    expect(screen.getByTestId('tier-count-VIP').getAttribute('data-count')).toBe('10');
    expect(page.textContent).not.toContain('暂无数据');
    // one as-of date: the trends card says why there is no trend
    expect(screen.getByTestId('trends-empty').textContent).toContain('只有一个数据日期');
  });

  it('says why the pyramid and the branch table are empty when there are no scores', async () => {
    await i18next.changeLanguage('zh-CN');
    const gw = fakeGateway({
      HeadOfficeDashboard: () => ({
        data: { ...dashboardData(['2026-11-27']), myOrgUnit: { ...dashboardData().myOrgUnit, rollup: null, childRollups: [] } },
      }),
      HeadOfficeLatestScoreJob: noJob,
    });
    renderHeadOffice(gw, '/head-office');
    const pyramid = await screen.findByTestId('tier-pyramid');
    await waitFor(() => expect(pyramid.textContent).toContain('尚未计算客户评分'));
    expect(screen.getByTestId('branch-comparison').textContent).toContain('尚未计算客户评分');
    expect(screen.getByTestId('head-office-dashboard').textContent).not.toContain('暂无数据');
  });

  it('offers a product manager no recompute', async () => {
    await i18next.changeLanguage('zh-CN');
    const gw = fakeGateway({ HeadOfficeDashboard: () => ({ data: dashboardData() }), HeadOfficeLatestScoreJob: noJob });
    renderHeadOffice(gw, '/head-office', 30, staffUser({ department: 'PRODUCT', roles: ['PRODUCT_MANAGER'] }));
    await screen.findByTestId('recompute-card');
    expect(screen.queryByTestId('recompute-start')).toBeNull();
    expect(screen.queryByText('开始重算')).toBeNull();
    expect(screen.queryByTestId('nav-recompute')).toBeNull(); // no page for an action they may not take
    expect(screen.getByTestId('nav-policy')).toBeTruthy();
  });
});
