import type { ResultOf } from '@graphql-typed-document-node/core';
import type { CompetencyDimension, ManagerGrade } from '@crm/ui-kit/schema-types';
import type { ManagerRow } from '../src/managers/managers.queries';
import type { ManagerDetail, ModelTargets } from '../src/manager/manager.queries';
import type { FormManager, Model } from '../src/assessment/assessment.queries';
import type { TeamGaps } from '../src/gaps/gaps.queries';
import type { CompetencyOutcome, OutcomePoint } from '../src/outcome/outcome.queries';
import type { PlanItem, PlanManager } from '../src/plans/plans.queries';
import type { OrgUnitsQuery } from '../src/common/unit.queries';

// Fixtures typed with the generated types: a field or code the schema does not have does not compile.
const zgc = { id: '4', name: '中关村网点', nameEn: 'Zhongguancun Outlet' };
const cy = { id: '5', name: '朝阳路网点', nameEn: 'Chaoyang Rd Outlet' };
export const headOffice = { id: '1', name: '总行', nameEn: 'Head Office' };

export const orgUnits: ResultOf<typeof OrgUnitsQuery> = {
  myOrgUnit: { ...headOffice, level: 'HEAD_OFFICE' },
  orgUnits: [
    { ...headOffice, level: 'HEAD_OFFICE' },
    { id: '2', name: '北京分行', nameEn: 'Beijing Branch', level: 'BRANCH' },
    { ...zgc, level: 'OUTLET' },
    { ...cy, level: 'OUTLET' },
  ],
};

export const managers: ManagerRow[] = [
  {
    id: '11',
    grade: 'INTERMEDIATE',
    employment: 'FULL_TIME',
    staff: { id: '11', name: '赵敏' },
    orgUnit: zgc,
    latestAssessment: { id: '101', status: 'SUBMITTED', overall: 3.78, submittedAt: '2025-03-31T17:30:00.000Z' },
  },
  {
    id: '12',
    grade: 'JUNIOR',
    employment: 'PART_TIME',
    staff: { id: '12', name: '孙磊' },
    orgUnit: zgc,
    latestAssessment: { id: '102', status: 'ACKNOWLEDGED', overall: 2.9, submittedAt: '2025-02-10T02:00:00.000Z' },
  },
  { id: '13', grade: 'SENIOR', employment: 'FULL_TIME', staff: { id: '13', name: '周婷' }, orgUnit: cy, latestAssessment: null },
];

export const DIMS: CompetencyDimension[] = ['ETHICS', 'MINDSET', 'INNOVATION', 'SKILLS', 'KNOWLEDGE', 'HEALTH'];
const names: Record<CompetencyDimension, [string, string]> = {
  ETHICS: ['良好的道德素质', 'Sound ethics'],
  MINDSET: ['与时俱进的观念', 'Up-to-date mindset'],
  INNOVATION: ['创新能力', 'Innovation'],
  SKILLS: ['业务与服务技能', 'Business and service skills'],
  KNOWLEDGE: ['应知知识', 'Required knowledge'],
  HEALTH: ['身体健康', 'Physical health'],
};
const weights: Record<CompetencyDimension, number> = {
  ETHICS: 0.2,
  MINDSET: 0.1,
  INNOVATION: 0.15,
  SKILLS: 0.3,
  KNOWLEDGE: 0.15,
  HEALTH: 0.1,
};
const GRADES: ManagerGrade[] = ['TRAINEE', 'JUNIOR', 'INTERMEDIATE', 'SENIOR', 'PRINCIPAL'];

/** Version 1 of the model: descriptors say their dimension and level, so a test can find them. */
export const model: Model = {
  id: '1',
  modelVersion: 1,
  dimensions: DIMS.map((d) => ({
    dimension: d,
    name: names[d][0],
    nameEn: names[d][1],
    weight: weights[d],
    levels: [1, 2, 3, 4, 5].map((level) => ({
      level,
      descriptor: `${names[d][0]}第${level}级的表现`,
      descriptorEn: `${names[d][1]} at level ${level}`,
    })),
    targets: GRADES.map((grade, i) => ({ grade, level: d === 'HEALTH' ? 3 : Math.min(5, 2 + Math.floor(i / 1.5)) })),
  })),
};
export const modelTargets: ModelTargets = {
  id: model.id,
  modelVersion: model.modelVersion,
  dimensions: model.dimensions.map((r) => ({ dimension: r.dimension, targets: r.targets })),
};

const scoreSet = (values: number[]) => DIMS.map((dimension, i) => ({ dimension, score: values[i] }));

export const planItem = (over: Partial<PlanItem> = {}): PlanItem => ({
  id: '501',
  dimension: 'SKILLS',
  status: 'PLANNED',
  scoreAtPlanning: 2.5,
  targetLevel: 3,
  plannedAt: '2025-04-01T01:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  version: 1,
  course: {
    id: '31',
    code: 'SKL-302',
    title: '综合金融服务营销技巧',
    titleEn: 'Selling integrated financial services',
    hours: 16,
    level: 3,
  },
  ...over,
});

export const managerDetail: ManagerDetail = {
  id: '11',
  grade: 'INTERMEDIATE',
  employment: 'FULL_TIME',
  staff: { id: '11', name: '赵敏', position: '客户经理' },
  orgUnit: zgc,
  assessments: [
    {
      id: '101',
      status: 'SUBMITTED',
      overall: 3.78,
      assessedAt: '2025-03-28T02:00:00.000Z',
      submittedAt: '2025-03-31T17:30:00.000Z',
      acknowledgedAt: null,
      managerComment: null,
      assessor: { id: '15', name: '郑华' },
      scores: scoreSet([4, 3.5, 3, 4.5, 3.5, 4]).map((s) => ({ ...s, evidence: '客户回访中表现稳定' })),
    },
    {
      id: '90',
      status: 'ACKNOWLEDGED',
      overall: 3.1,
      assessedAt: '2024-04-20T02:00:00.000Z',
      submittedAt: '2024-04-22T02:00:00.000Z',
      acknowledgedAt: '2024-04-25T02:00:00.000Z',
      managerComment: '认可评估结果',
      assessor: { id: '15', name: '郑华' },
      scores: scoreSet([3, 3, 2.5, 3.5, 3, 3.5]).map((s) => ({ ...s, evidence: '尚需提升' })),
    },
  ],
  competencyHistory: [
    {
      assessmentId: '90',
      submittedAt: '2024-04-22T02:00:00.000Z',
      status: 'ACKNOWLEDGED',
      overall: 3.1,
      modelVersion: 1,
      scores: scoreSet([3, 3, 2.5, 3.5, 3, 3.5]),
    },
    {
      assessmentId: '101',
      // 01:30 on 1 April in Beijing: the bank's day, whatever the browser's
      submittedAt: '2025-03-31T17:30:00.000Z',
      status: 'SUBMITTED',
      overall: 3.78,
      modelVersion: 1,
      scores: scoreSet([4, 3.5, 3, 4.5, 3.5, 4]),
    },
  ],
  competencyGaps: [{ dimension: 'INNOVATION', score: 3, target: 4, gap: 1 }],
  trainingPlan: [planItem(), planItem({ id: '502', status: 'COMPLETED', finishedAt: '2025-04-20T03:00:00.000Z', version: 3 })],
};

/** The form's manager: no assessment yet (a new one), or with a draft of theirs or someone else's. */
export const formManager = (assessments: FormManager['assessments'] = []): FormManager => ({
  id: '11',
  grade: 'INTERMEDIATE',
  staff: { id: '11', name: '赵敏' },
  orgUnit: zgc,
  assessments,
});

export const teamGaps: TeamGaps = {
  orgUnit: headOffice,
  managers: 40,
  managersAssessed: 32,
  dimensions: DIMS.map((dimension, i) => ({
    dimension,
    managersAssessed: 32,
    meanScore: 3 + i * 0.1,
    meanTarget: 3.4,
    belowTarget: i === 2 ? 12 : 3,
  })),
};

const point = (id: string, name: string, score: number, outcome: number): OutcomePoint => ({
  score,
  outcome,
  manager: { id, staff: { id, name } },
});
const points = [point('11', '赵敏', 4, 96.5), point('12', '孙磊', 2.5, 71.2), point('13', '周婷', 3.5, 88)];
export const outcome: CompetencyOutcome = {
  period: '2025-03',
  orgUnit: headOffice,
  managers: 3,
  dimensions: DIMS.map((dimension, i) => ({ dimension, correlation: i === 5 ? null : 0.82 - i * 0.2, points: i === 5 ? [] : points })),
  overall: { correlation: 0.91, points },
};

export const planManagers: PlanManager[] = [
  { id: '11', grade: 'INTERMEDIATE', staff: { id: '11', name: '赵敏' }, orgUnit: zgc, trainingPlan: managerDetail.trainingPlan },
  { id: '13', grade: 'SENIOR', staff: { id: '13', name: '周婷' }, orgUnit: cy, trainingPlan: [] },
];
