import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '@crm/kit/testing';
import type { LoginResponse } from '@crm/shared-types';
import { useSystem } from './system';

// Issue 7, "smaller defects", each as the issue tells it, against the running system: a NUL byte in
// a search, name or purpose gave an internal error or HTTP 500; `occurredAt: "0000-01-01T00:00:00Z"`
// an internal error; `_entities` of a non-entity type an internal error; the subgraphs accepted
// 1,000 aliases and introspection; `/metrics` of every subgraph answered anyone.
const sys = useSystem();
let teller: LoginResponse, manager: LoginResponse;
let customerId: string;
beforeAll(async () => {
  [teller, manager] = await Promise.all(['bj0101.staff', 'bj0101.manager'].map((u) => sys.login(u)));
  customerId = (await sys.query('{ customers(page: { pageSize: 1 }) { items { id } } }', {}, teller.token)).data!.customers.items[0].id;
});

const badInput = (res: { status: number; errors?: { extensions?: Record<string, unknown> }[] }, field: string) => {
  expect(res.status).toBeLessThan(500);
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(JSON.stringify(res)).not.toContain('INTERNAL_SERVER_ERROR');
};

describe('NUL bytes', () => {
  it('in a search, a name or a purpose are BAD_USER_INPUT naming the field, through the gateway', async () => {
    badInput(
      await sys.query('query($f: CustomerFilter) { customers(filter: $f) { total } }', { f: { search: 'ab\u0000c' } }, teller.token),
      'f.search',
    );
    badInput(
      await sys.query(
        'mutation($id: ID!, $v: Int!, $i: UpdateCustomerInput!) { updateCustomer(id: $id, version: $v, input: $i) { id } }',
        { id: customerId, v: 1, i: { name: '王\u0000芳' } },
        teller.token,
      ),
      'i.name',
    );
    badInput(
      await sys.query(
        'mutation($id: ID!, $n: String) { revealCustomerPii(customerId: $id, field: PHONE, purpose: ACCOUNT_SERVICE, note: $n) { value } }',
        { id: customerId, n: '核实\u0000身份' },
        manager.token,
      ),
      'n',
    );
  });
});

describe('impossible dates', () => {
  it('occurredAt "0000-01-01T00:00:00Z" is BAD_USER_INPUT naming the field, nothing recorded', async () => {
    const res = await sys.query(
      'mutation($i: RecordInteractionInput!) { recordInteraction(input: $i) { id } }',
      { i: { customerId, channel: 'PHONE', summary: '回访', occurredAt: '0000-01-01T00:00:00Z' } },
      teller.token,
    );
    badInput(res, 'i.occurredAt');
  });
});

describe('straight at a subgraph', () => {
  it('_entities of a type that is no entity there is the caller’s error, not an internal one', async () => {
    const res = await gql(
      sys.subgraphs.customers.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      { r: [{ __typename: 'CustomerPage', id: '1' }] },
      teller.token,
    );
    badInput(res, 'representations.0.__typename');
  });

  it('refuses 1,000 aliases, a deep query and introspection', async () => {
    const aliases = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: customerCounts { total }`).join(' ')} }`;
    const many = await gql(sys.subgraphs.customers.url, aliases, {}, teller.token);
    expect(many.status).toBe(400);
    expect(many.errors?.[0].message).toMatch(/alias|token/i);
    const intro = await gql(sys.subgraphs.customers.url, '{ __schema { types { name } } }', {}, teller.token);
    expect(intro.errors?.[0].message).toMatch(/introspection/i);
  });
});

describe('/metrics', () => {
  afterEach(() => {
    delete process.env.METRICS_TOKEN;
  });

  it('answers only the bearer of METRICS_TOKEN once one is set (this machine without one)', async () => {
    const metrics = new URL('/metrics', sys.subgraphs.customers.url).href;
    expect((await fetch(metrics)).status).toBe(200); // the tests' own machine, no token configured
    process.env.METRICS_TOKEN = 'scrape-secret';
    expect((await fetch(metrics)).status).toBe(404);
    expect((await fetch(metrics, { headers: { authorization: 'Bearer wrong' } })).status).toBe(404);
    const ok = await fetch(metrics, { headers: { authorization: 'Bearer scrape-secret' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('crm_sql_queries_total');
  });
});
