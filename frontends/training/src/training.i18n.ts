import { usePortalTranslation, type NamespaceResources } from '@crm/ui-kit';

import type { ManagerEmployment, ManagerGrade } from './gql/graphql';

export const TRAINING_NS = 'training';

// typed over the API's enums: a new value without both words does not compile
const grades: Record<ManagerGrade, [zh: string, en: string]> = {
  TRAINEE: ['见习', 'Trainee'],
  JUNIOR: ['初级', 'Junior'],
  INTERMEDIATE: ['中级', 'Intermediate'],
  SENIOR: ['高级', 'Senior'],
  PRINCIPAL: ['资深', 'Principal'],
};
const employments: Record<ManagerEmployment, [zh: string, en: string]> = {
  FULL_TIME: ['专职', 'Full-time'],
  PART_TIME: ['兼职', 'Part-time'],
};

function labels(lang: 0 | 1): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(grades)) out[`ManagerGrade_${k}`] = v[lang];
  for (const [k, v] of Object.entries(employments)) out[`ManagerEmployment_${k}`] = v[lang];
  return out;
}

export const zh: Record<string, string> = {
  navManagers: '客户经理',
  navGaps: '团队能力',
  navCompetencyOutcome: '能力与业绩',
  navPlans: '培训计划',
  notFound: '页面不存在',
  retry: '重试',
  loadFailed: '数据加载失败',
  pagination: '第 {{from}}-{{to}} 条，共 {{total}} 条',
  // the managers list
  managersScope: '您数据范围内的在岗客户经理',
  colName: '姓名',
  colUnit: '所在机构',
  colGrade: '等级',
  colEmployment: '专职/兼职',
  noManagers: '您的数据范围内没有客户经理',
};

export const en: Record<string, string> = {
  navManagers: 'Customer managers',
  navGaps: 'Team gaps',
  navCompetencyOutcome: 'Competency vs outcome',
  navPlans: 'Training plans',
  notFound: 'Page not found',
  retry: 'Retry',
  loadFailed: 'Could not load the data',
  pagination: '{{from}}-{{to}} of {{total}}',
  managersScope: 'Active customer managers in your scope',
  colName: 'Name',
  colUnit: 'Unit',
  colGrade: 'Grade',
  colEmployment: 'Full/part-time',
  noManagers: 'No customer managers in your scope',
};

export const trainingStrings: NamespaceResources = {
  'zh-CN': { ...zh, ...labels(0) },
  en: { ...en, ...labels(1) },
};

export function useTrainingTranslation() {
  return usePortalTranslation(TRAINING_NS, trainingStrings);
}
