import { withSql } from '@crm/kit/testing';

/** The tiny bank's units (test/global-setup.ts). */
export const PATHS = { HO: '/1/', BJ: '/1/2/', BJ0101: '/1/2/3/4/', SH0101: '/1/6/7/8/' } as const;
export const AS_OF = '2025-12-31';
export const IDS = { A: 101, B: 102, C: 103, MERGED: 104 } as const;

/**
 * Hand-built customers (written to customers.* — analysis reads them through customers_api.*), scored
 * as of 2025-12-31 (the 12 months: January–December 2025). Expected values are worked out in the tests.
 * - A (BJ0101): loyal and profitable — demand 100,000 @0.10 %, time 200,000 @1.50 %, wealth 50,000,
 *   loan 300,000 @4.50 %, all year; 4 own transactions, fees, interest; 2 surveys, 1 complaint in May.
 * - B (BJ0101): leaving — deposits 50,000 → 20,000 in July, card closed in August, last transaction
 *   1 July, a complaint in November with CSAT 1.
 * - C (SH0101): a deposit opened in June, never used.
 * - MERGED (BJ0101): merged into A — never scored.
 */
export async function insertScoredCustomers(url: string) {
  await withSql(url, async (q) => {
    await q(`insert into customers.customer (id, customer_no, kind, name, id_number, home_org_unit_id, home_org_path, status, created_at) values
      (101, 'C900000101', 'INDIVIDUAL', '甲', 'X101', 4, '/1/2/3/4/', 'ACTIVE', '2019-01-01T00:00:00+08'),
      (102, 'C900000102', 'INDIVIDUAL', '乙', 'X102', 4, '/1/2/3/4/', 'ACTIVE', '2024-03-10T09:00:00+08'),
      (103, 'C900000103', 'INDIVIDUAL', '丙', 'X103', 8, '/1/6/7/8/', 'ACTIVE', '2025-06-01T09:00:00+08')`);
    await q(`insert into customers.customer (id, customer_no, kind, name, id_number, home_org_unit_id, home_org_path, status, merged_into_id) values
      (104, 'C900000104', 'INDIVIDUAL', '甲副本', 'X104', 4, '/1/2/3/4/', 'MERGED', 101)`);
    await q(`insert into customers.account (id, account_no, customer_id, kind, balance, interest_rate, opened_on, matures_on, closed_on, status) values
      (1011, 'A1011', 101, 'DEMAND_DEPOSIT', 100000, 0.10, '2015-12-31', null, null, 'OPEN'),
      (1012, 'A1012', 101, 'TIME_DEPOSIT',   200000, 1.50, '2024-06-01', '2026-06-01', null, 'OPEN'),
      (1013, 'A1013', 101, 'WEALTH',          50000, null, '2024-01-01', null, null, 'OPEN'),
      (1014, 'A1014', 101, 'LOAN',           300000, 4.50, '2023-01-01', '2033-01-01', null, 'OPEN'),
      (1021, 'A1021', 102, 'DEMAND_DEPOSIT',  20000, 0.10, '2024-03-10', null, null, 'OPEN'),
      (1022, 'A1022', 102, 'CREDIT_CARD',         0, 18.25, '2024-03-10', null, '2025-08-15', 'CLOSED'),
      (1031, 'A1031', 103, 'DEMAND_DEPOSIT',   1000, 0.10, '2025-06-01', null, null, 'OPEN')`);
    // month-end and average balances, January–December 2025 (and one month before, outside the window)
    await q(`insert into customers.account_balance_monthly (account_id, month, average_balance, closing_balance)
      select a.id, m::date, v.avg, v.close
      from (values (1011), (1012), (1013), (1014), (1021), (1022), (1031)) a(id)
      cross join generate_series('2024-12-01'::date, '2025-12-01'::date, interval '1 month') m
      cross join lateral (select
        case a.id when 1011 then 100000 when 1012 then 200000 when 1013 then 50000 when 1014 then 300000
                  when 1021 then case when m < '2025-07-01' then 50000 else 20000 end
                  when 1022 then 1000 when 1031 then 1000 end as avg,
        case a.id when 1011 then 100000 when 1012 then 200000 when 1013 then 50000 when 1014 then 300000
                  when 1021 then case when m < '2025-07-01' then 50000 else 20000 end
                  when 1022 then case when m < '2025-08-01' then 1000 else 0 end when 1031 then 1000 end as close) v
      where not (a.id = 1022 and m > '2025-08-01') and not (a.id = 1031 and m < '2025-06-01')
        and not (a.id = 1012 and m < '2024-12-01')`);
    await q(`insert into customers.account_transaction (account_id, customer_id, booked_at, amount, direction, channel, category) values
      (1011, 101, '2025-01-15T10:00:00+08', 1000,  'DEBIT',  'MOBILE', 'COLLECTION_PAYMENT_AGENCY'),
      (1011, 101, '2025-03-10T10:00:00+08', 10000, 'CREDIT', 'ONLINE', 'BILL_SETTLEMENT'),
      (1011, 101, '2025-05-05T10:00:00+08', 20000, 'DEBIT',  'MOBILE', 'WEALTH_PURCHASE'),
      (1011, 101, '2025-12-01T10:00:00+08', 500,   'DEBIT',  'MOBILE', 'TRANSFER_OUT'),
      (1011, 101, '2025-06-01T10:00:00+08', 10,    'DEBIT',  'COUNTER', 'FEE'),
      (1011, 101, '2025-12-20T10:00:00+08', 15,    'DEBIT',  'ONLINE', 'FEE'),
      (1011, 101, '2025-12-21T10:00:00+08', 100,   'CREDIT', 'ONLINE', 'INTEREST'),
      (1011, 101, '2024-12-31T23:00:00+08', 99,    'DEBIT',  'ONLINE', 'FEE'),
      (1011, 101, '2024-12-31T10:00:00+08', 7777,  'DEBIT',  'MOBILE', 'TRANSFER_OUT'),
      (1011, 101, '2026-01-01T00:30:00+08', 9999,  'DEBIT',  'MOBILE', 'TRANSFER_OUT'),
      (1021, 102, '2025-07-01T10:00:00+08', 30000, 'DEBIT',  'COUNTER', 'TRANSFER_OUT')`);
    await q(`insert into customers.service_case (case_no, customer_id, category, severity, title, description, status, opened_at, sla_due_at,
               handling_org_unit_id, handling_org_path, opened_by_staff_id) values
      ('SC-A', 101, 'WAIT_TIME', 'LOW', '排队', '排队太久', 'OPEN', '2025-05-01T10:00:00+08', '2025-05-08T10:00:00+08', 4, '/1/2/3/4/', 1),
      ('SC-B', 102, 'FEES', 'MEDIUM', '收费', '收费不合理', 'OPEN', '2025-11-01T10:00:00+08', '2025-11-04T10:00:00+08', 4, '/1/2/3/4/', 1)`);
    await q(`insert into customers.satisfaction_survey (customer_id, touchpoint, csat, nps, surveyed_at) values
      (101, 'COUNTER', 4, 8, '2025-07-01T10:00:00+08'),
      (101, 'MOBILE', 5, 10, '2025-09-01T10:00:00+08'),
      (101, 'COUNTER', 1, 0, '2024-12-01T10:00:00+08'),
      (102, 'COMPLAINT_HANDLING', 1, null, '2025-11-20T10:00:00+08')`);
    await q(`insert into customers.customer_relationship (from_customer_id, to_customer_id, kind) values
      (101, 102, 'HOUSEHOLD'), (103, 101, 'GUARANTOR_FOR')`);
  });
}

/** Every value column of the scores of a date (computed_at left out), for comparisons. */
export const scoreRows = (url: string, asOf = AS_OF) =>
  withSql(url, (q) =>
    q(`select to_jsonb(s) - 'computed_at' as row from analysis.customer_score s where as_of = $1 order by customer_id`, [asOf]),
  ).then((rows) => rows.map((r) => r.row));
