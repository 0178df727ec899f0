import { CONNECTIONS, NO_RATE_LIMITS, SECONDS, login, scenario, sql, startBenchSystem, warmUp } from './bench-system';

/**
 * A customer manager's ledger page and scorecard (issue 10), through the gateway and straight to the
 * managers subgraph, for a manager keeping 2,000 customers. Meant for the bank
 * of 1,000,000 customers:
 *
 *   DATABASE_URL=postgresql://…/postgres BENCH_CUSTOMERS=1000000 pnpm --filter @crm/bench bench:manager
 *
 * (an empty bench database is seeded, scored and given portfolios first: ~15 min at that size).
 * Each request asks for another page and sort of the same ledger, so no answer is served twice.
 */
const LEDGER = `query ManagerLedger($id: ID!, $page: PageInput, $sort: LedgerSort) {
  customerManager(id: $id) {
    id
    ledgerSummary { customers deposits loans atChurnRisk maturingDeposits { count amount } }
    ledger(page: $page, sort: $sort) {
      total
      items {
        customer { id name }
        customerNo tier depositBalance loanBalance depositTrend loanTrend
        maturingDeposits { count amount firstDate } loansDue { count amount firstDate }
        productsHeld lastContactAt nextStep nextStepDue churnRisk
      }
    }
  }
}`;
// what the managers subgraph alone can answer: the customer's name lives in customers
const LEDGER_SUBGRAPH = LEDGER.replace('customer { id name }', 'customer { id }');

const SCORECARD = `query ManagerScorecard($id: ID!, $period: String!) {
  customerManager(id: $id) {
    id
    scorecard(period: $period) {
      period customers total scoredWeight
      lines { measure penalty actual target achievement weight points }
    }
  }
}`;

/** the portfolio the issue asks the bench for */
const PORTFOLIO = 2000;

const SORTS = ['DEPOSITS', 'LOANS', 'TIER', 'LAST_CONTACT', 'MATURING', 'CUSTOMER_NO'];

const { db, system, stop } = await startBenchSystem({ env: NO_RATE_LIMITS });
try {
  const [bank] = await sql<{ n: number }>(db.url, `select count(*)::int as n from customers.customer`);
  // the manager nearest 2,000 customers who keeps at least that many; if more, the bench database's
  // copy of their portfolio is cut to exactly 2,000 (the rest go to a colleague of the same unit, as a
  // leader's rebalance would: one statement), so the figures are those of a 2,000-customer ledger
  const [pick] = await sql<{ id: number; colleague: number | null; customers: number }>(
    db.url,
    `select a.manager_id as id, count(*)::int as customers,
            (select c.staff_id from managers.customer_manager c join managers.customer_manager me on me.staff_id = a.manager_id
             where c.org_unit_id = me.org_unit_id and c.staff_id <> me.staff_id and c.active order by c.staff_id limit 1) as colleague
     from managers.portfolio_assignment a where a.ended_at is null group by a.manager_id
     having count(*) >= ${PORTFOLIO} order by count(*) - ${PORTFOLIO}, a.manager_id limit 1`,
  );
  if (pick.customers > PORTFOLIO && pick.colleague != null)
    await sql(
      db.url,
      `with extra as (
         select id, customer_id, customer_org_path from managers.portfolio_assignment
         where manager_id = ${pick.id} and ended_at is null order by customer_id offset ${PORTFOLIO} for update),
       ended as (update managers.portfolio_assignment a set ended_at = now() from extra where a.id = extra.id returning a.customer_id)
       insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, started_at, reason, handover_note)
       select extra.customer_id, extra.customer_org_path, ${pick.colleague}, now(), 'REBALANCE', 'bench: portfolio cut to ${PORTFOLIO}'
       from extra join ended using (customer_id)`,
    );
  const [m] = await sql<{ id: number; username: string; customers: number }>(
    db.url,
    `select a.manager_id as id, s.username, count(*)::int as customers
     from managers.portfolio_assignment a join org_hierarchy.staff s on s.id = a.manager_id
     where a.ended_at is null and a.manager_id = ${pick.id} group by a.manager_id, s.username`,
  );
  // the last month complete on the Beijing calendar: the scorecard of the month the bank just closed
  const [{ period }] = await sql<{ period: string }>(
    db.url,
    `select to_char(date_trunc('month', (now() at time zone 'Asia/Shanghai')) - interval '1 month', 'YYYY-MM') as period`,
  );
  const token = await login(system, m.username);
  const pages = Math.max(1, Math.min(50, Math.floor(m.customers / 20)));
  console.log(
    `bank of ${bank.n.toLocaleString('en')} customers; manager ${m.username} (staff ${m.id}) keeps ${m.customers.toLocaleString('en')}; scorecard ${period}; ${SECONDS} s per scenario, ${CONNECTIONS} connections\n`,
  );
  let i = 0;
  const nextLedger = () => {
    i++;
    return { token, variables: { id: String(m.id), page: { page: 1 + (i % pages), pageSize: 20 }, sort: SORTS[i % SORTS.length] } };
  };
  const nextScorecard = () => ({ token, variables: { id: String(m.id), period } });
  await warmUp(system.urls.gateway, token, LEDGER, { id: String(m.id), page: { page: 1, pageSize: 20 } });
  await warmUp(system.urls.gateway, token, SCORECARD, { id: String(m.id), period });

  const rows = [
    await scenario(system, 'gateway: ledger page, one at a time', system.urls.gateway, LEDGER, nextLedger, 1),
    await scenario(system, 'managers alone: ledger page, one at a time', system.urls.managers, LEDGER_SUBGRAPH, nextLedger, 1),
    await scenario(system, 'gateway: ledger page', system.urls.gateway, LEDGER, nextLedger),
    await scenario(system, 'managers alone: ledger page', system.urls.managers, LEDGER_SUBGRAPH, nextLedger),
    await scenario(system, 'gateway: scorecard, one at a time', system.urls.gateway, SCORECARD, nextScorecard, 1),
    await scenario(system, 'managers alone: scorecard, one at a time', system.urls.managers, SCORECARD, nextScorecard, 1),
    await scenario(system, 'gateway: scorecard', system.urls.gateway, SCORECARD, nextScorecard),
    await scenario(system, 'managers alone: scorecard', system.urls.managers, SCORECARD, nextScorecard),
  ];
  console.log('\n| scenario | req/s | p50 ms | p99 ms | errors |\n| --- | --: | --: | --: | --: |');
  for (const r of rows) console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} |`);
} finally {
  await stop();
}
