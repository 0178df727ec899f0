import { registerEnumType } from 'type-graphql';
import { TIER_VALUE_DESCRIPTIONS, Tier } from '@crm/shared-types';

/**
 * The decision system's vocabulary (contract names). One definition for the whole subgraph: scores,
 * history and roll-ups import these rather than declare their own (a GraphQL type name may exist once).
 */
export enum TierScheme {
  VALUE_PYRAMID = 'VALUE_PYRAMID',
  QUALITY_LADDER = 'QUALITY_LADDER',
}
registerEnumType(TierScheme, { name: 'TierScheme', description: 'value pyramid (价值金字塔) or quality ladder (质量阶梯)' });

// the codes are shared-types' (the customers subgraph filters its list by them): one definition
export { Tier };
registerEnumType(Tier, { name: 'Tier', valuesConfig: TIER_VALUE_DESCRIPTIONS });

export enum PolicyStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(PolicyStatus, { name: 'PolicyStatus' });

/** Metrics a rule may compare — each is a column of analysis.customer_score (see METRIC_COLUMNS). */
export enum ScoreMetric {
  WEIGHTED_ASSETS = 'WEIGHTED_ASSETS',
  DAILY_AVG_ASSETS = 'DAILY_AVG_ASSETS',
  DEPOSIT_BALANCE = 'DEPOSIT_BALANCE',
  WEALTH_BALANCE = 'WEALTH_BALANCE',
  LOAN_BALANCE = 'LOAN_BALANCE',
  CONTRIBUTION = 'CONTRIBUTION',
  LOYALTY = 'LOYALTY',
  SATISFACTION = 'SATISFACTION',
  RELEVANCE = 'RELEVANCE',
  TENURE_YEARS = 'TENURE_YEARS',
  COMPLAINTS_12M = 'COMPLAINTS_12M',
  FREQUENCY_12M = 'FREQUENCY_12M',
}
registerEnumType(ScoreMetric, { name: 'ScoreMetric' });

/** Each scheme's tiers, top to bottom: a policy lists exactly these, in this order. */
export const SCHEME_TIERS: Record<TierScheme, readonly Tier[]> = {
  [TierScheme.VALUE_PYRAMID]: [Tier.VIP, Tier.CRITICAL, Tier.KEY, Tier.VALUE, Tier.BASIC],
  [TierScheme.QUALITY_LADDER]: [Tier.GOLD, Tier.KEY, Tier.QUALITY, Tier.GENERAL, Tier.RESTRICTED, Tier.ELIMINATED],
};

/**
 * The one whitelist from a metric name to SQL: rule conditions compile to these column names only
 * (values always travel as parameters). All are NOT NULL in analysis.customer_score, so a comparison is
 * never unknown.
 */
export const METRIC_COLUMNS: Record<ScoreMetric, string> = {
  [ScoreMetric.WEIGHTED_ASSETS]: 'weighted_assets',
  [ScoreMetric.DAILY_AVG_ASSETS]: 'daily_avg_assets',
  [ScoreMetric.DEPOSIT_BALANCE]: 'deposit_balance',
  [ScoreMetric.WEALTH_BALANCE]: 'wealth_balance',
  [ScoreMetric.LOAN_BALANCE]: 'loan_balance',
  [ScoreMetric.CONTRIBUTION]: 'contribution',
  [ScoreMetric.LOYALTY]: 'loyalty',
  [ScoreMetric.SATISFACTION]: 'satisfaction',
  [ScoreMetric.RELEVANCE]: 'relevance',
  [ScoreMetric.TENURE_YEARS]: 'tenure_years',
  [ScoreMetric.COMPLAINTS_12M]: 'complaints_12m',
  [ScoreMetric.FREQUENCY_12M]: 'frequency_12m',
};
