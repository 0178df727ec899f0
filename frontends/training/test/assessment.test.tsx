import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { initPortalI18n } from '@crm/ui-kit';

vi.mock('@crm/ui-kit/charts', () => import('@crm/ui-kit/testing/charts-stub'));

import { renderTraining, reply } from './fake-gateway';
import { expectNoEnglish, trainingGateway } from './gateway';
import { DIMS, formManager, model } from './fixtures';
import { AssessFormQuery, SaveDraftMutation, SubmitMutation } from '../src/assessment/assessment.queries';
import type { CompetencyDimension } from '@crm/ui-kit/schema-types';

beforeAll(() => import('../src/assessment/assessment.page'), 60_000);
beforeEach(async () => {
  initPortalI18n('zh-CN');
  await i18next.changeLanguage('zh-CN');
});
afterEach(cleanup);

const card = (d: CompetencyDimension) => screen.getByTestId(`dimension-${d}`);
/** the error shown under one input of one dimension ('' when none) */
const errorUnder = (d: CompetencyDimension, part: 'score' | 'evidence') => {
  const item = screen.getByTestId(`${part}-${d}`).closest('.ant-form-item')!;
  return [...item.querySelectorAll('.ant-form-item-explain-error')].map((e) => e.textContent).join(' ');
};
const pickScore = (d: CompetencyDimension, label: string) => fireEvent.click(within(screen.getByTestId(`score-${d}`)).getByText(label));
const writeEvidence = (d: CompetencyDimension, text: string) =>
  fireEvent.change(screen.getByTestId(`evidence-${d}`), { target: { value: text } });
const fill = (dims: readonly CompetencyDimension[]) =>
  dims.forEach((d, i) => {
    pickScore(d, ['4', '3.5', '3', '4.5', '2', '5'][i]);
    writeEvidence(d, `第${DIMS.indexOf(d) + 1}项的观察记录`);
  });

const savedDraft = (scores: { dimension: CompetencyDimension; score: number; evidence: string }[]) => ({
  data: { saveAssessmentDraft: { id: '201', status: 'DRAFT' as const, version: 1, overall: null, scores } },
});

async function openForm(gw: ReturnType<typeof trainingGateway>) {
  renderTraining(gw, '/training/managers/11/assess');
  await screen.findByTestId('assessment-form');
}

describe('the assessment form', () => {
  it('shows the six requirements with their level descriptors, weight and the grade’s target', async () => {
    const gw = trainingGateway();
    await openForm(gw);
    expect(screen.getByTestId('assess-heading').textContent).toBe('能力评估 · 赵敏');
    for (const d of DIMS) {
      const items = screen.getByTestId(`descriptors-${d}`).querySelectorAll('li');
      expect(items).toHaveLength(5);
      const name = model.dimensions.find((r) => r.dimension === d)!.name;
      expect(items[0].textContent).toBe(`1 级：${name}第1级的表现`);
      expect(items[4].textContent).toBe(`5 级：${name}第5级的表现`);
    }
    expect(card('SKILLS').textContent).toContain('业务与服务技能');
    expect(card('SKILLS').textContent).toContain('权重 30%');
    expect(card('HEALTH').textContent).toContain('中级目标：3 级');
    expect(gw.of('TrainingAssessForm')).toEqual([{ id: '11' }]);
  });

  it('refuses to submit with a dimension missing, before sending anything, and names it on its inputs', async () => {
    const gw = trainingGateway();
    await openForm(gw);
    fill(DIMS.filter((d) => d !== 'HEALTH'));
    fireEvent.click(screen.getByTestId('submit-assessment'));
    await waitFor(() => expect(errorUnder('HEALTH', 'score')).toBe('请为“身体健康”评分'));
    expect(errorUnder('HEALTH', 'evidence')).toBe('请填写“身体健康”的评分依据');
    expect(errorUnder('ETHICS', 'score')).toBe('');
    expect(screen.getByTestId('assessment-errors').textContent).toContain('提交前六项都须评分：尚缺“身体健康”');
    // no confirmation asked, nothing sent
    expect(screen.queryByTestId('confirm-submit')).toBeNull();
    expect(gw.calls.filter((c) => c.operationName !== 'TrainingAssessForm')).toEqual([]);
    // a half-filled dimension is refused for a draft too
    pickScore('HEALTH', '3');
    await waitFor(() => expect(errorUnder('HEALTH', 'score')).toBe(''));
    fireEvent.click(screen.getByTestId('save-draft'));
    await waitFor(() => expect(screen.queryByTestId('assessment-errors')).toBeNull());
    expect(errorUnder('HEALTH', 'evidence')).toBe('请填写“身体健康”的评分依据');
    expect(errorUnder('HEALTH', 'score')).toBe('');
    expect(gw.of('TrainingSaveAssessmentDraft')).toEqual([]);
  });

  it('puts the server’s refusal on the input it names, in the reader’s language', async () => {
    const gw = trainingGateway({
      TrainingSaveAssessmentDraft: reply(SaveDraftMutation, () => ({
        data: null,
        errors: [
          {
            message: 'scores[2].evidence must be at most 1000 characters',
            extensions: { code: 'BAD_USER_INPUT', field: 'scores[2].evidence' },
          },
        ],
      })),
    });
    await openForm(gw);
    fill(['ETHICS', 'INNOVATION', 'KNOWLEDGE']);
    fireEvent.click(screen.getByTestId('save-draft'));
    // the third score sent is KNOWLEDGE's (the model's order of what was filled)
    await waitFor(() => expect(errorUnder('KNOWLEDGE', 'evidence')).toBe('请填写评分依据（最多 1000 字）'));
    expect(errorUnder('INNOVATION', 'evidence')).toBe('');
    expect(gw.last('TrainingSaveAssessmentDraft')).toEqual({
      input: {
        managerId: '11',
        assessmentId: null,
        version: null,
        scores: [
          { dimension: 'ETHICS', score: 4, evidence: '第1项的观察记录' },
          { dimension: 'INNOVATION', score: 3.5, evidence: '第3项的观察记录' },
          { dimension: 'KNOWLEDGE', score: 3, evidence: '第5项的观察记录' },
        ],
      },
    });
    // said again in English when the shell switches
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    await waitFor(() => expect(errorUnder('KNOWLEDGE', 'evidence')).toBe('Write the evidence (at most 1,000 characters)'));
    // changing the input clears what was refused
    writeEvidence('KNOWLEDGE', '简短的观察');
    await waitFor(() => expect(errorUnder('KNOWLEDGE', 'evidence')).toBe(''));
  });

  it('marks a score the server refuses, and a missing dimension it names, on the right inputs', async () => {
    const gw = trainingGateway({
      TrainingSaveAssessmentDraft: reply(SaveDraftMutation, ({ input }) =>
        Array.isArray(input.scores) && input.scores.length === 6
          ? savedDraft([])
          : {
              data: null,
              errors: [
                { message: 'scores[1].score must be between 1 and 5', extensions: { code: 'BAD_USER_INPUT', field: 'scores[1].score' } },
              ],
            },
      ),
      TrainingSubmitAssessment: reply(SubmitMutation, () => ({
        data: null,
        errors: [
          {
            message: 'every dimension needs a score before submitting; missing: MINDSET, HEALTH',
            extensions: { code: 'BAD_USER_INPUT', field: 'scores' },
          },
        ],
      })),
    });
    await openForm(gw);
    fill(['ETHICS', 'SKILLS']);
    fireEvent.click(screen.getByTestId('save-draft'));
    await waitFor(() => expect(errorUnder('SKILLS', 'score')).toBe('评分须在 1 至 5 分之间，以半分为单位'));
    expect(errorUnder('ETHICS', 'score')).toBe('');

    fill(DIMS);
    fireEvent.click(screen.getByTestId('submit-assessment'));
    fireEvent.click(await screen.findByTestId('confirm-submit'));
    await waitFor(() => expect(errorUnder('MINDSET', 'score')).toBe('请为“与时俱进的观念”评分'));
    expect(errorUnder('HEALTH', 'score')).toBe('请为“身体健康”评分');
    expect(screen.getByTestId('assessment-errors').textContent).toContain('尚缺“与时俱进的观念”、“身体健康”');
    expect(screen.getByTestId('assessment-errors').textContent).not.toMatch(/MINDSET|HEALTH|missing/);
  });

  it('saves the whole form and submits the draft it saved, then opens the manager', async () => {
    const gw = trainingGateway({
      TrainingSaveAssessmentDraft: reply(SaveDraftMutation, ({ input }) =>
        savedDraft((Array.isArray(input.scores) ? input.scores : [input.scores]).map((s) => ({ ...s }))),
      ),
      TrainingSubmitAssessment: reply(SubmitMutation, ({ id, version }) => ({
        data: {
          submitAssessment: {
            id,
            status: 'SUBMITTED' as const,
            version: version + 1,
            overall: 3.68,
            submittedAt: '2025-04-02T02:00:00.000Z',
          },
        },
      })),
    });
    await openForm(gw);
    fill(DIMS);
    expectNoEnglish(screen.getByTestId('training-assess'));
    fireEvent.click(screen.getByTestId('submit-assessment'));
    fireEvent.click(await screen.findByTestId('confirm-submit'));
    await waitFor(() => expect(gw.of('TrainingSubmitAssessment')).toEqual([{ id: '201', version: 1 }]));
    expect(gw.last('TrainingSaveAssessmentDraft')!.input.scores.map((s: { dimension: string }) => s.dimension)).toEqual(DIMS);
    await waitFor(() => expect(window.location.pathname).toBe('/training/managers/11'));
  });

  it('continues the trainer’s own draft with its version, and will not start one beside another trainer’s', async () => {
    const draft = {
      id: '201',
      status: 'DRAFT' as const,
      version: 4,
      assessor: { id: '15', name: '郑华' },
      model,
      scores: [{ dimension: 'ETHICS' as const, score: 4.5, evidence: '诚信记录良好' }],
    };
    const gw = trainingGateway({
      TrainingAssessForm: reply(AssessFormQuery, () => ({ data: { customerManager: formManager([draft]), competencyModel: model } })),
      TrainingSaveAssessmentDraft: reply(SaveDraftMutation, ({ input }) => savedDraft(Array.isArray(input.scores) ? input.scores : [])),
    });
    await openForm(gw);
    expect((screen.getByTestId('evidence-ETHICS') as HTMLTextAreaElement).value).toBe('诚信记录良好');
    fireEvent.click(screen.getByTestId('save-draft'));
    await waitFor(() =>
      expect(gw.last('TrainingSaveAssessmentDraft')).toMatchObject({ input: { assessmentId: '201', version: 4, managerId: '11' } }),
    );
    cleanup();

    const other = trainingGateway({
      TrainingAssessForm: reply(AssessFormQuery, () => ({
        data: { customerManager: formManager([{ ...draft, assessor: { id: '16', name: '钱进' } }]), competencyModel: model },
      })),
    });
    renderTraining(other, '/training/managers/11/assess');
    expect((await screen.findByTestId('draft-by-other')).textContent).toContain('钱进正在评估该客户经理');
    expect(screen.queryByTestId('assessment-form')).toBeNull();
  });

  it('says a refusal without a field in the reader’s words (a stale draft)', async () => {
    const gw = trainingGateway({
      TrainingSaveAssessmentDraft: reply(SaveDraftMutation, () => ({
        data: null,
        errors: [{ message: 'stale version', extensions: { code: 'CONFLICT' } }],
      })),
    });
    await openForm(gw);
    fill(['ETHICS']);
    fireEvent.click(screen.getByTestId('save-draft'));
    await waitFor(() => expect(screen.getByTestId('assessment-errors').textContent).toContain('该记录已被他人修改，请刷新后重试'));
    expect(screen.getByTestId('assessment-errors').textContent).not.toContain('stale');
  });
});
