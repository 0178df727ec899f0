import { usePortalTranslation, type NamespaceResources } from '@crm/ui-kit';

import type { ManagerEmployment, ManagerGrade } from './gql/graphql';

export const MANAGER_NS = 'manager';

// typed over the API's enums: a new value without both words does not compile
const grades: Record<ManagerGrade, [zh: string, en: string]> = {
  TRAINEE: ['见习客户经理', 'Trainee'],
  JUNIOR: ['初级客户经理', 'Junior'],
  INTERMEDIATE: ['中级客户经理', 'Intermediate'],
  SENIOR: ['高级客户经理', 'Senior'],
  PRINCIPAL: ['资深客户经理', 'Principal'],
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
  navLedger: '我的台账',
  navTasks: '我的任务',
  navScorecard: '我的业绩',
  notFound: '页面不存在',
  retry: '重试',
  loadFailed: '数据加载失败',
  notAManager: '您还不是客户经理，没有自己的台账',
  portfolio: '管户数',
  capacity: '可服务客户数',
  grade: '等级',
  employment: '专职/兼职',
  unit: '所在机构',
};

export const en: Record<string, string> = {
  navLedger: 'My ledger',
  navTasks: 'My tasks',
  navScorecard: 'My scorecard',
  notFound: 'Page not found',
  retry: 'Retry',
  loadFailed: 'Could not load the data',
  notAManager: 'You are not a customer manager yet: there is no ledger of yours',
  portfolio: 'Customers kept',
  capacity: 'Capacity',
  grade: 'Grade',
  employment: 'Full- or part-time',
  unit: 'Unit',
};

export const managerStrings: NamespaceResources = {
  'zh-CN': { ...zh, ...labels(0) },
  en: { ...en, ...labels(1) },
};

export function useManagerTranslation() {
  return usePortalTranslation(MANAGER_NS, managerStrings);
}
