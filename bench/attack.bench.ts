import autocannon from 'autocannon';
import { CONNECTIONS, SECONDS, login, sql, startBenchSystem, warmUp } from './bench-system';

/**
 * Normal portal traffic alone, then while an attacker sends the heaviest operation the gateway's
 * limits still allow, in a loop, for the same time. Prints p50/p99 of the normal traffic both
 * ways and their ratio (goal: p99 under attack at most 2× alone).
 *
 * Normal traffic: outlet staff (every outlet's, one after another, so no login nears its rate
 * limit) alternating the outlet customer page (another page each time) and the customer 360
 * (another of their customers each time). The gateway runs with its real limits (cost, rate).
 *
 * The attacker: first each candidate below is sent twice on a quiet system — any the gateway
 * refuses (cost limit, permission) is dropped: it is not "allowed" — and the slowest allowed one is
 * then sent in a loop, one request after the other, ignoring Retry-After, by its own login:
 * hq.analyst (the whole bank in scope) for the queries, bj.head (may export) for the export.
 * Its refusals (429 of the per-user cost budget or rate limit) are counted and printed.
 *
 *   pnpm --filter @crm/bench bench:attack
 *   BENCH_SECONDS=10 BENCH_CONNECTIONS=10 pnpm --filter @crm/bench bench:attack
 */
const OUTLET_PAGE = `query OutletCustomerList($page: PageInput) {
  customers(page: $page) { total page pageSize items { id customerNo kind name idNumber phone status homeOrgUnit { id name nameEn } } }
}`;
const C360 = `query OutletCustomer360($id: ID!) {
  customer(id: $id) {
    id customerNo kind name status gender idNumber phone address email birthDate
    marketingConsent { given at channel } homeOrgUnit { id name nameEn } createdAt version
    balances { deposits loans wealth creditCardDebt }
    needs { id category description priority status capturedAt capturedBy { id name position } version }
    serviceCases(status: [OPEN, ACKNOWLEDGED]) { id caseNo category severity title status slaDueAt handlingOrgUnit { id name } }
    surveys(page: { page: 1, pageSize: 50 }) { total items { id touchpoint csat nps comment surveyedAt } }
    relationships { id kind direction note relatedName related { id customerNo name } }
  }
}`;

const CUSTOMER_FIELDS = 'id customerNo kind name status idNumber phone address email createdAt';
/** `job`: the operation starts a background job (its root field returns `{ id }`); one run lasts until the job has finished, polled with `job`. */
const CANDIDATES: { name: string; who: 'analyst' | 'branchHead'; query: string; job?: string }[] = [
  {
    name: '15 aliases × 100 customers (scalars)',
    who: 'analyst',
    query: `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: customers(page: { page: ${i + 1}, pageSize: 100 }) { items { ${CUSTOMER_FIELDS} } }`).join(' ')} }`,
  },
  {
    name: '6 aliases × 100 customers with unit and parent',
    who: 'analyst',
    query: `{ ${Array.from({ length: 6 }, (_, i) => `p${i}: customers(page: { page: ${i + 1}, pageSize: 100 }) { items { ${CUSTOMER_FIELDS} homeOrgUnit { id name parent { name } } } }`).join(' ')} }`,
  },
  {
    name: '100 customers × 17 transactions',
    who: 'analyst',
    query: `{ customers(page: { pageSize: 100 }) { items { id name transactions(page: { pageSize: 17 }) { total items { id bookedAt amount direction channel category } } } } }`,
  },
  {
    name: '8 aliases × customer 360-like (accounts)',
    who: 'analyst',
    query: `{ ${Array.from({ length: 4 }, (_, i) => `c${i}: customers(page: { page: ${i + 1}, pageSize: 20 }) { items { ${CUSTOMER_FIELDS} accounts { id accountNo balance } } }`).join(' ')} }`,
  },
  {
    name: 'startCustomerExport until done (one at a time)',
    who: 'branchHead',
    query: 'mutation { startCustomerExport(purpose: "bench") { id } }',
    job: 'query($id: ID!) { customerExportJob(id: $id) { status rows error { reason } } }',
  },
];

const { db, system, stop } = await startBenchSystem();
const gateway = system.urls.gateway;
const post = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
  const res = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    retryAfter: Number(res.headers.get('retry-after') ?? 0),
    body: (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] },
  };
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** One run of a candidate: the request, and for a job every poll until it is no longer RUNNING (the attacker keeps it busy that long). */
const runOnce = async (token: string, c: (typeof CANDIDATES)[number]) => {
  const res = await post(token, c.query);
  if (!c.job || res.status !== 200 || res.body.errors?.length) return res;
  const id = Object.values((res.body as { data?: Record<string, { id: string }> }).data ?? {})[0]?.id;
  for (;;) {
    const poll = await post(token, c.job, { id });
    const job = (poll.body as { data?: Record<string, { status: string; error?: { reason: string } | null } | null> }).data
      ?.customerExportJob;
    // a job that FAILED (e.g. more rows than an export allows) counts as refused, like an error answer
    if (job?.status === 'FAILED')
      return { ...poll, body: { errors: [{ message: job.error?.reason ?? 'job failed', extensions: { code: 'JOB_FAILED' } }] } };
    if (poll.status !== 200 || poll.body.errors?.length || !job || job.status !== 'RUNNING') return poll;
    await sleep(20);
  }
};
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

try {
  const rows = await sql<{ username: string; ids: number[]; pages: number }>(
    db.url,
    `
    select s.username, (array_agg(c.id order by c.id))[1:200] as ids, greatest(1, least(5, count(c.id) / 20))::int as pages
    from org_hierarchy.staff s join org_hierarchy.org_unit u on u.id = s.org_unit_id and u.level = 'OUTLET'
    join customers.customer c on c.home_org_unit_id = u.id and c.status <> 'MERGED'
    where s.active group by s.username order by s.username`,
  );
  const users = await Promise.all(rows.map(async (r) => ({ token: await login(system, r.username), ids: r.ids, pages: r.pages })));
  const attackers = { analyst: await login(system, 'hq.analyst'), branchHead: await login(system, 'bj.head') };
  let i = 0;
  const nextRequest = () => {
    const user = users[i++ % users.length];
    const body =
      i % 2
        ? { query: OUTLET_PAGE, variables: { page: { page: 1 + (i % user.pages), pageSize: 20 } } }
        : { query: C360, variables: { id: String(user.ids[(i * 7919) % user.ids.length]) } };
    return { token: user.token, body: JSON.stringify(body) };
  };
  await warmUp(gateway, users[0].token, OUTLET_PAGE, { page: { page: 1, pageSize: 20 } });

  // ── the heaviest allowed operation ──
  // allowed means allowed in a loop: a candidate refused within RUNS runs (the export's hourly cap
  // refuses its 7th) is no attack the limits allow
  const RUNS = Number(process.env.BENCH_ATTACK_RUNS ?? 8);
  console.log(`attack candidates (${RUNS} runs each, quiet system; a 429 of the cost budget is waited out, not counted):`);
  let heaviest: { name: string; token: string; candidate: (typeof CANDIDATES)[number]; ms: number } | undefined;
  for (const c of CANDIDATES) {
    const token = attackers[c.who];
    const times: number[] = [];
    let refused: string | undefined;
    while (times.length < RUNS && !refused) {
      const t0 = performance.now();
      const res = await runOnce(token, c);
      if (res.status === 429) {
        await sleep(res.retryAfter * 1000);
        continue;
      }
      times.push(performance.now() - t0);
      if (res.status !== 200 || res.body.errors?.length)
        refused = `${res.status} ${res.body.errors?.[0]?.extensions?.code ?? ''} ${res.body.errors?.[0]?.message ?? ''}`.slice(0, 120);
    }
    const ms = percentile(times, 50);
    console.log(`  ${c.name.padEnd(48)} ${refused ? `refused: ${refused}` : `${ms.toFixed(0).padStart(5)} ms`}`);
    if (!refused && (!heaviest || ms > heaviest.ms)) heaviest = { name: c.name, token, candidate: c, ms };
  }
  if (!heaviest) throw new Error('every candidate was refused');

  const run = async (label: string) => {
    const result = await autocannon({
      url: gateway,
      connections: CONNECTIONS,
      duration: SECONDS,
      method: 'POST',
      requests: [
        {
          setupRequest: (req) => {
            const { token, body } = nextRequest();
            return { ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body };
          },
        },
      ],
    });
    const row = { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
    console.log(
      `${label.padEnd(34)} ${row.rps.toFixed(0).padStart(5)} req/s  p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(4)} ms  errors ${row.errors}`,
    );
    return row;
  };

  console.log(
    `\nnormal traffic: ${users.length} outlet staff, outlet page and customer 360 alternating; ${SECONDS} s, ${CONNECTIONS} connections`,
  );
  console.log(`attacker: "${heaviest.name}" in a loop\n`);
  const alone = await run('normal traffic alone');

  let attacking = true;
  const attackTimes: number[] = [];
  const attackErrors = new Map<string, number>();
  const attack = (async () => {
    while (attacking) {
      const t0 = performance.now();
      const res = await runOnce(heaviest.token, heaviest.candidate);
      attackTimes.push(performance.now() - t0);
      if (res.status !== 200 || res.body.errors?.length) {
        const code = `${res.status} ${res.body.errors?.[0]?.extensions?.code ?? ''}`;
        attackErrors.set(code, (attackErrors.get(code) ?? 0) + 1);
        // an attacker does not wait for Retry-After; 10 ms only keeps this bench process from spinning
        if (res.status === 429) await sleep(10);
      }
    }
  })();
  const underAttack = await run('normal traffic under attack');
  attacking = false;
  await attack;

  console.log(
    `attacker: ${attackTimes.length} requests (${(attackTimes.length / SECONDS).toFixed(1)}/s), p50 ${percentile(attackTimes, 50).toFixed(0)} ms, p99 ${percentile(attackTimes, 99).toFixed(0)} ms${attackErrors.size ? `, refused: ${[...attackErrors].map(([k, v]) => `${k} ×${v}`).join(', ')}` : ''}`,
  );
  const ratio = underAttack.p99 / Math.max(1, alone.p99);
  console.log(`\np99 under attack ÷ alone: ${ratio.toFixed(2)} (goal ≤ 2)   p50: ${(underAttack.p50 / Math.max(1, alone.p50)).toFixed(2)}`);
} finally {
  await stop();
}
