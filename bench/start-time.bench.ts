import 'reflect-metadata';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSigningKey, migrateDatabase, signStaffToken } from '@crm/kit';
import { resolveDatabase } from '@crm/postgres';
import { customersDatabase } from '@crm/customers';
import { orgHierarchyDatabase } from '@crm/org-hierarchy';
import { repoPath, seedDemoBank } from '@crm/infra';

/**
 * The customers subgraph started both ways: the dev path (`node --import @swc-node/register/esm-register
 * src/main.ts`, TypeScript compiled at start) and the production build (`node dist/main.js`).
 * Per run: ms from spawn to the first /healthz 200, the process's CPU time until then, RSS then, and RSS after 200 GraphQL requests
 * (each another page of the bank's customers). BENCH_RUNS runs per way (default 5), alternating,
 * after one untimed start of each (it fills swc-node's cache, as any second start finds it); medians.
 *
 *   pnpm --filter @crm/bench bench:start
 *
 * Database: DATABASE_URL, or the embedded one under .data/pg (database bank_crm_bench, seeded if empty).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const REQUESTS = 200;
const PORT = 4712;
const dir = repoPath('subgraphs/customers');
const WAYS = {
  'swc-node (src/main.ts)': ['--import', '@swc-node/register/esm-register', 'src/main.ts'],
  'compiled (dist/main.js)': ['dist/main.js'],
} as const;
type Way = keyof typeof WAYS;

const build = spawnSync(process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'build.config.ts'], {
  cwd: dir,
  encoding: 'utf8',
});
if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);

const db = await resolveDatabase({ dataDir: repoPath('.data/pg'), port: 54329, databaseName: 'bank_crm_bench' });
await migrateDatabase(orgHierarchyDatabase, db.url);
await migrateDatabase(customersDatabase, db.url);
await seedDemoBank(db.url, { progress: 'none' });

const key = await generateSigningKey();
const { token } = await signStaffToken(key, {
  sub: '1',
  username: 'bench.start',
  name: 'Bench',
  orgUnitId: '1',
  orgPath: '/1/',
  level: 'HEAD_OFFICE',
  department: 'STRATEGY',
  roles: ['STRATEGY_ANALYST'],
});
const QUERY = 'query Page($page: Int!) { customers(page: { page: $page, pageSize: 20 }) { total items { id customerNo name status } } }';

/** user + system CPU time of a process, ms (less disturbed than wall time by other work on the machine) */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
};
const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function once(way: Way) {
  // a process left on the port would answer in the new one's place (STACK.md)
  if (
    await fetch(`http://127.0.0.1:${PORT}/healthz`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${PORT} already answers: is another bench:start running?`);
  const t0 = performance.now();
  const child = spawn(process.execPath, [...WAYS[way]], {
    cwd: dir,
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      HOST: '127.0.0.1',
      CUSTOMERS_PORT: String(PORT),
      AUTH_JWKS: JSON.stringify(key.publicJwks),
      LOG_LEVEL: 'warn',
      CASE_ESCALATION_INTERVAL_MS: '0',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${way} exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${PORT}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 5)); // polling resolution of the start time
    }
    const startMs = performance.now() - t0;
    const cpuStart = cpuMs(child.pid!);
    const rssStart = rssMiB(child.pid!);
    for (let i = 0; i < REQUESTS; i++) {
      const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables: { page: 1 + (i % 50) } }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (!res.ok || body.errors) throw new Error(`${way}: query failed: ${JSON.stringify(body)}`);
    }
    return { startMs, cpuStart, rssStart, rssAfter: rssMiB(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results: Record<Way, Awaited<ReturnType<typeof once>>[]> = { 'swc-node (src/main.ts)': [], 'compiled (dist/main.js)': [] };
try {
  const first: Partial<Record<Way, number>> = {};
  for (const way of Object.keys(WAYS) as Way[]) first[way] = (await once(way)).startMs;
  for (let i = 0; i < RUNS; i++) for (const way of Object.keys(WAYS) as Way[]) results[way].push(await once(way));
  console.log(
    `\ncustomers subgraph, ${RUNS} runs each (median; Node ${process.version}, ${(await import('node:os')).cpus().length} cores)\n`,
  );
  console.log('| start | spawn → /healthz OK | CPU until then | RSS at start | RSS after 200 queries | untimed first start |');
  console.log('|---|---|---|---|---|---|');
  for (const way of Object.keys(WAYS) as Way[]) {
    const r = results[way];
    console.log(
      `| ${way} | ${Math.round(median(r.map((x) => x.startMs)))} ms | ${Math.round(median(r.map((x) => x.cpuStart)))} ms | ${median(r.map((x) => x.rssStart)).toFixed(0)} MiB | ${median(r.map((x) => x.rssAfter)).toFixed(0)} MiB | ${Math.round(first[way]!)} ms |`,
    );
  }
  console.log(
    `\nall runs (start ms): ${JSON.stringify(Object.fromEntries(Object.entries(results).map(([w, r]) => [w, r.map((x) => Math.round(x.startMs))])))}`,
  );
} finally {
  await db.stop();
}
