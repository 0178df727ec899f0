import { CONNECTIONS, NO_RATE_LIMITS, SECONDS, login, scenario, sql, startBenchSystem, warmUp } from './bench-system';

/**
 * The customer 360 page (profile, balances, accounts, recent transactions, interactions, needs,
 * cases, surveys, relationships) through the gateway, and straight to the customers subgraph.
 * Each request is another customer of the requesting outlet's own staff.
 *
 *   pnpm bench:360
 */
const C360 = `query Customer360($id: ID!) {
  customer(id: $id) {
    id customerNo name kind status idNumber phone address email homeOrgUnit { id name }
    balances { deposits loans wealth creditCardDebt }
    accounts { id accountNo kind balance interestRate maturesOn status }
    transactions(page: { pageSize: 20 }) { total items { id bookedAt amount direction channel category account { accountNo } } }
    interactions(page: { pageSize: 10 }) { total items { id occurredAt channel summary staff { id name position } } }
    needs { id category priority status }
    serviceCases { id caseNo status severity slaDueAt slaBreached }
    surveys(page: { pageSize: 12 }) { items { touchpoint csat nps surveyedAt } }
    relationships { kind direction relatedName }
  }
}`;
// what the customers subgraph alone can answer: no org-unit or staff names
const SUBGRAPH_ONLY = C360.replace('homeOrgUnit { id name }', 'homeOrgUnit { id }').replace('staff { id name position }', 'staff { id }');

const { db, system, stop } = await startBenchSystem({ env: NO_RATE_LIMITS });
try {
  const rows = await sql<{ username: string; ids: number[] }>(
    db.url,
    `
    select s.username, (array_agg(c.id order by c.id))[1:200] as ids
    from org_hierarchy.staff s join org_hierarchy.org_unit u on u.id = s.org_unit_id and u.level = 'OUTLET'
    join customers.customer c on c.home_org_unit_id = u.id and c.status <> 'MERGED'
    where s.active group by s.username order by s.username`,
  );
  const users = await Promise.all(rows.map(async (r) => ({ token: await login(system, r.username), ids: r.ids })));
  const customers = users.reduce((n, u) => n + u.ids.length, 0);
  console.log(`${users.length} outlet staff over ${customers} customers, ${SECONDS} s per scenario, ${CONNECTIONS} connections\n`);
  let i = 0;
  const next = () => {
    const user = users[i++ % users.length];
    return { token: user.token, variables: { id: String(user.ids[(i * 7919) % user.ids.length]) } };
  };
  await warmUp(system.urls.gateway, users[0].token, C360, { id: String(users[0].ids[0]) });

  // one user at a time: the latency a member of staff sees when the bank is quiet
  const alone = await scenario(system, 'gateway: customer 360, one at a time', system.urls.gateway, C360, next, 1);
  const aloneDirect = await scenario(system, 'subgraph directly, one at a time', system.urls.customers, SUBGRAPH_ONLY, next, 1);
  // many at once: throughput and the latency under load
  const viaGateway = await scenario(system, 'gateway: customer 360 (2 subgraphs)', system.urls.gateway, C360, next);
  const direct = await scenario(system, 'customers subgraph directly', system.urls.customers, SUBGRAPH_ONLY, next);
  console.log(
    `\ncustomer 360 through the gateway: p50 ${alone.p50} ms, p99 ${alone.p99} ms one at a time; p50 ${viaGateway.p50} ms, p99 ${viaGateway.p99} ms at ${viaGateway.rps.toFixed(0)} req/s (${CONNECTIONS} connections)`,
  );
  console.log(
    `straight to the subgraph:         p50 ${aloneDirect.p50} ms, p99 ${aloneDirect.p99} ms one at a time; p50 ${direct.p50} ms, p99 ${direct.p99} ms at ${direct.rps.toFixed(0)} req/s`,
  );
} finally {
  await stop();
}
