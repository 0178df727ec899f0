// The production build of a subgraph: `pnpm build` bundles it to dist/main.js, and `node dist/main.js`
// — no TypeScript loader — migrates, answers /healthz and a GraphQL query, and stops on SIGTERM.
// One subgraph stands for all four: they share the build (@crm/kit/build) and the entry point
// (runSubgraphFromEnv); the gateway's build adds only its compose check.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { generateSigningKey, signStaffToken } from '@crm/kit';
import { useTestDatabase } from '@crm/postgres/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { repoPath } from '../src/system/paths';

const db = useTestDatabase();
const dir = repoPath('subgraphs/customers');
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

/** Runs a command to completion; rejects with its output when it fails. */
function run(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { cwd, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited with ${code}:\n${out}`))));
  });
}

describe('compiled build (customers)', () => {
  it('builds dist/main.js with the workspace packages inside and npm packages left to node', async () => {
    await run([join(dir, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'build.config.ts'], dir);
    const bundle = readFileSync(join(dir, 'dist/main.js'), 'utf8');
    expect(existsSync(join(dir, 'dist/main.js.map'))).toBe(true);
    expect(bundle).not.toMatch(/from\s+["']@crm\//); // bundled, not imported: their exports are TypeScript
    expect(bundle).toMatch(/from\s+["']@mikro-orm\/core["']/); // external, resolved by node
    expect(bundle).toContain('design:type'); // SWC emitted the decorator metadata type-graphql and MikroORM read
  });

  it('node dist/main.js answers /healthz and a query, then stops on SIGTERM', async () => {
    const key = await generateSigningKey();
    const { token } = await signStaffToken(key, {
      sub: '1',
      username: 'build.check',
      name: 'Build check',
      orgUnitId: '1',
      orgPath: '/1/',
      level: 'HEAD_OFFICE',
      department: 'STRATEGY',
      roles: ['STRATEGY_ANALYST'],
    });
    const started = performance.now();
    child = spawn(process.execPath, ['dist/main.js'], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        HOST: '127.0.0.1',
        CUSTOMERS_PORT: '0',
        AUTH_JWKS: JSON.stringify(key.publicJwks),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stderr!.on('data', (d) => output.push(String(d)));
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    // ready = the "subgraph listening" log line (port 0: the OS picks a free port, the line tells which)
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child!.stdout! }).on('line', (line) => {
        output.push(line);
        try {
          const entry = JSON.parse(line) as { msg?: string; url?: string };
          if (entry.msg === 'subgraph listening' && entry.url) resolve(entry.url);
        } catch {
          /* not a log line */
        }
      });
      void exited.then((code) => reject(new Error(`node dist/main.js exited with ${code} before listening:\n${output.join('\n')}`)));
    });
    const origin = new URL(url).origin;

    const health = await fetch(`${origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', subgraph: 'customers' });
    const startMs = performance.now() - started;

    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ customerCounts { total } customers { total items { id } } }' }),
    });
    expect(await res.json()).toEqual({ data: { customerCounts: { total: 0 }, customers: { total: 0, items: [] } } });
    // without a token: the subgraph's own authentication, from the bundle
    expect(
      (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).status,
    ).toBe(401);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(startMs).toBeLessThan(30_000);
  });
});
