import type { EntityManager } from '@mikro-orm/postgresql';
import { CustomerReference, pgArray, type OrgScope } from '@crm/kit';
import { ACCOUNT_KIND_ORDER, AccountKind, DEFAULT_LEDGER_DIRECTION, LedgerSort, SortDirection, type Tier } from './ledger.enums';
import type { CheckedLedgerFilter } from './ledger.input';
import type { LedgerDue, LedgerRow, LedgerSummary } from './ledger.types';

/**
 * The ledger (台账) in SQL. A page of one manager's ledger — or of every manager of a batch — is ONE
 * statement whatever its size: the portfolio (open assignments ∩ the caller's scope) with the figures
 * its filter and sort key need, a window ranking per manager (the total rides on every row), then every
 * figure and the 12-month trends for the page's rows only.
 *
 * Definitions, as customers and analysis make them (subgraphs/analysis/README.md "Kinds"):
 * - deposits = DEMAND_DEPOSIT, TIME_DEPOSIT, SETTLEMENT, BASIC; loans = LOAN and CREDIT_CARD; accounts
 *   not closed, CNY only (customers holds no exchange rates) — equal to the customer's balances there;
 * - trends: month-end (closing) balances of the 12 calendar months ending with the last complete month,
 *   oldest first, 0 where nothing was held (analysis's window, with today as the as-of date);
 * - maturing / due: TIME_DEPOSIT / LOAN accounts not closed whose maturity falls today … today + 30;
 * - last contact and next step: the latest customers_api.interaction; tier and churn risk: analysis_api.
 * "Today" is the Beijing calendar's, computed once and bound, so every part of a statement agrees.
 *
 * Every per-customer part is a lateral subquery (the `limit 1` keeps PostgreSQL from flattening it into
 * a join): an index probe per customer of the portfolio, whatever the planner believes about the
 * tables. As joins, a wrong row estimate (fresh statistics after a bulk load) made a 200-customer page
 * a nested loop over every customer in scope × every score — 40 s instead of 20 ms.
 */

export const BANK_TIME_ZONE = 'Asia/Shanghai';
/** the window of "maturing" and "due" on a row and in the summary */
export const DUE_WINDOW_DAYS = 30;
const DEPOSIT_KINDS = `('DEMAND_DEPOSIT','TIME_DEPOSIT','SETTLEMENT','BASIC')`;
const LOAN_KINDS = `('LOAN','CREDIT_CARD')`;

/** Today in the bank's calendar (Beijing), YYYY-MM-DD. */
export function bankToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BANK_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The trends' 12 months, YYYY-MM, oldest first: the 12 ending with the month before today's. */
export function trendMonths(today: string): string[] {
  const [y, m] = today.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - 12 + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/** Positional parameters in the order the text is written (MikroORM binds `?` in order). */
class Sql {
  readonly params: unknown[] = [];
  bind(value: unknown): string {
    this.params.push(value);
    return '?';
  }
}

/** `day`: today and the trend window; `portfolio`: each manager's open assignments whose customer is in the caller's scope. */
function portfolioCtes(sql: Sql, managerIds: readonly number[], scope: OrgScope, today: string): string {
  // the kit's scope condition, its parameter bound where it stands in the text
  const inScope = scope.sql('c.home_org_path');
  return `day as (
      select t.today,
             (date_trunc('month', t.today::timestamp) - interval '12 months')::date as m_first,
             (date_trunc('month', t.today::timestamp) - interval '1 month')::date as m_last
      from (select ${sql.bind(today)}::date as today) t
    ),
    portfolio as (
      select pa.manager_id, c.id, c.customer_no
      from managers.portfolio_assignment pa
      cross join lateral (
        select c.id, c.customer_no from customers_api.customer c
        where c.id = pa.customer_id and ${inScope.sql.replace('?', sql.bind(inScope.param))} limit 1
      ) c
      where pa.manager_id = any(${sql.bind(pgArray(managerIds))}::int[]) and pa.ended_at is null
    )`;
}

/** The per-customer parts, each a lateral subquery on customer `${c}.id` (and `d`, the day). */
type Part = 'b' | 't' | 'r' | 'x';
const PART: Record<Part, (c: string) => string> = {
  // account figures now: one aggregate over the customer's accounts not closed
  b: (c) => `left join lateral (
      select sum(a.balance) filter (where a.currency = 'CNY' and a.kind in ${DEPOSIT_KINDS}) as deposits,
             sum(a.balance) filter (where a.currency = 'CNY' and a.kind in ${LOAN_KINDS}) as loans,
             count(*) filter (where a.kind = 'TIME_DEPOSIT' and a.matures_on between d.today and d.today + ${DUE_WINDOW_DAYS}) as maturing_count,
             sum(a.balance) filter (where a.kind = 'TIME_DEPOSIT' and a.currency = 'CNY' and a.matures_on between d.today and d.today + ${DUE_WINDOW_DAYS}) as maturing_amount,
             min(a.matures_on) filter (where a.kind = 'TIME_DEPOSIT' and a.matures_on between d.today and d.today + ${DUE_WINDOW_DAYS}) as maturing_first,
             count(*) filter (where a.kind = 'LOAN' and a.matures_on between d.today and d.today + ${DUE_WINDOW_DAYS}) as due_count,
             sum(a.balance) filter (where a.kind = 'LOAN' and a.currency = 'CNY' and a.matures_on between d.today and d.today + ${DUE_WINDOW_DAYS}) as due_amount,
             min(a.matures_on) filter (where a.kind = 'LOAN' and a.matures_on between d.today and d.today + ${DUE_WINDOW_DAYS}) as due_first,
             min(a.matures_on) filter (where a.kind in ('TIME_DEPOSIT','LOAN') and a.matures_on >= d.today) as next_maturity,
             array_agg(distinct a.kind::text) as products
      from customers_api.account a
      where a.customer_id = ${c}.id and a.status <> 'CLOSED'
    ) b on true`,
  // tier as the bank stands now (analysis's published view)
  t: (c) => `left join lateral (
      select t.tier, t.tier_rank from analysis_api.customer_tier t where t.customer_id = ${c}.id limit 1
    ) t on true`,
  // churn flag of the latest scored date
  r: (c) => `left join lateral (
      select r.churn_risk from analysis_api.customer_churn_risk r where r.customer_id = ${c}.id limit 1
    ) r on true`,
  // the latest contact: when, and the next step written then
  x: (c) => `left join lateral (
      select i.occurred_at, i.next_step, i.next_step_due from customers_api.interaction i
      where i.customer_id = ${c}.id order by i.occurred_at desc, i.id desc limit 1
    ) x on true`,
};
const parts = (needed: Iterable<Part>, c: string) => [...new Set(needed)].map((k) => PART[k](c)).join('\n    ');

/** The filter's conditions on the parts, and which parts they need. */
function filterConditions(sql: Sql, f: CheckedLedgerFilter): { where: string[]; needs: Part[] } {
  const where: string[] = [];
  const needs: Part[] = [];
  if (f.tiers) {
    where.push(`t.tier = any(${sql.bind(pgArray(f.tiers))}::text[])`);
    needs.push('t');
  }
  if (f.churnRiskOnly) {
    where.push(`r.churn_risk`);
    needs.push('r');
  }
  if (f.maturingWithinDays != null) {
    where.push(`b.next_maturity <= d.today + ${sql.bind(f.maturingWithinDays)}::int`);
    needs.push('b');
  }
  if (f.notContactedForDays != null) {
    // before the start of the bank day `days - 1` days ago: no contact on any of the last `days` days
    where.push(
      `(x.occurred_at is null or x.occurred_at < (d.today - ${sql.bind(f.notContactedForDays)}::int + 1)::timestamp at time zone '${BANK_TIME_ZONE}')`,
    );
    needs.push('x');
  }
  if (f.hasNextStepDue != null) {
    where.push(`${f.hasNextStepDue ? '' : 'not '}coalesce(x.next_step_due <= d.today, false)`);
    needs.push('x');
  }
  return { where, needs };
}

/** The sort key as an expression on the parts; ASC/DESC apply to it as written. */
const SORT_KEY: Record<LedgerSort, { sql: string; needs: Part[] }> = {
  DEPOSITS: { sql: 'coalesce(b.deposits, 0)', needs: ['b'] },
  LOANS: { sql: 'coalesce(b.loans, 0)', needs: ['b'] },
  // rank 1 is the top tier: DESC puts it first; not tiered is below every tier
  TIER: { sql: 'coalesce(100 - t.tier_rank, 0)', needs: ['t'] },
  LAST_CONTACT: { sql: `coalesce(x.occurred_at, '-infinity'::timestamptz)`, needs: ['x'] },
  MATURING: { sql: `coalesce(b.next_maturity, 'infinity'::date)`, needs: ['b'] },
  CUSTOMER_NO: { sql: 'p.customer_no', needs: [] },
};

export interface LedgerQuery {
  filter: CheckedLedgerFilter;
  sort: LedgerSort;
  direction: SortDirection;
  /** a page per manager (with trends), or null for every row (the export: no trends) */
  page: { offset: number; limit: number } | null;
}

export function ledgerOrder(sort?: LedgerSort | null, direction?: SortDirection | null) {
  const key = sort ?? LedgerSort.DEPOSITS;
  return { sort: key, direction: direction ?? DEFAULT_LEDGER_DIRECTION[key] };
}

interface RawRow {
  manager_id: number;
  id: number;
  customer_no: string;
  tier: Tier | null;
  tier_rank: number | null;
  churn_risk: boolean | null;
  deposit_balance: string;
  loan_balance: string;
  maturing_count: string;
  maturing_amount: string;
  maturing_first: string | null;
  due_count: string;
  due_amount: string;
  due_first: string | null;
  products: string[];
  last_contact_at: Date | string | null;
  next_step: string | null;
  next_step_due: string | null;
  total: string;
  rn: string;
  deposit_trend?: string[] | null;
  loan_trend?: string[] | null;
}

export interface ManagerLedgerRows {
  rows: LedgerRow[];
  total: number;
}

const due = (count: string, amount: string, first: string | null): LedgerDue => ({
  count: Number(count),
  amount: Number(amount),
  firstDate: first,
});
const kindOrder = (kinds: string[]) => ACCOUNT_KIND_ORDER.filter((k) => kinds.includes(k)) as AccountKind[];

function toRow(r: RawRow): LedgerRow {
  return {
    customer: CustomerReference.of(r.id),
    customerNo: r.customer_no,
    tier: r.tier,
    tierRank: r.tier_rank,
    depositBalance: Number(r.deposit_balance),
    loanBalance: Number(r.loan_balance),
    depositTrend: (r.deposit_trend ?? []).map(Number),
    loanTrend: (r.loan_trend ?? []).map(Number),
    maturingDeposits: due(r.maturing_count, r.maturing_amount, r.maturing_first),
    loansDue: due(r.due_count, r.due_amount, r.due_first),
    productsHeld: kindOrder(r.products),
    lastContactAt: r.last_contact_at == null ? null : new Date(r.last_contact_at),
    nextStep: r.next_step,
    nextStepDue: r.next_step_due,
    churnRisk: r.churn_risk,
  };
}

/**
 * The ledger rows of a batch of managers (each already checked to be in the caller's scope): ONE
 * statement. With a page, each manager's page and total (the first row of each is fetched as well, so
 * the total is known past the last page); without, every row (for the export).
 */
export async function ledgerRows(
  em: EntityManager,
  scope: OrgScope,
  managerIds: readonly number[],
  q: LedgerQuery,
  today = bankToday(),
): Promise<Map<number, ManagerLedgerRows>> {
  const sql = new Sql();
  const ctes = portfolioCtes(sql, managerIds, scope, today);
  const filter = filterConditions(sql, q.filter);
  const key = SORT_KEY[q.sort];
  const dir = q.direction === SortDirection.ASC ? 'asc' : 'desc';
  const trends = q.page
    ? `left join lateral (
        select array_agg(coalesce(m.deposits, 0) order by g.month) as deposit_trend,
               array_agg(coalesce(m.loans, 0) order by g.month) as loan_trend
        from generate_series(d.m_first::timestamp, d.m_last::timestamp, interval '1 month') as g(month)
        left join (
          select bm.month,
                 sum(bm.closing_balance) filter (where bm.kind in ${DEPOSIT_KINDS}) as deposits,
                 sum(bm.closing_balance) filter (where bm.kind in ${LOAN_KINDS}) as loans
          from customers_api.balance_monthly bm
          join customers_api.account a on a.id = bm.account_id and a.currency = 'CNY'
          where bm.customer_id = l.id and bm.month between d.m_first and d.m_last
          group by bm.month
        ) m on m.month = g.month::date
      ) tr on true`
    : '';
  const pageWhere = q.page
    ? `where (l.rn > ${sql.bind(q.page.offset)} and l.rn <= ${sql.bind(q.page.offset + q.page.limit)}) or l.rn = 1`
    : '';
  // ranked: the whole portfolio with only the parts its filter and sort key need; then every part
  // (and the trends) for the page's rows alone — a page of 20 of 2,000 customers reads 20 contacts
  const text = `with ${ctes},
    ranked as (
      select p.manager_id, p.id, p.customer_no,
             row_number() over (partition by p.manager_id order by ${key.sql} ${dir}, p.id ${dir}) as rn,
             count(*) over (partition by p.manager_id) as total
      from portfolio p
      cross join day d
      ${parts([...key.needs, ...filter.needs], 'p')}
      ${filter.where.length ? `where ${filter.where.join(' and ')}` : ''}
    )
    select l.manager_id, l.id, l.customer_no, l.rn, l.total, t.tier, t.tier_rank, r.churn_risk,
           coalesce(b.deposits, 0) as deposit_balance, coalesce(b.loans, 0) as loan_balance,
           coalesce(b.maturing_count, 0) as maturing_count, coalesce(b.maturing_amount, 0) as maturing_amount, b.maturing_first::text,
           coalesce(b.due_count, 0) as due_count, coalesce(b.due_amount, 0) as due_amount, b.due_first::text,
           coalesce(b.products, '{}') as products,
           x.occurred_at as last_contact_at, x.next_step, x.next_step_due::text
           ${q.page ? ', tr.deposit_trend, tr.loan_trend' : ''}
    from ranked l
    cross join day d
    ${parts(['b', 't', 'r', 'x'], 'l')}
    ${trends}
    ${pageWhere}
    order by l.manager_id, l.rn`;
  const raw = await em.execute<RawRow[]>(text, sql.params);
  const out = new Map<number, ManagerLedgerRows>(managerIds.map((id) => [id, { rows: [], total: 0 }]));
  for (const r of raw) {
    const group = out.get(Number(r.manager_id));
    if (!group) continue;
    group.total = Number(r.total);
    const rn = Number(r.rn);
    if (!q.page || (rn > q.page.offset && rn <= q.page.offset + q.page.limit)) group.rows.push(toRow(r));
  }
  return out;
}

interface RawSummary {
  manager_id: number;
  customers: number;
  deposits: string;
  loans: string;
  maturing_count: string;
  maturing_amount: string;
  maturing_first: string | null;
  due_count: string;
  due_amount: string;
  due_first: string | null;
  at_churn_risk: number;
}

/** Each manager's whole ledger in figures (the customers of their portfolio in the caller's scope): ONE statement per batch. */
export async function ledgerSummaries(
  em: EntityManager,
  scope: OrgScope,
  managerIds: readonly number[],
  today = bankToday(),
): Promise<Map<number, LedgerSummary>> {
  const sql = new Sql();
  const text = `with ${portfolioCtes(sql, managerIds, scope, today)}
    select p.manager_id, count(*)::int as customers,
           coalesce(sum(b.deposits), 0) as deposits, coalesce(sum(b.loans), 0) as loans,
           coalesce(sum(b.maturing_count), 0) as maturing_count, coalesce(sum(b.maturing_amount), 0) as maturing_amount,
           min(b.maturing_first)::text as maturing_first,
           coalesce(sum(b.due_count), 0) as due_count, coalesce(sum(b.due_amount), 0) as due_amount, min(b.due_first)::text as due_first,
           (count(*) filter (where r.churn_risk))::int as at_churn_risk
    from portfolio p
    cross join day d
    ${parts(['b', 'r'], 'p')}
    group by p.manager_id`;
  const raw = await em.execute<RawSummary[]>(text, sql.params);
  const empty = (): LedgerSummary => ({
    customers: 0,
    deposits: 0,
    loans: 0,
    maturingDeposits: { count: 0, amount: 0, firstDate: null },
    loansDue: { count: 0, amount: 0, firstDate: null },
    atChurnRisk: 0,
  });
  const out = new Map<number, LedgerSummary>(managerIds.map((id) => [id, empty()]));
  for (const r of raw) {
    out.set(Number(r.manager_id), {
      customers: r.customers,
      deposits: Number(r.deposits),
      loans: Number(r.loans),
      maturingDeposits: due(r.maturing_count, r.maturing_amount, r.maturing_first),
      loansDue: due(r.due_count, r.due_amount, r.due_first),
      atChurnRisk: r.at_churn_risk,
    });
  }
  return out;
}
