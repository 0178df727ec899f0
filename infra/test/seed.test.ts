// The seed against real PostgreSQL: each useTestDatabase() is a clone of the migrated template.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { DEPARTMENTS } from '@crm/shared-types';
import { verifyPassword } from '@crm/kit';
import { withClient } from '@crm/postgres';
import { useTestDatabase } from '@crm/postgres/testing';
import { describe, expect, it } from 'vitest';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoBank } from '../src/seed';
import { isValidCreditCode, isValidResidentId } from '@crm/shared-types';

const first = useTestDatabase();
const second = useTestDatabase();

const query = <R extends pg.QueryResultRow = any>(url: string, sql: string, params?: unknown[]) => withClient(url, (c) => c.query<R>(sql, params)).then((r) => r.rows);

/** md5 of every seeded table's rows in id order: equal digests, equal banks. */
async function fingerprint(url: string): Promise<string> {
  const tables = ['org_hierarchy.org_unit', 'org_hierarchy.department', 'org_hierarchy.staff', 'customers.customer'];
  return withClient(url, async (client) => {
    await client.query(`set timezone = 'UTC'`);
    const { rows: [row] } = await client.query(`select ${tables.map((t, i) => `(select md5(coalesce(string_agg(x::text, E'\\n' order by x.id), '')) from ${t} x) as t${i}`).join(', ')}`);
    return tables.map((_, i) => row[`t${i}`]).join(':');
  });
}

describe('seedDemoBank', () => {
  let seeded: Awaited<ReturnType<typeof seedDemoBank>>;
  let firstPrint: string;

  it('seeds the default bank: 55 units, every department, staff, 20,000 customers', async () => {
    const calls: number[] = [];
    seeded = await seedDemoBank(first.url, { progress: (done) => calls.push(done) });
    expect(seeded).toMatchObject({ created: true, orgUnits: 55, departments: DEPARTMENTS.length, customers: 20_000 });
    expect(seeded.staff).toBeGreaterThan(250);
    expect(calls.at(-1)).toBe(20_000);
    expect(calls.length).toBeGreaterThan(5);
    const levels = await query(first.url, `select level, count(*)::int as n from org_hierarchy.org_unit group by level order by n`);
    expect(Object.fromEntries(levels.map((r) => [r.level, r.n]))).toEqual({ HEAD_OFFICE: 1, BRANCH: 4, SUB_BRANCH: 10, OUTLET: 40 });
    const codes = await query(first.url, `select code from org_hierarchy.department order by id`);
    expect(codes.map((r) => r.code)).toEqual([...DEPARTMENTS]);
    const [counts] = await query(first.url, `select count(*)::int as n, count(distinct id_number)::int as ids, count(*) filter (where kind = 'CORPORATE')::int as corporate from customers.customer`);
    expect(counts.n).toBe(20_000);
    expect(counts.ids).toBe(20_000);
    expect(counts.corporate / 20_000).toBeGreaterThan(0.13);
    expect(counts.corporate / 20_000).toBeLessThan(0.17);
  });

  it('creates every demo login at the right unit, department and roles, with password demo1234', async () => {
    const rows = await query(first.url, `
      select s.username, s.password_hash, s.roles, s.active, u.code as unit, u.level, d.code as department
      from org_hierarchy.staff s join org_hierarchy.org_unit u on u.id = s.org_unit_id join org_hierarchy.department d on d.id = s.department_id
      where s.username = any($1)`, [DEMO_LOGINS.map((l) => l.username)]);
    expect(rows.map((r) => r.username).sort()).toEqual(DEMO_LOGINS.map((l) => l.username).sort());
    for (const login of DEMO_LOGINS) {
      const row = rows.find((r) => r.username === login.username)!;
      expect(row).toMatchObject({ unit: login.unitCode, level: login.level, department: login.department, roles: login.roles, active: true });
      expect(login.password).toBe(DEMO_PASSWORD);
      expect(await verifyPassword('demo1234', row.password_hash)).toBe(true);
      expect(await verifyPassword('wrong', row.password_hash)).toBe(false);
    }
    const usernames = ['hq.analyst', 'bj.head', 'bj0101.staff', 'sh0101.staff', 'bj0101.manager', 'hq.trainer'];
    expect(rows.map((r) => r.username)).toEqual(expect.arrayContaining(usernames));
    const [{ n }] = await query(first.url, `select count(distinct password_hash)::int as n from org_hierarchy.staff`);
    expect(n).toBe(1); // hashed once, shared
  });

  it('gives every customer a valid ID number or credit code (streamed out with COPY)', async () => {
    let checked = 0, rest = '';
    const bad: string[] = [];
    const check = (line: string) => {
      const [kind, id] = line.split('\t');
      checked++;
      if (!(kind === 'INDIVIDUAL' ? isValidResidentId(id) : isValidCreditCode(id))) bad.push(line);
    };
    await withClient(first.url, async (client) => {
      const out = client.query(copyTo(`copy (select kind, id_number from customers.customer) to stdout`));
      await pipeline(out, new Writable({
        write(chunk, _enc, done) {
          const lines = (rest + chunk.toString()).split('\n');
          rest = lines.pop()!;
          lines.forEach(check);
          done();
        },
      }));
    });
    if (rest) check(rest);
    expect(checked).toBe(20_000);
    expect(bad).toEqual([]);
  });

  it('agrees with an independent SQL check of the check characters, genders and birth dates', async () => {
    const [r] = await query(first.url, `
      with c as (select * from customers.customer),
      rid as (
        select c.id from c where kind = 'INDIVIDUAL' and (
          id_number !~ '^[0-9]{17}[0-9X]$'
          or substr('10X98765432', (select sum(substr(c.id_number, i::int, 1)::int * w) from unnest(array[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]) with ordinality as x(w, i))::int % 11 + 1, 1) <> right(id_number, 1)
          or to_date(substr(id_number, 7, 8), 'YYYYMMDD') <> birth_date
          or (case when substr(id_number, 17, 1)::int % 2 = 1 then 'M' else 'F' end) <> gender)),
      uscc as (
        select c.id from c where kind = 'CORPORATE' and (
          id_number !~ '^91[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$' or gender is not null or birth_date is not null
          or substr('0123456789ABCDEFGHJKLMNPQRTUWXY', (31 - (select sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(c.id_number, i::int, 1)) - 1) * w)
               from unnest(array[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]) with ordinality as x(w, i))::int % 31) % 31 + 1, 1) <> right(id_number, 1)))
      select (select count(*) from rid)::int as bad_ids, (select count(*) from uscc)::int as bad_codes,
             (select count(*) from c where customer_no !~ '^C[0-9]{9}$' or phone !~ '^(1[3-9][0-9]{9}|0[0-9]{2}-[0-9]{8})$')::int as bad_other`);
    expect(r).toEqual({ bad_ids: 0, bad_codes: 0, bad_other: 0 });
  });

  it('homes every customer at an outlet, with that outlet’s path; busy outlets have more', async () => {
    const [r] = await query(first.url, `
      select count(*) filter (where u.id is null or u.level <> 'OUTLET' or c.home_org_path <> u.path)::int as bad,
             count(distinct c.home_org_unit_id)::int as outlets
      from customers.customer c left join org_hierarchy.org_unit u on u.id = c.home_org_unit_id`);
    expect(r).toEqual({ bad: 0, outlets: 40 });
    const [spread] = await query(first.url, `select max(n)::float / min(n) as ratio from (select count(*) as n from customers.customer group by home_org_unit_id) x`);
    expect(spread.ratio).toBeGreaterThan(3);
  });

  it('advances the identity sequences past the seeded ids', async () => {
    const [r] = await query(first.url, `select
      nextval(pg_get_serial_sequence('org_hierarchy.org_unit', 'id'))::int as unit,
      nextval(pg_get_serial_sequence('org_hierarchy.staff', 'id'))::int as staff,
      nextval(pg_get_serial_sequence('customers.customer', 'id'))::int as customer`);
    expect(r).toEqual({ unit: 56, staff: seeded.staff + 1, customer: 20_001 });
  });

  it('is idempotent: a second run changes nothing and says so', async () => {
    firstPrint = await fingerprint(first.url);
    const again = await seedDemoBank(first.url);
    expect(again).toMatchObject({ created: false, orgUnits: 55, staff: seeded.staff, customers: 20_000 });
    expect(await fingerprint(first.url)).toBe(firstPrint);
  });

  it('is deterministic: the same seed in another database gives the same bank, byte for byte', async () => {
    await seedDemoBank(second.url);
    expect(await fingerprint(second.url)).toBe(firstPrint);
  });

  it('reset truncates and seeds anew; the default seed afterwards is the same bank again', async () => {
    const other = await seedDemoBank(second.url, { reset: true, seed: 'another bank', customers: 500 });
    expect(other).toMatchObject({ created: true, customers: 500 });
    const [{ n }] = await query(second.url, 'select count(*)::int as n from customers.customer');
    expect(n).toBe(500);
    expect(await fingerprint(second.url)).not.toBe(firstPrint);
    await seedDemoBank(second.url, { reset: true });
    expect(await fingerprint(second.url)).toBe(firstPrint);
  });

  it('refuses an unmigrated database with a clear message', async () => {
    // a database without the customers table: move it aside for a moment
    await query(second.url, `alter table customers.customer rename to customer_away`);
    try {
      await expect(seedDemoBank(second.url, { reset: true })).rejects.toThrow(/missing customers\.customer: migrate/);
    } finally {
      await query(second.url, `alter table customers.customer_away rename to customer`);
    }
  });
});

describe('seed CLI', () => {
  const run = promisify(execFile);
  const cli = (...args: string[]) =>
    run(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/seed/cli.ts', '--database-url', second.url, ...args], { cwd: new URL('..', import.meta.url).pathname });

  it('seeds with --reset, reports progress every 10 % when not a TTY and rows/s at the end; then says it is already seeded', async () => {
    const { stdout } = await cli('--reset', '--customers', '1000', '--seed', 'cli');
    expect(stdout).toMatch(/customers: 10% \(100\/1000\)/);
    expect(stdout).toMatch(/customers: 100% \(1000\/1000\)/);
    expect(stdout).toMatch(/seeded 55 org units, 9 departments, \d+ staff, 1,000 customers/);
    expect(stdout).toMatch(/[\d,]+ rows\/s/);
    expect(stdout).toContain('bj0101.manager');
    const again = await cli('--customers', '1000');
    expect(again.stdout).toMatch(/already seeded .*1,000 customers.*nothing changed/);
  });

  it('rejects a bad --customers', async () => {
    await expect(cli('--customers', 'lots')).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--customers must be a whole number/) });
  });
});
