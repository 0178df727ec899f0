import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';

vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { renderTraining, reply } from './fake-gateway';
import { chartOption, expectNoEnglish, trainingGateway } from './gateway';
import { managerDetail, planItem } from './fixtures';
import { ManagerQuery } from '../src/manager/manager.queries';
import { PlanTrainingMutation, UpdatePlanItemMutation } from '../src/plans/plans.queries';
import { modelTargets } from './fixtures';

beforeAll(() => import('../src/manager/manager.page'), 60_000);
beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

const open = async (gw: ReturnType<typeof trainingGateway>) => {
  renderTraining(gw, '/training/managers/11');
  await screen.findByTestId('manager-heading');
};

describe('one manager', () => {
  it('draws the competency radar over time on six axes, with the grade’s targets', async () => {
    const gw = trainingGateway();
    await open(gw);
    const option = chartOption(screen.getByTestId('competency-radar'));
    expect(option.radar.indicator).toHaveLength(6);
    expect(option.radar.indicator.map((i: { name: string }) => i.name)).toEqual([
      '道德素质',
      '观念',
      '创新',
      '业务技能',
      '应知知识',
      '身体健康',
    ]);
    expect(option.radar.indicator.every((i: { max: number }) => i.max === 5)).toBe(true);
    const data = option.series[0].data as { name: string; value: number[] }[];
    // the assessments oldest first, each on the bank's calendar, then the targets of the manager's grade
    expect(data.map((d) => d.name)).toEqual(['2024-04-22 评估', '2025-04-01 评估', '中级目标']);
    expect(data[1].value).toEqual([4, 3.5, 3, 4.5, 3.5, 4]);
    for (const d of data) expect(d.value).toHaveLength(6);
    expect(data[2].value).toEqual(modelTargets.dimensions.map((r) => r.targets.find((x) => x.grade === 'INTERMEDIATE')!.level));
    expect(gw.of('TrainingManager')).toEqual([{ id: '11' }]);
  });

  it('lists the record with each assessment’s scores and evidence, the gaps and the plan, all in Chinese', async () => {
    await open(trainingGateway());
    const rows = screen.getByTestId('manager-assessments').querySelectorAll('tr.ant-table-row');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('2025-04-01');
    expect(rows[0].textContent).toContain('待本人确认');
    expect(rows[0].textContent).toContain('3.78');
    expect(rows[1].textContent).toContain('认可评估结果');
    fireEvent.click(rows[0].querySelector('.ant-table-row-expand-icon')!);
    expect((await screen.findByTestId('assessment-scores')).textContent).toContain('业务与服务技能：4.5 — 客户回访中表现稳定');
    expect(screen.getByTestId('manager-gaps').textContent).toMatch(/创新能力.*3\.0.*4 级.*1\.0/);
    const plan = screen.getByTestId('manager-plan').querySelectorAll('tr.ant-table-row');
    expect(plan[0].textContent).toContain('综合金融服务营销技巧');
    expect(plan[0].textContent).toContain('16 学时');
    expect(plan[0].textContent).toContain('2.5 → 3 级');
    expect(plan[0].textContent).toContain('待开始');
    expect(plan[1].textContent).toContain('已完成');
    expect(screen.getByTestId('start-assessment').textContent).toBe('新建评估');
    expectNoEnglish(screen.getByTestId('training-manager'));
  });

  it('plans training for the gaps and moves a course on', async () => {
    const gw = trainingGateway({
      TrainingPlanTraining: reply(PlanTrainingMutation, ({ managerId }) => ({
        data: {
          planTraining: {
            added: 1,
            items: [planItem({ id: '503' })],
            manager: { id: managerId, trainingPlan: [...managerDetail.trainingPlan, planItem({ id: '503' })] },
          },
        },
      })),
      TrainingUpdatePlanItem: reply(UpdatePlanItemMutation, ({ id, status, version }) => ({
        data: { updateTrainingPlanItem: planItem({ id, status, version: version + 1 }) },
      })),
    });
    await open(gw);
    fireEvent.click(screen.getByTestId('plan-training'));
    await waitFor(() => expect(gw.of('TrainingPlanTraining')).toEqual([{ managerId: '11' }]));
    expect(await screen.findByText('已添加 1 门课程')).toBeTruthy();
    const first = screen.getByTestId('manager-plan').querySelectorAll('tr.ant-table-row')[0] as HTMLElement;
    // a planned course may start or be cancelled; a completed one has no moves left
    expect(within(first).getByTestId('plan-IN_PROGRESS').textContent!.replace(/\s/g, '')).toBe('开始'); // antd spaces a two-character button
    expect(within(first).getByTestId('plan-CANCELLED').textContent).toBe('取消课程');
    const done = screen.getByTestId('manager-plan').querySelectorAll('tr.ant-table-row')[1] as HTMLElement;
    expect(within(done).queryByTestId('plan-item-actions')).toBeNull();
    fireEvent.click(within(first).getByTestId('plan-IN_PROGRESS'));
    await waitFor(() => expect(gw.of('TrainingUpdatePlanItem')).toEqual([{ id: '501', version: 1, status: 'IN_PROGRESS' }]));
  });

  it('continues one’s own draft, and says so when another trainer’s draft is open', async () => {
    const draft = { ...managerDetail.assessments[0], id: '300', status: 'DRAFT' as const, overall: null, submittedAt: null };
    const mine = trainingGateway({
      TrainingManager: reply(ManagerQuery, () => ({
        data: { customerManager: { ...managerDetail, assessments: [draft, ...managerDetail.assessments] }, competencyModel: modelTargets },
      })),
    });
    await open(mine);
    expect(screen.getByTestId('start-assessment').textContent).toBe('继续填写草稿');
    cleanup();
    const theirs = trainingGateway({
      TrainingManager: reply(ManagerQuery, () => ({
        data: {
          customerManager: { ...managerDetail, assessments: [{ ...draft, assessor: { id: '16', name: '钱进' } }] },
          competencyModel: modelTargets,
        },
      })),
    });
    await open(theirs);
    expect(screen.getByTestId('draft-by-other').textContent).toContain('钱进正在评估该客户经理');
    expect(
      screen.getByTestId('start-assessment').hasAttribute('disabled') ||
        screen.getByTestId('start-assessment').getAttribute('aria-disabled') === 'true',
    ).toBe(true);
  });

  it('switches to English with the shell', async () => {
    await open(trainingGateway());
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    const option = chartOption(screen.getByTestId('competency-radar'));
    expect(option.radar.indicator.map((i: { name: string }) => i.name)).toEqual([
      'Ethics',
      'Mindset',
      'Innovation',
      'Skills',
      'Knowledge',
      'Health',
    ]);
    expect(screen.getByTestId('manager-plan').textContent).toContain('Selling integrated financial services');
  });
});
