import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';

vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { fakeGateway, manager, renderManager, reply, type Handler } from './fake-gateway';
import { assessment } from './fixtures';
import { AcknowledgeMutation, MyAssessmentQuery, type Assessment } from '../src/assessment/assessment.queries';

function gateway(latest: Assessment | null, extra: Record<string, Handler> = {}) {
  return fakeGateway({
    ManagerMyAssessment: reply(MyAssessmentQuery, () => ({
      data: {
        customerManager: {
          id: '11',
          grade: 'INTERMEDIATE' as const,
          latestAssessment: latest,
          competencyHistory: [
            {
              assessmentId: 'a3',
              submittedAt: '2024-04-10T02:00:00.000Z',
              status: 'ACKNOWLEDGED' as const,
              overall: 3.21,
              modelVersion: 1,
            },
            { assessmentId: 'a7', submittedAt: '2025-03-12T02:00:00.000Z', status: 'SUBMITTED' as const, overall: 3.68, modelVersion: 1 },
          ],
        },
      },
    })),
    ...extra,
  });
}
const radar = () => JSON.parse(screen.getByTestId('competency-radar').getAttribute('data-option')!);

beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

describe('能力评估', () => {
  it('shows the latest assessment: overall, a radar of the six requirements against the grade’s targets, the trainer’s evidence', async () => {
    const gw = gateway(assessment({ status: 'ACKNOWLEDGED', acknowledgedAt: '2025-03-14T02:00:00.000Z', managerComment: '同意评估意见' }));
    renderManager(gw, '/manager/assessment');
    expect((await screen.findByTestId('assessment-overall')).textContent).toContain('3.68 / 5');
    expect(gw.of('ManagerMyAssessment')).toEqual([{ id: '11' }]);
    expect(screen.getByTestId('assessment-status').textContent).toBe('已确认');
    expect(screen.getByTestId('assessment-assessor').textContent).toBe('孙培训');
    expect(screen.getByTestId('assessment-comment').textContent).toContain('同意评估意见');
    const option = radar();
    expect(option.radar.indicator.map((i: { name: string }) => i.name)).toEqual([
      '良好的道德素质',
      '与时俱进的观念',
      '创新能力',
      '业务与服务技能',
      '应知知识',
      '身体健康',
    ]);
    expect(option.radar.indicator.every((i: { max: number }) => i.max === 5)).toBe(true);
    const [target, score] = option.series[0].data;
    expect(score.name).toBe('评估得分');
    expect(score.value).toEqual([4, 3.5, 2.5, 4.5, 3, 3]);
    expect(target.name).toBe('岗位目标（中级客户经理）');
    expect(target.value).toEqual([3, 3, 3, 4, 3, 3]);
    const rows = [...screen.getByTestId('assessment-scores').querySelectorAll<HTMLElement>('tr.ant-table-row')];
    expect(rows).toHaveLength(6);
    expect(within(rows[2]).getByTestId('dimension-score').textContent).toBe('2.5');
    expect(rows[2].textContent).toContain('创新能力第2级的表现');
    expect(within(rows[3]).getByTestId('dimension-evidence').textContent).toBe('业务与服务技能：培训观察到的具体表现');
    expect(screen.getByTestId('assessment-history').querySelectorAll('tr.ant-table-row')).toHaveLength(2);
    // acknowledged already: nothing to acknowledge
    expect(screen.queryByTestId('acknowledge-assessment')).toBeNull();
    expect(screen.getByTestId('manager-assessment').textContent).not.toMatch(/ETHICS|SKILLS|ACKNOWLEDGED|INTERMEDIATE/);
  });

  it('offers the acknowledgement only for a SUBMITTED assessment of the user themself, with the permission', async () => {
    renderManager(gateway(assessment()), '/manager/assessment');
    expect((await screen.findByTestId('acknowledge-assessment')).textContent).toBe('确认评估');
    expect(screen.getByTestId('assessment-status').textContent).toBe('待确认');
    cleanup();
    // someone else's (a colleague reading it would never be given it; the button must not appear either)
    renderManager(gateway(assessment({ manager: { id: '12' } })), '/manager/assessment');
    await screen.findByTestId('assessment-overall');
    expect(screen.queryByTestId('acknowledge-assessment')).toBeNull();
    cleanup();
    // without ASSESSMENT_ACKNOWLEDGE (only CUSTOMER_MANAGER holds it)
    renderManager(gateway(assessment()), '/manager/assessment', { ...manager(), roles: ['OUTLET_STAFF'] });
    await screen.findByTestId('assessment-overall');
    expect(screen.queryByTestId('acknowledge-assessment')).toBeNull();
    cleanup();
    renderManager(gateway(null), '/manager/assessment');
    expect((await screen.findByTestId('no-assessment')).textContent).toContain('尚无已提交的能力评估');
  });

  it('acknowledges with the version and an optional comment, then reads the assessment again', async () => {
    let acknowledged = false;
    const gw = fakeGateway({
      ManagerMyAssessment: reply(MyAssessmentQuery, () => ({
        data: {
          customerManager: {
            id: '11',
            grade: 'INTERMEDIATE' as const,
            latestAssessment: acknowledged
              ? assessment({
                  status: 'ACKNOWLEDGED',
                  acknowledgedAt: '2025-03-20T02:00:00.000Z',
                  version: 5,
                  managerComment: '会加强创新能力',
                })
              : assessment(),
            competencyHistory: [],
          },
        },
      })),
      ManagerAcknowledgeAssessment: reply(AcknowledgeMutation, ({ id, version, comment }) => {
        acknowledged = true;
        return {
          data: {
            acknowledgeAssessment: assessment({ id, version: version + 1, status: 'ACKNOWLEDGED', managerComment: comment ?? null }),
          },
        };
      }),
    });
    renderManager(gw, '/manager/assessment');
    fireEvent.click(await screen.findByTestId('acknowledge-assessment'));
    await screen.findByTestId('acknowledge-dialog');
    fireEvent.change(screen.getByTestId('acknowledge-comment'), { target: { value: ' 会加强创新能力 ' } });
    fireEvent.click(screen.getByTestId('acknowledge-submit'));
    await waitFor(() => expect(gw.last('ManagerAcknowledgeAssessment')).toEqual({ id: 'a7', version: 4, comment: '会加强创新能力' }));
    expect(await screen.findByText('已确认本次评估')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('assessment-status').textContent).toBe('已确认'));
    expect(screen.queryByTestId('acknowledge-assessment')).toBeNull();
    expect(screen.getByTestId('assessment-comment').textContent).toContain('会加强创新能力');
  });

  it('acknowledges without a comment as null, and shows a stale version as a CONFLICT in words', async () => {
    const gw = gateway(assessment(), {
      ManagerAcknowledgeAssessment: reply(AcknowledgeMutation, () => ({
        data: null,
        errors: [{ message: 'This record was changed by someone else; reload it and try again', extensions: { code: 'CONFLICT' } }],
      })),
    });
    renderManager(gw, '/manager/assessment');
    fireEvent.click(await screen.findByTestId('acknowledge-assessment'));
    await screen.findByTestId('acknowledge-dialog');
    fireEvent.click(screen.getByTestId('acknowledge-submit'));
    await waitFor(() => expect(gw.last('ManagerAcknowledgeAssessment')).toEqual({ id: 'a7', version: 4, comment: null }));
    expect((await screen.findByTestId('dialog-error')).textContent).toBe('该记录已被他人修改，请刷新后重试');
  });
});
