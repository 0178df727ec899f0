import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { makeCreditCode, makeResidentId } from '@crm/shared-types';
import { customersSubgraph } from '../src';
import { OUTLETS, PATHS } from './fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let bj0101: string, sh0101: string, bjLeader: string, piiViewer: string;

beforeAll(async () => {
  sg = await startTestSubgraph(customersSubgraph, db.url);
  bj0101 = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '3', username: 'bj0101.staff' }));
  sh0101 = await tokenFor(staffClaims({ orgPath: PATHS.SH0101, sub: '5', username: 'sh0101.staff' }));
  bjLeader = await tokenFor(staffClaims({ orgPath: PATHS.BJ, sub: '2', username: 'bj.head', level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
  piiViewer = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '3', roles: ['OUTLET_STAFF', 'PII_VIEWER'] }));
});
afterAll(() => sg?.close());

const FIELDS = `id customerNo kind name status gender birthDate idNumber phone address email occupation incomeBand industry legalRepresentative
  registeredCapital companySize marketingConsent { given at channel } homeOrgUnit { id } createdAt updatedAt version mergedInto { id }`;
const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { customer(id: $id) { ${FIELDS} } }`;

let seq = 101;
/** a fresh valid resident ID (born 1988-03-09; odd sequence → male) */
const residentId = () => makeResidentId('110105', '1988-03-09', (seq += 2));
const individual = (over: Record<string, unknown> = {}) => ({
  kind: 'INDIVIDUAL',
  name: '王小明',
  idNumber: residentId(),
  phone: '13912345678',
  address: '北京市朝阳区建国路88号',
  email: 'wang.xm@example.com',
  occupation: '工程师',
  incomeBand: 'MIDDLE',
  marketingConsent: true,
  consentChannel: 'COUNTER',
  ...over,
});
const wrongCheckDigit = (id: string) => `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`;
let org = 10_000_000;
const corporate = (over: Record<string, unknown> = {}) => ({
  kind: 'CORPORATE',
  name: '北京星辰科技有限公司',
  idNumber: makeCreditCode('110105', String((org += 1))),
  phone: '010-65001234',
  industry: '软件和信息技术服务业',
  legalRepresentative: '李强',
  registeredCapital: 5_000_000,
  companySize: 'SMALL',
  ...over,
});

describe('createCustomer', () => {
  it('registers an individual at the caller’s unit, with gender and birth date from the ID number, PII (birth date too) masked', async () => {
    const input = individual();
    const res = await gql(sg.url, CREATE, { input }, bj0101);
    expect(res.errors).toBeUndefined();
    const c = res.data!.createCustomer;
    expect(c).toMatchObject({
      kind: 'INDIVIDUAL',
      name: '王小明',
      status: 'ACTIVE',
      gender: 'M',
      birthDate: '1988-**-**',
      occupation: '工程师',
      incomeBand: 'MIDDLE',
      homeOrgUnit: { id: String(OUTLETS.BJ0101) },
      version: 1,
      mergedInto: null,
      marketingConsent: { given: true, channel: 'COUNTER' },
    });
    expect(c.customerNo).toMatch(/^C\d{9}$/);
    expect(c.marketingConsent.at).toBeTruthy();
    expect(c.idNumber).toBe(`${input.idNumber.slice(0, 4)}**********${input.idNumber.slice(-4)}`);
    expect(c.phone).toBe('139****5678');
    expect(c.address).toBe('北京市朝阳区****');
    expect(c.email).toBe('w***@example.com');
    const [row] = await withSql(db.url, (q) =>
      q(
        'select id_number, phone, email, birth_date::text, marketing_consent_at, marketing_consent_channel from customers.customer where id = $1',
        [c.id],
      ),
    );
    expect(row).toMatchObject({
      id_number: input.idNumber,
      phone: '13912345678',
      email: 'wang.xm@example.com',
      birth_date: '1988-03-09',
      marketing_consent_channel: 'COUNTER',
    });
    expect(row.marketing_consent_at).toBeInstanceOf(Date);
  });

  it('registers a corporate customer with its credit code, in a unit below the caller’s (branch leader)', async () => {
    const res = await gql(sg.url, CREATE, { input: corporate({ homeOrgUnitId: String(OUTLETS.BJ0102) }) }, bjLeader);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCustomer).toMatchObject({
      kind: 'CORPORATE',
      gender: null,
      birthDate: null,
      registeredCapital: 5_000_000,
      companySize: 'SMALL',
      legalRepresentative: '李强',
      homeOrgUnit: { id: String(OUTLETS.BJ0102) },
      marketingConsent: { given: false, at: null, channel: null },
    });
  });

  it('numbers customers from the sequence, one after another', async () => {
    const a = (await gql(sg.url, CREATE, { input: individual() }, bj0101)).data!.createCustomer.customerNo;
    const b = (await gql(sg.url, CREATE, { input: individual() }, bj0101)).data!.createCustomer.customerNo;
    expect(Number(b.slice(1))).toBe(Number(a.slice(1)) + 1);
  });

  it.each([
    [
      'a resident ID with a wrong check digit',
      () => individual({ idNumber: wrongCheckDigit(residentId()) }),
      'idNumber',
      /check character/,
    ],
    ['a missing ID number', () => individual({ idNumber: '  ' }), 'idNumber', /required/],
    ['a resident ID for a company', () => corporate({ idNumber: residentId() }), 'idNumber', /credit code/],
    ['a credit code for a person', () => individual({ idNumber: makeCreditCode('110105', '87654321') }), 'idNumber', /resident ID/],
    ['a blank name', () => individual({ name: ' ' }), 'name', /name is required/],
    ['a 201-character name', () => individual({ name: '王'.repeat(201) }), 'name', /at most 200/],
    ['a bad phone', () => individual({ phone: '12345' }), 'phone', /phone/],
    ['a bad e-mail', () => individual({ email: 'wang@' }), 'email', /e-mail/],
    ['a 256-character address', () => individual({ address: '路'.repeat(256) }), 'address', /at most 255/],
    ['a gender the ID number contradicts', () => individual({ gender: 'F' }), 'gender', /does not agree/],
    ['a birth date the ID number contradicts', () => individual({ birthDate: '1988-03-10' }), 'birthDate', /does not agree/],
    ['an impossible birth date', () => individual({ birthDate: '1988-02-30' }), 'birthDate', /YYYY-MM-DD/],
    ['consent without a channel', () => individual({ consentChannel: null }), 'consentChannel', /required when marketing consent/],
    ['a negative registered capital', () => corporate({ registeredCapital: -1 }), 'registeredCapital', /0 or more/],
    ['a company size for a person', () => individual({ companySize: 'LARGE' }), 'companySize', /does not apply/],
    ['an occupation for a company', () => corporate({ occupation: '教师' }), 'occupation', /does not apply/],
    [
      'a home unit of another branch',
      () => individual({ homeOrgUnitId: String(OUTLETS.SH0101) }),
      'homeOrgUnitId',
      /your unit or a unit below/,
    ],
    ['a home unit above the caller', () => individual({ homeOrgUnitId: '2' }), 'homeOrgUnitId', /your unit or a unit below/],
    ['a home unit that does not exist', () => individual({ homeOrgUnitId: '999' }), 'homeOrgUnitId', /your unit or a unit below/],
    ['a malformed home unit id', () => individual({ homeOrgUnitId: 'x' }), 'homeOrgUnitId', /homeOrgUnitId/],
  ])('refuses %s, naming the field', async (_what, input, field, message) => {
    const before = await withSql(db.url, (q) => q('select count(*)::int as n from customers.customer'));
    const res = await gql(sg.url, CREATE, { input: input() }, bj0101);
    expect(res.data?.createCustomer ?? null).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toMatch(message);
    const after = await withSql(db.url, (q) => q('select count(*)::int as n from customers.customer'));
    expect(after[0].n).toBe(before[0].n);
  });
});

describe('one customer, one record', () => {
  it('refuses a duplicate ID number naming the existing customer when it is in scope', async () => {
    const input = individual({ name: '赵重复' });
    const first = (await gql(sg.url, CREATE, { input }, bj0101)).data!.createCustomer;
    const res = await gql(sg.url, CREATE, { input: { ...input, name: '赵重复二', idNumber: input.idNumber.toLowerCase() } }, bjLeader);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
    expect(res.errors?.[0].message).toContain(`${first.customerNo} 赵重复`);
  });

  it('refuses it without naming the customer to a unit that cannot see it', async () => {
    const input = individual({ name: '钱保密' });
    const first = (await gql(sg.url, CREATE, { input }, bj0101)).data!.createCustomer;
    const res = await gql(sg.url, CREATE, { input }, sh0101);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
    expect(res.errors?.[0].message).toBe('duplicate of a customer you cannot see');
    expect(res.errors?.[0].message).not.toContain('钱保密');
    expect(res.errors?.[0].message).not.toContain(first.customerNo);
  });

  it('lets only one of two simultaneous registrations of the same person through', async () => {
    const input = individual({ name: '孙并发' });
    const results = await Promise.all([gql(sg.url, CREATE, { input }, bj0101), gql(sg.url, CREATE, { input }, bj0101)]);
    expect(results.filter((r) => r.data?.createCustomer).length).toBe(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumber' });
  });
});

describe('updateCustomer', () => {
  it('changes fields, bumps the version, stamps a consent change with time and channel', async () => {
    const c = (await gql(sg.url, CREATE, { input: individual({ marketingConsent: false, consentChannel: null }) }, bj0101)).data!
      .createCustomer;
    const res = await gql(
      sg.url,
      UPDATE,
      {
        id: c.id,
        version: c.version,
        input: { phone: '13800001111', email: null, marketingConsent: true, consentChannel: 'MOBILE', status: 'DORMANT' },
      },
      bj0101,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateCustomer).toMatchObject({
      version: 2,
      phone: '138****1111',
      email: null,
      status: 'DORMANT',
      marketingConsent: { given: true, channel: 'MOBILE' },
    });
    expect(res.data!.updateCustomer.marketingConsent.at).toBeTruthy();
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ phone: 'abc' }, 'phone'],
    [{ email: 'no-at' }, 'email'],
    [{ status: 'MERGED' }, 'status'],
    [{ marketingConsent: true }, 'consentChannel'],
    [{ registeredCapital: 10 }, 'registeredCapital'],
  ])('refuses %j naming %s', async (input, field) => {
    const c = (await gql(sg.url, CREATE, { input: individual({ marketingConsent: false, consentChannel: null }) }, bj0101)).data!
      .createCustomer;
    const res = await gql(sg.url, UPDATE, { id: c.id, version: c.version, input }, bj0101);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('answers CONFLICT to a stale version', async () => {
    const c = (await gql(sg.url, CREATE, { input: individual() }, bj0101)).data!.createCustomer;
    await gql(sg.url, UPDATE, { id: c.id, version: 1, input: { occupation: '教师' } }, bj0101);
    const res = await gql(sg.url, UPDATE, { id: c.id, version: 1, input: { occupation: '医生' } }, bj0101);
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await gql(sg.url, GET, { id: c.id }, bj0101)).data!.customer).toMatchObject({ occupation: '教师', version: 2 });
  });

  it('lets exactly one of two concurrent edits from the same version win; the row has the winner’s data', async () => {
    const c = (await gql(sg.url, CREATE, { input: individual() }, bj0101)).data!.createCustomer;
    const edits = ['律师', '会计'].map((occupation) =>
      gql(sg.url, UPDATE, { id: c.id, version: c.version, input: { occupation, address: `${occupation}的地址` } }, bj0101),
    );
    const results = await Promise.all(edits);
    const winners = results.filter((r) => r.data?.updateCustomer);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors?.[0].extensions?.code).toBe('CONFLICT');
    const winner = winners[0].data!.updateCustomer.occupation;
    const [row] = await withSql(db.url, (q) => q('select occupation, address, version from customers.customer where id = $1', [c.id]));
    expect(row).toEqual({ occupation: winner, address: `${winner}的地址`, version: 2 });
  });

  it('is NOT_FOUND for another outlet’s user', async () => {
    const c = (await gql(sg.url, CREATE, { input: individual() }, bj0101)).data!.createCustomer;
    const res = await gql(sg.url, UPDATE, { id: c.id, version: c.version, input: { name: '篡改' } }, sh0101);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await gql(sg.url, GET, { id: c.id }, bj0101)).data!.customer.name).toBe('王小明');
  });
});

describe('reading a customer', () => {
  it('masks ID number, phone, address, e-mail and birth date for everyone, PII_VIEWER included; another outlet gets nothing', async () => {
    const c = (await gql(sg.url, CREATE, { input: individual() }, bj0101)).data!.createCustomer;
    for (const token of [bj0101, piiViewer, bjLeader]) {
      const got = (await gql(sg.url, GET, { id: c.id }, token)).data!.customer;
      expect(got.idNumber).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
      expect(got.phone).toBe('139****5678');
      expect(got.address).toBe('北京市朝阳区****');
      expect(got.email).toBe('w***@example.com');
      expect(got.birthDate).toBe('1988-**-**');
    }
    expect((await gql(sg.url, GET, { id: c.id }, sh0101)).data!.customer).toBeNull();
    const list = await gql(sg.url, `{ customers(page: { pageSize: 100 }) { total items { id } } }`, {}, sh0101);
    expect(list.data!.customers.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
  });
});
