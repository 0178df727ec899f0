import { request } from 'node:http';
import { describe, expect, it, beforeAll } from 'vitest';
import { countSql, staffClaims, tokenFor } from '@crm/kit/testing';
import { generateSigningKey, signStaffToken } from '@crm/kit';
import type { LoginResponse, RemoteManifest } from '@crm/shared-types';
import { MAX_BODY_BYTES, QUERY_LIMITS } from '../src/gateway';
import { useSystem } from './system';

const sys = useSystem();
let outletA: LoginResponse, outletB: LoginResponse, branch: LoginResponse, headOffice: LoginResponse, trainer: LoginResponse;

beforeAll(async () => {
  [outletA, outletB, branch, headOffice, trainer] = await Promise.all(
    ['bj0101.staff', 'sh0101.staff', 'bj.head', 'hq.analyst', 'hq.trainer'].map((u) => sys.login(u)),
  );
});

const PAGE = `query($page: PageInput, $filter: CustomerFilter) {
  customers(page: $page, filter: $filter) { total items { id name idNumber phone homeOrgUnit { id name level parent { name } } } }
}`;

describe('data scope through the gateway', () => {
  it('shows an outlet user only the customers of their outlet', async () => {
    const res = await sys.query(PAGE, { page: { pageSize: 100 } }, outletA.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.customers.total).toBeGreaterThan(0);
    for (const c of res.data!.customers.items) {
      expect(c.homeOrgUnit.id).toBe(outletA.user.orgUnitId);
      expect(c.idNumber).toContain('*');
    }
  });

  it('shows another outlet’s user different customers', async () => {
    const a = await sys.query(PAGE, { page: { pageSize: 100 } }, outletA.token);
    const b = await sys.query(PAGE, { page: { pageSize: 100 } }, outletB.token);
    const idsA = new Set(a.data!.customers.items.map((c: { id: string }) => c.id));
    expect(b.data!.customers.items.some((c: { id: string }) => idsA.has(c.id))).toBe(false);
    expect(b.data!.customers.items.every((c: { homeOrgUnit: { id: string } }) => c.homeOrgUnit.id === outletB.user.orgUnitId)).toBe(true);
  });

  it('gives nothing by id for another outlet’s customer', async () => {
    const b = await sys.query(PAGE, { page: { pageSize: 1 } }, outletB.token);
    const theirs = b.data!.customers.items[0].id;
    const res = await sys.query(`query($id: ID!) { customer(id: $id) { id name } }`, { id: theirs }, outletA.token);
    expect(res.data!.customer).toBeNull();
    expect((await sys.query(`query($id: ID!) { customer(id: $id) { id } }`, { id: theirs }, outletB.token)).data!.customer).toEqual({
      id: theirs,
    });
  });

  it('lets a branch see its outlets and head office see the whole bank', async () => {
    const all = (await sys.query(PAGE, { page: { pageSize: 1 } }, headOffice.token)).data!.customers.total;
    const br = (await sys.query(PAGE, { page: { pageSize: 1 } }, branch.token)).data!.customers.total;
    const out = (await sys.query(PAGE, { page: { pageSize: 1 } }, outletA.token)).data!.customers.total;
    expect(all).toBe((await sys.query('{ customerCounts { total } }', {}, headOffice.token)).data!.customerCounts.total);
    expect(br).toBeLessThan(all);
    expect(out).toBeLessThan(br);
  });
});

describe('no N+1', () => {
  it('costs the same SQL for a page of 100 customers as for a page of 10, in every subgraph', async () => {
    const subgraphs = ['customers', 'org-hierarchy'];
    const ten = await countSql(subgraphs, () => sys.query(PAGE, { page: { pageSize: 10 } }, headOffice.token));
    const hundred = await countSql(subgraphs, () => sys.query(PAGE, { page: { pageSize: 100 } }, headOffice.token));
    expect(ten.result.data!.customers.items).toHaveLength(10);
    expect(hundred.result.data!.customers.items).toHaveLength(100);
    expect(hundred.counts).toEqual(ten.counts);
    // list + count in customers; units, then their parents, in org-hierarchy
    expect(hundred.counts).toEqual({ customers: 2, 'org-hierarchy': 2 });
  });
});

describe('deduplication never mixes users', () => {
  it('answers two users’ identical concurrent queries each with their own scope', async () => {
    const q = `{ customers(page: { pageSize: 20 }) { total items { homeOrgUnit { id } } } }`;
    const users = Array.from({ length: 24 }, (_, i) => (i % 2 ? outletA : outletB));
    const answers = await Promise.all(users.map((u) => sys.query(q, {}, u.token)));
    answers.forEach((res, i) => {
      const unitIds = new Set(res.data!.customers.items.map((c: { homeOrgUnit: { id: string } }) => c.homeOrgUnit.id));
      expect([...unitIds]).toEqual([users[i].user.orgUnitId]);
    });
  });
});

describe('bad input gets a clear error and the server keeps serving', () => {
  it('refuses a missing, expired or forged token with 401', async () => {
    expect((await sys.query('{ me { id } }')).status).toBe(401);
    const expired = await tokenFor(staffClaims({ orgPath: outletA.user.orgPath }), -10);
    const exp = await sys.query('{ me { id } }', {}, expired);
    expect(exp.status).toBe(401);
    expect(exp.errors?.[0].message).toMatch(/expired/i);
    const forged = (await signStaffToken(await generateSigningKey(), { ...outletA.user, orgPath: '/1/' })).token;
    expect((await sys.query('{ customers { total } }', {}, forged)).status).toBe(401);
  });

  it('refuses a wrong password', async () => {
    const res = await fetch(`${sys.origin}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bj0101.staff', password: 'wrong' }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Wrong username or password' } });
  });

  it('answers a malformed query with a parse error', async () => {
    const res = await sys.query('{ customers { total ', {}, outletA.token);
    expect(res.errors?.[0].message).toMatch(/Syntax Error/);
    expect(JSON.stringify(res)).not.toMatch(/\.ts:\d+/);
  });

  it('refuses a page size of 10,000 naming the field', async () => {
    const res = await sys.query(PAGE, { page: { pageSize: 10_000 } }, headOffice.token);
    expect(res.errors?.[0]).toMatchObject({
      message: 'pageSize must be at most 100',
      extensions: { code: 'BAD_USER_INPUT', field: 'pageSize' },
    });
  });

  it('refuses a query deeper than the limit before running it', async () => {
    let nested = 'id';
    for (let i = 0; i < QUERY_LIMITS.maxDepth + 2; i++) nested = `parent { ${nested} }`;
    const res = await sys.query(`{ myOrgUnit { ${nested} } }`, {}, headOffice.token);
    expect(res.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: customerCounts { total }`).join(' ');
    const res = await sys.query(`{ ${aliases} }`, {}, headOffice.token);
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses an oversized body without reading it', async () => {
    // announce more than the limit, send a few bytes: the answer must come before the rest would
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        sys.gateway,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${outletA.token}`,
            'content-length': String(MAX_BODY_BYTES + 1),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', reject);
      req.write('{"query":"');
    });
    expect(status).toBe(413);
  });

  it('still serves after all that', async () => {
    expect((await sys.query('{ me { username } }', {}, outletA.token)).data).toEqual({ me: { username: 'bj0101.staff' } });
  });
});

describe('portal manifest', () => {
  const manifest = async (token?: string) =>
    fetch(`${sys.origin}/portal/manifest`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('gives outlet staff the outlet remote', async () => {
    const body = (await (await manifest(outletA.token)).json()) as RemoteManifest;
    expect(body.remotes.map((r) => r.name)).toEqual(['outlet']);
  });

  it('gives head-office strategy the head-office portal and a branch head the branch cockpit', async () => {
    const ho = (await (await manifest(headOffice.token)).json()) as RemoteManifest;
    expect(ho.remotes.map((r) => r.name)).toEqual(['outlet', 'headOffice']);
    const br = (await (await manifest(branch.token)).json()) as RemoteManifest;
    expect(br.remotes.map((r) => r.name)).toEqual(['outlet', 'branch']);
  });

  it('gives a trainer the training portal and no customer module', async () => {
    const body = (await (await manifest(trainer.token)).json()) as RemoteManifest;
    expect(body.remotes.map((r) => r.name)).toEqual(['training']);
  });

  it('gives a customer manager their own portal first, beside the customer screens', async () => {
    const manager = await sys.login('bj0101.manager');
    const body = (await (await manifest(manager.token)).json()) as RemoteManifest;
    expect(body.remotes.map((r) => r.name)).toEqual(['manager', 'outlet']);
  });

  it('needs a token', async () => {
    expect((await manifest()).status).toBe(401);
  });
});
