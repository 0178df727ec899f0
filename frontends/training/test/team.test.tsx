import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';

vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { renderTraining, reply } from './fake-gateway';
import { chartOption, expectNoEnglish, trainingGateway } from './gateway';
import { UpdatePlanItemMutation } from '../src/plans/plans.queries';
import { correlationBand } from '../src/outcome/outcome.scatter';
import { currentPeriod, monthsBefore, recentPeriods } from '../src/common/period';
import { planItem } from './fixtures';

beforeAll(
  () => Promise.all([import('../src/gaps/gaps.page'), import('../src/outcome/outcome.page'), import('../src/plans/plans.page')]),
  60_000,
);
beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

const rowsOf = (testId: string) => screen.getByTestId(testId).querySelectorAll('tr.ant-table-row');

describe('team gaps', () => {
  it('shows each dimension’s mean against the target, and who is below it, for the unit chosen', async () => {
    const gw = trainingGateway();
    renderTraining(gw, '/training/gaps');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('团队能力');
    await waitFor(() => expect(rowsOf('gaps-table')).toHaveLength(6));
    expect(rowsOf('gaps-table')[2].textContent).toMatch(/创新能力.*32.*3\.2.*3\.4.*12/);
    expect(screen.getByTestId('gaps-assessed').textContent).toBe('已评估 32 / 40 人');
    const option = chartOption(screen.getByTestId('gaps-chart'));
    expect(option.xAxis.data).toEqual(['道德素质', '观念', '创新', '业务技能', '应知知识', '身体健康']);
    expect(option.series.map((s: { name: string }) => s.name)).toEqual(['平均得分', '平均目标']);
    expect(gw.of('TrainingTeamGaps')).toEqual([{ orgUnitId: null }]);
    expectNoEnglish(screen.getByTestId('training-app'));
  });
});

describe('competency vs outcome', () => {
  it('draws a scatter per dimension and the overall, each with its correlation, for last month by default', async () => {
    const gw = trainingGateway();
    renderTraining(gw, '/training/competency-outcome');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('能力与业绩');
    await screen.findByTestId('outcome-OVERALL');
    const period = monthsBefore(currentPeriod(), 1);
    expect(gw.of('TrainingCompetencyOutcome')).toEqual([{ period, orgUnitId: null }]);
    for (const d of ['ETHICS', 'MINDSET', 'INNOVATION', 'SKILLS', 'KNOWLEDGE', 'HEALTH'])
      expect(screen.getByTestId(`outcome-${d}`)).toBeTruthy();
    expect(within(screen.getByTestId('outcome-OVERALL')).getByTestId('correlation').textContent).toBe('相关系数 0.91');
    expect(screen.getByTestId('outcome-OVERALL').textContent).toContain('强相关');
    expect(screen.getByTestId('outcome-SKILLS').textContent).toContain('业务与服务技能');
    expect(within(screen.getByTestId('outcome-SKILLS')).getByTestId('correlation').textContent).toBe('相关系数 0.22');
    expect(screen.getByTestId('outcome-SKILLS').textContent).toContain('弱相关或无关');
    expect(within(screen.getByTestId('outcome-HEALTH')).getByTestId('correlation').textContent).toBe('相关系数：不足以计算');
    const scatter = chartOption(screen.getByTestId('outcome-ETHICS-chart'));
    expect(scatter.series[0].type).toBe('scatter');
    expect(scatter.series[0].data).toEqual([
      [4, 96.5, '赵敏'],
      [2.5, 71.2, '孙磊'],
      [3.5, 88, '周婷'],
    ]);
    expect(scatter.xAxis).toMatchObject({ min: 1, max: 5, name: '得分' });
    expect(scatter.yAxis.name).toBe('业绩总分');
    expectNoEnglish(screen.getByTestId('training-app'));
  });

  it('asks again for another month', async () => {
    const gw = trainingGateway();
    renderTraining(gw, '/training/competency-outcome');
    await screen.findByTestId('outcome-OVERALL');
    const older = recentPeriods(12)[3];
    const select = screen.getByTestId('outcome-period');
    fireEvent.mouseDown(select.querySelector('.ant-select-selector, .ant-select-content, input') ?? select);
    fireEvent.click(await screen.findByTitle(older));
    await waitFor(() => expect(gw.last('TrainingCompetencyOutcome')).toEqual({ period: older, orgUnitId: null }));
  });

  it('reads a correlation in bands, and months on the bank’s calendar', () => {
    expect([0.8, 0.4, 0.1, -0.5, null].map(correlationBand)).toEqual(['strong', 'moderate', 'weak', 'negative', null]);
    // 20:00 UTC on 31 March is already April in Beijing
    expect(currentPeriod(new Date('2025-03-31T20:00:00Z'))).toBe('2025-04');
    expect(monthsBefore('2025-01', 1)).toBe('2024-12');
    expect(recentPeriods(3, new Date('2025-02-10T00:00:00Z'))).toEqual(['2025-02', '2025-01', '2024-12']);
  });
});

describe('training plans', () => {
  it('lists each manager’s courses, paged by manager, and moves one on', async () => {
    const gw = trainingGateway({
      TrainingUpdatePlanItem: reply(UpdatePlanItemMutation, ({ id, status, version }) => ({
        data: { updateTrainingPlanItem: planItem({ id, status, version: version + 1 }) },
      })),
    });
    renderTraining(gw, '/training/plans');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('培训计划');
    await waitFor(() => expect(rowsOf('plans-table').length).toBeGreaterThan(0));
    expect(gw.of('TrainingPlans')).toEqual([{ page: 1, filter: { orgUnitId: null, activeOnly: true } }]);
    // the managers' own rows, not those of the course tables opened under them
    const managersRows = [...rowsOf('plans-table')].filter((r) => !r.closest('[data-testid="plan-items"]'));
    expect(managersRows[0].textContent).toContain('赵敏');
    expect(managersRows).toHaveLength(2);
    expect(within(managersRows[0] as HTMLElement).getByTestId('plan-counts').textContent).toBe('待开始 1已完成 1');
    expect(managersRows[1].textContent).toContain('尚无培训计划');
    const items = rowsOf('plan-items');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('综合金融服务营销技巧');
    expectNoEnglish(screen.getByTestId('training-app'));
    // cancelling asks first
    fireEvent.click(within(items[0] as HTMLElement).getByTestId('plan-CANCELLED'));
    fireEvent.click(await screen.findByText('取消课程', { selector: '.ant-popconfirm-buttons span' }));
    await waitFor(() => expect(gw.of('TrainingUpdatePlanItem')).toEqual([{ id: '501', version: 1, status: 'CANCELLED' }]));
  });

  it('switches to English with the shell', async () => {
    renderTraining(trainingGateway(), '/training/plans');
    await waitFor(() => expect(rowsOf('plan-items')).toHaveLength(2));
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    expect(rowsOf('plan-items')[0].textContent).toContain('Selling integrated financial services');
    expect(rowsOf('plan-items')[0].textContent).toContain('Planned');
  });
});
