import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '../src';
import { insertCustomers, PATHS } from './fixture';
import { customerIdsByName } from './money-history.fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let bj0101: string, sh0101: string, bjBranch: string;
let names: Record<string, number>;
const id = (name: string) => String(names[name]);

beforeAll(async () => {
  await insertCustomers(db.url, 10); // every 5th is CORPORATE: 客户5, 客户10
  names = await customerIdsByName(db.url);
  sg = await startTestSubgraph(customersSubgraph, db.url);
  bj0101 = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101 }));
  sh0101 = await tokenFor(staffClaims({ orgPath: PATHS.SH0101 }));
  bjBranch = await tokenFor(staffClaims({ orgPath: PATHS.BJ, level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
});
afterAll(() => sg?.close());

const ADD = `mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { id kind direction note relatedName related { id name } } }`;
const REMOVE = `mutation($id: ID!) { removeRelationship(id: $id) }`;
const RELS = `query($id: ID!) { customer(id: $id) { relationships { id kind direction note relatedName related { id name } } } }`;
const add = (from: string, to: string, kind: string, token = bj0101, note?: string) =>
  gql(sg.url, ADD, { input: { fromCustomerId: id(from), toCustomerId: id(to), kind, note } }, token);
const fieldOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;

describe('customer relationships', () => {
  it('stores once and reads from both ends', async () => {
    const res = await add('BJ0101客户1', 'BJ0101客户5', 'EXECUTIVE_OF', bj0101, '财务总监');
    expect(res.errors).toBeUndefined();
    expect(res.data!.addRelationship).toMatchObject({
      kind: 'EXECUTIVE_OF',
      direction: 'OUTGOING',
      note: '财务总监',
      relatedName: 'BJ0101客户5',
      related: { id: id('BJ0101客户5') },
    });
    const fromEnd = await gql(sg.url, RELS, { id: id('BJ0101客户1') }, bj0101);
    const toEnd = await gql(sg.url, RELS, { id: id('BJ0101客户5') }, bj0101);
    expect(fromEnd.data!.customer.relationships).toEqual([expect.objectContaining({ direction: 'OUTGOING', relatedName: 'BJ0101客户5' })]);
    expect(toEnd.data!.customer.relationships).toEqual([
      expect.objectContaining({ id: res.data!.addRelationship.id, direction: 'INCOMING', relatedName: 'BJ0101客户1' }),
    ]);
    const [{ n }] = await withSql(db.url, (q) => q('select count(*)::int as n from customers.customer_relationship'));
    expect(n).toBe(1);
  });

  it('refuses self, duplicates (both ways for symmetric kinds), contradictions and wrong kinds of customer', async () => {
    expect(fieldOf(await add('BJ0101客户2', 'BJ0101客户2', 'HOUSEHOLD'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toCustomerId' });
    expect((await add('BJ0101客户2', 'BJ0101客户3', 'SPOUSE')).errors).toBeUndefined();
    expect(fieldOf(await add('BJ0101客户2', 'BJ0101客户3', 'SPOUSE'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect(fieldOf(await add('BJ0101客户3', 'BJ0101客户2', 'SPOUSE'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect((await add('BJ0101客户2', 'BJ0101客户4', 'PARENT_OF')).errors).toBeUndefined();
    expect(fieldOf(await add('BJ0101客户4', 'BJ0101客户2', 'PARENT_OF'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect(fieldOf(await add('BJ0101客户5', 'BJ0101客户1', 'EXECUTIVE_OF'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' }); // a company is no executive
    expect(fieldOf(await add('BJ0101客户1', 'BJ0101客户2', 'GROUP_AFFILIATE'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect((await add('BJ0101客户5', 'BJ0101客户10', 'PARENT_COMPANY_OF')).errors).toBeUndefined();
    expect((await add('BJ0101客户5', 'BJ0101客户6', 'GUARANTOR_FOR')).errors).toBeUndefined(); // a company may guarantee a person
    const note = await gql(
      sg.url,
      ADD,
      { input: { fromCustomerId: id('BJ0101客户6'), toCustomerId: id('BJ0101客户7'), kind: 'HOUSEHOLD', note: 'x'.repeat(501) } },
      bj0101,
    );
    expect(fieldOf(note)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(
      fieldOf(await gql(sg.url, ADD, { input: { fromCustomerId: 'abc', toCustomerId: id('BJ0101客户7'), kind: 'HOUSEHOLD' } }, bj0101)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromCustomerId' });
  });

  it('needs both customers in scope to add: another outlet’s customer is NOT_FOUND', async () => {
    expect(fieldOf(await add('BJ0101客户6', 'SH0101客户1', 'GUARANTOR_FOR'))?.code).toBe('NOT_FOUND');
    expect(fieldOf(await add('SH0101客户1', 'BJ0101客户6', 'GUARANTOR_FOR'))?.code).toBe('NOT_FOUND');
    expect(fieldOf(await add('BJ0101客户6', 'BJ0101客户7', 'HOUSEHOLD', sh0101))?.code).toBe('NOT_FOUND');
  });

  it('shows a related customer of another unit as a neutral label, never its name', async () => {
    // the branch sees both outlets and links across them
    const res = await add('BJ0102客户1', 'BJ0101客户8', 'GUARANTOR_FOR', bjBranch);
    expect(res.errors).toBeUndefined();
    const seen = await gql(sg.url, RELS, { id: id('BJ0101客户8') }, bj0101);
    expect(seen.data!.customer.relationships).toEqual([
      {
        id: res.data!.addRelationship.id,
        kind: 'GUARANTOR_FOR',
        direction: 'INCOMING',
        note: null,
        relatedName: '其他机构客户 (another unit’s customer)',
        related: null,
      },
    ]);
    expect(JSON.stringify(seen.data)).not.toContain('BJ0102');
    // another outlet sees neither end
    expect((await gql(sg.url, RELS, { id: id('BJ0101客户8') }, sh0101)).data!.customer).toBeNull();
    const entities = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { relationships { id relatedName } } } }`,
      { r: [{ __typename: 'Customer', id: id('BJ0101客户8') }] },
      sh0101,
    );
    expect(entities.data!._entities).toEqual([null]);
  });

  it('removes in scope; with the other end in another unit it is FORBIDDEN; unseen it is NOT_FOUND', async () => {
    const cross = (await gql(sg.url, RELS, { id: id('BJ0101客户8') }, bj0101)).data!.customer.relationships[0].id;
    expect(fieldOf(await gql(sg.url, REMOVE, { id: cross }, bj0101))?.code).toBe('FORBIDDEN');
    expect(fieldOf(await gql(sg.url, REMOVE, { id: cross }, sh0101))?.code).toBe('NOT_FOUND');
    expect((await gql(sg.url, REMOVE, { id: cross }, bjBranch)).data!.removeRelationship).toBe(true);
    expect(fieldOf(await gql(sg.url, REMOVE, { id: cross }, bjBranch))?.code).toBe('NOT_FOUND');
    const own = (await add('BJ0101客户7', 'BJ0101客户9', 'HOUSEHOLD')).data!.addRelationship.id;
    expect((await gql(sg.url, REMOVE, { id: own }, bj0101)).data!.removeRelationship).toBe(true);
    expect((await gql(sg.url, RELS, { id: id('BJ0101客户9') }, bj0101)).data!.customer.relationships).toEqual([]);
  });
});
