import { DEFAULT_LANGUAGE, isPortalLanguage } from './portal.i18n';

/**
 * Tiers, tier schemes and score metrics, once for every remote: the analysis API's codes and their
 * words in both portal languages side by side ({ zh, en } per code), the tier colours and the order
 * of each scheme. Maps are typed over the code unions, so a code without both labels (or a colour)
 * does not typecheck.
 */

/** A zh/en pair: one code's words in both portal languages. */
export interface Label {
  zh: string;
  en: string;
}

/** The label in the user's language (zh for anything but en). */
export const labelIn = (label: Label, language: string): string => (language === 'en' ? label.en : label.zh);

/**
 * A label map flattened into i18n keys `${prefix}_${CODE}` for one language, for a remote's
 * namespace that still looks words up with t(`Tier_${tier}`).
 */
export function labelStrings(prefix: string, labels: Record<string, Label>, language: string): Record<string, string> {
  const lang = isPortalLanguage(language) ? language : DEFAULT_LANGUAGE;
  return Object.fromEntries(Object.entries(labels).map(([code, label]) => [`${prefix}_${code}`, labelIn(label, lang)]));
}

/** The two tier schemes (`enum TierScheme`). */
export type TierSchemeCode = 'VALUE_PYRAMID' | 'QUALITY_LADDER';
/** Value pyramid, top to bottom. */
export type ValuePyramidTier = 'VIP' | 'CRITICAL' | 'KEY' | 'VALUE' | 'BASIC';
/** Quality ladder, top to bottom (KEY is in both schemes). */
export type QualityLadderTier = 'GOLD' | 'KEY' | 'QUALITY' | 'GENERAL' | 'RESTRICTED' | 'ELIMINATED';
/** A tier of either scheme (`enum Tier`). */
export type TierCode = ValuePyramidTier | QualityLadderTier;

/** Each scheme's tiers, top to bottom. */
export const tierOrders: { VALUE_PYRAMID: readonly ValuePyramidTier[]; QUALITY_LADDER: readonly QualityLadderTier[] } = {
  VALUE_PYRAMID: ['VIP', 'CRITICAL', 'KEY', 'VALUE', 'BASIC'],
  QUALITY_LADDER: ['GOLD', 'KEY', 'QUALITY', 'GENERAL', 'RESTRICTED', 'ELIMINATED'],
};

const ladderOnly = new Set<string>(tierOrders.QUALITY_LADDER.filter((t) => !(tierOrders.VALUE_PYRAMID as readonly string[]).includes(t)));

/** The scheme order the given tiers belong to (KEY is in both; any ladder-only tier means the ladder). */
export function tierOrder(tiers: Iterable<string | null | undefined>): readonly TierCode[] {
  for (const t of tiers) if (t && ladderOnly.has(t)) return tierOrders.QUALITY_LADDER;
  return tierOrders.VALUE_PYRAMID;
}

/** Rank in its scheme, 0 = top; compares the two tiers of one movement. */
export function tierRank(tier: string, order: readonly string[]): number {
  const i = order.indexOf(tier);
  return i < 0 ? order.length : i;
}

/** Colours top → bottom, the same steps for both schemes (tags, pies, stacked bars). */
export const tierColors: Record<TierCode, string> = {
  VIP: '#8c1d40',
  GOLD: '#8b6914',
  CRITICAL: '#c2410c',
  KEY: '#1d4f91',
  VALUE: '#237a4a',
  QUALITY: '#237a4a',
  BASIC: '#6b6b6b',
  GENERAL: '#6b6b6b',
  RESTRICTED: '#b35405',
  ELIMINATED: '#595959',
};

export const tierLabels: Record<TierCode, Label> = {
  VIP: { zh: '贵宾', en: 'VIP' },
  CRITICAL: { zh: '关键', en: 'Critical' },
  KEY: { zh: '重点', en: 'Key' },
  VALUE: { zh: '价值', en: 'Value' },
  BASIC: { zh: '基本', en: 'Basic' },
  GOLD: { zh: '黄金', en: 'Gold' },
  QUALITY: { zh: '优质', en: 'Quality' },
  GENERAL: { zh: '一般', en: 'General' },
  RESTRICTED: { zh: '限制', en: 'Restricted' },
  ELIMINATED: { zh: '淘汰', en: 'Eliminated' },
};

/** A customer without a tier (not scored yet, or no rule placed them). */
export const untieredLabel: Label = { zh: '未定级', en: 'Not tiered' };

export const tierSchemeLabels: Record<TierSchemeCode, Label> = {
  VALUE_PYRAMID: { zh: '价值金字塔', en: 'Value pyramid' },
  QUALITY_LADDER: { zh: '质量阶梯', en: 'Quality ladder' },
};

/** The metrics a tier rule compares (`enum ScoreMetric`; also the keys of a score's evidence inputs). */
export type ScoreMetricCode =
  | 'WEIGHTED_ASSETS'
  | 'DAILY_AVG_ASSETS'
  | 'DEPOSIT_BALANCE'
  | 'WEALTH_BALANCE'
  | 'LOAN_BALANCE'
  | 'CONTRIBUTION'
  | 'LOYALTY'
  | 'SATISFACTION'
  | 'RELEVANCE'
  | 'TENURE_YEARS'
  | 'COMPLAINTS_12M'
  | 'FREQUENCY_12M';

/** 客户年限: how long the person has been a customer of the bank (the relationship, not one account's age). */
export const scoreMetricLabels: Record<ScoreMetricCode, Label> = {
  WEIGHTED_ASSETS: { zh: '日均综合金融资产', en: 'Weighted daily-average assets' },
  DAILY_AVG_ASSETS: { zh: '日均金融资产', en: 'Daily-average assets' },
  DEPOSIT_BALANCE: { zh: '存款余额', en: 'Deposit balance' },
  WEALTH_BALANCE: { zh: '理财余额', en: 'Wealth balance' },
  LOAN_BALANCE: { zh: '贷款余额', en: 'Loan balance' },
  CONTRIBUTION: { zh: '贡献度', en: 'Contribution' },
  LOYALTY: { zh: '忠诚度', en: 'Loyalty' },
  SATISFACTION: { zh: '满意度', en: 'Satisfaction' },
  RELEVANCE: { zh: '关联度', en: 'Relevance' },
  TENURE_YEARS: { zh: '客户年限', en: 'Tenure (years)' },
  COMPLAINTS_12M: { zh: '近12个月投诉次数', en: 'Complaints (12 months)' },
  FREQUENCY_12M: { zh: '近12个月交易笔数', en: 'Transactions (12 months)' },
};

/** The metrics that are amounts in CNY (the others are scores, years or counts). */
export const amountMetrics: ReadonlySet<string> = new Set<ScoreMetricCode>([
  'WEIGHTED_ASSETS',
  'DAILY_AVG_ASSETS',
  'DEPOSIT_BALANCE',
  'WEALTH_BALANCE',
  'LOAN_BALANCE',
  'CONTRIBUTION',
]);

export const tierLabel = (tier: TierCode, language: string) => labelIn(tierLabels[tier], language);
export const scoreMetricLabel = (metric: ScoreMetricCode, language: string) => labelIn(scoreMetricLabels[metric], language);
