import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { makeCreditCode, makeResidentId } from '@crm/shared-types';
import { customersSubgraph } from '../src';
import { insertCustomers, OUTLETS, PATHS } from './fixture';
import { parseImportCsv, RowReader } from '../src/customer-import/customer-import.csv';
import { CUSTOMER_COLUMNS } from '../src/customer-import/customer-import.plans';

const db = useTestDatabase();
let sg: RunningSubgraph;
let outletHead: string, bjLeader: string, shHead: string;

beforeAll(async () => {
  await insertCustomers(db.url, 3);
  // the fixture's ID numbers are not checksum-valid; give one customer a real one to collide with
  await withSql(db.url, (q) =>
    q(`update customers.customer set id_number = $1 where id = (select min(id) from customers.customer where home_org_unit_id = 4)`, [
      makeResidentId('110105', '1965-05-05', 21),
    ]),
  );
  sg = await startTestSubgraph(customersSubgraph, db.url);
  // imports are a leader's decision (CUSTOMER_IMPORT): the head of outlet BJ0101, who imports into the outlet
  outletHead = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '3', roles: ['BRANCH_LEADER'] }));
  bjLeader = await tokenFor(staffClaims({ orgPath: PATHS.BJ, sub: '2', level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
  shHead = await tokenFor(staffClaims({ orgPath: PATHS.SH0101, sub: '5', roles: ['BRANCH_LEADER'] }));
});
afterAll(() => sg?.close());

const CUSTOMER_HEADER =
  'kind,name,id_number,phone,address,email,gender,birth_date,occupation,income_band,industry,legal_representative,registered_capital,company_size,marketing_consent,consent_channel,home_org_unit_id';
const ACCOUNT_HEADER = 'customer_no,account_no,kind,currency,balance,credit_limit,interest_rate,opened_on,matures_on';
const START = `mutation($kind: ImportKind!, $csv: String!, $mode: ImportMode!) { startImport(kind: $kind, csv: $csv, mode: $mode) { id status totalRows processedRows importedRows } }`;
const JOB = `query($id: ID!) { importJob(id: $id) { id kind status mode totalRows processedRows importedRows errors { row field reason } createdAt finishedAt } }`;

let day = 0;
/** a valid resident ID, a different birth date each time */
const rid = () => makeResidentId('110105', new Date(Date.UTC(1970, 0, 1) + (day += 1) * 86_400_000).toISOString().slice(0, 10), 11);
const person = (name: string, over: Partial<Record<string, string>> = {}) => {
  const v = {
    kind: 'INDIVIDUAL',
    name,
    id_number: rid(),
    phone: '13912345678',
    address: '北京市东城区',
    email: '',
    gender: '',
    birth_date: '',
    occupation: '教师',
    income_band: 'MIDDLE',
    industry: '',
    legal_representative: '',
    registered_capital: '',
    company_size: '',
    marketing_consent: 'false',
    consent_channel: '',
    home_org_unit_id: '',
    ...over,
  };
  return CUSTOMER_HEADER.split(',')
    .map((c) => (v[c as keyof typeof v]!.includes(',') ? `"${v[c as keyof typeof v]}"` : v[c as keyof typeof v]))
    .join(',');
};

async function finished(id: string, token = outletHead) {
  return vi.waitFor(
    async () => {
      const job = (await gql(sg.url, JOB, { id }, token)).data!.importJob;
      if (job.status === 'RUNNING') throw new Error('still running');
      return job;
    },
    { timeout: 30_000, interval: 50 },
  );
}

async function customersNamed(prefix: string) {
  return withSql(db.url, (q) =>
    q(`select customer_no, name, id_number, home_org_unit_id from customers.customer where name like $1 order by customer_no`, [
      `${prefix}%`,
    ]),
  );
}

describe('startImport: customers', () => {
  const existingId = () =>
    withSql(db.url, (q) =>
      q(`select id_number, customer_no, name from customers.customer where home_org_unit_id = 4 order by id limit 1`),
    ).then((r) => r[0]);

  async function mixedFile(prefix: string) {
    const existing = await existingId();
    const dupInFile = rid();
    const lines = [
      CUSTOMER_HEADER,
      person(`${prefix}好1`), // 1 ok
      person(`${prefix}坏校验`, { id_number: '110105197001010010' }), // 2 bad check character
      person(`${prefix}好2`, { id_number: dupInFile, marketing_consent: 'true', consent_channel: 'PAPER' }), // 3 ok
      person(`${prefix}文件内重复`, { id_number: dupInFile }), // 4 repeats row 3
      person(`${prefix}库内重复`, { id_number: existing.id_number }), // 5 exists already (in scope: named)
      person(`${prefix}外单位`, { home_org_unit_id: String(OUTLETS.SH0101) }), // 6 home unit out of scope
      person(`${prefix}多错`, { email: 'bad@', marketing_consent: 'maybe', registered_capital: '100' }), // 7 three errors
      `CORPORATE,${prefix}好公司,${makeCreditCode('110105', '55667788')},010-65001234,,,,,,,软件业,张总,1000000,SMALL,true,ONLINE,`, // 8 ok
    ];
    return { csv: lines.join('\n'), existing };
  }

  function expectErrors(errors: { row: number; field: string; reason: string }[], existing: Record<string, any>) {
    const by = (row: number) =>
      errors
        .filter((e) => e.row === row)
        .map((e) => e.field)
        .sort();
    expect(by(1)).toEqual([]);
    expect(by(2)).toEqual(['id_number']);
    expect(by(4)).toEqual(['id_number']);
    expect(errors.find((e) => e.row === 4)!.reason).toMatch(/repeats row 3/);
    expect(by(5)).toEqual(['id_number']);
    expect(errors.find((e) => e.row === 5)!.reason).toContain(`${existing.customer_no} ${existing.name}`);
    expect(by(6)).toEqual(['home_org_unit_id']);
    expect(by(7)).toEqual(['email', 'marketing_consent', 'registered_capital']);
    expect(by(8)).toEqual([]);
    for (const e of errors) expect(e.reason.length).toBeGreaterThan(5);
  }

  it('ALL_OR_NOTHING: reports every bad row with row, field and reason, and imports nothing', async () => {
    const { csv, existing } = await mixedFile('全无');
    const started = await gql(sg.url, START, { kind: 'CUSTOMERS', csv, mode: 'ALL_OR_NOTHING' }, outletHead);
    expect(started.errors).toBeUndefined();
    expect(started.data!.startImport).toMatchObject({ totalRows: 8 });
    const job = await finished(started.data!.startImport.id);
    expect(job).toMatchObject({
      kind: 'CUSTOMERS',
      mode: 'ALL_OR_NOTHING',
      status: 'FAILED',
      totalRows: 8,
      processedRows: 8,
      importedRows: 0,
    });
    expect(job.finishedAt).toBeTruthy();
    expectErrors(job.errors, existing);
    expect(await customersNamed('全无')).toEqual([]);
  });

  it('VALID_ROWS_ONLY: imports the good rows (numbered, at the caller’s unit) and reports the bad ones', async () => {
    const { csv, existing } = await mixedFile('部分');
    const started = await gql(sg.url, START, { kind: 'CUSTOMERS', csv, mode: 'VALID_ROWS_ONLY' }, outletHead);
    const job = await finished(started.data!.startImport.id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', processedRows: 8, importedRows: 3 });
    expectErrors(job.errors, existing);
    const rows = await customersNamed('部分');
    expect(rows.map((r) => r.name).sort()).toEqual(['部分好1', '部分好2', '部分好公司'].sort());
    for (const r of rows) expect(r).toMatchObject({ customer_no: expect.stringMatching(/^C\d{9}$/), home_org_unit_id: OUTLETS.BJ0101 });
    const [consent] = await withSql(db.url, (q) =>
      q(`select marketing_consent, marketing_consent_channel, marketing_consent_at is not null as stamped, gender, birth_date::text
      from customers.customer where name = '部分好2'`),
    );
    expect(consent).toMatchObject({ marketing_consent: true, marketing_consent_channel: 'PAPER', stamped: true, gender: 'M' });
  });

  it('reports a header with unknown or missing columns as row 0, naming them', async () => {
    const header = CUSTOMER_HEADER.replace(',email', '').concat(',wechat');
    const started = await gql(sg.url, START, { kind: 'CUSTOMERS', csv: `${header}\n`, mode: 'VALID_ROWS_ONLY' }, outletHead);
    const job = (await gql(sg.url, JOB, { id: started.data!.startImport.id }, outletHead)).data!.importJob;
    expect(job.status).toBe('FAILED');
    expect(job.errors).toEqual([
      { row: 0, field: 'wechat', reason: expect.stringMatching(/unknown column\(s\): wechat/) },
      { row: 0, field: 'email', reason: expect.stringMatching(/missing column\(s\): email/) },
    ]);
  });

  it('refuses a file over 50,000 rows or unreadable CSV at once, naming csv', async () => {
    const big = `${CUSTOMER_HEADER}\n${'x\n'.repeat(50_001)}`;
    expect(
      (await gql(sg.url, START, { kind: 'CUSTOMERS', csv: big, mode: 'VALID_ROWS_ONLY' }, outletHead)).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    const broken = `${CUSTOMER_HEADER}\n"unterminated,quote`;
    expect(
      (await gql(sg.url, START, { kind: 'CUSTOMERS', csv: broken, mode: 'VALID_ROWS_ONLY' }, outletHead)).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
  });

  it('shows progress while it runs (a 5,000-row, ~600 kB file, over the default body limit)', async () => {
    const lines = [CUSTOMER_HEADER];
    for (let i = 0; i < 5_000; i++) lines.push(person(`进度${i}`, { address: `北京市东城区东直门南大街${i}号院${i % 30}号楼` }));
    const csv = lines.join('\n');
    expect(csv.length).toBeGreaterThan(256 * 1024);
    // hold the customer table in SHARE mode: the import validates its first chunk, reports it, then waits to write
    await withSql(db.url, async (q) => {
      await q('begin');
      await q('lock table customers.customer in share mode');
      const started = await gql(sg.url, START, { kind: 'CUSTOMERS', csv, mode: 'ALL_OR_NOTHING' }, outletHead);
      expect(started.errors).toBeUndefined();
      expect(started.data!.startImport).toMatchObject({ status: 'RUNNING', totalRows: 5_000 });
      const id = started.data!.startImport.id;
      const midway = await vi.waitFor(
        async () => {
          const job = (await gql(sg.url, JOB, { id }, outletHead)).data!.importJob;
          if (job.processedRows < 1_000) throw new Error('no progress yet');
          return job;
        },
        { timeout: 30_000, interval: 50 },
      );
      expect(midway).toMatchObject({ status: 'RUNNING', importedRows: 0 });
      expect(midway.processedRows).toBeLessThan(5_000);
      // another outlet cannot see the job
      expect((await gql(sg.url, JOB, { id }, shHead)).data!.importJob).toBeNull();
      // the branch above can
      expect((await gql(sg.url, JOB, { id }, bjLeader)).data!.importJob.id).toBe(id);
      await q('commit');
      const job = await finished(id);
      expect(job).toMatchObject({ status: 'SUCCEEDED', processedRows: 5_000, importedRows: 5_000, errors: [] });
    });
    expect(await customersNamed('进度')).toHaveLength(5_000);
  });
});

describe('startImport: accounts', () => {
  it('checks every row against its customer (in scope), kind, dates and rates; imports the good ones', async () => {
    const [bj, sh] = await withSql(db.url, (q) =>
      q(
        `select customer_no from customers.customer where home_org_unit_id in (4, 8) and kind = 'INDIVIDUAL' order by home_org_unit_id, id limit 1 offset 0`,
      ).then(async (a) => [
        a[0],
        (await q(`select customer_no from customers.customer where home_org_unit_id = 8 order by id limit 1`))[0],
      ]),
    );
    await withSql(db.url, (q) =>
      q(
        `insert into customers.account (account_no, customer_id, kind, balance, opened_on)
      select '6222000099990000', id, 'DEMAND_DEPOSIT', 1, '2020-01-01' from customers.customer where customer_no = $1`,
        [bj.customer_no],
      ),
    );
    const c = bj.customer_no;
    const csv = [
      ACCOUNT_HEADER,
      `${c},6222000011110001,DEMAND_DEPOSIT,CNY,"12,500.50",,0.2,2021-03-01,`, // 1 ok
      `${c},6222000011110002,TIME_DEPOSIT,CNY,50000,,2.1,2023-01-01,2026-01-01`, // 2 ok
      `${c},6222000011110003,LOAN,CNY,300000,,4.2,2022-06-01,2042-06-01`, // 3 ok
      `${c},6222000011110004,TIME_DEPOSIT,CNY,50000,,2.1,2023-01-01,`, // 4 matures_on missing
      `${c},6222000011110005,LOAN,CNY,100000,,,2023-01-01,2033-01-01`, // 5 loan without a rate
      `${sh.customer_no},6222000011110006,DEMAND_DEPOSIT,CNY,10,,,2023-01-01,`, // 6 customer of another branch
      `C999999999,6222000011110007,DEMAND_DEPOSIT,CNY,10,,,2023-01-01,`, // 7 no such customer
      `${c},6222000099990000,DEMAND_DEPOSIT,CNY,10,,,2023-01-01,`, // 8 account exists
      `${c},6222000011110001,DEMAND_DEPOSIT,CNY,10,,,2023-01-01,`, // 9 repeats row 1
      `${c},6222000011110010,SAFE_BOX,CNY,abc,-5,,2023-02-30,`, // 10 kind, balance, credit_limit, opened_on
      `${c},6222000011110011,TIME_DEPOSIT,CNY,10,,1.5,2023-05-01,2023-04-01`, // 11 matures before opening
    ].join('\n');
    const started = await gql(sg.url, START, { kind: 'ACCOUNTS', csv, mode: 'VALID_ROWS_ONLY' }, outletHead);
    expect(started.errors).toBeUndefined();
    const job = await finished(started.data!.startImport.id);
    expect(job).toMatchObject({ kind: 'ACCOUNTS', status: 'SUCCEEDED', totalRows: 11, importedRows: 3 });
    const by = (row: number) =>
      job.errors
        .filter((e: { row: number }) => e.row === row)
        .map((e: { field: string }) => e.field)
        .sort();
    expect([1, 2, 3].map(by)).toEqual([[], [], []]);
    expect(by(4)).toEqual(['matures_on']);
    expect(by(5)).toEqual(['interest_rate']);
    expect(by(6)).toEqual(['customer_no']);
    expect(by(7)).toEqual(['customer_no']);
    expect(by(8)).toEqual(['account_no']);
    expect(by(9)).toEqual(['account_no']);
    expect(by(10)).toEqual(['balance', 'credit_limit', 'kind', 'opened_on']);
    expect(by(11)).toEqual(['matures_on']);
    expect(job.errors.find((e: { row: number }) => e.row === 6).reason).toMatch(/not found in your scope/);
    const accounts = await withSql(db.url, (q) =>
      q(`select account_no, kind, balance::float8 as balance, interest_rate::float8 as rate, matures_on::text
      from customers.account where account_no like '622200001111%' order by account_no`),
    );
    expect(accounts).toEqual([
      { account_no: '6222000011110001', kind: 'DEMAND_DEPOSIT', balance: 12500.5, rate: 0.2, matures_on: null },
      { account_no: '6222000011110002', kind: 'TIME_DEPOSIT', balance: 50000, rate: 2.1, matures_on: '2026-01-01' },
      { account_no: '6222000011110003', kind: 'LOAN', balance: 300000, rate: 4.2, matures_on: '2042-06-01' },
    ]);
  });

  it('ALL_OR_NOTHING imports no account when one row is bad', async () => {
    const [{ customer_no: c }] = await withSql(db.url, (q) =>
      q(`select customer_no from customers.customer where home_org_unit_id = 4 order by id limit 1`),
    );
    const csv = [
      ACCOUNT_HEADER,
      `${c},6222000022220001,DEMAND_DEPOSIT,CNY,10,,,2023-01-01,`,
      `${c},6222000022220002,LOAN,CNY,10,,,2023-01-01,`,
    ].join('\n');
    const job = await finished(
      (await gql(sg.url, START, { kind: 'ACCOUNTS', csv, mode: 'ALL_OR_NOTHING' }, outletHead)).data!.startImport.id,
    );
    expect(job).toMatchObject({ status: 'FAILED', importedRows: 0 });
    expect(job.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`).sort()).toEqual([
      '2:interest_rate',
      '2:matures_on',
    ]);
    expect(await withSql(db.url, (q) => q(`select 1 from customers.account where account_no like '622200002222%'`))).toEqual([]);
  });
});

describe('NUL bytes in an import', () => {
  it('are refused as BAD_USER_INPUT naming csv when they reach the subgraph (never an internal error)', async () => {
    const res = await gql(
      sg.url,
      START,
      { kind: 'CUSTOMERS', csv: [CUSTOMER_HEADER, person('空\u0000字符')].join('\n'), mode: 'VALID_ROWS_ONLY' },
      outletHead,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
  });

  it('are refused per row and column by the CSV reader itself, and never quoted back', () => {
    const csv = [
      CUSTOMER_HEADER,
      person('好人'),
      person('坏\u0000人'),
      person('电话', { phone: '1391234\u00005678', occupation: 'x\u0000' }),
    ].join('\n');
    const { rows, headerErrors } = parseImportCsv(csv, CUSTOMER_COLUMNS);
    expect(headerErrors).toEqual([]);
    const errors = rows.map((r) => new RowReader(r).errors);
    expect(errors[0]).toEqual([]);
    expect(errors[1]).toEqual([{ row: 2, field: 'name', reason: 'name must not contain NUL characters' }]);
    expect(errors[2].map((e) => e.field)).toEqual(['phone', 'occupation']);
    expect(JSON.stringify(errors)).not.toContain('\\u0000');
    // one reason per column: the refused cell is not also reported as missing
    const reader = new RowReader(rows[1]);
    reader.fail('name', 'name is required');
    expect(reader.errors).toHaveLength(1);
    expect(parseImportCsv(`kind,na\u0000me\n`, CUSTOMER_COLUMNS).headerErrors[0]).toMatchObject({
      field: '(header)',
      reason: expect.stringMatching(/NUL/),
    });
  });
});
