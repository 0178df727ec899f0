import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';
import { migrateDatabase } from '@crm/kit';
import { resolveDatabase } from '@crm/postgres';
import { orgHierarchyDatabase } from '@crm/org-hierarchy';
import { customersDatabase } from '@crm/customers';
import { analysisDatabase } from '@crm/analysis';
import { managersDatabase } from '@crm/managers';
import { seedManagers } from '@crm/managers/seed';
import {
  DEMO_PASSWORD,
  ensureSigningKeyFile,
  repoPath,
  scoreBankIfUnscored,
  seedDemoBank,
  startSystem,
  type RunningSystem,
} from '@crm/infra';
import type { LoginResponse } from '@crm/shared-types';

/** Settings every benchmark shares: BENCH_SECONDS (default 20), BENCH_CONNECTIONS (default 20). */
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

/**
 * The gateway's per-user rate limits lifted: the throughput benches drive a few hundred requests a
 * second through a few dozen logins, far beyond what one member of staff sends.
 */
export const NO_RATE_LIMITS = {
  RATE_LIMIT_PER_SECOND: '1000000',
  RATE_LIMIT_PER_MINUTE: '100000000',
  RATE_LIMIT_COST_BUDGET: '1000000000000',
};

/**
 * Its own database (DATABASE_URL, or the embedded one under .data/pg, database bank_crm_bench), the
 * demo bank if empty, and the services on ports 4700–4704 — `npm start` is not disturbed. With
 * `portal`, also the built portal: the shell on 5700 and the remotes on their own ports (5001–5005,
 * the public URLs their builds were made for), which `npm start` also uses.
 * `env` goes to every service (e.g. NO_RATE_LIMITS; REDIS_URL is passed on from the environment).
 */
export async function startBenchSystem(opts: { env?: Record<string, string>; portal?: boolean } = {}) {
  const db = await resolveDatabase({ dataDir: repoPath('.data/pg'), port: 54329, databaseName: 'bank_crm_bench' });
  await migrateDatabase(orgHierarchyDatabase, db.url);
  await migrateDatabase(customersDatabase, db.url);
  await migrateDatabase(analysisDatabase, db.url);
  await migrateDatabase(managersDatabase, db.url);
  // BENCH_CUSTOMERS: the size of the bank when the database is empty (default: the demo bank's 20,000)
  const customers = process.env.BENCH_CUSTOMERS ? Number(process.env.BENCH_CUSTOMERS) : undefined;
  await seedDemoBank(db.url, { progress: customers ? 'bar' : 'none', customers });
  // dashboards and tiers show scores: the first month-ends scored as `npm start` does
  await scoreBankIfUnscored(db.url);
  // then the portfolios, as `npm start` does: the tier decides who gets a full-time manager
  await seedManagers(db.url);
  // the bench's own database: a lock left by an earlier (aborted) run must not refuse this run's logins
  await sql(db.url, `delete from org_hierarchy.login_throttle`).catch(() => undefined);
  const system = await startSystem({
    databaseUrl: db.url,
    signingKeyFile: await ensureSigningKeyFile(repoPath('.data/keys/issuer.jwk')),
    // the shell on 5700; the remotes keep the ports their builds name (5001–5005, as in the e2e test)
    ports: { 'org-hierarchy': 4701, customers: 4702, analysis: 4703, managers: 4704, gateway: 4700, shell: 5700 },
    portal: opts.portal ?? false,
    output: () => {},
    env: { LOG_LEVEL: 'warn', CASE_ESCALATION_INTERVAL_MS: '0', ...opts.env },
  });
  return {
    db,
    system,
    stop: async () => {
      await system.stop();
      await db.stop();
    },
  };
}

export async function sql<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

let loginQueue: Promise<unknown> = Promise.resolve();
/**
 * A bench login. One at a time, even when called for many users at once: the issuer counts every
 * attempt per client address before checking the password, so a burst of hundreds from this one
 * address would be throttled (ADDRESS_RULE).
 */
export function login(system: RunningSystem, username: string): Promise<string> {
  const attempt = loginQueue.then(async () => {
    const res = await fetch(new URL('/auth/login', system.urls.gateway), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as LoginResponse).token;
  });
  loginQueue = attempt.catch(() => undefined);
  return attempt;
}

/** utime + stime of a process, in ms (clock ticks of 10 ms). */
function cpuMs(pid: number) {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
}

export interface ScenarioResult {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpu: Record<string, number>;
}

/** One autocannon run; `next()` gives each request its own token and variables, so dedup cannot flatter. */
export async function scenario(
  system: RunningSystem,
  name: string,
  url: string,
  query: string,
  next: () => { token: string; variables: Record<string, unknown> },
  connections = CONNECTIONS,
): Promise<ScenarioResult> {
  const pids = Object.fromEntries(
    ['gateway', 'customers', 'analysis', 'managers', 'org-hierarchy'].flatMap((s) => {
      const pid = system.supervisor.pid(s);
      return pid ? [[s, pid]] : [];
    }),
  );
  const before = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, cpuMs(pid)]));
  const result = await autocannon({
    url,
    connections,
    duration: SECONDS,
    method: 'POST',
    requests: [
      {
        setupRequest: (req) => {
          const { token, variables } = next();
          return {
            ...req,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query, variables }),
          };
        },
      },
    ],
  });
  const cpu = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, (cpuMs(pid) - before[k]) / result.requests.total]));
  const row = {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpu,
  };
  console.log(
    `${name.padEnd(40)} ${row.rps.toFixed(0).padStart(6)} req/s  p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(4)} ms  errors ${row.errors}  CPU ms/req: ${Object.entries(
      cpu,
    )
      .filter(([, v]) => v > 0.005)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ')}`,
  );
  return row;
}

/** A short warm-up so JITs and pools are ready before anything is measured. */
export async function warmUp(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  await autocannon({
    url,
    connections: 4,
    amount: 400,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
}
