import { labelStrings, scoreMetricLabels, tierLabels, tierSchemeLabels, usePortalTranslation, type NamespaceResources } from '@crm/ui-kit';

// The "Tier & scores" section has its own namespace, so the outlet's string files stay untouched.
export const OUTLET_TIER_NS = 'outletTier';

type Labels = Record<string, [zh: string, en: string]>;
// tiers, schemes and metrics: the UI kit's words ({ zh, en } per code, typed over the API's codes)
const enums: Record<string, Labels> = {
  Channel: {
    COUNTER: ['柜面', 'Counter'],
    ATM: ['ATM', 'ATM'],
    MOBILE: ['手机银行', 'Mobile'],
    ONLINE: ['网上银行', 'Online'],
    POS: ['POS', 'POS'],
  },
  // churn reasons: their words are the UI kit's (churnReasonText), typed over the API's enum
};
function enumStrings(lang: 0 | 1) {
  const language = lang === 0 ? 'zh-CN' : 'en';
  const out: Record<string, string> = {
    ...labelStrings('Tier', tierLabels, language),
    ...labelStrings('TierScheme', tierSchemeLabels, language),
    ...labelStrings('Metric', scoreMetricLabels, language),
  };
  for (const [name, labels] of Object.entries(enums))
    for (const [value, pair] of Object.entries(labels)) out[`${name}_${value}`] = pair[lang];
  return out;
}

export const tierZh: Record<string, string> = {
  title: '等级与评分',
  asOf: '评分日期 {{asOf}}',
  tier: '客户等级',
  untiered: '未定级',
  notScored: '该客户尚未评分（等待下一次评分批处理）',
  degrees: '五度评分',
  value: '价值度',
  contribution: '贡献度',
  loyalty: '忠诚度',
  satisfaction: '满意度',
  relevance: '关联度',
  depositBalance: '存款余额',
  wealthBalance: '理财余额',
  loanBalance: '贷款余额',
  dailyAvgAssets: '日均金融资产',
  weightedAssets: '日均综合金融资产',
  depositMargin: '存款利差收益',
  loanMargin: '贷款利差收益',
  feeIncome: '手续费收入',
  intermediaryIncome: '中间业务收入',
  costAllowance: '成本扣减',
  contributionTotal: '贡献合计',
  tenureYears: '客户年限',
  years: '{{n}} 年',
  activeMonths: '活跃月数（近12个月）',
  productsHeld: '持有产品数',
  avgCsat: '平均 CSAT',
  avgNps: '平均 NPS',
  complaints12m: '近12个月投诉',
  productFamilies: '产品大类数',
  relationships: '关联关系数',
  score: '得分（0–100）',
  behaviour: '交易行为',
  recencyDays: '距上次交易',
  days: '{{n}} 天',
  frequency12m: '近12个月交易笔数',
  monetary12m: '近12个月交易金额',
  channelMix: '渠道分布',
  radarTitle: '评分雷达（0–100）',
  radarNote: '价值度与贡献度为金额，见下方明细',
  trendTitle: '存贷款余额走势（近12个月）',
  deposits: '存款',
  loans: '贷款',
  noTrend: '暂无余额走势',
  churn: '流失风险',
  churnYes: '有流失风险',
  churnNo: '无流失风险',
  why: '为什么是这个等级',
  explanation: '结论',
  rule: '命中规则',
  ruleDescription: '规则说明',
  condition: '条件',
  conditionElse: '不满足以上各等级条件的其余客户',
  and: ' 且 ',
  or: ' 或 ',
  inputs: '评定时的指标',
  policy: '定级政策',
  policyText: '{{scheme}} 第 {{version}} 版 · {{name}}（{{from}} 起生效）',
  noEvidence: '暂无定级依据',
};

export const tierEn: Record<string, string> = {
  title: 'Tier & scores',
  asOf: 'scored as of {{asOf}}',
  tier: 'Tier',
  untiered: 'Not tiered',
  notScored: 'This customer has not been scored yet (waiting for the next scoring run)',
  degrees: 'The five degrees',
  value: 'Value',
  contribution: 'Contribution',
  loyalty: 'Loyalty',
  satisfaction: 'Satisfaction',
  relevance: 'Relevance',
  depositBalance: 'Deposit balance',
  wealthBalance: 'Wealth balance',
  loanBalance: 'Loan balance',
  dailyAvgAssets: 'Daily-average assets',
  weightedAssets: 'Weighted daily-average assets',
  depositMargin: 'Deposit margin',
  loanMargin: 'Loan margin',
  feeIncome: 'Fee income',
  intermediaryIncome: 'Intermediary income',
  costAllowance: 'Cost allowance',
  contributionTotal: 'Contribution total',
  tenureYears: 'Tenure',
  years: '{{n}} years',
  activeMonths: 'Active months (12 m)',
  productsHeld: 'Products held',
  avgCsat: 'Average CSAT',
  avgNps: 'Average NPS',
  complaints12m: 'Complaints (12 m)',
  productFamilies: 'Product families',
  relationships: 'Relationships',
  score: 'Score (0–100)',
  behaviour: 'Transaction behaviour',
  recencyDays: 'Last transaction',
  days: '{{n}} days ago',
  frequency12m: 'Transactions (12 m)',
  monetary12m: 'Amount transacted (12 m)',
  channelMix: 'Channel mix',
  radarTitle: 'Scores (0–100)',
  radarNote: 'Value and contribution are amounts, itemised below',
  trendTitle: 'Deposit and loan balances (12 months)',
  deposits: 'Deposits',
  loans: 'Loans',
  noTrend: 'No balance history',
  churn: 'Churn risk',
  churnYes: 'Churn risk',
  churnNo: 'No churn risk',
  why: 'Why this tier',
  explanation: 'Conclusion',
  rule: 'Rule applied',
  ruleDescription: 'Rule description',
  condition: 'Condition',
  conditionElse: 'Everyone who meets none of the tiers above',
  and: ' AND ',
  or: ' OR ',
  inputs: 'Inputs at scoring time',
  policy: 'Tier policy',
  policyText: '{{scheme}} v{{version}} · {{name}} (effective {{from}})',
  noEvidence: 'No evidence recorded',
};

export const tierStrings: NamespaceResources = {
  'zh-CN': { ...tierZh, ...enumStrings(0) },
  en: { ...tierEn, ...enumStrings(1) },
};

export function useTierTranslation() {
  return usePortalTranslation(OUTLET_TIER_NS, tierStrings);
}
