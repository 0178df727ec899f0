import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { useTestDatabase } from '@crm/postgres/testing';
import { declaredPolicy, subgraphSdl, type RunningSubgraph } from '@crm/kit';
import { gql, startTestSubgraph, staffClaims, tokenFor } from '@crm/kit/testing';
import { orgHierarchySubgraph } from '../src';
import { insertTinyBank, UNITS } from './fixture';

/** Permissions at the source (issue 7): every query field declares one; the staff directory shows no accounts. */
const db = useTestDatabase();
let sg: RunningSubgraph;

// tokens of the fixture's staff (sub = staff id)
const teller = () => tokenFor(staffClaims({ sub: '3', username: 'bj0101.staff', orgPath: UNITS.BJ0101.path, roles: ['OUTLET_STAFF'] }));
const branchHead = () =>
  tokenFor(staffClaims({ sub: '2', username: 'bj.head', orgPath: UNITS.BJ.path, level: 'BRANCH', roles: ['BRANCH_LEADER'] }));

beforeAll(async () => {
  await insertTinyBank(db.url);
  sg = await startTestSubgraph(orgHierarchySubgraph(), db.url);
});
afterAll(() => sg?.close());

const entities = (ids: number[]) =>
  `{ _entities(representations: [${ids.map((id) => `{ __typename: "Staff", id: "${id}" }`).join(',')}]) { ... on Staff { id name position username roles orgUnit { code } department { code } } } }`;

describe('staff directory', () => {
  it('gives an ordinary teller names and positions of colleagues, never their username or roles', async () => {
    const res = await gql(sg.url, entities([4, 5, 2]), {}, await teller());
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toEqual([
      { id: '4', name: '陈静', position: '柜员', username: null, roles: null, orgUnit: { code: 'BJ0102' }, department: { code: 'RETAIL' } },
      {
        id: '5',
        name: '张伟',
        position: '客户经理',
        username: null,
        roles: null,
        orgUnit: { code: 'SH0101' },
        department: { code: 'RETAIL' },
      },
      {
        id: '2',
        name: '王建国',
        position: '分行行长',
        username: null,
        roles: null,
        orgUnit: { code: 'BJ' },
        department: { code: 'RETAIL' },
      },
    ]);
  });

  it('shows a teller their own account, through _entities and me', async () => {
    const token = await teller();
    expect((await gql(sg.url, entities([3]), {}, token)).data?._entities[0]).toMatchObject({
      username: 'bj0101.staff',
      roles: ['OUTLET_STAFF'],
    });
    expect((await gql(sg.url, '{ me { id username roles } }', {}, token)).data?.me).toEqual({
      id: '3',
      username: 'bj0101.staff',
      roles: ['OUTLET_STAFF'],
    });
  });

  it('shows a branch head the accounts of their own branch only', async () => {
    const res = await gql(sg.url, entities([3, 5]), {}, await branchHead());
    expect(res.data?._entities.map((s: { username: string | null }) => s.username)).toEqual(['bj0101.staff', null]);
  });

  it('refuses staff lists to a teller (STAFF_READ)', async () => {
    const token = await teller();
    expect((await gql(sg.url, '{ staff { total } }', {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const nested = await gql(sg.url, `{ orgUnit(id: "${UNITS.BJ0101.id}") { name staff { name } } }`, {}, token);
    expect(nested.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers a NUL byte in the staff search as BAD_USER_INPUT naming the field', async () => {
    const res = await gql(sg.url, '{ staff(filter: { search: "bj\\u0000" }) { total } }', {}, await branchHead());
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });
});

describe('permissions', () => {
  it('builds a schema in which every query field declares a permission', async () => {
    const sdl = parse(await subgraphSdl(orgHierarchySubgraph())); // throws when a field lacks @Permit
    const roots = sdl.definitions.filter(
      (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && ['Query', 'Mutation'].includes(d.name.value),
    );
    const fields = roots.flatMap((r) => r.fields ?? []).filter((f) => !f.name.value.startsWith('_'));
    const policies = Object.fromEntries(fields.map((f) => [f.name.value, declaredPolicy(f)]));
    expect(policies).toEqual({
      orgUnit: ['DIRECTORY_READ'],
      myOrgUnit: ['DIRECTORY_READ'],
      orgUnits: ['DIRECTORY_READ'],
      me: ['DIRECTORY_READ'],
      departments: ['DIRECTORY_READ'],
      staff: ['STAFF_READ'],
    });
  });
});
