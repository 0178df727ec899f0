// The portal as its users first see it, in headless Chromium (Debian's, never a downloaded one): for
// each page, the time from navigation to the first table rows on screen and the JavaScript it took
// to get there (gzip), each run in a fresh browser context (cold cache). Medians of BENCH_RUNS (5).
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildPortal } from '@crm/infra';
import type { LoginResponse } from '@crm/shared-types';
import { DEMO_PASSWORD } from '@crm/infra';
import { startBenchSystem, sql } from './bench-system';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'];

interface Scenario {
  name: string;
  /** who is signed in; none for the login page */
  user?: string;
  path: string | ((db: string) => Promise<string>);
  /** what "first rows" means on this page */
  ready: string;
}

const SCENARIOS: Scenario[] = [
  { name: 'login page', path: '/', ready: '[data-testid="login-submit"]' },
  { name: 'outlet customer list', user: 'bj0101.staff', path: '/outlet', ready: '[data-testid="customer-table"] tr.ant-table-row' },
  {
    name: 'customer 360',
    user: 'bj0101.staff',
    // a customer of the signed-in outlet with accounts, so the 360's first table has rows
    path: async (db) => {
      const [row] = await sql<{ id: string }>(
        db,
        `select c.id from customers.customer c join org_hierarchy_api.org_unit u on u.id = c.home_org_unit_id
          where u.code = 'BJ0101' and exists (select 1 from customers.account a where a.customer_id = c.id) order by c.id limit 1`,
      );
      return `/outlet/customers/${row.id}`;
    },
    ready: '[data-testid="accounts-table"] tr.ant-table-row',
  },
  { name: 'head-office dashboard', user: 'hq.analyst', path: '/head-office', ready: '[data-testid="branch-comparison"] tr.ant-table-row' },
  { name: 'branch cockpit', user: 'bj.head', path: '/branch', ready: '[data-testid="branch-comparison"] tr.ant-table-row' },
];

interface Run {
  ms: number;
  /** the scripts the page asked for before its rows showed */
  scripts: string[];
}

async function apiLogin(gateway: string, username: string): Promise<LoginResponse> {
  const res = await fetch(new URL('/auth/login', gateway), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()) as LoginResponse;
}

async function measure(browser: Browser, url: string, ready: string, session: LoginResponse | undefined): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'zh-CN' });
  // signed in as the shell keeps it (sessionStorage), in the portal's default language
  await context.addInitScript((s) => {
    localStorage.setItem('bank-crm.lang', 'zh-CN');
    if (s) sessionStorage.setItem('bank-crm.session', JSON.stringify({ token: s.token, expiresAt: s.expiresAt, user: s.user }));
  }, session ?? null);
  const page: Page = await context.newPage();
  // nothing listens to responses while timing: fetching bodies over CDP and gzipping them would take
  // the 2 cores from the page being measured
  await page.goto(url, { waitUntil: 'commit' });
  // performance.now() is measured from the navigation's start
  const handle = await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return el && el.getBoundingClientRect().height > 0 ? performance.now() : false;
    },
    ready,
    { polling: 'raf', timeout: 60_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  // the scripts requested before that moment (a chunk warmed afterwards, e.g. behind the login page, is not the page's cost)
  const scripts = await page.evaluate(
    (t) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= t && /\.m?js(\?|$)/.test(e.name))
        .map((e) => e.name),
    ms,
  );
  await context.close();
  return { ms, scripts };
}

/** gzip bytes (level 6, as a web server sends them) of each script, by origin: "shell" or the remote's port */
async function scriptSizes(scripts: string[], shellOrigin: string) {
  const js = new Map<string, number>();
  const files = new Map<string, number>();
  for (const file of scripts) {
    const gz = gzipSync(Buffer.from(await (await fetch(file)).arrayBuffer()), { level: 6 }).length;
    const key = new URL(file).origin === shellOrigin ? 'shell' : `remote ${new URL(file).port}`;
    js.set(key, (js.get(key) ?? 0) + gz);
    files.set(file, gz);
  }
  return { js, files };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

async function main() {
  console.log('building the portal (only apps whose sources changed) …');
  await buildPortal({ output: (l) => console.log(l) });
  const bench = await startBenchSystem({ portal: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const portal = bench.system.urls.portal;
    const shellOrigin = new URL(portal).origin;
    console.log(`\nfirst rows after navigation, cold cache, median of ${RUNS} (headless Chromium, 1360×900)`);
    // BENCH_PAGES="list,360": only the scenarios whose names contain one of these
    const only = process.env.BENCH_PAGES?.split(',').map((p) => p.trim());
    for (const s of SCENARIOS.filter((x) => !only || only.some((p) => x.name.includes(p)))) {
      const session = s.user ? await apiLogin(bench.system.urls.gateway, s.user) : undefined;
      const path = typeof s.path === 'string' ? s.path : await s.path(bench.db.url);
      const url = new URL(path, portal).href;
      await measure(browser, url, s.ready, session); // untimed: server caches and JITs warm
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, url, s.ready, session));
      // the median run's scripts, sized after the timing is done
      const mid = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
      const { js, files } = await scriptSizes(mid.scripts, shellOrigin);
      const jsText = [...js.keys()]
        .sort()
        .map((o) => `${o} ${kib(js.get(o) ?? 0)}`)
        .join(', ');
      console.log(
        `${s.name.padEnd(24)} ${String(Math.round(median(runs.map((r) => r.ms)))).padStart(5)} ms  (runs ${runs
          .map((r) => Math.round(r.ms))
          .join(' ')})  JS gzip: ${jsText}`,
      );
      if (process.env.BENCH_VERBOSE)
        for (const [file, gz] of [...files].sort((a, b) => b[1] - a[1])) console.log(`    ${kib(gz).padStart(8)}  ${file}`);
    }
  } finally {
    await browser.close();
    await bench.stop();
  }
}

await main();
