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

const query = <R extends pg.QueryResultRow = any>(url: string, sql: string, params?: unknown[]) =>
  withClient(url, (c) => c.query<R>(sql, params)).then((r) => r.rows);

/** every seeded table, and the order its rows are hashed in */
const TABLES: Array<[string, string]> = [
  ['org_hierarchy.org_unit', 'x.id'],
  ['org_hierarchy.department', 'x.id'],
  ['org_hierarchy.staff', 'x.id'],
  ['customers.customer', 'x.id'],
  ['customers.account', 'x.id'],
  ['customers.account_transaction', 'x.id'],
  ['customers.account_balance_monthly', 'x.account_id, x.month'],
  ['customers.interaction', 'x.id'],
  ['customers.customer_need', 'x.id'],
  ['customers.service_case', 'x.id'],
  ['customers.service_case_event', 'x.id'],
  ['customers.satisfaction_survey', 'x.id'],
  ['customers.customer_relationship', 'x.id'],
];

/** md5 of every seeded table's rows in key order: equal digests, equal banks. */
async function fingerprint(url: string): Promise<string> {
  return withClient(url, async (client) => {
    await client.query(`set timezone = 'UTC'`);
    const {
      rows: [row],
    } = await client.query(
      `select ${TABLES.map(([t, order], i) => `(select md5(coalesce(string_agg(x::text, E'\\n' order by ${order}), '')) from ${t} x) as t${i}`).join(', ')}`,
    );
    return TABLES.map(([t], i) => `${t}=${row[`t${i}`]}`).join('\n');
  });
}

describe('seedDemoBank', () => {
  let seeded: Awaited<ReturnType<typeof seedDemoBank>>;
  let firstPrint: string;

  it('seeds the default bank: 55 units, every department, staff, 20,000 customers', async () => {
    const calls: Array<[number, number, string]> = [];
    seeded = await seedDemoBank(first.url, { progress: (done, total, table) => calls.push([done, total, table]) });
    expect(seeded).toMatchObject({
      created: true,
      orgUnits: 55,
      departments: DEPARTMENTS.length,
      customers: 20_000,
      transactionsPerYear: 90,
      asOf: '2026-01-01',
    });
    expect(seeded.staff).toBeGreaterThan(250);
    // progress over every row of every table, ending exact
    expect(calls.at(-1)).toEqual([seeded.rows, seeded.rows, 'done']);
    expect(calls.length).toBeGreaterThan(50);
    expect(new Set(calls.map((c) => c[2]))).toContain('customers.account_transaction');
    for (let i = 1; i < calls.length; i++) expect(calls[i][0]).toBeGreaterThanOrEqual(calls[i - 1][0]);
    expect(seeded.tables!.map((t) => t.table)).toEqual(TABLES.slice(3).map(([t]) => t));
    const byTable = Object.fromEntries(seeded.tables!.map((t) => [t.table, t.rows]));
    const [real] = await query(
      first.url,
      `select ${TABLES.slice(3)
        .map(([t], i) => `(select count(*) from ${t})::int as t${i}`)
        .join(', ')}`,
    );
    expect(TABLES.slice(3).map(([t], i) => [t, real[`t${i}`]])).toEqual(TABLES.slice(3).map(([t]) => [t, byTable[t]]));
    // the demo density: 60–120 postings per customer per year
    expect(byTable['customers.account_transaction'] / 20_000).toBeGreaterThan(60);
    expect(byTable['customers.account_transaction'] / 20_000).toBeLessThan(120);
    const levels = await query(first.url, `select level, count(*)::int as n from org_hierarchy.org_unit group by level order by n`);
    expect(Object.fromEntries(levels.map((r) => [r.level, r.n]))).toEqual({ HEAD_OFFICE: 1, BRANCH: 4, SUB_BRANCH: 10, OUTLET: 40 });
    const codes = await query(first.url, `select code from org_hierarchy.department order by id`);
    expect(codes.map((r) => r.code)).toEqual([...DEPARTMENTS]);
    const [counts] = await query(
      first.url,
      `select count(*)::int as n, count(distinct id_number)::int as ids, count(*) filter (where kind = 'CORPORATE')::int as corporate from customers.customer`,
    );
    expect(counts.n).toBe(20_000);
    expect(counts.ids).toBe(20_000);
    expect(counts.corporate / 20_000).toBeGreaterThan(0.13);
    expect(counts.corporate / 20_000).toBeLessThan(0.17);
  });

  it('creates every demo login at the right unit, department and roles, with password demo1234', async () => {
    const rows = await query(
      first.url,
      `
      select s.username, s.password_hash, s.roles, s.active, u.code as unit, u.level, d.code as department
      from org_hierarchy.staff s join org_hierarchy.org_unit u on u.id = s.org_unit_id join org_hierarchy.department d on d.id = s.department_id
      where s.username = any($1)`,
      [DEMO_LOGINS.map((l) => l.username)],
    );
    expect(rows.map((r) => r.username).sort()).toEqual(DEMO_LOGINS.map((l) => l.username).sort());
    for (const login of DEMO_LOGINS) {
      const row = rows.find((r) => r.username === login.username)!;
      expect(row).toMatchObject({
        unit: login.unitCode,
        level: login.level,
        department: login.department,
        roles: login.roles,
        active: true,
      });
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
    let checked = 0,
      rest = '';
    const bad: string[] = [];
    const check = (line: string) => {
      const [kind, id] = line.split('\t');
      checked++;
      if (!(kind === 'INDIVIDUAL' ? isValidResidentId(id) : isValidCreditCode(id))) bad.push(line);
    };
    await withClient(first.url, async (client) => {
      const out = client.query(copyTo(`copy (select kind, id_number from customers.customer) to stdout`));
      await pipeline(
        out,
        new Writable({
          write(chunk, _enc, done) {
            const lines = (rest + chunk.toString()).split('\n');
            rest = lines.pop()!;
            lines.forEach(check);
            done();
          },
        }),
      );
    });
    if (rest) check(rest);
    expect(checked).toBe(20_000);
    expect(bad).toEqual([]);
  });

  it('agrees with an independent SQL check of the check characters, genders and birth dates', async () => {
    const [r] = await query(
      first.url,
      `
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
             (select count(*) from c where customer_no !~ '^C[0-9]{9}$' or phone !~ '^(1[3-9][0-9]{9}|0[0-9]{2}-[0-9]{8})$')::int as bad_other`,
    );
    expect(r).toEqual({ bad_ids: 0, bad_codes: 0, bad_other: 0 });
  });

  it('homes every customer at an outlet, with that outlet’s path; busy outlets have more', async () => {
    const [r] = await query(
      first.url,
      `
      select count(*) filter (where u.id is null or u.level <> 'OUTLET' or c.home_org_path <> u.path)::int as bad,
             count(distinct c.home_org_unit_id)::int as outlets
      from customers.customer c left join org_hierarchy.org_unit u on u.id = c.home_org_unit_id`,
    );
    expect(r).toEqual({ bad: 0, outlets: 40 });
    const [spread] = await query(
      first.url,
      `select max(n)::float / min(n) as ratio from (select count(*) as n from customers.customer group by home_org_unit_id) x`,
    );
    expect(spread.ratio).toBeGreaterThan(3);
  });

  // ── the money: accounts, postings, monthly balances ──────────────────────────────────────

  it('fills the fuller customer record: occupation and income for people, industry, representative, capital and size for companies; ~60 % consent', async () => {
    const [r] = await query(
      first.url,
      `select
      count(*) filter (where kind = 'INDIVIDUAL' and (occupation is null or income_band is null or industry is not null or company_size is not null))::int as bad_people,
      count(*) filter (where kind = 'CORPORATE' and (industry is null or legal_representative !~ '^[\u4e00-\u9fff]{2,4}$' or registered_capital is null or company_size is null or income_band is not null))::int as bad_companies,
      avg(marketing_consent::int)::float as consent,
      count(*) filter (where marketing_consent and (marketing_consent_at < created_at or marketing_consent_at >= '2026-01-01T00:00+08'))::int as bad_consent,
      count(*) filter (where status = 'CLOSED' and marketing_consent)::int as closed_consent,
      avg((email is not null)::int)::float as email,
      count(*) filter (where email is not null and email !~ '^[a-z0-9]+@[a-z0-9.]+\\.[a-z]+$')::int as bad_email,
      count(distinct income_band)::int as bands, count(distinct company_size)::int as sizes, count(distinct marketing_consent_channel)::int as channels
      from customers.customer`,
    );
    expect(r).toMatchObject({
      bad_people: 0,
      bad_companies: 0,
      bad_consent: 0,
      closed_consent: 0,
      bad_email: 0,
      bands: 5,
      sizes: 4,
      channels: 5,
    });
    expect(r.consent).toBeGreaterThan(0.55);
    expect(r.consent).toBeLessThan(0.68);
    expect(r.email).toBeGreaterThan(0.2);
    expect(r.email).toBeLessThan(0.6);
    // a legal representative is often a customer of the same outlet, linked, with that name
    const [rep] = await query(
      first.url,
      `select count(*)::int as n, count(*) filter (where p.name <> c.legal_representative or p.kind <> 'INDIVIDUAL' or p.home_org_unit_id <> c.home_org_unit_id)::int as bad
      from customers.customer_relationship r join customers.customer p on p.id = r.from_customer_id join customers.customer c on c.id = r.to_customer_id
      where r.kind = 'LEGAL_REPRESENTATIVE_OF'`,
    );
    expect(rep.n).toBeGreaterThan(1000);
    expect(rep.bad).toBe(0);
  });

  it('gives accounts by segment: a current account nearly always, cards, loans, wealth, deposits; companies basic and settlement accounts; unique numbers', async () => {
    const [r] = await query(
      first.url,
      `with c as (
        select c.id, c.kind, c.status, array_agg(a.kind::text) as kinds from customers.customer c left join customers.account a on a.customer_id = c.id group by c.id)
      select avg(('DEMAND_DEPOSIT' = any(kinds))::int) filter (where kind = 'INDIVIDUAL' and status <> 'CLOSED')::float as demand,
             avg(('CREDIT_CARD' = any(kinds))::int) filter (where kind = 'INDIVIDUAL' and status <> 'CLOSED')::float as card,
             avg(('LOAN' = any(kinds))::int) filter (where kind = 'INDIVIDUAL' and status <> 'CLOSED')::float as loan,
             avg(('WEALTH' = any(kinds))::int) filter (where kind = 'INDIVIDUAL' and status <> 'CLOSED')::float as wealth,
             avg(('TIME_DEPOSIT' = any(kinds))::int) filter (where kind = 'INDIVIDUAL' and status <> 'CLOSED')::float as time_deposit,
             count(*) filter (where kind = 'CORPORATE' and not 'BASIC' = any(kinds))::int as companies_without_basic,
             count(*) filter (where kind = 'INDIVIDUAL' and 'BASIC' = any(kinds) or kind = 'INDIVIDUAL' and 'SETTLEMENT' = any(kinds))::int as people_with_company_accounts,
             count(*) filter (where kinds = '{NULL}')::int as without_accounts
      from c`,
    );
    expect(r.demand).toBeGreaterThan(0.95);
    expect(r.card).toBeGreaterThan(0.25);
    expect(r.loan).toBeGreaterThan(0.08);
    expect(r.wealth).toBeGreaterThan(0.1);
    expect(r.time_deposit).toBeGreaterThan(0.15);
    expect(r).toMatchObject({ companies_without_basic: 0, people_with_company_accounts: 0, without_accounts: 0 });
    const [a] = await query(
      first.url,
      `select
      count(*) filter (where a.kind in ('DEMAND_DEPOSIT','TIME_DEPOSIT','WEALTH','LOAN') and a.account_no !~ '^[0-9]{19}$' or a.kind = 'CREDIT_CARD' and a.account_no !~ '^625907[0-9]{10}$'
                       or a.kind in ('BASIC','SETTLEMENT') and a.account_no !~ '^[0-9]{18}$')::int as bad_numbers,
      count(*) filter (where a.kind in ('DEMAND_DEPOSIT','TIME_DEPOSIT','WEALTH','CREDIT_CARD') and
        (select sum(case when (length(a.account_no) - i) % 2 = 1 then (d * 2) / 10 + (d * 2) % 10 else d end) from
          (select i, substr(a.account_no, i, 1)::int as d from generate_series(1, length(a.account_no)) i) x) % 10 <> 0)::int as bad_luhn,
      count(*) filter (where a.status = 'CLOSED' and a.balance <> 0)::int as closed_with_money,
      count(*) filter (where a.kind in ('TIME_DEPOSIT','LOAN','DEMAND_DEPOSIT','BASIC','SETTLEMENT') and a.interest_rate is null)::int as no_rate,
      count(*) filter (where a.kind = 'CREDIT_CARD' and (a.credit_limit is null or a.balance > a.credit_limit))::int as bad_cards,
      count(*) filter (where a.balance < 0)::int as negative,
      count(*) filter (where a.status = 'CLOSED')::int as closed, count(*) filter (where a.status = 'FROZEN')::int as frozen,
      count(*) filter (where a.opened_on < c.created_at::date - 1)::int as before_customer
      from customers.account a join customers.customer c on c.id = a.customer_id`,
    );
    expect(a).toMatchObject({
      bad_numbers: 0,
      bad_luhn: 0,
      closed_with_money: 0,
      no_rate: 0,
      bad_cards: 0,
      negative: 0,
      before_customer: 0,
    });
    expect(a.closed).toBeGreaterThan(500);
    expect(a.frozen).toBeGreaterThan(10);
    // richer customers hold more
    const bands = await query(
      first.url,
      `select c.income_band, avg(a.balance)::float as avg from customers.account a join customers.customer c on c.id = a.customer_id
      where a.kind = 'DEMAND_DEPOSIT' and a.status = 'OPEN' and c.kind = 'INDIVIDUAL' group by 1`,
    );
    const avg = Object.fromEntries(bands.map((b) => [b.income_band, b.avg]));
    expect(avg.LOW).toBeLessThan(avg.MIDDLE);
    expect(avg.MIDDLE).toBeLessThan(avg.HIGH);
  });

  it('keeps balance_after continuous per account (a sample, in SQL) and each account’s balance equal to its last posting', async () => {
    const [r] = await query(
      first.url,
      `with t as (
        select t.account_id, t.amount, t.direction, t.balance_after, a.kind, t.customer_id, a.customer_id as owner, a.opened_on, a.closed_on, t.booked_at,
               lag(t.balance_after) over w as prev, row_number() over w as rn
        from customers.account_transaction t join customers.account a on a.id = t.account_id
        where t.account_id % 4 = 0
        window w as (partition by t.account_id order by t.booked_at, t.id))
      select count(*)::int as n,
        count(*) filter (where rn > 1 and balance_after <> prev + case when (direction = 'CREDIT') = (kind not in ('LOAN','CREDIT_CARD')) then amount else -amount end)::int as breaks,
        count(*) filter (where customer_id <> owner)::int as wrong_customer,
        count(*) filter (where (booked_at at time zone 'Asia/Shanghai')::date < opened_on or (booked_at at time zone 'Asia/Shanghai')::date > coalesce(closed_on, '2026-01-01'))::int as outside_life,
        count(*) filter (where booked_at < '2025-01-01T00:00+08' or booked_at >= '2026-01-01T00:00+08')::int as outside_window,
        count(*) filter (where balance_after < 0)::int as negative
      from t`,
    );
    expect(r.n).toBeGreaterThan(100_000);
    expect(r).toMatchObject({ breaks: 0, wrong_customer: 0, outside_life: 0, outside_window: 0, negative: 0 });
    const [last] = await query(
      first.url,
      `select count(*)::int as bad from customers.account a
      join lateral (select balance_after from customers.account_transaction t where t.account_id = a.id order by booked_at desc, id desc limit 1) l on true
      where l.balance_after <> a.balance`,
    );
    expect(last.bad).toBe(0);
  });

  it('posts like a bank: monthly salaries, monthly loan repayments, quarterly interest, year-end and Spring Festival peaks, channels by age', async () => {
    const [r] = await query(
      first.url,
      `with s as (
        select c.id, count(t.id) filter (where t.category = 'SALARY' and t.direction = 'CREDIT') as salaries
        from customers.customer c join customers.account_transaction t on t.customer_id = c.id
        where c.kind = 'INDIVIDUAL' and c.status = 'ACTIVE' and c.created_at < '2024-12-01' group by c.id)
      select avg((salaries between 12 and 13)::int) filter (where salaries > 0)::float as monthly,
             (select count(distinct extract(month from booked_at at time zone 'Asia/Shanghai')) from customers.account_transaction where category = 'INTEREST' and description = '结息')::int as interest_months,
             (select count(*) from customers.account_transaction where category = 'LOAN_REPAYMENT')::int as repayments,
             (select count(*) from customers.account_transaction where category = 'BILL_SETTLEMENT')::int as bills,
             (select count(*) from customers.account_transaction where category = 'COLLECTION_PAYMENT_AGENCY')::int as agency,
             (select count(*) from customers.account_transaction where category in ('WEALTH_PURCHASE', 'WEALTH_REDEMPTION'))::int as wealth
      from s`,
    );
    expect(r.monthly).toBeGreaterThan(0.9);
    expect(r.interest_months).toBe(4); // March, June, September, December
    expect(r.repayments).toBeGreaterThan(10_000);
    expect(r.bills).toBeGreaterThan(1000);
    expect(r.agency).toBeGreaterThan(10_000);
    expect(r.wealth).toBeGreaterThan(5000);
    const months = await query(
      first.url,
      `select extract(month from booked_at at time zone 'Asia/Shanghai')::int as m, count(*)::float as n
      from customers.account_transaction where category = 'CARD_SPEND' group by 1`,
    );
    const spend = Object.fromEntries(months.map((x) => [x.m, x.n]));
    const ordinary = (spend[3] + spend[4] + spend[5] + spend[7] + spend[8] + spend[9] + spend[10]) / 7;
    expect(spend[11] / ordinary).toBeGreaterThan(1.2); // 双十一
    expect(spend[12] / ordinary).toBeGreaterThan(1.15);
    expect(spend[1] / ordinary).toBeGreaterThan(1.3); // Spring Festival 2025 fell on 29 January
    const ages = await query(
      first.url,
      `select case when c.birth_date > '1995-12-31' then 'young' when c.birth_date < '1960-01-01' then 'old' end as age,
        avg((t.channel = 'COUNTER')::int)::float as counter, avg((t.channel = 'MOBILE')::int)::float as mobile
      from customers.account_transaction t join customers.customer c on c.id = t.customer_id
      where t.category in ('TRANSFER_OUT', 'WITHDRAWAL', 'DEPOSIT', 'COLLECTION_PAYMENT_AGENCY') and c.kind = 'INDIVIDUAL' group by 1`,
    );
    const by = Object.fromEntries(ages.map((x) => [x.age, x]));
    expect(by.old.counter).toBeGreaterThan(by.young.counter * 2);
    expect(by.young.mobile).toBeGreaterThan(by.old.mobile * 2);
  });

  it('keeps monthly balances consistent: closing = the month’s last balance_after, average within the month’s range, a row for every open month', async () => {
    const [r] = await query(
      first.url,
      `with last as (
        select distinct on (t.account_id, date_trunc('month', t.booked_at at time zone 'Asia/Shanghai'))
               t.account_id, date_trunc('month', t.booked_at at time zone 'Asia/Shanghai')::date as month, t.balance_after
        from customers.account_transaction t where t.account_id % 3 = 0
        order by t.account_id, date_trunc('month', t.booked_at at time zone 'Asia/Shanghai'), t.booked_at desc, t.id desc)
      select count(*)::int as n, count(*) filter (where b.closing_balance is distinct from last.balance_after)::int as bad
      from last left join customers.account_balance_monthly b using (account_id, month)`,
    );
    expect(r.n).toBeGreaterThan(50_000);
    expect(r.bad).toBe(0);
    const [m] = await query(
      first.url,
      `select
        count(*) filter (where a.opened_on < '2025-01-01' and a.closed_on is null and n <> 12)::int as missing_months,
        count(*) filter (where a.closed_on < '2025-01-01' and n > 0)::int as months_after_closing,
        (select count(*) from customers.account_balance_monthly where month < '2025-01-01' or month > '2025-12-01')::int as outside
      from customers.account a left join lateral (select count(*) as n from customers.account_balance_monthly b where b.account_id = a.id) b on true`,
    );
    expect(m).toEqual({ missing_months: 0, months_after_closing: 0, outside: 0 });
    // the average of a month lies between the lowest and highest balance the account had in it
    const [avg] = await query(
      first.url,
      `select count(*)::int as bad from customers.account_balance_monthly b
      join lateral (select min(least(t.balance_after, t.balance_after - case when (t.direction = 'CREDIT') = (a.kind not in ('LOAN','CREDIT_CARD')) then t.amount else -t.amount end)) as lo,
                           max(greatest(t.balance_after, t.balance_after - case when (t.direction = 'CREDIT') = (a.kind not in ('LOAN','CREDIT_CARD')) then t.amount else -t.amount end)) as hi
                    from customers.account_transaction t join customers.account a on a.id = t.account_id
                    where t.account_id = b.account_id and date_trunc('month', t.booked_at at time zone 'Asia/Shanghai')::date = b.month) x on x.lo is not null
      where b.account_id % 7 = 0 and (b.average_balance < x.lo - 0.01 or b.average_balance > x.hi + 0.01)`,
    );
    expect(avg.bad).toBe(0);
  });

  // ── service: contacts, needs, cases, surveys, relationships ───────────────────────────────

  it('records interactions, needs and surveys by staff of the customer’s home outlet', async () => {
    const [r] = await query(
      first.url,
      `select
      (select count(*) from customers.interaction)::int as interactions,
      (select count(*) from customers.interaction i join customers.customer c on c.id = i.customer_id left join org_hierarchy.staff s on s.id = i.staff_id
        where s.org_unit_id is distinct from c.home_org_unit_id or i.org_unit_id <> c.home_org_unit_id)::int as foreign_interactions,
      (select count(distinct channel) from customers.interaction)::int as channels,
      (select count(*) from customers.interaction where next_step_due is not null and next_step_due < (occurred_at at time zone 'Asia/Shanghai')::date)::int as due_before,
      (select count(*) from customers.customer_need n join customers.customer c on c.id = n.customer_id left join org_hierarchy.staff s on s.id = n.captured_by_staff_id
        where s.org_unit_id is distinct from c.home_org_unit_id)::int as foreign_needs,
      (select count(distinct status) from customers.customer_need)::int as need_statuses,
      (select count(distinct category) from customers.customer_need)::int as need_categories,
      (select count(*) from customers.satisfaction_survey v join customers.customer c on c.id = v.customer_id left join org_hierarchy.staff s on s.id = v.recorded_by_staff_id
        where v.recorded_by_staff_id is not null and s.org_unit_id is distinct from c.home_org_unit_id)::int as foreign_surveys,
      (select count(*) from customers.interaction i join customers.customer c on c.id = i.customer_id where c.status = 'CLOSED')::int as closed_contacted`,
    );
    expect(r.interactions).toBeGreaterThan(20_000);
    expect(r).toMatchObject({
      foreign_interactions: 0,
      channels: 7,
      due_before: 0,
      foreign_needs: 0,
      need_statuses: 4,
      foreign_surveys: 0,
      closed_contacted: 0,
    });
    expect(r.need_categories).toBeGreaterThanOrEqual(8);
  });

  it('opens cases at the home outlet: mostly closed with a resolution; some open ones already past their SLA; events match every status', async () => {
    const [r] = await query(
      first.url,
      `select count(*)::int as n,
        count(*) filter (where s.status = 'CLOSED')::float / count(*) as closed_share,
        count(*) filter (where s.status in ('OPEN','ACKNOWLEDGED') and sla_due_at < '2026-01-01T00:00+08')::int as breached,
        count(*) filter (where s.status in ('OPEN','ACKNOWLEDGED') and sla_due_at >= '2026-01-01T00:00+08')::int as within_sla,
        count(*) filter (where s.status in ('OPEN','ACKNOWLEDGED') and opened_at >= '2026-01-01T00:00+08')::int as opened_later,
        count(*) filter (where sla_due_at <> opened_at + make_interval(hours => case severity when 'CRITICAL' then 4 when 'HIGH' then 24 when 'MEDIUM' then 72 else 168 end))::int as bad_sla,
        count(*) filter (where handling_org_unit_id <> c.home_org_unit_id or handling_org_path <> c.home_org_path or escalation_level <> 0)::int as not_home,
        count(*) filter (where case_no !~ '^SC[0-9]{6}[0-9]{7}$' or substr(case_no, 3, 6) <> to_char(opened_at at time zone 'Asia/Shanghai', 'YYYYMM'))::int as bad_no,
        count(*) filter (where s.status in ('RESOLVED','CLOSED') and (root_cause is null or resolved_at < opened_at))::int as bad_resolution,
        count(*) filter (where s.opened_at < c.created_at)::int as before_customer
      from customers.service_case s join customers.customer c on c.id = s.customer_id`,
    );
    expect(r.n).toBeGreaterThan(300);
    expect(r.closed_share).toBeGreaterThan(0.6);
    expect(r.breached).toBeGreaterThan(10);
    expect(r.within_sla).toBeGreaterThan(10);
    expect(r).toMatchObject({ opened_later: 0, bad_sla: 0, not_home: 0, bad_no: 0, bad_resolution: 0, before_customer: 0 });
    // every open case the escalation job would pick (past sla_due_at at the as-of instant) really is past it
    const [job] = await query(
      first.url,
      `select count(*) filter (where not (sla_due_at < '2026-01-01T00:00+08'))::int as bad
      from customers.service_case where status in ('OPEN','ACKNOWLEDGED') and sla_due_at < '2026-01-01T00:00+08'::timestamptz`,
    );
    expect(job.bad).toBe(0);
    const [e] = await query(
      first.url,
      `with e as (
        select s.id, s.status, s.handling_org_path, s.version, s.updated_at, s.resolved_at, s.closed_at, s.opened_at,
               string_agg(x.action, ',' order by x.at, x.id) as actions, array_agg(x.to_status order by x.at, x.id) as tos,
               bool_and(x.to_org_path = s.handling_org_path) as path_ok, count(*) as n, max(x.at) as last_at, min(x.at) as first_at,
               bool_and(x.from_status is not distinct from (case x.action when 'OPENED' then null when 'ACKNOWLEDGED' then 'OPEN' when 'RESOLVED' then 'ACKNOWLEDGED' when 'CLOSED' then 'RESOLVED' end)) as from_ok,
               max(x.at) filter (where x.action = 'RESOLVED') as resolved_event, max(x.at) filter (where x.action = 'CLOSED') as closed_event
        from customers.service_case s join customers.service_case_event x on x.case_id = s.id group by s.id)
      select count(*) filter (where actions <> case status when 'OPEN' then 'OPENED' when 'ACKNOWLEDGED' then 'OPENED,ACKNOWLEDGED'
                                     when 'RESOLVED' then 'OPENED,ACKNOWLEDGED,RESOLVED' else 'OPENED,ACKNOWLEDGED,RESOLVED,CLOSED' end)::int as wrong_actions,
             count(*) filter (where tos[n] <> status or not path_ok or not from_ok or version <> n or updated_at <> last_at or first_at <> opened_at)::int as wrong_history,
             count(*) filter (where resolved_event is distinct from resolved_at or closed_event is distinct from closed_at)::int as wrong_times,
             (select count(*) from customers.service_case s where not exists (select 1 from customers.service_case_event x where x.case_id = s.id))::int as without_events
      from e`,
    );
    expect(e).toEqual({ wrong_actions: 0, wrong_history: 0, wrong_times: 0, without_events: 0 });
  });

  it('surveys touchpoints, ties complaint-handling surveys to closed cases, and scores lower after complaints', async () => {
    const [r] = await query(
      first.url,
      `select
        count(*) filter (where v.service_case_id is not null and (s.status <> 'CLOSED' or s.customer_id <> v.customer_id or v.touchpoint <> 'COMPLAINT_HANDLING' or v.surveyed_at < s.closed_at))::int as bad_links,
        count(*) filter (where v.touchpoint = 'COMPLAINT_HANDLING' and v.service_case_id is null)::int as unlinked,
        count(distinct v.touchpoint)::int as touchpoints,
        avg(v.csat) filter (where exists (select 1 from customers.service_case x where x.customer_id = v.customer_id))::float as after_complaint,
        avg(v.csat) filter (where not exists (select 1 from customers.service_case x where x.customer_id = v.customer_id))::float as others
      from customers.satisfaction_survey v left join customers.service_case s on s.id = v.service_case_id`,
    );
    expect(r).toMatchObject({ bad_links: 0, unlinked: 0, touchpoints: 4 });
    expect(r.after_complaint).toBeLessThan(r.others - 0.8);
  });

  it('links households within an outlet, people to the companies they run, guarantors to borrowers, companies to their groups; never a customer to itself', async () => {
    const [r] = await query(
      first.url,
      `select count(*)::int as n, count(distinct r.kind)::int as kinds,
        count(*) filter (where r.from_customer_id = r.to_customer_id)::int as self,
        count(*) filter (where r.kind in ('SPOUSE','HOUSEHOLD','PARENT_OF') and (f.kind <> 'INDIVIDUAL' or t.kind <> 'INDIVIDUAL' or f.home_org_unit_id <> t.home_org_unit_id))::int as bad_households,
        count(*) filter (where r.kind = 'SPOUSE' and (f.gender = t.gender or abs(extract(year from f.birth_date) - extract(year from t.birth_date)) > 8))::int as bad_spouses,
        count(*) filter (where r.kind = 'PARENT_OF' and extract(year from t.birth_date) - extract(year from f.birth_date) < 20)::int as bad_parents,
        count(*) filter (where r.kind in ('EXECUTIVE_OF','LEGAL_REPRESENTATIVE_OF') and (f.kind <> 'INDIVIDUAL' or t.kind <> 'CORPORATE'))::int as bad_officers,
        count(*) filter (where r.kind in ('PARENT_COMPANY_OF','GROUP_AFFILIATE') and (f.kind <> 'CORPORATE' or t.kind <> 'CORPORATE'))::int as bad_groups,
        count(*) filter (where r.kind = 'GUARANTOR_FOR' and not exists (select 1 from customers.account a where a.customer_id = r.to_customer_id and a.kind = 'LOAN'))::int as guarantee_without_loan,
        count(*) filter (where r.created_at < greatest(f.created_at, t.created_at) or r.created_at >= '2026-01-01T00:00+08')::int as bad_time,
        (select count(*) from (select from_customer_id, count(*) from customers.customer_relationship where kind = 'SPOUSE' group by 1 having count(*) > 1) x)::int as bigamists
      from customers.customer_relationship r join customers.customer f on f.id = r.from_customer_id join customers.customer t on t.id = r.to_customer_id`,
    );
    expect(r.n).toBeGreaterThan(3000);
    expect(r).toMatchObject({
      kinds: 8,
      self: 0,
      bad_households: 0,
      bad_spouses: 0,
      bad_parents: 0,
      bad_officers: 0,
      bad_groups: 0,
      guarantee_without_loan: 0,
      bad_time: 0,
      bigamists: 0,
    });
  });

  it('advances every identity sequence past the seeded ids, and the case-number sequence past the seeded cases', async () => {
    const withIds = TABLES.filter(([, order]) => order === 'x.id').map(([t]) => t);
    const [r] = await query(
      first.url,
      `select ${withIds.map((t, i) => `nextval(pg_get_serial_sequence('${t}', 'id'))::bigint - (select coalesce(max(id), 0) from ${t}) as t${i}`).join(', ')},
      nextval('customers.service_case_no_seq') - (select max(substr(case_no, 9)::int) from customers.service_case) as case_no`,
    );
    expect(Object.values(r).map(Number)).toEqual(withIds.map(() => 1).concat(1));
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

  it('takes an as-of date and a density: 12 months of history before the as-of month, up to the as-of day', async () => {
    const r = await seedDemoBank(second.url, { reset: true, customers: 2000, asOf: '2026-06-15', transactionsPerYear: 30, seed: 'as-of' });
    expect(r).toMatchObject({ created: true, asOf: '2026-06-15', transactionsPerYear: 30 });
    const [x] = await query(
      second.url,
      `select min(booked_at) >= '2025-06-01T00:00+08' and max(booked_at) < '2026-06-15T00:00+08' as inside,
      (select count(distinct month) from customers.account_balance_monthly)::int as months,
      (select count(*) from customers.account_transaction)::float / 2000 as per_customer,
      (select count(*) filter (where sla_due_at < '2026-06-15T00:00+08') from customers.service_case where status in ('OPEN', 'ACKNOWLEDGED'))::int as breached
      from customers.account_transaction`,
    );
    expect(x).toMatchObject({ inside: true, months: 13 });
    expect(x.per_customer).toBeGreaterThan(20);
    expect(x.per_customer).toBeLessThan(45);
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
    run(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/seed/cli.ts', '--database-url', second.url, ...args], {
      cwd: new URL('..', import.meta.url).pathname,
    });

  it('seeds with --reset, reports progress every 10 % when not a TTY and rows/s at the end; then says it is already seeded', async () => {
    const { stdout } = await cli('--reset', '--customers', '1000', '--seed', 'cli', '--transactions-per-year', '30');
    expect(stdout).toMatch(/1,000 customers, ~30 transactions per customer per year, as of 2026-01-01/);
    expect(stdout).toMatch(/rows: 10% \([\d,]+ of ~[\d,]+\)/);
    expect(stdout).toMatch(/rows: 100% \(([\d,]+) of \1\) · done/);
    expect(stdout).toMatch(/seeded 55 org units, 9 departments, \d+ staff, 1,000 customers/);
    expect(stdout).toMatch(/customers\.account_transaction +[\d,]+ rows +[\d.]+ s +[\d,]+ rows\/s/);
    expect(stdout).toMatch(/total: [\d,]+ rows in [\d.]+ s .*overall [\d,]+ rows\/s/);
    expect(stdout).toContain('bj0101.manager');
    const again = await cli('--customers', '1000');
    expect(again.stdout).toMatch(/already seeded .*1,000 customers.*nothing changed/);
  });

  it('rejects a bad --customers, --transactions-per-year or --as-of', async () => {
    await expect(cli('--customers', 'lots')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--customers must be a whole number/),
    });
    await expect(cli('--transactions-per-year', 'many')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--transactions-per-year must be a whole number/),
    });
    await expect(cli('--as-of', '2020-01-01', '--reset')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/as-of must be from 2026-01-01/),
    });
  });
});
