import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import { maskAddress, maskBirthDate, maskEmail, maskIdNumber, maskPhone, spreadsheetSafe, type RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '../src';
import { exportsInFlight } from '../src/customer-export/customer-export.service';
import { insertCustomers, PATHS } from './fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let outletHead: string, viewer: string, shHead: string, bjLeader: string, outletPeer: string, movedHead: string, headOffice: string;

beforeAll(async () => {
  await insertCustomers(db.url, 5);
  await withSql(db.url, (q) => q(`update customers.customer set email = 'c' || id || '@example.com'`));
  // every column of the file filled somewhere, so the comparison with the old export covers them all
  await withSql(db.url, (q) =>
    q(`update customers.customer set industry = '软件业', legal_representative = '张总', registered_capital = 1234567.5, company_size = 'SMALL'
    where kind = 'CORPORATE'`),
  );
  await withSql(db.url, (q) =>
    q(`update customers.customer set birth_date = date '1965-05-05' + id, occupation = '教师', income_band = 'MIDDLE',
    marketing_consent = (id % 2 = 0), marketing_consent_at = case when id % 2 = 0 then timestamptz '2025-03-01 08:30:00+08' end,
    marketing_consent_channel = case when id % 2 = 0 then 'COUNTER' end where kind = 'INDIVIDUAL'`),
  );
  sg = await startTestSubgraph(customersSubgraph, db.url);
  // this file exports many times as one person; the hourly cap has a test of its own below
  process.env.CUSTOMER_EXPORTS_PER_HOUR = '1000';
  // exports are a leader's decision (CUSTOMER_EXPORT): the heads of outlets BJ0101 and SH0101, and the Beijing branch's leader
  outletHead = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '3', username: 'bj0101.staff', roles: ['BRANCH_LEADER'] }));
  viewer = await tokenFor(
    staffClaims({ orgPath: PATHS.BJ0101, sub: '3', username: 'bj0101.staff', roles: ['BRANCH_LEADER', 'PII_VIEWER'] }),
  );
  shHead = await tokenFor(staffClaims({ orgPath: PATHS.SH0101, sub: '5', username: 'sh0101.staff', roles: ['BRANCH_LEADER'] }));
  bjLeader = await tokenFor(staffClaims({ orgPath: PATHS.BJ, sub: '2', level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
  // who must not read staff 3's exports: a colleague with the same rights in the same outlet, and staff 3 after a move to BJ0102
  outletPeer = await tokenFor(
    staffClaims({ orgPath: PATHS.BJ0101, sub: '9', username: 'bj0101.deputy', roles: ['BRANCH_LEADER', 'PII_VIEWER'] }),
  );
  movedHead = await tokenFor(staffClaims({ orgPath: PATHS.BJ0102, sub: '3', username: 'bj0101.staff', roles: ['BRANCH_LEADER'] }));
  headOffice = await tokenFor(
    staffClaims({ orgPath: PATHS.HO, sub: '1', level: 'HEAD_OFFICE', department: 'STRATEGY', roles: ['BRANCH_LEADER', 'PII_VIEWER'] }),
  );
});
afterAll(async () => {
  await exportsInFlight();
  await sg?.close();
});

const JOB_FIELDS =
  'id status purpose filename contentType unmasked rows csv csvExpiresAt startedAt finishedAt error { code field reason } requestedBy { id }';
const START = `mutation($filter: CustomerFilter, $purpose: String!) { startCustomerExport(filter: $filter, purpose: $purpose) { ${JOB_FIELDS} } }`;
const JOB = `query($id: ID!) { customerExportJob(id: $id) { ${JOB_FIELDS} } }`;
const rowsOf = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];
const lastLog = async () => (await withSql(db.url, (q) => q('select * from customers.pii_access_log order by id desc limit 1')))[0];
const auditCount = async (staffId: number) =>
  (
    await withSql(db.url, (q) =>
      q(`select count(*)::int as n from customers.pii_access_log where action = 'EXPORT' and staff_id = $1`, [staffId]),
    )
  )[0].n as number;

/** Polls the job until it is no longer RUNNING. */
async function finished(id: string, token: string) {
  return vi.waitFor(
    async () => {
      const job = (await gql(sg.url, JOB, { id }, token)).data!.customerExportJob;
      if (!job || job.status === 'RUNNING') throw new Error('still running');
      return job;
    },
    { timeout: 30_000, interval: 25 },
  );
}

/** Starts an export and waits for it; the start's errors, or the finished job. */
async function exportCustomers(token: string, variables: Record<string, unknown>) {
  const started = await gql(sg.url, START, variables, token);
  if (started.errors) return { errors: started.errors, job: undefined as never };
  return { errors: undefined, job: await finished(started.data!.startCustomerExport.id, token) };
}

/**
 * What the synchronous `exportCustomers` produced for the same caller and filter (its code, line for
 * line, over plain SQL): the columns in order, masked unless unmasked, every cell spreadsheet-safe,
 * UTF-8 with BOM. The job's file must be byte for byte the same.
 */
async function oldExport(scopePath: string, where: string, params: unknown[], unmasked: boolean): Promise<string> {
  const rows = await withSql(db.url, (q) =>
    q(
      `
    select customer_no, kind, name, status, id_number, phone, address, email, gender, birth_date::text as birth_date, occupation, income_band,
           industry, legal_representative, registered_capital::text as registered_capital, company_size, marketing_consent, marketing_consent_at,
           marketing_consent_channel, home_org_unit_id, created_at
    from customers.customer where home_org_path like $1 || '%' ${where} order by id`,
      [scopePath, ...params],
    ),
  );
  const iso = (d: Date | null) => (d == null ? '' : d.toISOString());
  const header = [
    'customer_no',
    'kind',
    'name',
    'status',
    'id_number',
    'phone',
    'address',
    'email',
    'gender',
    'birth_date',
    'occupation',
    'income_band',
    'industry',
    'legal_representative',
    'registered_capital',
    'company_size',
    'marketing_consent',
    'marketing_consent_at',
    'consent_channel',
    'home_org_unit_id',
    'created_at',
  ];
  const data = rows.map((r) => [
    r.customer_no,
    r.kind,
    r.name,
    r.status,
    unmasked ? r.id_number : maskIdNumber(r.id_number),
    unmasked ? r.phone : maskPhone(r.phone),
    unmasked ? r.address : maskAddress(r.address),
    unmasked ? r.email : maskEmail(r.email),
    r.gender,
    unmasked ? r.birth_date : maskBirthDate(r.birth_date),
    r.occupation,
    r.income_band,
    r.industry,
    r.legal_representative,
    r.registered_capital,
    r.company_size,
    r.marketing_consent ? 'true' : 'false',
    iso(r.marketing_consent_at),
    r.marketing_consent_channel,
    r.home_org_unit_id,
    iso(r.created_at),
  ]);
  return stringify([header, ...data.map((cells) => cells.map(spreadsheetSafe))], { bom: true });
}

describe('startCustomerExport and customerExportJob', () => {
  it('returns the job at once; the job exports the caller’s scoped list, masked, records the export, and the file is the old export’s', async () => {
    const started = await gql(sg.url, START, { purpose: '季度客户回访名单' }, outletHead);
    expect(started.errors).toBeUndefined();
    const job0 = started.data!.startCustomerExport;
    expect(job0).toMatchObject({
      status: 'RUNNING',
      rows: null,
      csv: null,
      finishedAt: null,
      unmasked: false,
      purpose: '季度客户回访名单',
      requestedBy: { id: '3' },
    });
    const out = await finished(job0.id, outletHead);
    expect(out).toMatchObject({
      id: job0.id,
      status: 'SUCCEEDED',
      rows: 5,
      unmasked: false,
      contentType: 'text/csv; charset=utf-8',
      error: null,
      requestedBy: { id: '3' },
    });
    expect(out.filename).toMatch(/^customers-\d{8}T\d{6}\.csv$/);
    expect(new Date(out.finishedAt).getTime()).toBeGreaterThanOrEqual(new Date(out.startedAt).getTime());
    expect(new Date(out.csvExpiresAt).getTime() - new Date(out.finishedAt).getTime()).toBe(24 * 3600 * 1000);
    const rows = rowsOf(out.csv);
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(r.name).toMatch(/^BJ0101客户/);
      expect(r.id_number).toMatch(/^1101\*{10}\d{3}X$/);
      expect(r.phone).toMatch(/^138\*{4}\d{4}$/);
      expect(r.email).toMatch(/^c\*\*\*@example\.com$/);
      expect(r.address).toMatch(/\*{4}$/);
      if (r.kind === 'INDIVIDUAL') expect(r.birth_date).toMatch(/^19\d\d-\*\*-\*\*$/);
      expect(new Date(r.created_at).toISOString()).toBe(r.created_at);
    }
    expect(out.csv).toBe(await oldExport(PATHS.BJ0101, '', [], false));
    expect(await lastLog()).toMatchObject({
      action: 'EXPORT',
      staff_id: 3,
      staff_username: 'bj0101.staff',
      org_path: PATHS.BJ0101,
      customer_id: null,
      customer_count: 5,
      fields: [],
      purpose: '季度客户回访名单',
    });
    // the job row records it too
    const [row] = await withSql(db.url, (q) =>
      q('select staff_id, org_path, status, row_count, filename from customers.export_job where id = $1', [Number(job0.id)]),
    );
    expect(row).toEqual({ staff_id: 3, org_path: PATHS.BJ0101, status: 'SUCCEEDED', row_count: 5, filename: out.filename });
  });

  it('exports clear values to a PII_VIEWER, records which fields — and shows that file only while its starter may still reveal', async () => {
    const { job: out } = await exportCustomers(viewer, { filter: { kind: 'INDIVIDUAL' }, purpose: '监管报送核对' });
    expect(out).toMatchObject({ status: 'SUCCEEDED', rows: 4, unmasked: true });
    const db0101 = await withSql(db.url, (q) =>
      q(
        `select customer_no, id_number, phone, email from customers.customer where home_org_unit_id = 4 and kind = 'INDIVIDUAL' order by id`,
      ),
    );
    expect(rowsOf(out.csv).map((r) => ({ customer_no: r.customer_no, id_number: r.id_number, phone: r.phone, email: r.email }))).toEqual(
      db0101,
    );
    expect(out.csv).toBe(await oldExport(PATHS.BJ0101, `and kind = 'INDIVIDUAL'`, [], true));
    expect(await lastLog()).toMatchObject({
      action: 'EXPORT',
      customer_count: 4,
      fields: ['ID_NUMBER', 'PHONE', 'ADDRESS', 'EMAIL', 'BIRTH_DATE'],
      purpose: '监管报送核对',
    });
    // the same person without PII_VIEWER any more: the job, not the clear file
    const later = (await gql(sg.url, JOB, { id: out.id }, outletHead)).data!.customerExportJob;
    expect(later).toMatchObject({ id: out.id, status: 'SUCCEEDED', unmasked: true, csv: null });
  });

  it('gives another outlet’s user only their own customers', async () => {
    const { job: out } = await exportCustomers(shHead, { purpose: '上海网点名单' });
    expect(out.rows).toBe(5);
    expect(rowsOf(out.csv).every((r) => r.name.startsWith('SH0101客户'))).toBe(true);
    expect(out.csv).not.toContain('BJ0101');
    expect(out.csv).toBe(await oldExport(PATHS.SH0101, '', [], false));
    // a search for a Beijing customer's number finds nothing — and is still audited
    const { job: none } = await exportCustomers(shHead, { filter: { search: 'C000100001' }, purpose: '查找客户' });
    expect(none).toMatchObject({ status: 'SUCCEEDED', rows: 0 });
    expect(none.csv).toBe(await oldExport(PATHS.SH0101, `and customer_no = 'C000100001'`, [], false));
    expect(await lastLog()).toMatchObject({ staff_username: 'sh0101.staff', customer_count: 0 });
  });

  it('escapes cells a spreadsheet would run as a formula (= + - @ tab CR) with a leading quote', async () => {
    const names = ['=HYPERLINK("http://evil.example","点我")', '+1+2', '-3+4', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '普通名字'];
    await withSql(db.url, (q) =>
      q(
        `insert into customers.customer (customer_no, kind, name, id_number, home_org_unit_id, home_org_path)
      select 'C' || lpad((800000 + i)::text, 9, '0'), 'INDIVIDUAL', n, 'INJ' || i, 7, '/1/6/7/' from unnest($1::text[]) with ordinality as t(n, i)`,
        [names],
      ),
    );
    // the Shanghai sub-branch's own customers
    const leader = await tokenFor(staffClaims({ orgPath: '/1/6/7/', sub: '77', level: 'SUB_BRANCH', roles: ['BRANCH_LEADER'] }));
    const { job: out } = await exportCustomers(leader, { filter: { homeOrgUnitId: '7' }, purpose: '公式注入检查' });
    expect(rowsOf(out.csv).map((r) => r.name)).toEqual(names.map((n) => (n === '普通名字' ? n : `'${n}`)));
    expect(out.csv).toBe(await oldExport('/1/6/7/', 'and home_org_unit_id = 7', [], false));
  });

  it('answers a job only to the staff member who started it: not a colleague of the same outlet, not the branch leader above, not head office', async () => {
    const { job } = await exportCustomers(viewer, { purpose: '只给本人看的名单' });
    expect(job.status).toBe('SUCCEEDED');
    expect((await gql(sg.url, JOB, { id: job.id }, viewer)).data!.customerExportJob.csv).toBe(job.csv);
    for (const [who, token] of [
      ['outlet colleague', outletPeer],
      ['branch leader', bjLeader],
      ['head office', headOffice],
      ['the starter, moved to another unit', movedHead],
      ['another outlet', shHead],
    ] as const) {
      const res = await gql(sg.url, JOB, { id: job.id }, token);
      expect(res.errors, who).toBeUndefined();
      expect(res.data!.customerExportJob, who).toBeNull();
    }
    // just like a job that does not exist
    expect((await gql(sg.url, JOB, { id: '999999' }, viewer)).data!.customerExportJob).toBeNull();
    expect((await gql(sg.url, JOB, { id: 'abc' }, viewer)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('runs one export at a time per staff member, enforced by the table: a second start while one runs is RATE_LIMITED, five at once make one job', async () => {
    // hold every export at its first read of the customer table: the job stays RUNNING until we let go
    await withSql(db.url, async (q) => {
      await q('begin');
      await q('lock table customers.customer in access exclusive mode');
      const jobsBefore = (await q(`select count(*)::int as n from customers.export_job where staff_id = 3`))[0].n;
      const auditsBefore = await auditCount(3);
      const starts = await Promise.all(Array.from({ length: 5 }, () => gql(sg.url, START, { purpose: '并发导出检查' }, outletHead)));
      const ok = starts.filter((r) => r.data?.startCustomerExport);
      expect(ok).toHaveLength(1);
      const id = ok[0].data!.startCustomerExport.id;
      for (const r of starts.filter((x) => x.errors)) {
        expect(r.errors?.[0]).toMatchObject({
          message: expect.stringMatching(new RegExp(`still running \\(job ${id}\\)`)),
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
        });
      }
      expect((await q(`select count(*)::int as n from customers.export_job where staff_id = 3`))[0].n).toBe(jobsBefore + 1);
      // and while it runs, still refused (the same person with other roles is the same person)
      expect((await gql(sg.url, START, { purpose: '再导一次' }, viewer)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect((await gql(sg.url, JOB, { id }, outletHead)).data!.customerExportJob).toMatchObject({ status: 'RUNNING', csv: null });
      // nothing has left yet, so nothing is audited yet
      expect(await auditCount(3)).toBe(auditsBefore);
      // another staff member is not held up
      const other = await gql(sg.url, START, { purpose: '上海网点名单' }, shHead);
      expect(other.errors).toBeUndefined();
      await q('commit');
      expect((await finished(id, outletHead)).status).toBe('SUCCEEDED');
      expect((await finished(other.data!.startCustomerExport.id, shHead)).status).toBe('SUCCEEDED');
      // one export, one audit entry
      expect(await auditCount(3)).toBe(auditsBefore + 1);
    });
    // once it has finished, the next one runs
    expect((await exportCustomers(outletHead, { purpose: '季度客户回访名单' })).job.status).toBe('SUCCEEDED');
  });

  it('lets one staff member start at most the hourly number of exports, then says when the next one may start', async () => {
    process.env.CUSTOMER_EXPORTS_PER_HOUR = '2';
    try {
      const leader = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '88', username: 'bj0101.head', roles: ['BRANCH_LEADER'] }));
      for (const purpose of ['月度名单一', '月度名单二']) expect((await exportCustomers(leader, { purpose })).job.status).toBe('SUCCEEDED');
      const third = await gql(sg.url, START, { purpose: '月度名单三' }, leader);
      expect(third.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/At most 2 exports an hour per staff member.*next one in \d+ min/),
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
      });
      expect(third.data?.startCustomerExport ?? null).toBeNull();
      // another staff member is not held up by it
      const other = await tokenFor(staffClaims({ orgPath: PATHS.SH0101, sub: '89', username: 'sh0101.head', roles: ['BRANCH_LEADER'] }));
      expect((await exportCustomers(other, { purpose: '上海网点名单' })).job.status).toBe('SUCCEEDED');
    } finally {
      process.env.CUSTOMER_EXPORTS_PER_HOUR = '1000';
    }
  });

  it('holds across replicas: a job running on another replica refuses a start; one left by a replica that died does not', async () => {
    // another replica's live worker: a RUNNING row it holds locked (for update) inside its transaction
    await withSql(db.url, async (q) => {
      const [{ id }] = await q(
        `insert into customers.export_job (staff_id, org_path, purpose, unmasked, filename, started_at)
        values (3, $1, '另一副本的导出', false, 'customers-x.csv', now() - interval '10 minutes') returning id`,
        [PATHS.BJ0101],
      );
      await q('begin');
      await q('select id from customers.export_job where id = $1 for update', [id]);
      const res = await gql(sg.url, START, { purpose: '季度客户回访名单' }, outletHead);
      expect(res.errors?.[0]).toMatchObject({
        message: expect.stringMatching(new RegExp(`still running \\(job ${id}\\)`)),
        extensions: { code: 'RATE_LIMITED' },
      });
      await q(`update customers.export_job set status = 'SUCCEEDED', finished_at = now(), row_count = 0 where id = $1`, [id]);
      await q('commit');
    });
    // a replica that died mid-export: its row RUNNING, locked by no one — the next start marks it FAILED and runs
    const [{ id: orphan }] = await withSql(db.url, (q) =>
      q(
        `insert into customers.export_job (staff_id, org_path, purpose, unmasked, filename, started_at)
      values (3, $1, '崩溃副本的导出', false, 'customers-y.csv', now() - interval '10 minutes') returning id`,
        [PATHS.BJ0101],
      ),
    );
    expect((await exportCustomers(outletHead, { purpose: '季度客户回访名单' })).job.status).toBe('SUCCEEDED');
    expect((await gql(sg.url, JOB, { id: String(orphan) }, outletHead)).data!.customerExportJob).toMatchObject({
      status: 'FAILED',
      csv: null,
      error: { code: 'INTERNAL', field: null, reason: expect.stringMatching(/nothing was exported/) },
    });
  });

  it('keeps a finished file 24 hours: then csv is null, and the next start clears it from the table', async () => {
    const { job } = await exportCustomers(outletHead, { purpose: '过期文件检查' });
    await withSql(db.url, (q) =>
      q(
        `update customers.export_job set started_at = started_at - interval '25 hours', finished_at = finished_at - interval '25 hours' where id = $1`,
        [Number(job.id)],
      ),
    );
    expect((await gql(sg.url, JOB, { id: job.id }, outletHead)).data!.customerExportJob).toMatchObject({
      status: 'SUCCEEDED',
      rows: 5,
      csv: null,
    });
    expect(
      (await withSql(db.url, (q) => q('select csv is not null as kept from customers.export_job where id = $1', [Number(job.id)])))[0].kept,
    ).toBe(true);
    await exportCustomers(shHead, { purpose: '上海网点名单' });
    expect(
      (await withSql(db.url, (q) => q('select csv is not null as kept from customers.export_job where id = $1', [Number(job.id)])))[0].kept,
    ).toBe(false);
    // the job itself stays, as the record of the export
    expect((await gql(sg.url, JOB, { id: job.id }, outletHead)).data!.customerExportJob).toMatchObject({
      status: 'SUCCEEDED',
      rows: 5,
      purpose: '过期文件检查',
    });
  });

  it('needs a purpose, and a sound filter — answered at once, without a job', async () => {
    const before = (await withSql(db.url, (q) => q('select count(*)::int as n from customers.export_job')))[0].n;
    const res = await gql(sg.url, START, { purpose: 'x' }, outletHead);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
    const bad = await gql(sg.url, START, { purpose: '季度客户回访名单', filter: { homeOrgUnitId: 'x' } }, outletHead);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.homeOrgUnitId' });
    expect((await withSql(db.url, (q) => q('select count(*)::int as n from customers.export_job')))[0].n).toBe(before);
  });

  it('refuses more than 50,000 rows, asking to narrow the filter (and writes no audit row: nothing left the bank)', async () => {
    await withSql(db.url, (q) =>
      q(`insert into customers.customer (customer_no, kind, name, id_number, home_org_unit_id, home_org_path)
      select 'C' || lpad((900000 + g)::text, 9, '0'), 'INDIVIDUAL', '批量' || g, 'BULK' || g, 5, '/1/2/3/5/' from generate_series(1, 50000) g`),
    );
    const before = await lastLog();
    const { job } = await exportCustomers(bjLeader, { purpose: '分行名单导出' });
    expect(job).toMatchObject({
      status: 'FAILED',
      rows: null,
      csv: null,
      error: { code: 'BAD_USER_INPUT', field: 'filter', reason: expect.stringMatching(/narrow the filter/) },
    });
    expect((await lastLog()).id).toBe(before.id);
    const { job: narrowed } = await exportCustomers(bjLeader, { filter: { homeOrgUnitId: '4' }, purpose: '分行名单导出' });
    expect(narrowed.rows).toBe(5);
    expect(narrowed.csv).toBe(await oldExport(PATHS.BJ, 'and home_org_unit_id = 4', [], false));
  });
});
