import { staffClaims, tokenFor, withSql } from '@crm/kit/testing';
import { MANAGERS } from './fixture';

/**
 * The ledger tests' bank: customers with accounts, month-end balances, contacts and scores inserted
 * straight into customers.* and analysis.* (the owners' tables under the published views), and
 * portfolios for the fixture's managers. Every date is relative to `today` (Beijing), so maturities,
 * the trend window and "not contacted for" mean the same whenever the tests run.
 *
 * Manager 11 (BJ0101), by hand, figures to the cent:
 *   A 101 (BJ0101) VIP, not at risk: demand 10,000.50 + time 50,000 (matures today+10) + time 20,000
 *     (today+45) = deposits 80,000.50; loan 100,000 (due today+5) + card 2,345.67 = loans 102,345.67;
 *     wealth 30,000 (neither); a USD demand account 999 (held, not added); a closed settlement account
 *     5,000 (neither, not held). Month-ends: demand 1,000 × n and loan 500 × n + card 10 for the n-th of
 *     the 12 months (and 99,999 the month before the window, which must not show); USD 7,777 every month.
 *     Contacts: 10 days ago (next step 'old', due 9 days ago), 3 days ago (next step a formula, due yesterday).
 *   B 102 (BJ0101) KEY, at churn risk: basic 5,000 + settlement 1,000; never contacted.
 *   C 103 (BJ0101) not scored: no account; contacted 100 days ago, next step due today+7.
 *   D 104 (BJ0102) — moved to another outlet since assigned: in the portfolio, outside an outlet's scope.
 *   E 105 (BJ0101): was manager 11's (assignment ended), now manager 12's.
 * Manager 12 (BJ0101): E and 200 customers 1001–1200; manager 13 (BJ0102): 20 customers 2001–2020;
 * manager 14 (BJ01): 106 (BJ0101) and 107 (BJ0102); manager 5 (SH0101): 108.
 * The bulk customers: demand 10 × g, loan 5 × g due today + (g % 60), 12 month-ends, one contact, a tier.
 */
export const C = { A: 101, B: 102, C: 103, D: 104, E: 105, H: 106, I: 107, F: 108 } as const;
export const FORMULA_STEP = '=HYPERLINK("http://evil.example","点我")';

const BJ0101 = [4, '/1/2/3/4/'] as const;
const BJ0102 = [5, '/1/2/3/5/'] as const;
const SH0101 = [8, '/1/6/7/8/'] as const;

export async function insertLedgerBank(url: string, today: string) {
  await withSql(url, async (q) => {
    const hand: [number, readonly [number, string]][] = [
      [C.A, BJ0101],
      [C.B, BJ0101],
      [C.C, BJ0101],
      [C.D, BJ0102],
      [C.E, BJ0101],
      [C.H, BJ0101],
      [C.I, BJ0102],
      [C.F, SH0101],
    ];
    const bulk: [number, readonly [number, string]][] = [
      ...Array.from({ length: 200 }, (_, i) => [1001 + i, BJ0101] as [number, readonly [number, string]]),
      ...Array.from({ length: 20 }, (_, i) => [2001 + i, BJ0102] as [number, readonly [number, string]]),
    ];
    const all = [...hand, ...bulk];
    await q(
      `insert into customers.customer (id, customer_no, kind, name, id_number, home_org_unit_id, home_org_path)
       select x.id, 'C' || lpad(x.id::text, 9, '0'), 'INDIVIDUAL', '台账客户' || x.id, '1101051990' || lpad(x.id::text, 8, '0'), x.unit, x.path
       from jsonb_to_recordset($1::jsonb) as x(id int, unit int, path text)`,
      [JSON.stringify(all.map(([id, [unit, path]]) => ({ id, unit, path })))],
    );

    // accounts: [customer, kind, currency, balance, matures in days (null: none), closed]
    const accounts: [number, string, string, number, number | null, boolean][] = [
      [C.A, 'DEMAND_DEPOSIT', 'CNY', 10000.5, null, false],
      [C.A, 'TIME_DEPOSIT', 'CNY', 50000, 10, false],
      [C.A, 'TIME_DEPOSIT', 'CNY', 20000, 45, false],
      [C.A, 'LOAN', 'CNY', 100000, 5, false],
      [C.A, 'CREDIT_CARD', 'CNY', 2345.67, null, false],
      [C.A, 'WEALTH', 'CNY', 30000, null, false],
      [C.A, 'DEMAND_DEPOSIT', 'USD', 999, null, false],
      [C.A, 'SETTLEMENT', 'CNY', 5000, null, true],
      [C.B, 'BASIC', 'CNY', 5000, null, false],
      [C.B, 'SETTLEMENT', 'CNY', 1000, null, false],
      [C.D, 'DEMAND_DEPOSIT', 'CNY', 777, null, false],
      [C.E, 'DEMAND_DEPOSIT', 'CNY', 555, null, false],
      [C.H, 'DEMAND_DEPOSIT', 'CNY', 111, null, false],
      [C.I, 'DEMAND_DEPOSIT', 'CNY', 222, null, false],
      [C.F, 'DEMAND_DEPOSIT', 'CNY', 333, null, false],
    ];
    await q(
      `insert into customers.account (account_no, customer_id, kind, currency, balance, opened_on, matures_on, closed_on, status)
       select 'L' || lpad(x.n::text, 12, '0'), x.customer, x.kind, x.currency, x.balance, $2::date - 400,
              $2::date + x.matures, case when x.closed then $2::date - 1 end, case when x.closed then 'CLOSED' else 'OPEN' end
       from jsonb_to_recordset($1::jsonb) as x(n int, customer int, kind text, currency text, balance numeric, matures int, closed boolean)`,
      [
        JSON.stringify(
          accounts.map(([customer, kind, currency, balance, matures, closed], n) => ({
            n,
            customer,
            kind,
            currency,
            balance,
            matures,
            closed,
          })),
        ),
        today,
      ],
    );
    await q(
      `insert into customers.account (account_no, customer_id, kind, balance, opened_on, matures_on)
       select 'B' || lpad(c.id::text, 12, '0') || k.kind, c.id, k.kind, case k.kind when 'DEMAND_DEPOSIT' then 10 * c.id else 5 * c.id end,
              $1::date - 400, case k.kind when 'LOAN' then $1::date + c.id % 60 end
       from customers.customer c cross join (values ('DEMAND_DEPOSIT'), ('LOAN')) k(kind) where c.id > 1000`,
      [today],
    );

    // month-ends: the n-th month of the window (n = 1 oldest … 12 the month before today's); n = 0 is before it
    const monthly = (accountNo: string, value: string) =>
      q(
        `insert into customers.account_balance_monthly (account_id, month, average_balance, closing_balance)
         select a.id, (date_trunc('month', $2::date::timestamp) - (13 - n) * interval '1 month')::date, ${value}, ${value}
         from customers.account a cross join generate_series(0, 12) n where a.account_no like $1`,
        [accountNo, today],
      );
    const no = (i: number) => 'L' + String(i).padStart(12, '0');
    await monthly(no(0), `case when n = 0 then 99999 else 1000 * n end`); // A demand
    await monthly(no(3), `case when n = 0 then 99999 else 500 * n end`); // A loan
    await monthly(no(4), `10`); // A card
    await monthly(no(6), `7777`); // A USD demand: not added
    await monthly('B%DEMAND_DEPOSIT', `a.balance`);

    // contacts
    await q(
      `insert into customers.interaction (customer_id, staff_id, org_unit_id, channel, occurred_at, summary, next_step, next_step_due) values
        ($1, 11, 4, 'VISIT', now() - interval '10 days', '拜访', 'old', $4::date - 9),
        ($1, 11, 4, 'PHONE', now() - interval '3 days', '电话', $3, $4::date - 1),
        ($2, 11, 4, 'VISIT', now() - interval '100 days', '拜访', '回访', $4::date + 7)`,
      [C.A, C.C, FORMULA_STEP, today],
    );
    await q(
      `insert into customers.interaction (customer_id, staff_id, org_unit_id, channel, occurred_at, summary)
       select id, 12, home_org_unit_id, 'PHONE', now() - (id % 40) * interval '1 day', '电话' from customers.customer where id > 1000`,
    );

    // scores of one date (the latest, so the published views show them), under the active policy
    await q(
      `insert into analysis.customer_score (customer_id, as_of, home_org_unit_id, home_org_path,
         deposit_balance, wealth_balance, loan_balance, daily_avg_assets, weighted_assets,
         deposit_margin, loan_margin, fee_income, intermediary_income, cost_allowance, contribution,
         tenure_years, active_months, products_held, loyalty, complaints_12m, satisfaction,
         product_families, relationships, relevance, frequency_12m, monetary_12m, channel_mix,
         deposit_trend, loan_trend, churn_risk, churn_reasons, policy_id, tier)
       select c.id, $1::date - 1, c.home_org_unit_id, c.home_org_path, 0,0,0,0,0, 0,0,0,0,0,0, 0,0,0,0,0,0, 0,0,0,0,0,'{}'::jsonb,
              '{}'::numeric[], '{}'::numeric[], s.risk,
              case when s.risk then '[{"code": "INACTIVE_90D", "days": 120}]'::jsonb else '[]'::jsonb end,
              (select id from analysis.tier_policy where status = 'ACTIVE'), s.tier
       from customers.customer c
       join (values (${C.A}, 'VIP', false), (${C.B}, 'KEY', true)) s(id, tier, risk) on s.id = c.id
       union all
       select c.id, $1::date - 1, c.home_org_unit_id, c.home_org_path, 0,0,0,0,0, 0,0,0,0,0,0, 0,0,0,0,0,0, 0,0,0,0,0,'{}'::jsonb,
              '{}'::numeric[], '{}'::numeric[], c.id % 7 = 0, case when c.id % 7 = 0 then '[{"code": "INACTIVE_90D", "days": 120}]'::jsonb else '[]'::jsonb end,
              (select id from analysis.tier_policy where status = 'ACTIVE'), (array['VIP','CRITICAL','KEY','VALUE','BASIC'])[1 + c.id % 5]
       from customers.customer c where c.id > 1000`,
      [today],
    );

    // portfolios: E was manager 11's, then 12's
    await q(
      `insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, started_at, ended_at, reason)
       values ($1, '/1/2/3/4/', ${MANAGERS.BJ0101_A}, now() - interval '60 days', now() - interval '30 days', 'INITIAL')`,
      [C.E],
    );
    await q(
      `insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, started_at, reason)
       select x.customer, '/1/2/3/4/', x.manager, now() - interval '30 days', 'INITIAL'
       from jsonb_to_recordset($1::jsonb) as x(customer int, manager int)
       union all select id, home_org_path, ${MANAGERS.BJ0101_B}, now() - interval '30 days', 'INITIAL' from customers.customer where id between 1001 and 1200
       union all select id, home_org_path, ${MANAGERS.BJ0102}, now() - interval '30 days', 'INITIAL' from customers.customer where id between 2001 and 2020`,
      [
        JSON.stringify([
          { customer: C.A, manager: MANAGERS.BJ0101_A },
          { customer: C.B, manager: MANAGERS.BJ0101_A },
          { customer: C.C, manager: MANAGERS.BJ0101_A },
          { customer: C.D, manager: MANAGERS.BJ0101_A },
          { customer: C.E, manager: MANAGERS.BJ0101_B },
          { customer: C.H, manager: MANAGERS.BJ01 },
          { customer: C.I, manager: MANAGERS.BJ01 },
          { customer: C.F, manager: MANAGERS.SH0101 },
        ]),
      ],
    );
  });
}

/** Callers beyond the fixture's: a branch leader of Shanghai (may export, another branch). */
export const ledgerTokens = async () => ({
  shHead: await tokenFor(
    staffClaims({ orgPath: '/1/6/', sub: '6', orgUnitId: '6', level: 'BRANCH', department: 'RETAIL', roles: ['BRANCH_LEADER'] }),
  ),
  bj0101Staff: await tokenFor(staffClaims({ orgPath: '/1/2/3/4/', sub: '30', orgUnitId: '4', roles: ['OUTLET_STAFF'] })),
});
