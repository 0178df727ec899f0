import { withSql, staffClaims, tokenFor } from '@crm/kit/testing';

/**
 * Fixtures of the tier tests: customers (customers' table — the published view analysis reads sits on
 * it) and hand-built score rows with exact values, so thresholds can be hit to the cent.
 * The tiny bank: HO=1 '/1/', BJ=2 '/1/2/', BJ01=3 '/1/2/3/', BJ0101=4, BJ0102=5, SH=6 '/1/6/', SH01=7, SH0101=8.
 */
export const OUTLETS = {
  BJ0101: { id: 4, path: '/1/2/3/4/' },
  BJ0102: { id: 5, path: '/1/2/3/5/' },
  SH0101: { id: 8, path: '/1/6/7/8/' },
} as const;
export type Outlet = keyof typeof OUTLETS;

let serial = 0;
/** n customers homed at an outlet; returns their ids. */
export async function insertCustomers(url: string, outlet: Outlet, n: number): Promise<number[]> {
  const start = serial;
  serial += n;
  const { id, path } = OUTLETS[outlet];
  const rows = await withSql(url, (q) =>
    q(
      `insert into customers.customer (customer_no, kind, name, id_number, home_org_unit_id, home_org_path)
     select 'T' || lpad(($1::int + g)::text, 9, '0'), 'INDIVIDUAL', $2 || '客户' || g, '11010519900101' || lpad(($1::int + g)::text, 4, '0'), $3::int, $4
     from generate_series(1, $5::int) g order by g returning id`,
      [start, outlet, id, path, n],
    ),
  );
  return rows.map((r) => r.id as number);
}

export interface ScoreRow {
  customerId: number;
  asOf: string;
  outlet: Outlet;
  weightedAssets?: number;
  dailyAvgAssets?: number;
  depositBalance?: number;
  wealthBalance?: number;
  loanBalance?: number;
  contribution?: number;
  loyalty?: number;
  satisfaction?: number;
  relevance?: number;
  tenureYears?: number;
  complaints12m?: number;
  frequency12m?: number;
  churnRisk?: boolean;
}

/** Score rows exactly as given (everything else 0), untiered — ONE statement. */
export async function insertScores(url: string, rows: ScoreRow[]) {
  const json = rows.map((r) => ({ ...r, unit: OUTLETS[r.outlet].id, path: OUTLETS[r.outlet].path }));
  await withSql(url, (q) =>
    q(
      `insert into analysis.customer_score (customer_id, as_of, home_org_unit_id, home_org_path,
       deposit_balance, wealth_balance, loan_balance, daily_avg_assets, weighted_assets,
       deposit_margin, loan_margin, fee_income, intermediary_income, cost_allowance, contribution,
       tenure_years, active_months, products_held, loyalty, avg_csat, avg_nps, complaints_12m, satisfaction,
       product_families, relationships, relevance, recency_days, frequency_12m, monetary_12m, channel_mix,
       deposit_trend, loan_trend, churn_risk, churn_reasons)
     select r."customerId", r."asOf", r.unit, r.path,
       coalesce(r."depositBalance", 0), coalesce(r."wealthBalance", 0), coalesce(r."loanBalance", 0),
       coalesce(r."dailyAvgAssets", 0), coalesce(r."weightedAssets", 0),
       0, 0, 0, 0, 0, coalesce(r.contribution, 0),
       coalesce(r."tenureYears", 0), 0, 0, coalesce(r.loyalty, 0), null, null, coalesce(r."complaints12m", 0), coalesce(r.satisfaction, 0),
       0, 0, coalesce(r.relevance, 0), null, coalesce(r."frequency12m", 0), 0, '{}'::jsonb,
       '{}'::numeric[], '{}'::numeric[], coalesce(r."churnRisk", false),
       case when r."churnRisk" then '[{"code": "INACTIVE_90D", "days": 120}]'::jsonb else '[]'::jsonb end
     from jsonb_to_recordset($1::jsonb) as r("customerId" int, "asOf" date, unit int, path text,
       "depositBalance" numeric, "wealthBalance" numeric, "loanBalance" numeric, "dailyAvgAssets" numeric, "weightedAssets" numeric,
       contribution numeric, loyalty numeric, satisfaction numeric, relevance numeric, "tenureYears" numeric,
       "complaints12m" int, "frequency12m" int, "churnRisk" boolean)`,
      [JSON.stringify(json)],
    ),
  );
}

/**
 * Callers of the tier tests. Two head-office analysts, like the seeded bank's hq.analyst and
 * hq.analyst02: one drafts a policy (maker), the other approves it (checker).
 */
export const tokens = async () => ({
  analyst: await tokenFor(
    staffClaims({ orgPath: '/1/', sub: '1', orgUnitId: '1', level: 'HEAD_OFFICE', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] }),
  ),
  analyst02: await tokenFor(
    staffClaims({ orgPath: '/1/', sub: '10', orgUnitId: '1', level: 'HEAD_OFFICE', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] }),
  ),
  hoProduct: await tokenFor(
    staffClaims({ orgPath: '/1/', sub: '11', orgUnitId: '1', level: 'HEAD_OFFICE', department: 'PRODUCT', roles: ['PRODUCT_MANAGER'] }),
  ),
  hoTrainer: await tokenFor(
    staffClaims({ orgPath: '/1/', sub: '9', orgUnitId: '1', level: 'HEAD_OFFICE', department: 'TRAINING', roles: ['TRAINER'] }),
  ),
  bjHead: await tokenFor(
    staffClaims({
      orgPath: '/1/2/',
      sub: '2',
      orgUnitId: '2',
      level: 'BRANCH',
      department: 'RETAIL',
      roles: ['BRANCH_LEADER', 'STRATEGY_ANALYST'],
    }),
  ),
  bj0101: await tokenFor(staffClaims({ orgPath: '/1/2/3/4/', sub: '3', orgUnitId: '4' })),
  sh0101: await tokenFor(staffClaims({ orgPath: '/1/6/7/8/', sub: '5', orgUnitId: '8' })),
});

/** tier per customer at an as-of, straight from the table */
export async function tiersAt(url: string, asOf: string): Promise<Record<number, string | null>> {
  const rows = await withSql(url, (q) =>
    q('select customer_id, tier from analysis.customer_score where as_of = $1 order by customer_id', [asOf]),
  );
  return Object.fromEntries(rows.map((r) => [r.customer_id, r.tier]));
}
