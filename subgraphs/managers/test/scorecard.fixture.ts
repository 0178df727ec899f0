import { withSql } from '@crm/kit/testing';
import { MANAGERS } from './fixture';

/**
 * A small book for the scorecard of June 2025 (the period) against May 2025 (its start), inserted
 * directly: customers, accounts, month-end balances, transactions, surveys, complaints, tasks and
 * the primary assignments. Every expected figure below is worked out by hand from these rows.
 *
 * Manager 11 (BJ0101_A) keeps customers 9101, 9102, 9103; manager 12 (BJ0101_B) 9104; manager 13
 * (BJ0102) 9105; manager 5 (SH0101) 9106.
 */
export const PERIOD = '2025-06';
export const C = { A1: 9101, A2: 9102, A3: 9103, B1: 9104, BJ0102: 9105, SH: 9106 } as const;

/** by hand, from the rows below (amounts in CNY) */
export const EXPECTED_11 = {
  /** deposits held on 30 June: 9101 120,000 + 50,000; 9102 15,000 + 5,000 (basic, opened in June); 9103 1,000 */
  depositsByCustomer: { [C.A1]: 170_000, [C.A2]: 20_000, [C.A3]: 1_000 } as Record<number, number>,
  depositStock: 191_000,
  /** held on 31 May: 100,000 + 50,000 + 20,000 + 7,000 (closed 5 June) + 1,000 = 178,000 */
  depositGrowth: 13_000,
  /** owed on 30 June: 8,000 (due 15 June, unpaid) + 2,500 card + 39,000 + 1,000 (due in May) = 50,500; the loan repaid and closed on 20 June is gone */
  loanStock: 50_500,
  /** owed on 31 May: 10,000 + 3,000 + 2,000 + 40,000 + 1,000 = 56,000 */
  loanGrowth: -5_500,
  /** the loan due 15 June still owed at the month's end; the one due in May is May's */
  newOverdueLoans: 1,
  /** FEE debits booked in June, Beijing time: 30 + 20 (23:30 on 30 June) + 15.50; not the refund (a credit), not 00:30 on 1 July */
  intermediaryIncome: 65.5,
  newBasicAccounts: 1,
  /** CSAT 5, 4, 3 in June (an NPS-only survey and a May survey left out) */
  satisfaction: 4,
  surveys: 3,
  /** due in June, not cancelled: 10th (done that Beijing evening), 15th (done 00:30 on the 16th: late), 20th (open), 28th (done early) */
  tasksDue: 4,
  tasksOnTime: 2,
  onTimeTaskRate: 0.5,
  complaints: 2,
};

/** The targets the branch sets for manager 11 in June (the test sets them through the API). */
export const TARGETS_11 = {
  depositStock: 200_000,
  depositGrowth: 10_000,
  loanStock: 50_000,
  loanGrowth: 5_000,
  intermediaryIncome: 100,
  newBasicAccounts: 2,
  satisfaction: 4.5,
  onTimeTaskRate: 0.8,
};

/**
 * With the default weights (25 15 15 10 10 5 10 10; 5 points per overdue loan, at most 20):
 * achievement → points (weight × achievement counted between 0 and 120 %, to 2 decimals)
 */
export const CARD_11_DEFAULT = [
  { measure: 'DEPOSIT_STOCK', achievement: 0.955, weight: 25, points: 23.88 }, // 191,000 / 200,000; 23.875 → 23.88
  { measure: 'DEPOSIT_GROWTH', achievement: 1.3, weight: 15, points: 18 }, // 13,000 / 10,000, counted as 1.2
  { measure: 'LOAN_STOCK', achievement: 1.01, weight: 15, points: 15.15 },
  { measure: 'LOAN_GROWTH', achievement: -1.1, weight: 10, points: 0 }, // loans shrank: counted as 0
  { measure: 'NEW_OVERDUE_LOANS', achievement: null, weight: 20, points: -5 }, // the penalty: 1 × 5, at most 20
  { measure: 'INTERMEDIARY_INCOME', achievement: 0.655, weight: 10, points: 6.55 },
  { measure: 'NEW_BASIC_ACCOUNTS', achievement: 0.5, weight: 5, points: 2.5 },
  { measure: 'SATISFACTION', achievement: 0.8889, weight: 10, points: 8.89 }, // 4.00 / 4.5
  { measure: 'ON_TIME_TASK_RATE', achievement: 0.625, weight: 10, points: 6.25 }, // 0.5 / 0.8
];
/** 23.88 + 18 + 15.15 + 0 + 6.55 + 2.50 + 8.89 + 6.25 = 81.22, less the penalty 5 */
export const TOTAL_11_DEFAULT = 76.22;

export async function insertScorecardFixture(url: string) {
  await withSql(url, async (q) => {
    await q(`insert into customers.customer (id, customer_no, kind, name, id_number, phone, address, gender, home_org_unit_id, home_org_path, status)
      values (9101, 'C000009101', 'INDIVIDUAL', '考核客户一', '110105199001019101', '13800009101', '地址', 'M', 4, '/1/2/3/4/', 'ACTIVE'),
             (9102, 'C000009102', 'CORPORATE',  '考核企业二', '91110000MA0009102X', '13800009102', '地址', null, 4, '/1/2/3/4/', 'ACTIVE'),
             (9103, 'C000009103', 'INDIVIDUAL', '考核客户三', '110105199001019103', '13800009103', '地址', 'F', 4, '/1/2/3/4/', 'ACTIVE'),
             (9104, 'C000009104', 'INDIVIDUAL', '考核客户四', '110105199001019104', '13800009104', '地址', 'M', 4, '/1/2/3/4/', 'ACTIVE'),
             (9105, 'C000009105', 'INDIVIDUAL', '考核客户五', '110105199001019105', '13800009105', '地址', 'F', 5, '/1/2/3/5/', 'ACTIVE'),
             (9106, 'C000009106', 'INDIVIDUAL', '考核客户六', '310105199001019106', '13800009106', '地址', 'M', 8, '/1/6/7/8/', 'ACTIVE')`);

    // accounts: kind, opened, matures, closed — each line says why it is there
    await q(`insert into customers.account (id, account_no, customer_id, kind, balance, interest_rate, opened_on, matures_on, closed_on, status) values
      (91001, 'SC91001', 9101, 'DEMAND_DEPOSIT', 120000, 0.2500, '2020-01-01', null, null, 'OPEN'),
      (91002, 'SC91002', 9101, 'TIME_DEPOSIT',    50000, 1.5000, '2024-01-01', '2026-01-01', null, 'OPEN'),
      (91003, 'SC91003', 9101, 'LOAN',             8000, 4.2000, '2023-06-15', '2025-06-15', null, 'OPEN'),      -- due 15 June, still owed: new overdue
      (91004, 'SC91004', 9101, 'WEALTH',          30000, null,   '2024-03-01', null, null, 'OPEN'),              -- not a deposit
      (91005, 'SC91005', 9102, 'SETTLEMENT',      15000, 0.2000, '2022-01-01', null, null, 'OPEN'),
      (91006, 'SC91006', 9102, 'BASIC',            5000, 0.2000, '2025-06-10', null, null, 'OPEN'),              -- a basic account opened in June
      (91007, 'SC91007', 9102, 'LOAN',                0, 4.5000, '2024-01-01', '2025-06-20', '2025-06-20', 'CLOSED'), -- due and repaid: not overdue
      (91008, 'SC91008', 9102, 'CREDIT_CARD',      2500, 18.2500, '2021-01-01', null, null, 'OPEN'),
      (91009, 'SC91009', 9102, 'DEMAND_DEPOSIT',      0, 0.2500, '2019-01-01', null, '2025-06-05', 'CLOSED'),  -- closed in June: not held on 30 June
      (91010, 'SC91010', 9103, 'LOAN',            39000, 3.9000, '2024-07-01', '2025-07-10', null, 'OPEN'),      -- due in July
      (91011, 'SC91011', 9103, 'LOAN',             1000, 5.0000, '2022-05-01', '2025-05-20', null, 'OPEN'),      -- due in May: May's overdue, not June's
      (91012, 'SC91012', 9103, 'BASIC',            1000, 0.2000, '2025-05-20', null, null, 'OPEN'),              -- opened in May
      (91013, 'SC91013', 9104, 'DEMAND_DEPOSIT',  10000, 0.2500, '2020-01-01', null, null, 'OPEN'),
      (91014, 'SC91014', 9105, 'DEMAND_DEPOSIT',  30000, 0.2500, '2020-01-01', null, null, 'OPEN'),
      (91015, 'SC91015', 9106, 'DEMAND_DEPOSIT',  40000, 0.2500, '2020-01-01', null, null, 'OPEN')`);

    // month-end (closing) and average balances, May and June 2025 (and April, for analysis's 12 months)
    await q(`insert into customers.account_balance_monthly (account_id, month, average_balance, closing_balance) values
      (91001, '2025-05-01', 100000, 100000), (91001, '2025-06-01', 110000, 120000),
      (91002, '2025-05-01',  50000,  50000), (91002, '2025-06-01',  50000,  50000),
      (91003, '2025-05-01',  10000,  10000), (91003, '2025-06-01',   9000,   8000),
      (91004, '2025-05-01',  30000,  30000), (91004, '2025-06-01',  30000,  30000),
      (91005, '2025-05-01',  20000,  20000), (91005, '2025-06-01',  17000,  15000),
                                             (91006, '2025-06-01',   4000,   5000),
      (91007, '2025-05-01',   3000,   3000), (91007, '2025-06-01',   2000,      0),
      (91008, '2025-05-01',   2000,   2000), (91008, '2025-06-01',   2200,   2500),
      (91009, '2025-05-01',   7000,   7000), (91009, '2025-06-01',   1000,      0),
      (91010, '2025-05-01',  40000,  40000), (91010, '2025-06-01',  39500,  39000),
      (91011, '2025-05-01',   1000,   1000), (91011, '2025-06-01',   1000,   1000),
      (91012, '2025-05-01',   1000,   1000), (91012, '2025-06-01',   1000,   1000),
      (91013, '2025-05-01',  10000,  10000), (91013, '2025-06-01',  10000,  10000),
      (91014, '2025-05-01',  25000,  25000), (91014, '2025-06-01',  28000,  30000),
      (91015, '2025-05-01',  40000,  40000), (91015, '2025-06-01',  40000,  40000)`);

    // transactions: times with their Beijing offset
    await q(`insert into customers.account_transaction (account_id, customer_id, booked_at, amount, direction, channel, category) values
      (91001, 9101, '2025-06-10 10:00+08', 30.00,   'DEBIT',  'COUNTER', 'FEE'),
      (91001, 9101, '2025-06-30 23:30+08', 20.00,   'DEBIT',  'ONLINE',  'FEE'),                    -- still June in Beijing
      (91001, 9101, '2025-07-01 00:30+08', 99.00,   'DEBIT',  'ONLINE',  'FEE'),                    -- 30 June in UTC, July in Beijing
      (91001, 9101, '2025-05-31 12:00+08', 77.00,   'DEBIT',  'COUNTER', 'FEE'),                    -- May
      (91005, 9102, '2025-06-15 09:00+08', 15.50,   'DEBIT',  'COUNTER', 'FEE'),
      (91005, 9102, '2025-06-16 09:00+08', 10.00,   'CREDIT', 'COUNTER', 'FEE'),                    -- a refund: not income
      (91005, 9102, '2025-06-17 09:00+08', 1000.00, 'DEBIT',  'ONLINE',  'COLLECTION_PAYMENT_AGENCY'), -- not a fee
      (91013, 9104, '2025-06-12 09:00+08', 8.00,    'DEBIT',  'COUNTER', 'FEE')`);

    await q(`insert into customers.satisfaction_survey (customer_id, touchpoint, csat, nps, surveyed_at) values
      (9101, 'MANAGER_VISIT', 5, 9,    '2025-06-05 10:00+08'),
      (9101, 'COUNTER',       4, null, '2025-06-20 10:00+08'),
      (9102, 'MOBILE',        3, 6,    '2025-06-25 10:00+08'),
      (9102, 'MOBILE',        null, 2, '2025-06-26 10:00+08'),   -- NPS only: no CSAT to average
      (9103, 'COUNTER',       1, 0,    '2025-05-31 10:00+08')`); // May

    await q(`insert into customers.service_case (case_no, customer_id, category, severity, title, description, status, opened_at, sla_due_at,
        handling_org_unit_id, handling_org_path, opened_by_staff_id) values
      ('SCF0001', 9101, 'WAIT_TIME', 'LOW',    '排队', '排队时间长', 'OPEN', '2025-06-03 10:00+08', '2025-06-06 10:00+08', 4, '/1/2/3/4/', 11),
      ('SCF0002', 9103, 'FEES',      'MEDIUM', '收费', '收费不清',   'OPEN', '2025-06-30 22:00+08', '2025-07-03 10:00+08', 4, '/1/2/3/4/', 11),
      ('SCF0003', 9102, 'PRODUCT',   'LOW',    '产品', '产品问题',   'OPEN', '2025-05-20 10:00+08', '2025-05-23 10:00+08', 4, '/1/2/3/4/', 11)`);

    await q(`insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, started_at, reason) values
      (9101, '/1/2/3/4/', ${MANAGERS.BJ0101_A}, '2024-01-01', 'INITIAL'),
      (9102, '/1/2/3/4/', ${MANAGERS.BJ0101_A}, '2024-01-01', 'INITIAL'),
      (9103, '/1/2/3/4/', ${MANAGERS.BJ0101_A}, '2024-01-01', 'INITIAL'),
      (9104, '/1/2/3/4/', ${MANAGERS.BJ0101_B}, '2024-01-01', 'INITIAL'),
      (9105, '/1/2/3/5/', ${MANAGERS.BJ0102}, '2024-01-01', 'INITIAL'),
      (9106, '/1/6/7/8/', ${MANAGERS.SH0101}, '2024-01-01', 'INITIAL')`);

    await q(`insert into managers.task (manager_id, kind, title, due_on, status, completed_at, outcome, source) values
      (${MANAGERS.BJ0101_A}, 'VISIT',     '拜访', '2025-06-10', 'DONE',      '2025-06-10 23:00+08', '已拜访', 'MANUAL'), -- on time (15:00 UTC)
      (${MANAGERS.BJ0101_A}, 'CALL',      '致电', '2025-06-15', 'DONE',      '2025-06-16 00:30+08', '已致电', 'MANUAL'), -- late in Beijing, on time in UTC
      (${MANAGERS.BJ0101_A}, 'FOLLOW_UP', '回访', '2025-06-20', 'OPEN',      null,                  null,     'MANUAL'), -- never done
      (${MANAGERS.BJ0101_A}, 'VISIT',     '拜访', '2025-06-25', 'CANCELLED', null,                  '客户出差', 'MANUAL'), -- cancelled: not counted
      (${MANAGERS.BJ0101_A}, 'CALL',      '致电', '2025-06-28', 'DONE',      '2025-06-01 09:00+08', '已致电', 'MANUAL'), -- early
      (${MANAGERS.BJ0101_A}, 'CALL',      '致电', '2025-07-01', 'DONE',      '2025-06-20 09:00+08', '已致电', 'MANUAL')`); // due in July
  });
}
