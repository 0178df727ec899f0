import type pg from 'pg';
import { scorecardSql } from './scorecard.sql';

/**
 * The demo bank's targets: for the latest month with balance data (the current month under `npm start`,
 * whose history runs up to today) and the month before, for every manager — derived from what their
 * portfolio actually did that month, times a spread of 0.85–1.15 fixed per manager and month, so
 * achievement varies around 100 % (about 87 % to 118 %) from manager to manager. Growth targets are at
 * least half a percent of the stock (a portfolio that shrank still has something to aim at). ONE
 * statement per month, set-based, over the scorecard statement itself; a target already set is kept.
 */
const TARGETS_SQL = `
insert into managers.manager_target as t (manager_id, period, deposit_stock, deposit_growth, loan_stock, loan_growth,
    intermediary_income, new_basic_accounts, satisfaction, on_time_task_rate)
select f.manager_id, p.m,
  round(greatest(f.deposit_stock, 0) * k.k, -2),
  round(greatest(f.deposit_growth, f.deposit_stock * 0.005, 0) * k.k, -2),
  round(greatest(f.loan_stock, 0) * k.k, -2),
  round(greatest(f.loan_growth, f.loan_stock * 0.005, 0) * k.k, -2),
  round(greatest(f.intermediary_income, 10) * k.k, -1),
  greatest(1, round(f.new_basic_accounts * k.k))::int,
  least(5, greatest(3.5, round(coalesce(f.satisfaction, 4.2) * k.k, 2))),
  least(1, greatest(0.6, round(coalesce(f.on_time_task_rate, 0.85) * k.k, 4)))
from (select manager_id, deposit_stock::numeric, deposit_growth::numeric, loan_stock::numeric, loan_growth::numeric,
             intermediary_income::numeric, new_basic_accounts, satisfaction::numeric, on_time_task_rate::numeric
      from (SCORECARD) s) f
cross join (select $1::date as m) p
cross join lateral (select 0.85 + (abs(hashint4(f.manager_id * 100 + extract(month from p.m)::int)) % 31) / 100.0 as k) k
on conflict (manager_id, period) do nothing`;

/** knex's `?` placeholders → pg's `$n`, from `first`. */
const numbered = (sql: string, first: number) => {
  let n = first - 1;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** Targets for every demo manager, this month and last (see above); returns the rows added. */
export async function seedScorecardDemo(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ latest: string | null }>(
    `select to_char(max(month), 'YYYY-MM-DD') as latest from customers_api.balance_monthly`,
  );
  const latest = rows[0]?.latest;
  if (!latest) return 0;
  // the scorecard statement's parameters: $1 the month, $2 the customers' scope (the whole bank)
  const sql = TARGETS_SQL.replace(
    'SCORECARD',
    numbered(scorecardSql(`select m.staff_id as manager_id, m.org_path from managers.customer_manager m where m.active`), 1),
  );
  const [year, month] = latest.split('-').map(Number);
  const before = month === 1 ? `${year - 1}-12-01` : `${year}-${String(month - 1).padStart(2, '0')}-01`;
  // JIT off for these statements only (see withoutJit in scorecard.service.ts), then back as it was
  const [{ jit }] = (await client.query<{ jit: string }>(`select current_setting('jit') as jit`)).rows;
  await client.query(`set local jit = off`);
  let added = 0;
  for (const m of [before, latest]) added += (await client.query(sql, [m, '%'])).rowCount ?? 0;
  await client.query(`select set_config('jit', $1, true)`, [jit]);
  return added;
}
