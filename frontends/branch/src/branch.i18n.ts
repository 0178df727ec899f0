import { labelStrings, tierLabels, usePortalTranslation, type NamespaceResources } from '@crm/ui-kit';

import type { OrgLevel } from './gql/graphql';

export const BRANCH_NS = 'branch';

// typed over the API's enum: a new level without both words does not compile
const levels: Record<OrgLevel, [zh: string, en: string]> = {
  HEAD_OFFICE: ['总行', 'Head office'],
  BRANCH: ['分行', 'Branch'],
  SUB_BRANCH: ['支行', 'Sub-branch'],
  OUTLET: ['网点', 'Outlet'],
};
// churn reasons: their words are the UI kit's (churnReasonText), typed over the API's enum

function labels(lang: 0 | 1): Record<string, string> {
  // tiers: the UI kit's words ({ zh, en } per code)
  const out: Record<string, string> = labelStrings('Tier', tierLabels, lang === 0 ? 'zh-CN' : 'en');
  for (const [k, v] of Object.entries(levels)) out[`OrgLevel_${k}`] = v[lang];
  return out;
}

export const zh: Record<string, string> = {
  pageTitle: '分行驾驶舱',
  notFound: '页面不存在',
  retry: '重试',
  loadFailed: '数据加载失败',
  outOfScope: '该机构不在您的数据范围内，或尚无评分数据',
  notScored: '尚无评分数据，请等待总行完成评分批处理',
  asOf: '数据日期',
  asOfLatest: '最新',
  myUnit: '本机构',
  upOneLevel: '返回上一级',
  drillHint: '点击下级机构名称可查看其下级',
  // measures
  customers: '客户数',
  // amounts carry their own unit (万元/亿元, moneyCompact): the titles name none
  deposits: '存款',
  loans: '贷款',
  weightedAssets: '综合金融资产',
  contribution: '贡献度',
  avgSatisfaction: '满意度',
  complaintRate: '投诉率（每百户）',
  churnRisk: '流失风险客户',
  colUnit: '机构',
  total: '合计（{{name}}）',
  comparisonTitle: '下级机构对比',
  comparisonMeasure: '对比指标',
  noChildren: '该机构没有下级机构',
  tierTitle: '客户等级分布',
  tierOfUnit: '{{name}}',
  tierByChild: '各下级机构',
  noTiers: '暂无定级客户',
  // movements
  movementsTitle: '等级变动客户',
  movementsScope: '本机构及下级机构中，与上一数据日期相比等级发生变化的客户',
  movementsScopeOf: '{{unit}}中，与上一数据日期相比等级发生变化的客户',
  unitAndBelow: '{{name}}及其下级机构',
  colCustomer: '客户',
  colCustomerNo: '客户号',
  colHomeOrgUnit: '归属机构',
  colFrom: '原等级',
  colTo: '新等级',
  colDirection: '变化',
  up: '升级',
  down: '降级',
  newlyTiered: '新定级',
  untiered: '未定级',
  noMovements: '没有等级变动的客户',
  // churn
  churnTitle: '流失风险客户',
  churnScope: '本机构及下级机构中被标记为流失风险的客户及原因',
  churnScopeOf: '{{unit}}中被标记为流失风险的客户及原因',
  colTier: '等级',
  colReasons: '风险原因',
  colDeposits: '存款（元）',
  colWeightedAssets: '综合金融资产（元）',
  noChurn: '没有流失风险客户',
  pagination: '第 {{from}}-{{to}} 条，共 {{total}} 条',
};

export const en: Record<string, string> = {
  pageTitle: 'Branch cockpit',
  notFound: 'Page not found',
  retry: 'Retry',
  loadFailed: 'Could not load the data',
  outOfScope: 'This unit is outside your scope, or has no scores yet',
  notScored: 'No scores yet — waiting for head office’s scoring run',
  asOf: 'As of',
  asOfLatest: 'Latest',
  myUnit: 'My unit',
  upOneLevel: 'Up one level',
  drillHint: 'Click a unit’s name to see the units below it',
  customers: 'Customers',
  deposits: 'Deposits',
  loans: 'Loans',
  weightedAssets: 'Weighted assets',
  contribution: 'Contribution',
  avgSatisfaction: 'Satisfaction',
  complaintRate: 'Complaints per 100',
  churnRisk: 'Churn risk',
  colUnit: 'Unit',
  total: 'Total ({{name}})',
  comparisonTitle: 'Units compared',
  comparisonMeasure: 'Measure',
  noChildren: 'This unit has no units below it',
  tierTitle: 'Tier distribution',
  tierOfUnit: '{{name}}',
  tierByChild: 'By unit',
  noTiers: 'No tiered customers yet',
  movementsTitle: 'Customers who changed tier',
  movementsScope: 'Customers in your unit and below whose tier changed since the previous as-of date',
  movementsScopeOf: 'Customers of {{unit}} whose tier changed since the previous as-of date',
  unitAndBelow: '{{name}} and the units below it',
  colCustomer: 'Customer',
  colCustomerNo: 'Customer no.',
  colHomeOrgUnit: 'Home unit',
  colFrom: 'From',
  colTo: 'To',
  colDirection: 'Change',
  up: 'Up',
  down: 'Down',
  newlyTiered: 'New',
  untiered: 'Not tiered',
  noMovements: 'No tier changes',
  churnTitle: 'Churn risk',
  churnScope: 'Customers in your unit and below flagged as churn risks, with the reasons',
  churnScopeOf: 'Customers of {{unit}} flagged as churn risks, with the reasons',
  colTier: 'Tier',
  colReasons: 'Reasons',
  colDeposits: 'Deposits (CNY)',
  colWeightedAssets: 'Weighted assets (CNY)',
  noChurn: 'No churn-risk customers',
  pagination: '{{from}}-{{to}} of {{total}}',
};

export const branchStrings: NamespaceResources = {
  'zh-CN': { ...zh, ...labels(0) },
  en: { ...en, ...labels(1) },
};

export function useBranchTranslation() {
  return usePortalTranslation(BRANCH_NS, branchStrings);
}
