import { CONNECTIONS, NO_RATE_LIMITS, SECONDS, login, scenario, sql, startBenchSystem, warmUp } from './bench-system';

/**
 * The outlet customer page under load: through the gateway, and straight to the customers subgraph.
 * Requests vary user (every outlet's staff) and page, so in-flight deduplication cannot flatter the
 * gateway. Prints req/s, latency p50/p99 and CPU milliseconds per request of each process.
 *
 *   pnpm bench                       # 20 s per scenario, 20 connections, the default demo bank
 *   BENCH_SECONDS=60 BENCH_CONNECTIONS=50 pnpm bench
 */
const OUTLET_PAGE = `query OutletCustomers($page: PageInput) {
  customers(page: $page) { total items { id customerNo name kind idNumber phone status createdAt homeOrgUnit { id name } } }
}`;
// the same page without the org-unit name, which only org-hierarchy can give: comparable with the subgraph alone
const CUSTOMERS_ONLY = OUTLET_PAGE.replace('homeOrgUnit { id name }', 'homeOrgUnit { id }');

const { db, system, stop } = await startBenchSystem({ env: NO_RATE_LIMITS });
try {
  const rows = await sql<{ username: string; pages: number }>(
    db.url,
    `
    select s.username, greatest(1, least(5, count(c.id) / 20))::int as pages
    from org_hierarchy.staff s join org_hierarchy.org_unit u on u.id = s.org_unit_id and u.level = 'OUTLET'
    join customers.customer c on c.home_org_unit_id = u.id
    where s.active group by s.username order by s.username`,
  );
  const users = await Promise.all(rows.map(async (r) => ({ token: await login(system, r.username), pages: r.pages })));
  console.log(`${users.length} outlet staff, ${SECONDS} s per scenario, ${CONNECTIONS} connections\n`);
  let i = 0;
  const next = () => {
    const user = users[i++ % users.length];
    return { token: user.token, variables: { page: { page: 1 + (i % user.pages), pageSize: 20 } } };
  };
  await warmUp(system.urls.gateway, users[0].token, CUSTOMERS_ONLY);

  const full = await scenario(system, 'gateway: outlet page (2 subgraphs)', system.urls.gateway, OUTLET_PAGE, next);
  const viaGateway = await scenario(system, 'gateway: customers fields only', system.urls.gateway, CUSTOMERS_ONLY, next);
  const direct = await scenario(system, 'customers subgraph directly', system.urls.customers, CUSTOMERS_ONLY, next);
  console.log(`\nthroughput, gateway ÷ subgraph alone (same query): ${(viaGateway.rps / direct.rps).toFixed(2)}`);
  console.log(
    `gateway CPU per request: ${viaGateway.cpu.gateway.toFixed(2)} ms (customers-only), ${full.cpu.gateway.toFixed(2)} ms (outlet page, 2 subgraphs)`,
  );
  console.log(`p50 added by the gateway: ${viaGateway.p50 - direct.p50} ms; p99: ${viaGateway.p99 - direct.p99} ms`);
} finally {
  await stop();
}
