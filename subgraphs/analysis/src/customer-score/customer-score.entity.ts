import { ArrayType, DecimalType, Entity, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TransactionChannel } from '@crm/shared-types';
import { Tier } from '../tier-policy/tier-policy.enums';
import { amountScore, satisfactionMeasured, SCORING_CONSTANTS } from '../scoring/scoring.sql';
import { ChurnReason, ChurnReasonCode, type ChurnReasonRow } from './churn-reason';

/** numeric columns arrive from PostgreSQL as strings; scores are read as numbers */
const money = () => new DecimalType('number');
const numbers = () => new ArrayType<number>((v) => Number(v));

@ObjectType({ description: 'Value: balances on the as-of date and daily-average financial assets (日均综合金融资产) over 12 months, CNY' })
export class ValueParts {
  @Field(() => Float, { description: 'demand, time, settlement and basic accounts open on the as-of date: last month-end balance' })
  depositBalance!: number;
  @Field(() => Float, { description: 'wealth products held on the as-of date: last month-end balance' }) wealthBalance!: number;
  @Field(() => Float, { description: 'loans and credit cards: amount owed at the last month-end' }) loanBalance!: number;
  @Field(() => Float, { description: 'mean over the 12 months of the monthly average balances of deposits and wealth' })
  dailyAvgAssets!: number;
  @Field(() => Float, {
    description: 'the same, each kind weighted by the active policy’s asset coefficients (1 when no policy is active)',
  })
  weightedAssets!: number;
  @Field(() => Float, {
    description: 'the weighted assets on the radar’s 0–100 log scale: 100 at 5,000,000 CNY and above, 0 for none',
  })
  score!: number;
}

@ObjectType({ description: 'Contribution 贡献度 over 12 months, CNY: total = margins + fees + intermediary − cost allowance' })
export class ContributionParts {
  @Field(() => Float, { description: 'average deposit balance × (transfer price − deposit rate)' }) depositMargin!: number;
  @Field(() => Float, { description: 'average loan / card balance × (loan rate − transfer price)' }) loanMargin!: number;
  @Field(() => Float, { description: 'fees debited' }) feeIncome!: number;
  @Field(() => Float, { description: 'a share of collection/payment agency, bill settlement and wealth purchase volumes' })
  intermediaryIncome!: number;
  @Field(() => Float, { description: 'cost to serve the accounts held' }) costAllowance!: number;
  @Field(() => Float) total!: number;
  @Field(() => Float, { description: 'the total on the radar’s 0–100 log scale: 100 at 100,000 CNY and above, 0 for none or a loss' })
  score!: number;
}

@ObjectType({ description: 'Loyalty 忠诚度 0–100 from tenure, activity and products held' })
export class LoyaltyParts {
  @Field(() => Float, { description: 'years since the first account was opened' }) tenureYears!: number;
  @Field(() => Int, { description: 'months of the last 12 with a transaction of the customer’s own' }) activeMonths!: number;
  @Field(() => Int, { description: 'kinds of account open on the as-of date' }) productsHeld!: number;
  @Field(() => Float) score!: number;
}

@ObjectType({
  description:
    'Satisfaction 满意度 0–100 from surveys and complaints of 12 months; not measured (score null) with neither — tier rules then compare the neutral 60',
})
export class SatisfactionParts {
  @Field(() => Float, { nullable: true, description: 'average CSAT 1–5' }) avgCsat!: number | null;
  @Field(() => Float, { nullable: true, description: 'average NPS answer 0–10' }) avgNps!: number | null;
  @Field(() => Int, { description: 'service cases opened in 12 months' }) complaints12m!: number;
  @Field(() => Boolean, { description: 'false when the customer had neither a survey nor a complaint in 12 months' })
  measured!: boolean;
  @Field(() => Float, { nullable: true, description: 'null when not measured' }) score!: number | null;
}

@ObjectType({ description: 'Relevance 关联度 0–100 from product families and relationships' })
export class RelevanceParts {
  @Field(() => Int, { description: 'deposit, settlement, loan, card, wealth — families held on the as-of date' }) productFamilies!: number;
  @Field(() => Int, { description: 'household, corporate and guarantee relationships, either direction' }) relationships!: number;
  @Field(() => Float) score!: number;
}

// the channel mix is computed from customers_api.account_transaction.channel: the same enum
registerEnumType(TransactionChannel, { name: 'TransactionChannel' });

@ObjectType()
export class ChannelShare {
  @Field(() => TransactionChannel) channel!: TransactionChannel;
  @Field(() => Float, { description: 'share of the customer’s own transactions in 12 months, 0–1' }) share!: number;
}

@ObjectType()
export class MonthlyBalance {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Float, { description: 'deposits at month end' }) deposits!: number;
  @Field(() => Float, { description: 'loans and cards owed at month end' }) loans!: number;
}

/**
 * One customer's five degrees (五度) and behaviour as of a date — every input kept, so each number can
 * be explained. Written only by the scoring statement (src/scoring/scoring.sql.ts), set-based.
 */
@ObjectType({ description: 'The five degrees and transaction behaviour of a customer as of a date' })
@Entity({ tableName: 'customer_score' })
export class CustomerScore {
  [PrimaryKeyProp]?: ['customerId', 'asOf'];
  [OptionalProps]?: 'computedAt';

  @PrimaryKey() customerId!: number;
  @PrimaryKey({ type: 'date' }) asOf!: string;

  @Property() homeOrgUnitId!: number;
  @Property() homeOrgPath!: string;

  @Property({ type: money() }) depositBalance!: number;
  @Property({ type: money() }) wealthBalance!: number;
  @Property({ type: money() }) loanBalance!: number;
  @Property({ type: money() }) dailyAvgAssets!: number;
  @Property({ type: money() }) weightedAssets!: number;

  @Property({ type: money() }) depositMargin!: number;
  @Property({ type: money() }) loanMargin!: number;
  @Property({ type: money() }) feeIncome!: number;
  @Property({ type: money() }) intermediaryIncome!: number;
  @Property({ type: money() }) costAllowance!: number;
  @Property({ type: money() }) contribution!: number;

  @Property({ type: money() }) tenureYears!: number;
  @Property() activeMonths!: number;
  @Property() productsHeld!: number;
  @Property({ type: money() }) loyalty!: number;

  @Property({ type: money(), nullable: true }) avgCsat!: number | null;
  @Property({ type: money(), nullable: true }) avgNps!: number | null;
  @Property({ fieldName: 'complaints_12m' }) complaints12m!: number;
  @Property({ type: money() }) satisfaction!: number;

  @Property() productFamilies!: number;
  @Property() relationships!: number;
  @Property({ type: money() }) relevance!: number;

  @Field(() => Int, { nullable: true, description: 'days since the customer’s last own transaction; null when none in 12 months' })
  @Property({ nullable: true })
  recencyDays!: number | null;

  @Field(() => Int, { description: 'the customer’s own transactions in 12 months (interest and fees are the bank’s, not counted)' })
  @Property({ fieldName: 'frequency_12m' })
  frequency12m!: number;

  @Field(() => Float, { description: 'their total amount, CNY' })
  @Property({ type: money(), fieldName: 'monetary_12m' })
  monetary12m!: number;

  /** { "MOBILE": 0.6, "POS": 0.4 } */
  @Property({ type: 'json' }) channelMix!: Record<string, number>;
  @Property({ type: numbers() }) depositTrend!: number[];
  @Property({ type: numbers() }) loanTrend!: number[];

  @Field(() => Boolean)
  @Property()
  churnRisk!: boolean;

  /** [{ "code": "DEPOSITS_DOWN", "percent": 60, "from": 50000, "to": 20000 }, …] — codes and figures, no words */
  @Property({ type: 'json', fieldName: 'churn_reasons' }) churnReasonRows!: ChurnReasonRow[];

  /** written by the tier policy (src/tier-policy) */
  @Property({ nullable: true }) policyId!: number | null;
  @Field(() => Tier, { nullable: true, description: 'the tier the active policy placed the customer in on this date' })
  @Property({ type: 'string', nullable: true })
  tier!: Tier | null;
  @Property({ type: 'json', nullable: true }) tierEvidence!: Record<string, unknown> | null;

  @Field(() => Date, { description: 'when it was computed (the only value that differs between two runs for the same date)' })
  @Property({ type: 'timestamptz' })
  computedAt!: Date;

  @Field(() => ID, { name: 'customerId' })
  get customerKey(): string {
    return String(this.customerId);
  }

  @Field(() => String, { name: 'asOf', description: 'YYYY-MM-DD' })
  get asOfDate(): string {
    return this.asOf;
  }

  @Field(() => ValueParts)
  get value(): ValueParts {
    return {
      depositBalance: this.depositBalance,
      wealthBalance: this.wealthBalance,
      loanBalance: this.loanBalance,
      dailyAvgAssets: this.dailyAvgAssets,
      weightedAssets: this.weightedAssets,
      score: amountScore(this.weightedAssets, SCORING_CONSTANTS.radar.valueFullAt),
    };
  }

  @Field(() => ContributionParts, { name: 'contribution' })
  get contributionParts(): ContributionParts {
    return {
      depositMargin: this.depositMargin,
      loanMargin: this.loanMargin,
      feeIncome: this.feeIncome,
      intermediaryIncome: this.intermediaryIncome,
      costAllowance: this.costAllowance,
      total: this.contribution,
      score: amountScore(this.contribution, SCORING_CONSTANTS.radar.contributionFullAt),
    };
  }

  @Field(() => LoyaltyParts, { name: 'loyalty' })
  get loyaltyParts(): LoyaltyParts {
    return { tenureYears: this.tenureYears, activeMonths: this.activeMonths, productsHeld: this.productsHeld, score: this.loyalty };
  }

  @Field(() => SatisfactionParts, { name: 'satisfaction' })
  get satisfactionParts(): SatisfactionParts {
    const measured = satisfactionMeasured(this.avgCsat, this.avgNps, this.complaints12m);
    return {
      avgCsat: this.avgCsat,
      avgNps: this.avgNps,
      complaints12m: this.complaints12m,
      measured,
      score: measured ? this.satisfaction : null,
    };
  }

  @Field(() => RelevanceParts, { name: 'relevance' })
  get relevanceParts(): RelevanceParts {
    return { productFamilies: this.productFamilies, relationships: this.relationships, score: this.relevance };
  }

  @Field(() => [ChannelShare], { name: 'channelMix', description: 'largest share first' })
  get channelShares(): ChannelShare[] {
    return Object.entries(this.channelMix ?? {})
      .map(([channel, share]) => ({ channel: channel as TransactionChannel, share: Number(share) }))
      .sort((a, b) => b.share - a.share || a.channel.localeCompare(b.channel));
  }

  // at most one reason per rule: the gateway's cost limit prices the list by this, not by its default of 20
  @Directive(`@listSize(assumedSize: ${Object.keys(ChurnReasonCode).length})`)
  @Field(() => [ChurnReason], {
    description:
      'why the customer is at risk of leaving (empty when not): DEPOSITS_DOWN, INACTIVE_90D, COMPLAINT_LOW_CSAT, PRODUCTS_DROPPED — the rules’ order',
  })
  get churnReasons(): ChurnReason[] {
    return (this.churnReasonRows ?? []).map((r) => ChurnReason.of(r));
  }

  @Field(() => [MonthlyBalance], { description: 'the 12 months before the as-of date, oldest first' })
  get trend(): MonthlyBalance[] {
    return trendMonths(this.asOf).map((month, i) => ({ month, deposits: this.depositTrend[i] ?? 0, loans: this.loanTrend[i] ?? 0 }));
  }
}

/** The 12 months of a score ('YYYY-MM', oldest first): ending with the last month complete on as_of — as the SQL. */
export function trendMonths(asOf: string): string[] {
  const [y, m, d] = asOf.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1)); // as_of + 1 day: its month is the first not complete
  const months: string[] = [];
  for (let i = 12; i >= 1; i -= 1) {
    const t = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() - i, 1));
    months.push(`${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}
