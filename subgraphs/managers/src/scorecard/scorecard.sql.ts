/**
 * THE scorecard statement: every measure of a set of managers for one month, with their targets, the
 * weights in force and the points — ONE statement whatever the number of managers or customers.
 *
 * Definitions are analysis's (subgraphs/analysis/README.md, "The five degrees"), over the same
 * published views:
 * - deposits = DEMAND_DEPOSIT, TIME_DEPOSIT, SETTLEMENT, BASIC; loans = LOAN and CREDIT_CARD (owed);
 * - a balance on a month's last day = the month's closing balance (customers_api.balance_monthly) of the
 *   accounts held that day (opened on or before it, not closed by it) — analysis's deposit/loan balance
 *   as of that day;
 * - fee income = FEE debits (customers_api.transaction), booked in the month;
 * - days and months are Beijing's (Asia/Shanghai).
 * Each customer's figures are computed first and a manager's are their sum, so a manager's deposits are
 * exactly the sum of their customers' — analysis's deposit_balance as of the month's last day. Each part
 * of a customer's is a lateral aggregate over index probes of that customer's rows, so no row estimate
 * can make it a scan of the bank's balances or transactions (as joins, a 2,000-customer card read every
 * month-end balance of a 40,000-customer test bank: 2.7 s).
 *
 * The manager's customers are their CURRENT primary assignments (one per customer), also for a past
 * month: the figures follow the relationship, as the ledger does. Customers outside the caller's scope
 * are left out (a scorecard never sums rows the caller could not see).
 *
 * New overdue loans: customers records no overdue status (an account is OPEN, FROZEN or CLOSED). The
 * closest truthful signal is a LOAN that fell due in the month (matures_on within it), was not closed
 * by the month's end and still had a closing balance above zero then — due and not repaid. Credit cards
 * have no due date in the data and are not counted.
 */

const TZ = `'Asia/Shanghai'`;
const DEPOSIT_KINDS = `('DEMAND_DEPOSIT','TIME_DEPOSIT','SETTLEMENT','BASIC')`;
const LOAN_KINDS = `('LOAN','CREDIT_CARD')`;

/** Points are the weight × the achievement, the achievement counted up to this (120 %). */
export const ACHIEVEMENT_CAP = 1.2;

/** The measures in the order of the card, each with its column in figures, targets and weights. */
export const MEASURE_COLUMNS = [
  ['DEPOSIT_STOCK', 'deposit_stock'],
  ['DEPOSIT_GROWTH', 'deposit_growth'],
  ['LOAN_STOCK', 'loan_stock'],
  ['LOAN_GROWTH', 'loan_growth'],
  ['INTERMEDIARY_INCOME', 'intermediary_income'],
  ['NEW_BASIC_ACCOUNTS', 'new_basic_accounts'],
  ['SATISFACTION', 'satisfaction'],
  ['ON_TIME_TASK_RATE', 'on_time_task_rate'],
] as const;

/** held on a day: opened on or before it and not closed by it (analysis's "held on a date") */
const held = (day: string) => `x.opened_on <= ${day} and (x.closed_on is null or x.closed_on > ${day})`;

/**
 * `managers` selects `manager_id, org_path` of the managers to score (its own `?` parameters).
 * Parameters, in order: the month's first day ('YYYY-MM-01'), the managers' parameters, the caller's
 * scope (a path prefix with '%') for the customers.
 *
 * One row per manager: `manager_id`, `customers`, the figures, `lines` (jsonb, in card order: measure,
 * actual, target, achievement, weight, points, penalty), `total`, `scored_weight`, `weights` and `targets`
 * (jsonb rows of managers.scorecard_weights and managers.manager_target, null when no target is set).
 */
export function scorecardSql(managers: string): string {
  return `
with p as (
  select m,
         ((m + interval '1 month')::date - 1)                              as m_end,     -- the month's last day
         (m - interval '1 month')::date                                    as prev_m,    -- the month before
         m - 1                                                             as prev_end,  -- its last day: the period's start
         m::timestamp at time zone ${TZ}                                   as t_from,
         (m + interval '1 month')::timestamp at time zone ${TZ}            as t_to,
         least((m + interval '1 month')::date - 1, (now() at time zone ${TZ})::date) as due_until
  from (select ?::date as m) x
),
mgr as (${managers}),
cust as (   -- the customer in scope: a lateral probe by id (limit 1 keeps it from being flattened into a join)
  select a.manager_id, a.customer_id
  from mgr
  join managers.portfolio_assignment a on a.manager_id = mgr.manager_id and a.ended_at is null
  cross join lateral (
    select 1 from customers_api.customer c where c.id = a.customer_id and c.home_org_path like ? limit 1
  ) c
),
per_customer as (   -- each customer's figures, each part an aggregate over index probes of that customer's rows
  select cu.manager_id, cu.customer_id, mo.*, f.fee_income, s.csat_sum, s.csat_n
  from cust cu cross join p
  cross join lateral (   -- month-end balances of the month and of the month before; accounts opened in the month
    select
      sum(b.closing_balance) filter (where b.month = p.m and x.kind in ${DEPOSIT_KINDS} and ${held('p.m_end')})         as deposits_end,
      sum(b.closing_balance) filter (where b.month = p.prev_m and x.kind in ${DEPOSIT_KINDS} and ${held('p.prev_end')}) as deposits_start,
      sum(b.closing_balance) filter (where b.month = p.m and x.kind in ${LOAN_KINDS} and ${held('p.m_end')})            as loans_end,
      sum(b.closing_balance) filter (where b.month = p.prev_m and x.kind in ${LOAN_KINDS} and ${held('p.prev_end')})    as loans_start,
      count(*) filter (where b.month = p.m and x.kind = 'LOAN' and x.matures_on between p.m and p.m_end
                         and (x.closed_on is null or x.closed_on > p.m_end) and b.closing_balance > 0)                     as new_overdue_loans,
      count(distinct x.id) filter (where x.kind = 'BASIC' and x.opened_on between p.m and p.m_end)                        as new_basic_accounts
    from customers_api.account x
    left join customers_api.balance_monthly b on b.account_id = x.id and b.month in (p.prev_m, p.m)
    where x.customer_id = cu.customer_id
  ) mo
  cross join lateral (   -- fees booked in the month
    select sum(t.amount) as fee_income from customers_api.transaction t
    where t.customer_id = cu.customer_id and t.booked_at >= p.t_from and t.booked_at < p.t_to
      and t.category = 'FEE' and t.direction = 'DEBIT'
  ) f
  cross join lateral (   -- the month's surveys
    select sum(s.csat) as csat_sum, count(s.csat) as csat_n from customers_api.survey s
    where s.customer_id = cu.customer_id and s.surveyed_at >= p.t_from and s.surveyed_at < p.t_to
  ) s
),
fig as (
  select mgr.manager_id, mgr.org_path, count(pc.customer_id)::int as customers,
    coalesce(sum(pc.deposits_end), 0)                                        as deposit_stock,
    coalesce(sum(pc.deposits_end), 0) - coalesce(sum(pc.deposits_start), 0)  as deposit_growth,
    coalesce(sum(pc.loans_end), 0)                                           as loan_stock,
    coalesce(sum(pc.loans_end), 0) - coalesce(sum(pc.loans_start), 0)        as loan_growth,
    coalesce(sum(pc.new_overdue_loans), 0)                                   as new_overdue_loans,
    coalesce(sum(pc.fee_income), 0)                                          as intermediary_income,
    coalesce(sum(pc.new_basic_accounts), 0)                                  as new_basic_accounts,
    round(sum(pc.csat_sum)::numeric / nullif(sum(pc.csat_n), 0), 2)          as satisfaction,
    coalesce(sum(pc.csat_n), 0)::int                                         as surveys
  from mgr
  left join per_customer pc on pc.manager_id = mgr.manager_id
  group by mgr.manager_id, mgr.org_path
),
tasks as (   -- the manager's tasks due in the month (up to today), not cancelled; on time = done by the due date
  select t.manager_id,
    count(*) filter (where t.status <> 'CANCELLED')::int as tasks_due,
    count(*) filter (where t.status = 'DONE' and (t.completed_at at time zone ${TZ})::date <= t.due_on)::int as tasks_on_time
  from managers.task t join mgr on mgr.manager_id = t.manager_id cross join p
  where t.due_on between p.m and p.due_until
  group by t.manager_id
),
card as (
  select f.*, coalesce(tk.tasks_due, 0) as tasks_due, coalesce(tk.tasks_on_time, 0) as tasks_on_time,
    round(tk.tasks_on_time::numeric / nullif(tk.tasks_due, 0), 4) as on_time_task_rate,
    t as target_row, w as weights_row
  from fig f cross join p
  left join tasks tk on tk.manager_id = f.manager_id
  left join managers.manager_target t on t.manager_id = f.manager_id and t.period = p.m
  -- the version in force: the most specific unit above the manager, then the latest month, then the latest version
  cross join lateral (
    select w.* from managers.scorecard_weights w
    where f.org_path like w.org_path || '%' and w.effective_from <= p.m
    order by length(w.org_path) desc, w.effective_from desc, w.version desc
    limit 1
  ) w
),
lines as (
  select c.manager_id, l.ord, l.measure, l.actual, l.target, l.weight, l.penalty,
    case when l.penalty or l.actual is null or l.target is null then null
         when l.target = 0 then case when l.actual >= 0 then 1 else 0 end   -- nothing was asked: met unless it shrank
         else round(l.actual / l.target, 4) end as achievement
  from card c
  cross join lateral (values
    ${MEASURE_COLUMNS.slice(0, 4)
      .map(([m, col], i) => `(${i + 1}, '${m}', c.${col}::numeric, (c.target_row).${col}::numeric, (c.weights_row).${col}::numeric, false)`)
      .join(',\n    ')},
    (5, 'NEW_OVERDUE_LOANS', c.new_overdue_loans::numeric, null::numeric, (c.weights_row).overdue_penalty_cap::numeric, true),
    ${MEASURE_COLUMNS.slice(4)
      .map(([m, col], i) => `(${i + 6}, '${m}', c.${col}::numeric, (c.target_row).${col}::numeric, (c.weights_row).${col}::numeric, false)`)
      .join(',\n    ')}
  ) l(ord, measure, actual, target, weight, penalty)
),
scored as (
  select l.*,
    case when l.penalty then -least(l.weight, (c.weights_row).overdue_penalty_per_loan * l.actual)
         when l.achievement is null then null
         else round(l.weight * least(greatest(l.achievement, 0), ${ACHIEVEMENT_CAP}), 2) end as points
  from lines l join card c on c.manager_id = l.manager_id
)
select c.manager_id, c.customers,
  c.deposit_stock::float8, c.deposit_growth::float8, c.loan_stock::float8, c.loan_growth::float8, c.new_overdue_loans::int,
  c.intermediary_income::float8, c.new_basic_accounts::int, c.satisfaction::float8, c.surveys,
  c.tasks_due, c.tasks_on_time, c.on_time_task_rate::float8,
  s.lines, s.total::float8, s.scored_weight::float8,
  to_jsonb(c.weights_row) as weights,
  case when (c.target_row).id is null then null else to_jsonb(c.target_row) end as targets
from card c
join (
  select manager_id,
    jsonb_agg(jsonb_build_object('measure', measure, 'actual', actual, 'target', target, 'achievement', achievement,
                                 'weight', weight, 'points', points, 'penalty', penalty) order by ord) as lines,
    case when count(points) filter (where not penalty) = 0 then null else sum(points) end as total,
    coalesce(sum(weight) filter (where not penalty and points is not null), 0) as scored_weight
  from scored group by manager_id
) s on s.manager_id = c.manager_id
order by c.manager_id`;
}
