import { labelStrings, scoreMetricLabels, tierLabels, tierSchemeLabels, usePortalTranslation, type NamespaceResources } from '@crm/ui-kit';

import type { PolicyStatus, ScoreJobStatus } from './gql/graphql';

export const HEAD_OFFICE_NS = 'headOffice';

type Pair = [zh: string, en: string];
type Pairs = Record<string, Pair>;

// Each string once, both languages side by side, so a key can never exist in one language only.
const strings: Pairs = {
  // navigation
  navDashboard: ['决策看板', 'Dashboard'],
  navPolicy: ['分层策略', 'Tier policy'],
  navRecompute: ['批量重算', 'Recompute'],
  navExplorer: ['自助查询', 'GraphQL explorer'],
  notFound: ['页面不存在', 'Page not found'],
  loadFailed: ['数据加载失败：{{message}}', 'Could not load the data: {{message}}'],
  retry: ['重试', 'Retry'],
  none: ['—', '—'],
  cancel: ['取消', 'Cancel'],
  // dashboard
  dashboardTitle: ['全行客户分析', 'Bank-wide customer analysis'],
  asOf: ['数据日期', 'As of'],
  activePolicy: ['生效策略：{{name}}（{{scheme}} 第 {{version}} 版）', 'Active policy: {{name}} ({{scheme}} v{{version}})'],
  noActivePolicy: ['尚无生效的分层策略', 'No tier policy is active yet'],
  noScores: ['尚未计算客户评分：请先运行批量重算', 'No scores yet: run a batch recompute first'],
  totalCustomers: ['客户总数', 'Customers'],
  totalDeposits: ['存款余额', 'Deposits'],
  totalLoans: ['贷款余额', 'Loans'],
  totalWeightedAssets: ['日均综合金融资产（加权）', 'Weighted daily-average assets'],
  totalContribution: ['贡献度合计', 'Contribution'],
  churnRiskCount: ['流失预警客户', 'Churn-risk customers'],
  pyramidTitle: ['客户分层金字塔', 'Tier pyramid'],
  branchTitle: ['分支机构对比', 'Branch comparison'],
  trendsTitle: ['趋势', 'Trends'],
  trendsSingle: ['只有一个数据日期，暂无趋势', 'Only one as-of date: no trend yet'],
  noTierCounts: ['该日期没有已分层的客户', 'No tiered customers on this date'],
  noChildUnits: ['本机构没有下级机构可比较', 'This unit has no units below it to compare'],
  colUnit: ['机构', 'Unit'],
  colCustomers: ['客户数', 'Customers'],
  colDeposits: ['存款', 'Deposits'],
  colLoans: ['贷款', 'Loans'],
  colWeightedAssets: ['加权资产', 'Weighted assets'],
  colContribution: ['贡献度', 'Contribution'],
  colSatisfaction: ['满意度', 'Satisfaction'],
  colComplaintRate: ['投诉率（每百户）', 'Complaints / 100'],
  colChurnRisk: ['流失预警', 'Churn risk'],
  colTopTier: ['高端客户（前两层）', 'Top two tiers'],
  customersUnit: ['户', 'customers'],
  // recompute
  recomputeTitle: ['客户评分批量重算', 'Batch score recompute'],
  recomputeHelp: [
    '按当前生效策略对全行客户重新计算五度评分与分层，后台运行。',
    'Recomputes the five degrees and tiers of every customer of the bank with the active policy, in the background.',
  ],
  recomputeStart: ['开始重算', 'Start recompute'],
  recomputeAsOf: ['计算日期（留空为今天）', 'As of (empty: today)'],
  recomputeRunning: ['正在计算：{{done}} / {{total}}', 'Running: {{done}} / {{total}}'],
  recomputeSucceeded: ['已完成：{{total}} 户，{{at}}', 'Done: {{total}} customers, {{at}}'],
  recomputeFailed: ['计算失败：{{error}}', 'Failed: {{error}}'],
  recomputeNever: ['尚未运行过批量重算', 'No recompute has run yet'],
  recomputeStartedBy: ['由 {{name}} 于 {{at}} 发起（数据日期 {{asOf}}）', 'Started by {{name}} at {{at}} (as of {{asOf}})'],
  recomputeDone: ['批量重算完成，看板已刷新', 'Recompute finished; the dashboard is refreshed'],
  // policy list
  policiesTitle: ['分层策略版本', 'Tier policy versions'],
  colPolicyName: ['名称', 'Name'],
  colScheme: ['分层体系', 'Scheme'],
  colPolicyVersion: ['版本', 'Version'],
  colStatus: ['状态', 'Status'],
  colEffectiveFrom: ['生效日期', 'Effective from'],
  colCreatedBy: ['创建人', 'Created by'],
  colApprovedBy: ['审批人', 'Approved by'],
  colActions: ['操作', 'Actions'],
  editCopy: ['复制为草稿', 'Edit a copy'],
  editDraft: ['编辑草稿', 'Edit draft'],
  newDraft: ['新建草稿', 'New draft'],
  noPolicies: ['还没有分层策略', 'No tier policies yet'],
  // policy editor
  editorTitle: ['策略草稿', 'Policy draft'],
  viewerTitle: ['策略内容（只读）', 'Policy (read-only)'],
  viewPolicy: ['查看', 'View'],
  viewing: ['{{name}} 第 {{version}} 版', '{{name}} v{{version}}'],
  editorBasedOn: ['基于：{{name}} 第 {{version}} 版', 'Based on: {{name}} v{{version}}'],
  editorSaved: ['已保存为草稿第 {{version}} 版', 'Saved as draft v{{version}}'],
  editorDirty: ['有未保存的修改', 'Unsaved changes'],
  scheme: ['分层体系', 'Scheme'],
  policyName: ['策略名称', 'Policy name'],
  policyNameEn: ['英文名称（可选）', 'English name (optional)'],
  readOnlyNote: [
    '只读：您的角色可以查看分层策略，但不能起草、修改或审批；如需调整请联系总行战略部。',
    'Read-only: your role may view tier policies but not draft, change or approve them; ask the strategy department for a change.',
  ],
  effectiveFrom: ['生效日期', 'Effective from'],
  coefficients: ['资产折算系数（日均综合金融资产）', 'Asset coefficients (weighted daily-average assets)'],
  coefDeposit: ['活期存款', 'Demand deposits'],
  coefTimeDeposit: ['定期存款', 'Time deposits'],
  coefWealth: ['理财', 'Wealth'],
  rulesTitle: ['分层规则（自上而下匹配，首个满足的层级生效）', 'Rules (evaluated top to bottom; the first that holds places the customer)'],
  combineAll: ['全部满足', 'All of them'],
  combineAny: ['任一满足', 'Any of them'],
  addCondition: ['添加条件', 'Add condition'],
  removeCondition: ['删除条件', 'Remove condition'],
  conditionMetric: ['条件指标', 'Condition metric'],
  conditionOp: ['比较方式', 'Comparison'],
  conditionValue: ['条件阈值', 'Condition threshold'],
  everyoneElse: ['其余所有客户', 'Everyone else'],
  noConditions: ['没有条件', 'No condition'],
  rawCondition: ['复合条件（JSON，简单编辑器无法展示嵌套条件）', 'Nested condition (JSON; the simple editor cannot show nesting)'],
  ruleInWords: ['规则说明（按规则自动生成）', 'The rule in words (generated from the rule)'],
  required: ['请填写{{field}}', '{{field}} is required'],
  preview: ['预览迁移', 'Preview moves'],
  saveDraft: ['保存草稿', 'Save draft'],
  approve: ['审批生效', 'Approve'],
  approveNeedsSave: ['请先保存草稿再审批', 'Save the draft before approving'],
  approveNeedsChecker: ['草稿须由另一位有审批权限的人员审批', 'A draft is approved by someone other than its author'],
  awaitsChecker: ['待他人审批', 'Awaits a second approver'],
  approveTitle: ['审批并生效该策略？', 'Approve and activate this policy?'],
  approveBody: [
    '「{{name}}」第 {{version}} 版将立即生效，当前生效的策略将被替代，最新数据日期的客户将按新规则重新分层。',
    '“{{name}}” v{{version}} becomes active now; the active policy is superseded and the latest as-of date is re-tiered with the new rules.',
  ],
  approved: ['策略已生效', 'The policy is active'],
  conflict: [
    '策略刚被他人修改或审批，已重新加载列表，请核对后重试',
    'Someone changed or approved a policy meanwhile; the list is reloaded — check and try again',
  ],
  validationFailed: ['策略未通过校验，请按提示修改', 'The policy did not pass validation; see the marked rules'],
  // preview
  previewTitle: ['迁移预览（数据日期 {{asOf}}）', 'Preview of moves (as of {{asOf}})'],
  previewSummary: ['共 {{customers}} 户，{{moving}} 户将变更层级', '{{customers}} customers, {{moving}} would change tier'],
  colFrom: ['原层级', 'From'],
  colTo: ['新层级', 'To'],
  colMoveCustomers: ['客户数', 'Customers'],
  untiered: ['未定级', 'Not tiered'], // the UI kit's untieredLabel
  before: ['调整前', 'Before'],
  after: ['调整后', 'After'],
  noMoves: ['没有客户变更层级', 'No customer changes tier'],
  // explorer
  explorerTitle: ['自助查询（以您本人的数据权限执行）', 'GraphQL explorer (runs with your own data scope)'],
  savedQueries: ['示例查询', 'Saved queries'],
  run: ['执行', 'Run'],
  loadingExplorer: ['正在加载查询器…', 'Loading the explorer…'],
  savedQueryWaiting: ['编辑器加载完成后将载入所选查询…', 'The chosen query is loaded when the editor is ready…'],
  resultOk: ['执行成功：{{ms}} ms，{{bytes}} 字节', 'OK: {{ms}} ms, {{bytes}} bytes'],
  resultErrors: ['返回 {{count}} 个错误：{{first}}', '{{count}} error(s): {{first}}'],
  resultNone: ['尚未执行查询', 'No query run yet'],
  rawResult: ['原始结果', 'Raw result'],
  // saved query titles
  q_tierByBranch: ['各分行客户分层分布', 'Tier distribution by branch'],
  q_topContribution: ['贡献度最高的客户（含明细）', 'Top contribution customers (with parts)'],
  q_activePolicy: ['当前生效的分层策略及规则', 'The active tier policy and its rules'],
  q_churnRisk: ['流失预警客户及原因', 'Churn-risk customers and reasons'],
  q_tierMoves: ['最近一次变更层级的客户', 'Customers who changed tier last time'],
  q_whyTier: ['客户分层依据（为什么是这一层）', 'Why this tier (evidence of a customer)'],
};

// Labels of the API's enums. Key: `${Enum}_${VALUE}`. Tiers, schemes and metrics are the UI kit's.
// Typed over the API's enums: a new value without both words does not compile.
const enums: { PolicyStatus: Record<PolicyStatus, Pair>; ScoreJobStatus: Record<ScoreJobStatus, Pair> } = {
  PolicyStatus: { DRAFT: ['草稿', 'Draft'], ACTIVE: ['生效中', 'Active'], SUPERSEDED: ['已替代', 'Superseded'] },
  ScoreJobStatus: { RUNNING: ['计算中', 'Running'], SUCCEEDED: ['已完成', 'Succeeded'], FAILED: ['失败', 'Failed'] },
};
const kitLabels = (language: string) => ({
  ...labelStrings('Tier', tierLabels, language),
  ...labelStrings('TierScheme', tierSchemeLabels, language),
  ...labelStrings('ScoreMetric', scoreMetricLabels, language),
});

function build(i: 0 | 1): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(strings)) out[k] = v[i];
  for (const [e, labels] of Object.entries(enums)) for (const [k, v] of Object.entries(labels)) out[`${e}_${k}`] = v[i];
  return { ...out, ...kitLabels(i === 0 ? 'zh-CN' : 'en') };
}

export const headOfficeStrings: NamespaceResources = { 'zh-CN': build(0), en: build(1) };

export function useHeadOfficeTranslation() {
  return usePortalTranslation(HEAD_OFFICE_NS, headOfficeStrings);
}
