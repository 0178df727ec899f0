import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, testSigningKey, testVerifier } from '@crm/kit/testing';
import { runSubgraph, type RunningSubgraph } from '@crm/kit';
import type { LoginResponse } from '@crm/shared-types';
import { orgHierarchySubgraph } from '../src';
import { insertTinyBank, PASSWORD, UNITS } from './fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let origin: string;

beforeAll(async () => {
  await insertTinyBank(db.url);
  sg = await runSubgraph(orgHierarchySubgraph(await testSigningKey()), { databaseUrl: db.url, port: 0, verifyToken: await testVerifier() });
  origin = new URL(sg.url).origin;
});
afterAll(() => sg?.close());

const login = (body: unknown) =>
  fetch(`${origin}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const tokenOf = async (username: string) => ((await (await login({ username, password: PASSWORD })).json()) as LoginResponse).token;

describe('login', () => {
  it('issues a token carrying unit, path, level, department and roles', async () => {
    const res = await login({ username: 'BJ0101.staff ', password: PASSWORD });
    expect(res.status).toBe(200);
    const body = (await res.json()) as LoginResponse;
    expect(body.user).toEqual({
      sub: '3',
      username: 'bj0101.staff',
      name: '李娜',
      orgUnitId: '4',
      orgPath: UNITS.BJ0101.path,
      level: 'OUTLET',
      department: 'RETAIL',
      roles: ['OUTLET_STAFF'],
    });
    expect(await (await testVerifier())(body.token)).toEqual(body.user);
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('gives a wrong password and an unknown user the same answer', async () => {
    const wrong = await login({ username: 'bj0101.staff', password: 'nope' });
    const unknown = await login({ username: 'nobody', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('refuses staff who have left', async () => {
    expect((await login({ username: 'bj0101.retired', password: PASSWORD })).status).toBe(401);
  });

  it.each([
    [{ password: 'x' }, 'username'],
    [{ username: 'a' }, 'password'],
    [{ username: 'x'.repeat(65), password: 'x' }, 'username'],
    [{ username: 42, password: 'x' }, 'username'],
  ])('validates %j naming the field', async (body, field) => {
    const res = await login(body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe(field);
  });

  it('answers malformed JSON with 400, not a stack trace', async () => {
    const res = await fetch(`${origin}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username":',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/at .*\.ts/);
  });

  it('locks a username after 5 failures in a row', async () => {
    for (let i = 0; i < 5; i++) expect((await login({ username: 'bj0102.staff', password: `guess-${i}` })).status).toBe(401);
    const locked = await login({ username: 'bj0102.staff', password: PASSWORD });
    expect(locked.status).toBe(429);
  });

  it('publishes only the public half of the signing key', async () => {
    const jwks = (await (await fetch(`${origin}/.well-known/jwks.json`)).json()) as { keys: Record<string, string>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });
});

describe('graph', () => {
  it('answers 401 without a valid token', async () => {
    expect((await gql(sg.url, '{ me { id } }')).status).toBe(401);
    expect((await gql(sg.url, '{ me { id } }', {}, 'not.a.token')).status).toBe(401);
  });

  it('tells staff who they are', async () => {
    const res = await gql(
      sg.url,
      '{ me { username name orgUnit { code level parent { code } } department { code } roles } }',
      {},
      await tokenOf('bj0101.staff'),
    );
    expect(res.data?.me).toEqual({
      username: 'bj0101.staff',
      name: '李娜',
      orgUnit: { code: 'BJ0101', level: 'OUTLET', parent: { code: 'BJ01' } },
      department: { code: 'RETAIL' },
      roles: ['OUTLET_STAFF'],
    });
  });

  it('lists the units below the caller, by level', async () => {
    const res = await gql(
      sg.url,
      '{ orgUnits(level: OUTLET) { code } myOrgUnit { code children { code } } }',
      {},
      await tokenOf('bj.head'),
    );
    expect(res.data?.orgUnits.map((u: { code: string }) => u.code)).toEqual(['BJ0101', 'BJ0102']);
    expect(res.data?.myOrgUnit).toEqual({ code: 'BJ', children: [{ code: 'BJ01' }] });
  });

  it('limits staff lists to the caller’s subtree', async () => {
    const q = '{ staff(page: { pageSize: 50 }) { total items { username } } }';
    const branch = await gql(sg.url, q, {}, await tokenOf('bj.head'));
    expect(branch.data?.staff.items.map((s: { username: string }) => s.username).sort()).toEqual([
      'bj.head',
      'bj0101.staff',
      'bj0102.staff',
    ]);
    const asked = await gql(sg.url, '{ staff(filter: { orgUnitId: "8" }) { total } }', {}, await tokenOf('bj.head'));
    expect(asked.data?.staff.total).toBe(0);
    // an outlet teller has no STAFF_READ: no lists at all (the directory is _entities and me)
    const outlet = await gql(sg.url, q, {}, await tokenOf('sh0101.staff'));
    expect(outlet.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses the staff of a unit outside the scope', async () => {
    const res = await gql(sg.url, '{ orgUnit(id: "8") { name staff { username } } }', {}, await tokenOf('bj.head'));
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(res.data)).not.toContain('sh0101');
  });

  it('resolves org units for other subgraphs with as many queries for three as for one', async () => {
    const token = await tokenOf('hq.analyst');
    const reps = (ids: number[]) => ids.map((id) => `{ __typename: "OrgUnit", id: "${id}" }`).join(',');
    const q = (ids: number[]) => `{ _entities(representations: [${reps(ids)}]) { ... on OrgUnit { code parent { code } } } }`;
    // one batch for the outlets, one for their parents — however many outlets are asked for
    const one = await countSql(['org-hierarchy'], () => gql(sg.url, q([4]), {}, token));
    const three = await countSql(['org-hierarchy'], () => gql(sg.url, q([4, 5, 8]), {}, token));
    expect(three.result.data?._entities).toHaveLength(3);
    expect(three.counts['org-hierarchy']).toBe(one.counts['org-hierarchy']);
    expect(three.counts['org-hierarchy']).toBe(2);
  });

  it('validates ids with a message naming the field', async () => {
    const res = await gql(sg.url, '{ orgUnit(id: "x1") { code } }', {}, await tokenOf('hq.analyst'));
    expect(res.errors?.[0]).toMatchObject({
      message: 'id must be a positive whole number',
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
  });
});
