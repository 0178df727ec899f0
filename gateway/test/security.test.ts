import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { testVerifier, withSql } from '@crm/kit/testing';
import type { LoginResponse } from '@crm/shared-types';
import { forwardedFor, QUERY_LIMITS, startGateway, trustedProxies } from '../src/gateway';
import { loadSupergraph } from '../src/supergraph';
import { useSystem } from './system';

// Issue 7: introspection and "did you mean" suggestions are on; `subscription { … }` gives 500;
// the gateway echoes any Origin with Access-Control-Allow-Credentials: true; heavy operations
// are not limited to one at a time.
const sys = useSystem();
let teller: LoginResponse, analyst: LoginResponse, branchHead: LoginResponse;
beforeAll(async () => {
  [teller, analyst, branchHead] = await Promise.all(['bj0101.staff', 'hq.analyst', 'bj.head'].map((u) => sys.login(u)));
});

const post = (body: unknown, token: string, headers: Record<string, string> = {}) =>
  fetch(sys.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });

describe('subscriptions', () => {
  it('are refused with 400 BAD_REQUEST, not a 500', async () => {
    const res = await post({ query: 'subscription { me { id } }' }, teller.token);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({
      message: expect.stringMatching(/subscriptions are not supported/i),
      extensions: { code: 'BAD_REQUEST' },
    });
  });
});

describe('introspection', () => {
  it('is refused to a teller', async () => {
    const res = await sys.query('{ __schema { queryType { name } } }', {}, teller.token);
    expect(res.data?.__schema ?? null).toBeNull();
    expect(res.errors?.[0].message).toMatch(/introspection/i);
    const type = await sys.query('{ __type(name: "Customer") { fields { name } } }', {}, teller.token);
    expect(type.errors?.[0].message).toMatch(/introspection/i);
  });

  it('is answered to the explorer (GRAPH_EXPLORE: head-office strategy), the whole IntrospectionQuery', async () => {
    const res = await sys.query(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), {}, analyst.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.__schema.queryType.name).toBe('Query');
  });

  it('still answers __typename to everyone', async () => {
    expect((await sys.query('{ me { __typename } }', {}, teller.token)).data).toEqual({ me: { __typename: 'Staff' } });
  });
});

describe('field suggestions', () => {
  it('never tell a client "Did you mean …"', async () => {
    const answers = await Promise.all([
      sys.query('{ customerz { total } }', {}, teller.token),
      sys.query('{ customers { itemz { id } } }', {}, teller.token),
      sys.query('{ customers(pag: { pageSize: 1 }) { total } }', {}, teller.token),
      sys.query('{ customers(filter: { kind: INDIVIDUL }) { total } }', {}, teller.token),
      sys.query('query($k: CustomerKind) { customers(filter: { kind: $k }) { total } }', { k: 'INDIVIDUL' }, teller.token),
    ]);
    for (const res of answers) {
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(res)).not.toMatch(/did you mean/i);
    }
    expect(answers[0].errors?.[0].message).toMatch(/Cannot query field "customerz"/);
  });
});

describe('directives', () => {
  it('refuses more than the limit of directives in one operation', async () => {
    const many = Array.from({ length: QUERY_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    const res = await sys.query(`{ me { id ${many} } }`, {}, teller.token);
    expect(res.errors?.[0].message).toMatch(/directives limit/i);
    expect((await sys.query(`{ me { id @include(if: true) name @skip(if: false) } }`, {}, teller.token)).errors).toBeUndefined();
  });
});

describe('CORS', () => {
  it('gives no CORS headers to an origin that is not allow-listed', async () => {
    const res = await post({ query: '{ me { id } }' }, teller.token, { origin: 'https://evil.example' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(sys.gateway, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the portal’s origins, with credentials, on every route', async () => {
    for (const origin of ['http://127.0.0.1:5000', 'http://localhost:5000']) {
      const res = await post({ query: '{ me { id } }' }, teller.token, { origin });
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
      expect(res.headers.get('vary')).toMatch(/origin/i);
    }
    const preflight = await fetch(`${sys.origin}/auth/login`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5000');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type/);
  });
});

describe('heavy operations', () => {
  it('run one at a time per user: an export is a job, and a second start while it runs is refused RATE_LIMITED with a wait', async () => {
    const START = { query: 'mutation { startCustomerExport(purpose: "monthly review") { id status } }' };
    const JOB = 'query($id: ID!) { customerExportJob(id: $id) { id status rows csv } }';
    type Body = {
      data?: { startCustomerExport?: { id: string; status: string } };
      errors?: { message: string; extensions: { code: string; retryAfterSeconds?: number } }[];
    };
    let id = '';
    // hold the export at its first read of the customers: the job stays RUNNING until we let go
    await withSql(sys.databaseUrl, async (q) => {
      await q('begin');
      await q('lock table customers.customer in access exclusive mode');
      const answers = await Promise.all(Array.from({ length: 4 }, () => post(START, branchHead.token)));
      const bodies = await Promise.all(
        answers.map(async (r) => ({ status: r.status, retryAfter: r.headers.get('retry-after'), body: (await r.json()) as Body })),
      );
      const started = bodies.filter((b) => b.status === 200 && b.body.data?.startCustomerExport);
      const refused = bodies.filter((b) => b.body.errors?.[0]?.extensions.code === 'RATE_LIMITED');
      expect(started).toHaveLength(1);
      expect(refused).toHaveLength(3);
      for (const r of refused) {
        // by the gateway's per-user slot (429 with Retry-After) or, once the first start has returned, by the subgraph's table (a job is RUNNING)
        if (r.status === 429) expect(Number(r.retryAfter)).toBeGreaterThan(0);
        else
          expect(r.body.errors?.[0]).toMatchObject({
            message: expect.stringMatching(/still running/),
            extensions: { retryAfterSeconds: expect.any(Number) },
          });
      }
      id = started[0].body.data!.startCustomerExport!.id;
      expect(started[0].body.data!.startCustomerExport!.status).toBe('RUNNING');
      // while it runs, a start is refused by the subgraph — whichever replica of the gateway it comes through
      const again = (await (await post(START, branchHead.token)).json()) as Body;
      expect(again.errors?.[0]).toMatchObject({
        message: expect.stringMatching(new RegExp(`still running \\(job ${id}\\)`)),
        extensions: { code: 'RATE_LIMITED' },
      });
      expect((await sys.query(JOB, { id }, branchHead.token)).data?.customerExportJob).toMatchObject({ id, status: 'RUNNING', csv: null });
      await q('commit');
    });
    const done = await vi.waitFor(
      async () => {
        const job = (await sys.query(JOB, { id }, branchHead.token)).data?.customerExportJob;
        if (!job || job.status === 'RUNNING') throw new Error('still running');
        return job;
      },
      { timeout: 30_000, interval: 50 },
    );
    expect(done).toMatchObject({ status: 'SUCCEEDED', rows: expect.any(Number), csv: expect.stringContaining('customer_no') });
    // only its starter reads it: the branch's deputy head, with the same rights over the same customers, gets null
    const deputy = await sys.login('bj.deputy');
    const theirs = await sys.query(JOB, { id }, deputy.token);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.customerExportJob).toBeNull();
    // once it has finished, the next one runs
    const next = (await (await post(START, branchHead.token)).json()) as Body;
    expect(next.errors).toBeUndefined();
    expect(next.data?.startCustomerExport?.status).toBe('RUNNING');
  });
});

describe('login proxy', () => {
  it('tells the token issuer the client’s address in X-Forwarded-For, and ignores one a remote client made up', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const issuer = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":{"code":"UNAUTHENTICATED","message":"no"}}');
    });
    await new Promise<void>((r) => issuer.listen(0, '127.0.0.1', r));
    const gateway = await startGateway({
      supergraph: loadSupergraph(),
      verifyToken: await testVerifier(),
      port: 0,
      loginUrl: `http://127.0.0.1:${(issuer.address() as AddressInfo).port}/auth/login`,
    });
    try {
      const login = (headers: Record<string, string> = {}) =>
        fetch(`${gateway.origin}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: '{"username":"x","password":"y"}',
        });
      expect((await login()).status).toBe(401);
      expect(seen[0]['x-forwarded-for']).toBe('127.0.0.1');
      // a proxy on this machine (vite preview, nginx sidecar) forwarding for a client: kept, the peer appended
      await login({ 'x-forwarded-for': '203.0.113.7' });
      expect(seen[1]['x-forwarded-for']).toBe('203.0.113.7, 127.0.0.1');
    } finally {
      await gateway.close();
      await new Promise((r) => issuer.close(r));
    }
    // from a remote peer, an incoming X-Forwarded-For could be forged: the peer's own address only
    const remote = { socket: { remoteAddress: '::ffff:198.51.100.2' }, headers: { 'x-forwarded-for': '127.0.0.1' } } as never;
    expect(forwardedFor(remote)).toBe('198.51.100.2');
    // unless it is a proxy the deployment names (TRUSTED_PROXIES, e.g. the ingress controllers)
    const ingress = { socket: { remoteAddress: '10.2.3.4' }, headers: { 'x-forwarded-for': '203.0.113.7' } } as never;
    expect(forwardedFor(ingress, trustedProxies({ TRUSTED_PROXIES: '10.0.0.0/8' }))).toBe('203.0.113.7, 10.2.3.4');
    expect(forwardedFor(ingress)).toBe('10.2.3.4');
  });
});

describe('login through the gateway', () => {
  it('passes the throttle’s 429 on with its Retry-After', async () => {
    const attempt = () =>
      fetch(`${sys.origin}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bj0102.staff', password: 'wrong-guess' }),
      });
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 6 && !refused; i++) {
      const res = await attempt();
      statuses.push(res.status);
      if (res.status === 429) refused = res;
      else await res.body?.cancel();
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(refused?.status).toBe(429);
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused!.json()) as { error: { code: string } }).error.code).toBe('TOO_MANY_ATTEMPTS');
  });
});
