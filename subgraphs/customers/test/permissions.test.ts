import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import { declaredPolicy, subgraphSdl, type RunningSubgraph } from '@crm/kit';
import { makeResidentId } from '@crm/shared-types';
import { customersSubgraph } from '../src';
import { insertCustomers, PATHS } from './fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let trainer: string, product: string, teller: string;
let customerId: string;

beforeAll(async () => {
  await insertCustomers(db.url, 2);
  [{ id: customerId }] = await withSql(db.url, (q) =>
    q(`select id::text from customers.customer where home_org_unit_id = 4 order by id limit 1`),
  );
  sg = await startTestSubgraph(customersSubgraph, db.url);
  // head office staff whose scope covers every customer: what stops them is the permission table alone
  trainer = await tokenFor(staffClaims({ orgPath: PATHS.HO, sub: '20', level: 'HEAD_OFFICE', department: 'TRAINING', roles: ['TRAINER'] }));
  product = await tokenFor(
    staffClaims({ orgPath: PATHS.HO, sub: '21', level: 'HEAD_OFFICE', department: 'PRODUCT', roles: ['PRODUCT_MANAGER'] }),
  );
  teller = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '22' }));
});
afterAll(() => sg?.close());

/** What each query field and mutation needs (all listed) — the table, checked against the published SDL. */
const EXPECTED: Record<string, string[]> = {
  customers: ['CUSTOMER_READ'],
  customer: ['CUSTOMER_READ'],
  customerCounts: ['CUSTOMER_READ'],
  serviceCase: ['CUSTOMER_READ'],
  serviceCaseQueue: ['CUSTOMER_READ'],
  piiAccessLog: ['PII_AUDIT_READ'],
  importJob: ['CUSTOMER_IMPORT'],
  startImport: ['CUSTOMER_IMPORT'],
  ...Object.fromEntries(
    [
      'createCustomer',
      'updateCustomer',
      'recordInteraction',
      'recordSurvey',
      'captureNeed',
      'updateNeedStatus',
      'addRelationship',
      'removeRelationship',
    ].map((f) => [f, ['CUSTOMER_READ', 'CUSTOMER_EDIT']]),
  ),
  ...Object.fromEntries(
    ['openServiceCase', 'acknowledgeServiceCase', 'escalateServiceCase', 'resolveServiceCase', 'closeServiceCase'].map((f) => [
      f,
      ['CUSTOMER_READ', 'CASE_MANAGE'],
    ]),
  ),
  escalateOverdueServiceCases: ['CASE_ESCALATE_OVERDUE'],
  mergeCustomers: ['CUSTOMER_READ', 'CUSTOMER_MERGE'],
  revealCustomerPii: ['CUSTOMER_READ', 'CUSTOMER_PII_REVEAL'],
  startCustomerExport: ['CUSTOMER_READ', 'CUSTOMER_EXPORT'],
  customerExportJob: ['CUSTOMER_READ', 'CUSTOMER_EXPORT'],
};

const CUSTOMER = `query($id: ID!) { customer(id: $id) { id name } }`;
const CUSTOMERS = `{ customers { total items { id name } } }`;
const UPDATE = `mutation($id: ID!) { updateCustomer(id: $id, version: 1, input: { occupation: "改了" }) { id } }`;
const IMPORT = `mutation($csv: String!) { startImport(kind: CUSTOMERS, csv: $csv, mode: ALL_OR_NOTHING) { id } }`;
const EXPORT = `mutation { startCustomerExport(purpose: "名单导出核对") { id rows csv } }`;
const EXPORT_JOB = `query { customerExportJob(id: "1") { id csv } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id name } } }`;
const csv = `kind,name,id_number,phone,address,email,gender,birth_date,occupation,income_band,industry,legal_representative,registered_capital,company_size,marketing_consent,consent_channel,home_org_unit_id
INDIVIDUAL,新客户,${makeResidentId('110105', '1980-02-02', 31)},,,,,,,,,,,,false,,`;

describe('permissions at the source', () => {
  it('every query field and mutation publishes the permission the table gives it (@policy)', async () => {
    const schema = buildSchema(await subgraphSdl(customersSubgraph), { assumeValidSDL: true });
    const declared: Record<string, string[]> = {};
    for (const root of [schema.getQueryType(), schema.getMutationType()] as GraphQLObjectType[]) {
      for (const f of Object.values(root.getFields())) if (!f.name.startsWith('_')) declared[f.name] = declaredPolicy(f.astNode) ?? [];
    }
    expect(declared).toEqual(EXPECTED);
  });

  it.each([
    ['a trainer', () => trainer],
    ['a product manager', () => product],
  ])(
    '%s gets FORBIDDEN on customers, customer, updateCustomer, startImport, startCustomerExport, customerExportJob',
    async (_who, token) => {
      for (const [query, vars] of [
        [CUSTOMERS, {}],
        [CUSTOMER, { id: customerId }],
        [UPDATE, { id: customerId }],
        [IMPORT, { csv }],
        [EXPORT, {}],
        [EXPORT_JOB, {}],
      ] as const) {
        const res = await gql(sg.url, query, vars, token());
        expect(res.errors?.[0].extensions?.code, query).toBe('FORBIDDEN');
        expect(JSON.stringify(res.data ?? null)).not.toContain('客户');
      }
      const [row] = await withSql(db.url, (q) =>
        q(
          `select occupation, (select count(*)::int from customers.customer where name = '新客户') as imported,
      (select count(*)::int from customers.pii_access_log) as audited from customers.customer where id = $1`,
          [customerId],
        ),
      );
      expect(row).toEqual({ occupation: null, imported: 0, audited: 0 });
    },
  );

  it.each([
    ['a trainer', () => trainer],
    ['a product manager', () => product],
  ])('%s gets null for a Customer through _entities', async (_who, token) => {
    const res = await gql(sg.url, ENTITIES, { r: [{ __typename: 'Customer', id: customerId }] }, token());
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([null]);
    // the same reference answers a teller of the customer's outlet
    expect((await gql(sg.url, ENTITIES, { r: [{ __typename: 'Customer', id: customerId }] }, teller)).data!._entities).toEqual([
      { id: customerId, name: expect.any(String) },
    ]);
  });

  it('refuses a teller (OUTLET_STAFF) imports and exports, while letting them read and edit', async () => {
    expect((await gql(sg.url, IMPORT, { csv }, teller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(sg.url, EXPORT, {}, teller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(sg.url, EXPORT_JOB, {}, teller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(sg.url, `query { importJob(id: "1") { id } }`, {}, teller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(sg.url, CUSTOMER, { id: customerId }, teller)).data!.customer.id).toBe(customerId);
    expect((await gql(sg.url, UPDATE, { id: customerId }, teller)).errors).toBeUndefined();
  });
});
