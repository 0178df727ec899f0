import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'csv-parse/sync';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { isValidResidentId, makeResidentId } from '@crm/shared-types';
import { customersSubgraph } from '../src';
import { DUPLICATES_PER_HOUR } from '../src/pii/duplicate-confirmations';
import { insertCustomers, OUTLETS, PATHS } from './fixture';

/**
 * The ways issue 7 unmasked ID numbers without a trace, each tried again: a birth date beside the
 * masked number, "already exists: <name>" for guessed numbers, account numbers bank-wide, searches
 * by ID number or phone, and a relationship's note about another unit's customer.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let teller: string, outletHead: string, shHead: string, bjLeader: string, viewer: string;
/** BJ0101 and SH0101 individuals with real (checksum-valid) ID numbers, born 1965–1990 */
let bj: { id: string; customer_no: string; name: string; id_number: string; birth_date: string }[];
let sh: typeof bj;

const CUSTOMER_HEADER =
  'kind,name,id_number,phone,address,email,gender,birth_date,occupation,income_band,industry,legal_representative,registered_capital,company_size,marketing_consent,consent_channel,home_org_unit_id';
const ACCOUNT_HEADER = 'customer_no,account_no,kind,currency,balance,credit_limit,interest_rate,opened_on,matures_on';
const row = (name: string, idNumber: string) => `INDIVIDUAL,${name},${idNumber},,,,,,,,,,,,false,,`;
const START = `mutation($kind: ImportKind!, $csv: String!, $mode: ImportMode!) { startImport(kind: $kind, csv: $csv, mode: $mode) { id } }`;
const JOB = `query($id: ID!) { importJob(id: $id) { status importedRows errors { row field reason code } } }`;
const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id customerNo } }`;
const LIST = `query($filter: CustomerFilter) { customers(filter: $filter) { total items { id name idNumber birthDate } } }`;

const log = (staffId: number) =>
  withSql(db.url, (q) =>
    q(`select action, customer_id, customer_count, fields, purpose from customers.pii_access_log where staff_id = $1 order by id`, [
      staffId,
    ]),
  );

async function importAndWait(token: string, kind: 'CUSTOMERS' | 'ACCOUNTS', csv: string, mode = 'ALL_OR_NOTHING') {
  const started = await gql(sg.url, START, { kind, csv, mode }, token);
  if (started.errors) return { errors: started.errors };
  const job = await vi.waitFor(
    async () => {
      const j = (await gql(sg.url, JOB, { id: started.data!.startImport.id }, token)).data!.importJob;
      if (j.status === 'RUNNING') throw new Error('still running');
      return j;
    },
    { timeout: 30_000, interval: 50 },
  );
  return { job };
}

beforeAll(async () => {
  await insertCustomers(db.url, 30);
  // real ID numbers (the fixture's are not checksum-valid), the birth date each one carries
  await withSql(db.url, async (q) => {
    const people = await q(`select id from customers.customer where kind = 'INDIVIDUAL' order by id`);
    const ids = people.map((p) => p.id as number);
    const dates = ids.map((_, i) => new Date(Date.UTC(1965, 0, 1) + i * 97 * 86_400_000).toISOString().slice(0, 10));
    await q(
      `update customers.customer c set id_number = u.n, birth_date = u.d::date
             from unnest($1::int[], $2::text[], $3::text[]) as u(id, n, d) where c.id = u.id`,
      [ids, ids.map((_, i) => makeResidentId('110105', dates[i], 100 + i)), dates],
    );
  });
  const people = (unit: number) =>
    withSql(db.url, (q) =>
      q(
        `select id::text, customer_no, name, id_number, birth_date::text from customers.customer where home_org_unit_id = $1 and kind = 'INDIVIDUAL' order by id`,
        [unit],
      ),
    );
  bj = (await people(OUTLETS.BJ0101)) as typeof bj;
  sh = (await people(OUTLETS.SH0101)) as typeof bj;
  sg = await startTestSubgraph(customersSubgraph, db.url);
  teller = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '30', username: 'bj0101.teller' }));
  outletHead = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '31', username: 'bj0101.head', roles: ['BRANCH_LEADER'] }));
  shHead = await tokenFor(staffClaims({ orgPath: PATHS.SH0101, sub: '32', username: 'sh0101.head', roles: ['BRANCH_LEADER'] }));
  bjLeader = await tokenFor(staffClaims({ orgPath: PATHS.BJ, sub: '33', username: 'bj.head', level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
  viewer = await tokenFor(
    staffClaims({ orgPath: PATHS.BJ0101, sub: '34', username: 'bj0101.viewer', roles: ['OUTLET_STAFF', 'PII_VIEWER'] }),
  );
});
afterAll(() => sg?.close());

describe('(a) the birth date beside a masked ID number', () => {
  it('is masked to the year in the list, so the mask leaves thousands of candidates, not ten', async () => {
    const target = bj[0];
    const res = await gql(sg.url, LIST, { filter: { search: target.name } }, teller);
    const item = res.data!.customers.items.find((i: { id: string }) => i.id === target.id);
    expect(item.idNumber).toBe(`${target.id_number.slice(0, 4)}**********${target.id_number.slice(-4)}`);
    expect(item.birthDate).toBe(`${target.birth_date.slice(0, 4)}-**-**`);
    expect(JSON.stringify(res.data)).not.toContain(target.birth_date);
    // what an attacker can still enumerate: the two hidden region digits × every day of the year, checksum-valid
    const year = Number(target.birth_date.slice(0, 4));
    let candidates = 0;
    for (let region = 0; region < 100; region++) {
      for (let d = Date.UTC(year, 0, 1); d < Date.UTC(year + 1, 0, 1); d += 86_400_000) {
        const id = `${item.idNumber.slice(0, 4)}${String(region).padStart(2, '0')}${new Date(d).toISOString().slice(0, 10).replace(/-/g, '')}${item.idNumber.slice(-4)}`;
        if (isValidResidentId(id)) candidates += 1;
      }
    }
    expect(candidates).toBeGreaterThan(1_000);
  });

  it('comes in clear only through revealCustomerPii(BIRTH_DATE), which is audited', async () => {
    const target = bj[1];
    const res = await gql(
      sg.url,
      `mutation($id: ID!) { revealCustomerPii(customerId: $id, field: BIRTH_DATE, purpose: CUSTOMER_REQUEST) { field value } }`,
      { id: target.id },
      viewer,
    );
    expect(res.data!.revealCustomerPii).toEqual({ field: 'BIRTH_DATE', value: target.birth_date });
    expect((await log(34)).at(-1)).toMatchObject({ action: 'REVEAL', customer_id: Number(target.id), fields: ['BIRTH_DATE'] });
  });
});

describe('(b) duplicate answers to guessed ID numbers', () => {
  it('a teller cannot import at all', async () => {
    const { errors } = await importAndWait(teller, 'CUSTOMERS', [CUSTOMER_HEADER, row('猜', sh[0].id_number)].join('\n'));
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('outside the scope: "duplicate of a customer you cannot see", no name or number — and audited', async () => {
    const target = sh[0];
    const { job } = await importAndWait(
      outletHead,
      'CUSTOMERS',
      [CUSTOMER_HEADER, row('猜一', target.id_number), row('坏行', '110105197001010010')].join('\n'),
    );
    expect(job).toMatchObject({ status: 'FAILED', importedRows: 0 });
    const dup = job.errors.find((e: { row: number }) => e.row === 1);
    expect(dup).toMatchObject({ field: 'id_number', reason: 'duplicate of a customer you cannot see' });
    expect(JSON.stringify(job)).not.toContain(target.customer_no);
    expect(JSON.stringify(job)).not.toContain(target.name);
    expect(await log(31)).toEqual([
      {
        action: 'DUPLICATE',
        customer_id: Number(target.id),
        customer_count: 1,
        fields: ['ID_NUMBER'],
        purpose: expect.stringMatching(/^duplicate check: import job \d+$/),
      },
    ]);
    // the same through createCustomer
    const created = await gql(sg.url, CREATE, { input: { kind: 'INDIVIDUAL', name: '猜二', idNumber: target.id_number } }, teller);
    expect(created.errors?.[0]).toMatchObject({
      message: 'duplicate of a customer you cannot see',
      extensions: { code: 'BAD_USER_INPUT', field: 'idNumber' },
    });
    expect(await log(30)).toEqual([
      {
        action: 'DUPLICATE',
        customer_id: Number(target.id),
        customer_count: 1,
        fields: ['ID_NUMBER'],
        purpose: 'duplicate check: createCustomer',
      },
    ]);
  });

  it('inside the scope: may name the customer, and each confirmation is audited like a reveal', async () => {
    const [a, b] = bj;
    const { job } = await importAndWait(
      shHead,
      'CUSTOMERS',
      [CUSTOMER_HEADER, row('上海新客', makeResidentId('310101', '1991-01-01', 5))].join('\n'),
    );
    expect(job).toMatchObject({ status: 'SUCCEEDED', errors: [] }); // no duplicate, nothing to audit
    expect(await log(32)).toEqual([]);
    const res = await importAndWait(
      bjLeader,
      'CUSTOMERS',
      [CUSTOMER_HEADER, row('甲', a.id_number), row('乙', b.id_number)].join('\n'),
      'VALID_ROWS_ONLY',
    );
    expect(res.job.errors.map((e: { reason: string }) => e.reason)).toEqual([
      `a customer with this ID number already exists: ${a.customer_no} ${a.name}`,
      `a customer with this ID number already exists: ${b.customer_no} ${b.name}`,
    ]);
    expect((await log(33)).map((r) => [r.action, r.customer_id, r.fields])).toEqual([
      ['DUPLICATE', Number(a.id), ['ID_NUMBER']],
      ['DUPLICATE', Number(b.id), ['ID_NUMBER']],
    ]);
    // a branch leader reads them in the PII access log; another branch sees neither these entries nor the customers’ ids
    const seen = await gql(sg.url, `{ piiAccessLog { items { action staffUsername customerId } } }`, {}, bjLeader);
    expect(seen.data!.piiAccessLog.items).toEqual(
      expect.arrayContaining([{ action: 'DUPLICATE', staffUsername: 'bj.head', customerId: a.id }]),
    );
    // the BJ0101 head's probe of a Shanghai customer is logged at BJ0101, without that customer's id
    expect(seen.data!.piiAccessLog.items).toEqual(
      expect.arrayContaining([{ action: 'DUPLICATE', staffUsername: 'bj0101.head', customerId: null }]),
    );
  });

  it(`answers at most ${DUPLICATES_PER_HOUR} duplicates per staff member and hour, on every replica; then refuses every import and create (RATE_LIMITED)`, async () => {
    const prober = await tokenFor(
      staffClaims({ orgPath: PATHS.BJ, sub: '40', username: 'bj.prober', level: 'BRANCH', roles: ['BRANCH_LEADER'] }),
    );
    const candidates = [...sh, ...bj].slice(0, DUPLICATES_PER_HOUR + 1);
    // 5 answered on this replica
    const first = await importAndWait(
      prober,
      'CUSTOMERS',
      [CUSTOMER_HEADER, ...candidates.slice(0, 5).map((c, i) => row(`探${i}`, c.id_number))].join('\n'),
    );
    expect(first.job.errors).toHaveLength(5);
    // the other 16 in one file, through a second replica: more than the 15 left — refused whole, nothing named
    const replica = await startTestSubgraph(customersSubgraph, db.url);
    try {
      const started = await gql(
        replica.url,
        START,
        {
          kind: 'CUSTOMERS',
          mode: 'ALL_OR_NOTHING',
          csv: [CUSTOMER_HEADER, ...candidates.slice(5).map((c, i) => row(`测${i}`, c.id_number))].join('\n'),
        },
        prober,
      );
      const job = await vi.waitFor(
        async () => {
          const j = (await gql(replica.url, JOB, { id: started.data!.startImport.id }, prober)).data!.importJob;
          if (j.status === 'RUNNING') throw new Error('still running');
          return j;
        },
        { timeout: 30_000, interval: 50 },
      );
      expect(job).toMatchObject({ status: 'FAILED', importedRows: 0 });
      expect(job.errors).toEqual([
        { row: 0, field: '(file)', code: 'RATE_LIMITED', reason: expect.stringMatching(/at most 20 per staff member/) },
      ]);
      for (const c of candidates) expect(JSON.stringify(job)).not.toContain(c.customer_no);
    } finally {
      await replica.close();
    }
    // the refusal spent the rest of the hour: every import and create is refused now, duplicate or not
    const again = await gql(
      sg.url,
      START,
      {
        kind: 'CUSTOMERS',
        mode: 'ALL_OR_NOTHING',
        csv: [CUSTOMER_HEADER, row('新', makeResidentId('110105', '1999-09-09', 7))].join('\n'),
      },
      prober,
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const create = await gql(
      sg.url,
      CREATE,
      { input: { kind: 'INDIVIDUAL', name: '新客户', idNumber: makeResidentId('110105', '1999-09-10', 9) } },
      prober,
    );
    expect(create.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const rows = await log(40);
    expect(rows.reduce((n, r) => n + r.customer_count, 0)).toBe(DUPLICATES_PER_HOUR);
    expect(rows.at(-1)).toMatchObject({
      action: 'DUPLICATE',
      customer_id: null,
      customer_count: 15,
      purpose: expect.stringMatching(/refused/),
    });
    // a colleague is not affected
    expect(
      (
        await gql(
          sg.url,
          CREATE,
          { input: { kind: 'INDIVIDUAL', name: '新客户', idNumber: makeResidentId('110105', '1999-09-10', 9) } },
          teller,
        )
      ).errors,
    ).toBeUndefined();
  });
});

describe('(c) account numbers held elsewhere', () => {
  it('are "not available" outside the scope and "already exist" inside it; both audited', async () => {
    await withSql(db.url, (q) =>
      q(
        `insert into customers.account (account_no, customer_id, kind, balance, opened_on) values
      ('6222777700000001', $1, 'DEMAND_DEPOSIT', 1, '2020-01-01'), ('6222777700000002', $2, 'DEMAND_DEPOSIT', 1, '2020-01-01')`,
        [sh[1].id, bj[2].id],
      ),
    );
    const csv = [
      ACCOUNT_HEADER,
      `${bj[3].customer_no},6222777700000001,DEMAND_DEPOSIT,CNY,10,,,2023-01-01,`,
      `${bj[3].customer_no},6222777700000002,DEMAND_DEPOSIT,CNY,10,,,2023-01-01,`,
    ].join('\n');
    const head = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '41', roles: ['BRANCH_LEADER'] }));
    const { job } = await importAndWait(head, 'ACCOUNTS', csv, 'VALID_ROWS_ONLY');
    expect(job.errors.map((e: { row: number; field: string; reason: string }) => [e.row, e.field, e.reason])).toEqual([
      [1, 'account_no', 'account_no cannot be imported here: the number is not available to your unit'],
      [2, 'account_no', 'account 6222777700000002 already exists'],
    ]);
    expect((await log(41)).map((r) => [r.action, r.customer_id, r.fields])).toEqual([
      ['DUPLICATE', Number(sh[1].id), ['ACCOUNT_NUMBERS']],
      ['DUPLICATE', Number(bj[2].id), ['ACCOUNT_NUMBERS']],
    ]);
  });
});

describe('(d) searching by ID number or phone', () => {
  it('is audited like a reveal, found or not; a search by name or customer number is not', async () => {
    const target = bj[4];
    const searcher = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '42', username: 'bj0101.searcher' }));
    const [{ phone }] = await withSql(db.url, (q) => q(`select phone from customers.customer where id = $1`, [target.id]));
    expect((await gql(sg.url, LIST, { filter: { search: target.id_number } }, searcher)).data!.customers.total).toBe(1);
    expect((await gql(sg.url, LIST, { filter: { search: sh[2].id_number } }, searcher)).data!.customers.total).toBe(0);
    expect(
      (await gql(sg.url, `query($f: CustomerFilter) { customerCounts(filter: $f) { total } }`, { f: { search: phone } }, searcher)).data!
        .customerCounts.total,
    ).toBe(1);
    await gql(sg.url, LIST, { filter: { search: target.name } }, searcher);
    await gql(sg.url, LIST, { filter: { search: target.customer_no } }, searcher);
    expect(await log(42)).toEqual([
      { action: 'SEARCH', customer_id: Number(target.id), customer_count: 1, fields: ['ID_NUMBER'], purpose: 'search by ID number' },
      { action: 'SEARCH', customer_id: null, customer_count: 0, fields: ['ID_NUMBER'], purpose: 'search by ID number' },
      { action: 'SEARCH', customer_id: null, customer_count: 1, fields: ['PHONE'], purpose: 'search by phone number' },
    ]);
  });

  it('is audited in an export filtered by ID number too', async () => {
    const target = bj[5];
    const started = await gql(
      sg.url,
      `mutation($f: CustomerFilter) { startCustomerExport(filter: $f, purpose: "核对单个客户") { id } }`,
      { f: { search: target.id_number } },
      outletHead,
    );
    const job = await vi.waitFor(
      async () => {
        const j = (
          await gql(
            sg.url,
            `query($id: ID!) { customerExportJob(id: $id) { status rows csv } }`,
            { id: started.data!.startCustomerExport.id },
            outletHead,
          )
        ).data!.customerExportJob;
        if (j.status === 'RUNNING') throw new Error('still running');
        return j;
      },
      { timeout: 30_000, interval: 25 },
    );
    expect(job).toMatchObject({ status: 'SUCCEEDED', rows: 1 });
    const [cells] = parse(job.csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(cells.birth_date).toBe(`${target.birth_date.slice(0, 4)}-**-**`);
    expect((await log(31)).slice(-2).map((r) => [r.action, r.customer_id, r.fields])).toEqual([
      ['EXPORT', null, []],
      ['SEARCH', Number(target.id), ['ID_NUMBER']],
    ]);
  });
});

describe('(e) a relationship to another unit’s customer', () => {
  it('shows neither that customer nor the note about them', async () => {
    const out = (
      await withSql(db.url, (q) =>
        q(`select id::text from customers.customer where home_org_unit_id = $1 and kind = 'INDIVIDUAL' order by id limit 1`, [
          OUTLETS.BJ0102,
        ]),
      )
    )[0].id;
    const added = await gql(
      sg.url,
      `mutation($i: AddRelationshipInput!) { addRelationship(input: $i) { id note } }`,
      { i: { fromCustomerId: bj[6].id, toCustomerId: out, kind: 'SPOUSE', note: '其配偶在BJ0102有大额贷款' } },
      bjLeader,
    );
    expect(added.data!.addRelationship.note).toBe('其配偶在BJ0102有大额贷款');
    const REL = `query($id: ID!) { customer(id: $id) { relationships { id kind note relatedName related { id } } } }`;
    const fromOutlet = (await gql(sg.url, REL, { id: bj[6].id }, teller)).data!.customer.relationships;
    expect(fromOutlet).toEqual([
      {
        id: added.data!.addRelationship.id,
        kind: 'SPOUSE',
        note: null,
        relatedName: '其他机构客户 (another unit’s customer)',
        related: null,
      },
    ]);
    // the branch sees both ends, so the note too
    expect((await gql(sg.url, REL, { id: bj[6].id }, bjLeader)).data!.customer.relationships[0].note).toBe('其配偶在BJ0102有大额贷款');
  });
});
