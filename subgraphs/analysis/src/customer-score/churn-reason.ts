import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Why a customer is flagged at risk of leaving: a closed set, published as a GraphQL enum so that every
 * client can label each value (the portal's labels are typed over it: frontends/ui-kit/src/churn-reasons.ts).
 * The rules are the scoring statement's (src/scoring/scoring.sql.ts); a new value needs a migration that
 * widens the `customer_score_churn_reason_codes` check, and a zh and an en label in the portal.
 */
export enum ChurnReasonCode {
  DEPOSITS_DOWN = 'DEPOSITS_DOWN',
  INACTIVE_90D = 'INACTIVE_90D',
  COMPLAINT_LOW_CSAT = 'COMPLAINT_LOW_CSAT',
  PRODUCTS_DROPPED = 'PRODUCTS_DROPPED',
}
registerEnumType(ChurnReasonCode, {
  name: 'ChurnReasonCode',
  description: 'why a customer is at risk of leaving',
  valuesConfig: {
    DEPOSITS_DOWN: {
      description: '存款下降: month-end deposits of the last month below 70 % of those 6 months earlier (which were at least 1,000 CNY)',
    },
    INACTIVE_90D: { description: '90天无交易: holds a product but no own transaction for more than 90 days (or none in 12 months)' },
    COMPLAINT_LOW_CSAT: { description: '投诉且满意度低: a complaint and a survey with CSAT ≤ 2, both in the last 90 days' },
    PRODUCTS_DROPPED: { description: '产品减少: fewer account kinds held than 6 months before' },
  },
});

/** As stored in analysis.customer_score.churn_reasons (jsonb array): the code and the figures of that code. */
export interface ChurnReasonRow {
  code: ChurnReasonCode;
  percent?: number | null;
  from?: number | null;
  to?: number | null;
  days?: number | null;
  complaints?: number | null;
  csat?: number | null;
}

const cny = (v: number) => v.toFixed(2);

/**
 * One churn reason: its code and its figures as numbers, so a client formats them in its user's
 * language (the portal does); `detail` says the same in English words for everyone else (the
 * explorer, exports, logs). Each figure is set for the codes that have it and null otherwise.
 */
@ObjectType({ description: 'a reason a customer is at risk of leaving: the code and its figures' })
export class ChurnReason {
  @Field(() => ChurnReasonCode) code!: ChurnReasonCode;

  @Field(() => Float, {
    nullable: true,
    description: 'DEPOSITS_DOWN: how far month-end deposits fell over 6 months, percent of the earlier (whole percent)',
  })
  percent!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'DEPOSITS_DOWN: month-end deposits 6 months before the last month, CNY; PRODUCTS_DROPPED: account kinds held 6 months before the as-of date',
  })
  from!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'DEPOSITS_DOWN: month-end deposits of the last month, CNY; PRODUCTS_DROPPED: account kinds held on the as-of date',
  })
  to!: number | null;

  @Field(() => Int, { nullable: true, description: 'INACTIVE_90D: days since the last own transaction; null when none in 12 months' })
  days!: number | null;

  @Field(() => Int, { nullable: true, description: 'COMPLAINT_LOW_CSAT: complaints (service cases) opened in the last 90 days' })
  complaints!: number | null;

  @Field(() => Int, { nullable: true, description: 'COMPLAINT_LOW_CSAT: the lowest CSAT (1–5) of a survey in the last 90 days' })
  csat!: number | null;

  static of(row: ChurnReasonRow): ChurnReason {
    const r = new ChurnReason();
    r.code = row.code;
    r.percent = num(row.percent);
    r.from = num(row.from);
    r.to = num(row.to);
    r.days = num(row.days);
    r.complaints = num(row.complaints);
    r.csat = num(row.csat);
    return r;
  }

  @Field(() => String, {
    nullable: true,
    description:
      'the figures in English words, e.g. "deposits fell 60 % over 6 months (50000.00 → 20000.00 CNY)"; null when none were recorded',
  })
  get detail(): string | null {
    switch (this.code) {
      case ChurnReasonCode.DEPOSITS_DOWN:
        return this.percent == null || this.from == null || this.to == null
          ? null
          : `deposits fell ${this.percent} % over 6 months (${cny(this.from)} → ${cny(this.to)} CNY)`;
      case ChurnReasonCode.INACTIVE_90D:
        return this.days == null ? 'no transaction in 12 months' : `no transaction for ${this.days} days`;
      case ChurnReasonCode.COMPLAINT_LOW_CSAT:
        return this.complaints == null || this.csat == null
          ? null
          : `${this.complaints} complaint${this.complaints === 1 ? '' : 's'} and a CSAT of ${this.csat} in the last 90 days`;
      case ChurnReasonCode.PRODUCTS_DROPPED:
        return this.from == null || this.to == null ? null : `product kinds held fell from ${this.from} to ${this.to} in 6 months`;
      default: {
        const unknown: never = this.code;
        return unknown;
      }
    }
  }
}

const num = (v: unknown): number | null => (v == null ? null : Number(v));
