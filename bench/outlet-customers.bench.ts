import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';
import { migrateDatabase } from '@crm/kit';
import { resolveDatabase } from '@crm/postgres';
import { orgHierarchyDatabase } from '@crm/org-hierarchy';
import { customersDatabase } from '@crm/customers';
import { DEMO_PASSWORD, ensureSigningKeyFile, repoPath, seedDemoBank, startSystem } from '@crm/infra';
import type { LoginResponse } from '@crm/shared-types';

/**
 * The outlet customer page under load: through the gateway, and straight to the customers subgraph.
 * Requests vary user (every outlet's staff) and page, so in-flight deduplication cannot flatter the
 * gateway. Prints req/s, latency p50/p99 and CPU milliseconds per request of each process.
 *
 *   pnpm bench                       # 20 s per scenario, 20 connections, the default demo bank
 *   BENCH_SECONDS=60 BENCH_CONNECTIONS=50 pnpm bench
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const PORTS = { 'org-hierarchy': 4701, customers: 4702, gateway: 4700 };

const OUTLET_PAGE = `query OutletCustomers($page: PageInput) {
  customers(page: $page) { total items { id customerNo name kind idNumber phone status createdAt homeOrgUnit { id name } } }
}`;
// the same page without the org-unit name, which only org-hierarchy can give: comparable with the subgraph alone
const CUSTOMERS_ONLY = OUTLET_PAGE.replace('homeOrgUnit { id name }', 'homeOrgUnit { id }');

const db = await resolveDatabase({ dataDir: repoPath('.data/pg'), port: 54329, databaseName: 'bank_crm_bench' });
await migrateDatabase(orgHierarchyDatabase, db.url);
await migrateDatabase(customersDatabase, db.url);
await seedDemoBank(db.url, { progress: 'none' });
const system = await startSystem({
  databaseUrl: db.url, signingKeyFile: await ensureSigningKeyFile(repoPath('.data/keys/issuer.jwk')), ports: PORTS, portal: false,
  output: () => {}, env: { LOG_LEVEL: 'warn' },
});

try {
  const client = new pg.Client(db.url);
  await client.connect();
  const { rows } = await client.query<{ username: string; pages: number }>(`
    select s.username, greatest(1, least(5, count(c.id) / 20))::int as pages
    from org_hierarchy.staff s join org_hierarchy.org_unit u on u.id = s.org_unit_id and u.level = 'OUTLET'
    join customers.customer c on c.home_org_unit_id = u.id
    where s.active group by s.username order by s.username`);
  await client.end();
  const users = await Promise.all(rows.map(async (r) => {
    const res = await fetch(new URL('/auth/login', system.urls.gateway), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: r.username, password: DEMO_PASSWORD }) });
    return { token: ((await res.json()) as LoginResponse).token, pages: r.pages };
  }));
  console.log(`${users.length} outlet staff, ${SECONDS} s per scenario, ${CONNECTIONS} connections\n`);

  const cpuMs = (pid: number) => {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  };

  const scenario = async (name: string, url: string, query: string) => {
    const pids = { gateway: system.supervisor.pid('gateway')!, customers: system.supervisor.pid('customers')!, 'org-hierarchy': system.supervisor.pid('org-hierarchy')! };
    let i = 0;
    const before = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, cpuMs(pid)]));
    const result = await autocannon({
      url, connections: CONNECTIONS, duration: SECONDS, method: 'POST',
      requests: [{
        setupRequest: (req) => {
          const user = users[i++ % users.length];
          const page = 1 + (i % user.pages);
          return { ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` }, body: JSON.stringify({ query, variables: { page: { page, pageSize: 20 } } }) };
        },
      }],
    });
    const cpu = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, (cpuMs(pid) - before[k]) / result.requests.total]));
    const row = { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx, cpu };
    console.log(`${name.padEnd(34)} ${row.rps.toFixed(0).padStart(6)} req/s  p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(4)} ms  errors ${row.errors}  CPU ms/req: ${Object.entries(cpu).filter(([, v]) => v > 0.005).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
    return row;
  };

  // warm up JITs and pools
  await autocannon({ url: system.urls.gateway, connections: 4, amount: 400, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${users[0].token}` }, body: JSON.stringify({ query: CUSTOMERS_ONLY }) });

  const full = await scenario('gateway: outlet page (2 subgraphs)', system.urls.gateway, OUTLET_PAGE);
  const viaGateway = await scenario('gateway: customers fields only', system.urls.gateway, CUSTOMERS_ONLY);
  const direct = await scenario('customers subgraph directly', system.urls.customers, CUSTOMERS_ONLY);
  console.log(`\nthroughput, gateway ÷ subgraph alone (same query): ${(viaGateway.rps / direct.rps).toFixed(2)}`);
  console.log(`gateway CPU per request: ${viaGateway.cpu.gateway.toFixed(2)} ms (customers-only), ${full.cpu.gateway.toFixed(2)} ms (outlet page, 2 subgraphs)`);
  console.log(`p50 added by the gateway: ${viaGateway.p50 - direct.p50} ms; p99: ${viaGateway.p99 - direct.p99} ms`);
} finally {
  await system.stop();
  await db.stop();
}
