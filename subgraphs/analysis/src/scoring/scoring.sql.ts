/**
 * The five degrees (五度) and transaction behaviour of every customer of an id range, as of a date:
 * ONE set-based statement over customers' published views (customers_api.*), upserted into
 * analysis.customer_score. The batch job runs it per id chunk; recomputing one customer runs it with
 * lo = hi = the id. Nothing in a value depends on the clock or on chance (computed_at aside), so the
 * same date gives the same result.
 *
 * Windows (all days are Beijing days, Asia/Shanghai — never the session's time zone):
 * - the 12 MONTHS: the 12 calendar months ending with the last month complete on as_of
 *   (as_of 2025-12-31 or 2026-01-01 → January … December 2025). Balances, trends, activity.
 * - the 12-month PERIOD: the days (as_of − 1 year, as_of]. Transactions, surveys, complaints.
 * - the last 90 days: (as_of − 90 days, as_of]. Churn signals.
 *
 * The constants the bank must be able to explain are in SCORING_CONSTANTS (and the README).
 */

/** Every number the definitions use, in one place. Rates are percent per year. */
export const SCORING_CONSTANTS = {
  /** internal funds transfer price (FTP) deposits are credited and loans charged, % per year */
  transferPricePct: 2.5,
  /** intermediary income as a share of the volume of each category */
  intermediaryShare: { COLLECTION_PAYMENT_AGENCY: 0.001, BILL_SETTLEMENT: 0.0005, WEALTH_PURCHASE: 0.005 },
  /** cost to serve one account for a year, CNY (charged per account-month held) */
  costPerAccountYear: 50,
  /** loyalty: points for tenure (full at 10 years), activity (full at 12 active months), products (full at 4 kinds) */
  loyalty: { tenurePoints: 40, tenureFullYears: 10, activityPoints: 40, productPoints: 20, productsFull: 4 },
  /**
   * satisfaction with no survey in 12 months; points lost per complaint. A customer with neither a
   * survey nor a complaint in 12 months is NOT MEASURED (satisfactionMeasured): the column keeps the
   * neutral value so the tier rules that compare satisfaction place them as they always did (the
   * approved policies' meaning), while the API gives their satisfaction score as null, measured: false.
   */
  satisfaction: { neutral: 60, perComplaint: 10 },
  /**
   * the radar's 0–100 for the two degrees that are amounts (value = 日均综合金融资产, contribution):
   * 100 × log10(1 + amount) / log10(1 + fullAt), capped at 100, 0 for nothing or a loss — a log scale,
   * as balances span orders of magnitude (50 k → 70, 300 k → 82, 1 M → 90, the VIP line 5 M → 100).
   */
  radar: { valueFullAt: 5_000_000, contributionFullAt: 100_000 },
  /** relevance: points per product family held, per relationship */
  relevance: { perFamily: 15, perRelationship: 5 },
  /** churn: deposits fall by more than this share over 6 months (from at least minBase CNY) */
  churn: { depositDropShare: 0.3, depositMinBase: 1000, inactiveDays: 90, lowCsat: 2 },
  /** the bank's calendar */
  timeZone: 'Asia/Shanghai',
} as const;

const C = SCORING_CONSTANTS;
const DEPOSIT_KINDS = `('DEMAND_DEPOSIT','TIME_DEPOSIT','SETTLEMENT','BASIC')`;
const LOAN_KINDS = `('LOAN','CREDIT_CARD')`;
/** bank postings, not the customer's doing: left out of behaviour (recency, frequency, activity, channels) */
const BANK_POSTINGS = `('INTEREST','FEE')`;
const tz = `'${C.timeZone}'`;

/** The columns the statement writes (tier columns are the tier policy's, computed_at is the clock's). */
export const SCORE_COLUMNS = [
  'customer_id',
  'as_of',
  'home_org_unit_id',
  'home_org_path',
  'deposit_balance',
  'wealth_balance',
  'loan_balance',
  'daily_avg_assets',
  'weighted_assets',
  'deposit_margin',
  'loan_margin',
  'fee_income',
  'intermediary_income',
  'cost_allowance',
  'contribution',
  'tenure_years',
  'active_months',
  'products_held',
  'loyalty',
  'avg_csat',
  'avg_nps',
  'complaints_12m',
  'satisfaction',
  'product_families',
  'relationships',
  'relevance',
  'recency_days',
  'frequency_12m',
  'monetary_12m',
  'channel_mix',
  'deposit_trend',
  'loan_trend',
  'churn_risk',
  'churn_reasons',
] as const;

/**
 * Parameters (knex `?`): as_of (YYYY-MM-DD), lo, hi — the inclusive customer-id range.
 * Returns one row per customer scored (`customer_id`).
 */
export const SCORE_SQL = `
with w as (
  select d as as_of, lo, hi,
         (date_trunc('month', d + 1) - interval '12 months')::date as m_first,   -- first of the 12 months
         (date_trunc('month', d + 1) - interval '1 month')::date   as m_last,    -- last complete month
         (d - interval '6 months')::date                            as six_ago,
         ((d - interval '1 year')::date + 1)::timestamp at time zone ${tz} as p_from,   -- period start
         (d + 1)::timestamp at time zone ${tz}                       as p_to,     -- period end (exclusive)
         (d - 89)::timestamp at time zone ${tz}                      as d90_from  -- last 90 days
  from (select ?::date as d, ?::int as lo, ?::int as hi) p
),
coef as (   -- the ACTIVE policy's weights of 日均综合金融资产; 1 each when none is active
  select coalesce((select (asset_coefficients->>'deposit')::numeric     from analysis.tier_policy where status = 'ACTIVE'), 1) as deposit,
         coalesce((select (asset_coefficients->>'timeDeposit')::numeric from analysis.tier_policy where status = 'ACTIVE'), 1) as time_deposit,
         coalesce((select (asset_coefficients->>'wealth')::numeric      from analysis.tier_policy where status = 'ACTIVE'), 1) as wealth
),
cust as (
  select c.id, c.home_org_unit_id, c.home_org_path, (c.created_at at time zone ${tz})::date as created_on
  from customers_api.customer c, w
  where c.id between w.lo and w.hi and c.status <> 'MERGED'
),
gone as (   -- a customer merged since an earlier run of this date is scored no more
  delete from analysis.customer_score s using customers_api.customer c, w
  where s.as_of = w.as_of and s.customer_id between w.lo and w.hi and c.id = s.customer_id and c.status = 'MERGED'
),
months as (
  select generate_series(w.m_first, w.m_last, interval '1 month')::date as month from w
),
-- balances of the 12 months, per account and month
bal as (
  select b.account_id, b.customer_id, b.kind, b.month, b.average_balance, b.closing_balance
  from customers_api.balance_monthly b, w
  where b.customer_id between w.lo and w.hi and b.month between w.m_first and w.m_last
),
-- per account: open on as_of and six months before, its 12-month average, its month-end balance
acct as (
  select a.id, a.customer_id, a.kind, coalesce(a.interest_rate, 0) as rate,
         bool_or(a.opened_on <= w.as_of and (a.closed_on is null or a.closed_on > w.as_of))     as open_now,
         bool_or(a.opened_on <= w.six_ago and (a.closed_on is null or a.closed_on > w.six_ago)) as open_before,
         coalesce(sum(b.average_balance), 0) / 12                              as avg_12m,
         count(b.month)                                                        as months_held,
         coalesce(sum(b.closing_balance) filter (where b.month = w.m_last), 0) as closing_last,
         min(a.opened_on) filter (where a.opened_on <= w.as_of)                as opened_on
  from customers_api.account a cross join w
  left join bal b on b.account_id = a.id
  where a.customer_id between w.lo and w.hi
  group by a.id, a.customer_id, a.kind, a.interest_rate
),
value as (
  select a.customer_id,
    round(coalesce(sum(a.closing_last) filter (where a.open_now and a.kind in ${DEPOSIT_KINDS}), 0), 2) as deposit_balance,
    round(coalesce(sum(a.closing_last) filter (where a.open_now and a.kind = 'WEALTH'), 0), 2)          as wealth_balance,
    round(coalesce(sum(a.closing_last) filter (where a.open_now and a.kind in ${LOAN_KINDS}), 0), 2)   as loan_balance,
    round(coalesce(sum(a.avg_12m) filter (where a.kind in ${DEPOSIT_KINDS} or a.kind = 'WEALTH'), 0), 2) as daily_avg_assets,
    round(coalesce(sum(a.avg_12m * case a.kind when 'TIME_DEPOSIT' then coef.time_deposit when 'WEALTH' then coef.wealth else coef.deposit end)
                   filter (where a.kind in ${DEPOSIT_KINDS} or a.kind = 'WEALTH'), 0), 2) as weighted_assets,
    round(coalesce(sum(a.avg_12m * (${C.transferPricePct} - a.rate) / 100) filter (where a.kind in ${DEPOSIT_KINDS}), 0), 2) as deposit_margin,
    round(coalesce(sum(a.avg_12m * (a.rate - ${C.transferPricePct}) / 100) filter (where a.kind in ${LOAN_KINDS}), 0), 2)    as loan_margin,
    round(coalesce(sum(a.months_held), 0) * ${C.costPerAccountYear} / 12.0, 2) as cost_allowance,
    min(a.opened_on) as first_opened_on,
    count(distinct a.kind) filter (where a.open_now)    as products_held,
    count(distinct a.kind) filter (where a.open_before) as products_before,
    count(distinct case when a.kind in ('DEMAND_DEPOSIT','TIME_DEPOSIT') then 'DEPOSIT' when a.kind in ('SETTLEMENT','BASIC') then 'SETTLEMENT' else a.kind end)
      filter (where a.open_now) as product_families
  from acct a cross join coef
  group by a.customer_id
),
trend as (   -- month-end deposits and loans, the 12 months oldest first (0 where nothing was held)
  select c.id as customer_id,
         array_agg(round(coalesce(t.deposits, 0), 2) order by m.month) as deposit_trend,
         array_agg(round(coalesce(t.loans, 0), 2) order by m.month)    as loan_trend
  from cust c cross join months m
  left join (select customer_id, month,
                    sum(closing_balance) filter (where kind in ${DEPOSIT_KINDS}) as deposits,
                    sum(closing_balance) filter (where kind in ${LOAN_KINDS})    as loans
             from bal group by customer_id, month) t on t.customer_id = c.id and t.month = m.month
  group by c.id
),
-- transactions of the 12-month period (and of the 12 months, for activity), per customer and channel
tx_ch as (
  select t.customer_id, t.channel,
    count(*) filter (where t.booked_at >= w.p_from and t.category not in ${BANK_POSTINGS})            as behaviour_n,
    sum(t.amount) filter (where t.booked_at >= w.p_from and t.category not in ${BANK_POSTINGS})       as behaviour_amount,
    max(t.booked_at) filter (where t.booked_at >= w.p_from and t.category not in ${BANK_POSTINGS})    as last_at,
    sum(t.amount) filter (where t.booked_at >= w.p_from and t.category = 'FEE' and t.direction = 'DEBIT') as fees,
    sum(t.amount) filter (where t.booked_at >= w.p_from and t.category = 'COLLECTION_PAYMENT_AGENCY') as agency,
    sum(t.amount) filter (where t.booked_at >= w.p_from and t.category = 'BILL_SETTLEMENT')           as bills,
    sum(t.amount) filter (where t.booked_at >= w.p_from and t.category = 'WEALTH_PURCHASE')           as wealth_bought,
    -- one bit per month of the 12 months with a transaction of the customer's own
    bit_or(1 << ((extract(year from t.booked_at at time zone ${tz}) * 12 + extract(month from t.booked_at at time zone ${tz}))
                 - (extract(year from w.m_first) * 12 + extract(month from w.m_first)))::int)
      filter (where t.category not in ${BANK_POSTINGS}
              and (t.booked_at at time zone ${tz})::date >= w.m_first
              and (t.booked_at at time zone ${tz})::date < (w.m_last + interval '1 month')::date) as month_bits
  from customers_api.transaction t, w
  where t.customer_id between w.lo and w.hi
    and t.booked_at >= least(w.p_from, w.m_first::timestamp at time zone ${tz}) and t.booked_at < w.p_to
  group by t.customer_id, t.channel
),
tx as (
  select x.customer_id,
    coalesce(sum(x.behaviour_n), 0)::int                as frequency_12m,
    round(coalesce(sum(x.behaviour_amount), 0), 2)      as monetary_12m,
    max(x.last_at)                                      as last_at,
    round(coalesce(sum(x.fees), 0), 2)                  as fee_income,
    round(coalesce(sum(x.agency), 0) * ${C.intermediaryShare.COLLECTION_PAYMENT_AGENCY}
        + coalesce(sum(x.bills), 0) * ${C.intermediaryShare.BILL_SETTLEMENT}
        + coalesce(sum(x.wealth_bought), 0) * ${C.intermediaryShare.WEALTH_PURCHASE}, 2) as intermediary_income,
    length(replace(coalesce(bit_or(x.month_bits), 0)::bit(12)::text, '0', ''))::int as active_months,
    coalesce(jsonb_object_agg(x.channel, round(x.behaviour_n::numeric / nullif(tot.n, 0), 4)) filter (where x.behaviour_n > 0), '{}'::jsonb) as channel_mix
  from tx_ch x
  join (select customer_id, sum(behaviour_n) as n from tx_ch group by customer_id) tot on tot.customer_id = x.customer_id
  group by x.customer_id
),
sv as (
  select s.customer_id, round(avg(s.csat), 2) as avg_csat, round(avg(s.nps), 2) as avg_nps,
         min(s.csat) filter (where s.surveyed_at >= w.d90_from) as min_csat_90d
  from customers_api.survey s, w
  where s.customer_id between w.lo and w.hi and s.surveyed_at >= w.p_from and s.surveyed_at < w.p_to
  group by s.customer_id
),
sc as (
  select s.customer_id, count(*)::int as complaints_12m, count(*) filter (where s.opened_at >= w.d90_from)::int as complaints_90d
  from customers_api.service_case s, w
  where s.customer_id between w.lo and w.hi and s.opened_at >= w.p_from and s.opened_at < w.p_to
  group by s.customer_id
),
rel as (   -- relationships count from both ends
  select customer_id, count(*)::int as relationships from (
    select r.from_customer_id as customer_id from customers_api.relationship r, w where r.from_customer_id between w.lo and w.hi
    union all
    select r.to_customer_id from customers_api.relationship r, w where r.to_customer_id between w.lo and w.hi
  ) x group by customer_id
),
parts as (
  select c.id as customer_id, w.as_of, c.home_org_unit_id, c.home_org_path,
    coalesce(v.deposit_balance, 0) as deposit_balance, coalesce(v.wealth_balance, 0) as wealth_balance, coalesce(v.loan_balance, 0) as loan_balance,
    coalesce(v.daily_avg_assets, 0) as daily_avg_assets, coalesce(v.weighted_assets, 0) as weighted_assets,
    coalesce(v.deposit_margin, 0) as deposit_margin, coalesce(v.loan_margin, 0) as loan_margin,
    coalesce(tx.fee_income, 0) as fee_income, coalesce(tx.intermediary_income, 0) as intermediary_income, coalesce(v.cost_allowance, 0) as cost_allowance,
    round(greatest(0, w.as_of - coalesce(v.first_opened_on, c.created_on)) / 365.25, 2) as tenure_years,
    coalesce(tx.active_months, 0) as active_months,
    coalesce(v.products_held, 0)::int as products_held, coalesce(v.products_before, 0)::int as products_before,
    sv.avg_csat, sv.avg_nps, coalesce(sc.complaints_12m, 0) as complaints_12m,
    coalesce(v.product_families, 0)::int as product_families, coalesce(rel.relationships, 0) as relationships,
    case when tx.last_at is null then null else w.as_of - (tx.last_at at time zone ${tz})::date end as recency_days,
    coalesce(tx.frequency_12m, 0) as frequency_12m, coalesce(tx.monetary_12m, 0) as monetary_12m,
    coalesce(tx.channel_mix, '{}'::jsonb) as channel_mix,
    t.deposit_trend, t.loan_trend,
    coalesce(sc.complaints_90d, 0) as complaints_90d, sv.min_csat_90d
  from cust c cross join w
  join trend t on t.customer_id = c.id
  left join value v on v.customer_id = c.id
  left join tx on tx.customer_id = c.id
  left join sv on sv.customer_id = c.id
  left join sc on sc.customer_id = c.id
  left join rel on rel.customer_id = c.id
),
scored as (
  select p.*,
    p.deposit_margin + p.loan_margin + p.fee_income + p.intermediary_income - p.cost_allowance as contribution,
    round(least(100,
        ${C.loyalty.tenurePoints} * least(p.tenure_years / ${C.loyalty.tenureFullYears}, 1)
      + ${C.loyalty.activityPoints} * p.active_months / 12.0
      + ${C.loyalty.productPoints} * least(p.products_held / ${C.loyalty.productsFull}.0, 1)), 2) as loyalty,
    round(greatest(0, least(100,
        case when p.avg_csat is null and p.avg_nps is null then ${C.satisfaction.neutral}
             when p.avg_nps is null then (p.avg_csat - 1) * 25
             when p.avg_csat is null then p.avg_nps * 10
             else ((p.avg_csat - 1) * 25 + p.avg_nps * 10) / 2 end
      - ${C.satisfaction.perComplaint} * p.complaints_12m)), 2) as satisfaction,
    round(least(100, ${C.relevance.perFamily} * p.product_families + ${C.relevance.perRelationship} * p.relationships), 2) as relevance,
    -- codes and figures only (ChurnReasonCode, churn-reason.ts): the words are the reader's, in its language
    to_jsonb(array_remove(array[
      case when p.deposit_trend[6] >= ${C.churn.depositMinBase} and p.deposit_trend[12] < p.deposit_trend[6] * ${1 - C.churn.depositDropShare}
           then jsonb_build_object('code', 'DEPOSITS_DOWN', 'percent', round((1 - p.deposit_trend[12] / p.deposit_trend[6]) * 100),
                                   'from', p.deposit_trend[6], 'to', p.deposit_trend[12]) end,
      case when p.products_held > 0 and (p.recency_days is null or p.recency_days > ${C.churn.inactiveDays})
           then jsonb_build_object('code', 'INACTIVE_90D', 'days', p.recency_days) end,
      case when p.complaints_90d > 0 and p.min_csat_90d <= ${C.churn.lowCsat}
           then jsonb_build_object('code', 'COMPLAINT_LOW_CSAT', 'complaints', p.complaints_90d, 'csat', p.min_csat_90d) end,
      case when p.products_held < p.products_before
           then jsonb_build_object('code', 'PRODUCTS_DROPPED', 'from', p.products_before, 'to', p.products_held) end
    ], null)) as churn_reasons
  from parts p
)
insert into analysis.customer_score (${SCORE_COLUMNS.join(', ')})
select ${SCORE_COLUMNS.map((c) => (c === 'churn_risk' ? 'jsonb_array_length(churn_reasons) > 0' : c)).join(', ')}
from scored
on conflict (customer_id, as_of) do update set
  ${SCORE_COLUMNS.filter((c) => c !== 'customer_id' && c !== 'as_of')
    .map((c) => `${c} = excluded.${c}`)
    .join(',\n  ')},
  computed_at = now()
returning customer_id`;

/** Whether a customer's satisfaction was measured: a survey (CSAT or NPS) or a complaint in the 12-month period. */
export const satisfactionMeasured = (avgCsat: number | null, avgNps: number | null, complaints12m: number): boolean =>
  avgCsat != null || avgNps != null || complaints12m > 0;

/** An amount on the radar's 0–100 log scale (SCORING_CONSTANTS.radar), to two decimals. */
export function amountScore(amount: number, fullAt: number): number {
  if (!(amount > 0)) return 0;
  return Math.round(Math.min(100, (100 * Math.log10(1 + amount)) / Math.log10(1 + fullAt)) * 100) / 100;
}
