import { staffClaims, tokenFor, withSql } from '@crm/kit/testing';
import { MANAGERS } from './fixture';

/**
 * Customers of the tiny bank for the task tests, each kept by a known manager, with the triggers of
 * the rules (dates relative to today on the Beijing calendar, as the rules read them).
 */
export const CUSTOMERS = {
  /** BJ0101, kept by BJ0101_A: a deposit maturing in 20 days, a complaint closed yesterday, a contact with a next step */
  A1: 7101,
  /** BJ0101, kept by BJ0101_B: a deposit maturing in 3 days, flagged at churn risk */
  B1: 7102,
  /** BJ0102, kept by BJ0102: a deposit maturing in 45 days (too far), churn risk, a complaint closed 20 days ago (too old) */
  C1: 7103,
  /** SH0101, kept by SH0101's manager: a deposit maturing in 10 days */
  S1: 7104,
  /** BJ0101, kept by the sub-branch manager BJ01 (above the outlet): a deposit maturing in 5 days */
  D1: 7105,
  /** BJ0101, no manager: a deposit maturing in 10 days (nobody to give it to) */
  N1: 7106,
  /** BJ0101, closed record kept by BJ0101_A: a deposit maturing in 10 days (no task for a closed customer) */
  X1: 7107,
  /** BJ0101, kept by BJ0101_A: a contact without next step; a churn flag only on an older score date */
  A2: 7108,
} as const;

export const INTERACTIONS = { A1_NEXT_STEP: 9001, A2_NO_STEP: 9002, S1_NEXT_STEP: 9003, B1_NEXT_STEP: 9004 } as const;

export async function insertTaskFixture(url: string) {
  await withSql(url, async (q) => {
    await q(`insert into customers.customer (id, customer_no, kind, name, id_number, phone, address, gender, home_org_unit_id, home_org_path, status)
      select v.id, 'C' || lpad(v.id::text, 9, '0'), 'INDIVIDUAL', '任务客户' || v.id, '11010519800101' || lpad(v.id::text, 4, '0'),
             '139' || lpad(v.id::text, 8, '0'), '地址', 'F', v.unit, v.path, v.status
      from (values (7101, 4, '/1/2/3/4/', 'ACTIVE'), (7102, 4, '/1/2/3/4/', 'ACTIVE'), (7103, 5, '/1/2/3/5/', 'ACTIVE'),
                   (7104, 8, '/1/6/7/8/', 'ACTIVE'), (7105, 4, '/1/2/3/4/', 'ACTIVE'), (7106, 4, '/1/2/3/4/', 'ACTIVE'),
                   (7107, 4, '/1/2/3/4/', 'CLOSED'), (7108, 4, '/1/2/3/4/', 'ACTIVE')) v(id, unit, path, status)`);
    await q(`insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, reason)
      select c.id, c.home_org_path, v.manager, 'INITIAL' from customers.customer c
      join (values (7101, ${MANAGERS.BJ0101_A}), (7102, ${MANAGERS.BJ0101_B}), (7103, ${MANAGERS.BJ0102}), (7104, ${MANAGERS.SH0101}),
                   (7105, ${MANAGERS.BJ01}), (7107, ${MANAGERS.BJ0101_A}), (7108, ${MANAGERS.BJ0101_A})) v(id, manager) on v.id = c.id`);
    // time deposits (and a demand deposit, which never matures)
    await q(`insert into customers.account (account_no, customer_id, kind, balance, opened_on, matures_on)
      select 'TD' || v.customer, v.customer, v.kind, 500000, managers.beijing_today() - 300, managers.beijing_today() + v.days
      from (values (7101, 'TIME_DEPOSIT', 20), (7102, 'TIME_DEPOSIT', 3), (7103, 'TIME_DEPOSIT', 45), (7104, 'TIME_DEPOSIT', 10),
                   (7105, 'TIME_DEPOSIT', 5), (7106, 'TIME_DEPOSIT', 10), (7107, 'TIME_DEPOSIT', 10)) v(customer, kind, days)`);
    await q(`insert into customers.account (account_no, customer_id, kind, balance, opened_on)
      values ('DD101', 7101, 'DEMAND_DEPOSIT', 1000, date '2020-01-01')`);
    // churn risk: the latest score date flags B1 and C1; an older date flagged A2, which no longer counts
    await q(`insert into analysis.customer_score (customer_id, as_of, home_org_unit_id, home_org_path,
        deposit_balance, wealth_balance, loan_balance, daily_avg_assets, weighted_assets,
        deposit_margin, loan_margin, fee_income, intermediary_income, cost_allowance, contribution,
        tenure_years, active_months, products_held, loyalty, complaints_12m, satisfaction,
        product_families, relationships, relevance, frequency_12m, monetary_12m, channel_mix,
        deposit_trend, loan_trend, churn_risk, churn_reasons)
      select c.id, v.as_of, c.home_org_unit_id, c.home_org_path, 0,0,0,0,0, 0,0,0,0,0,0, 0,0,0,0,0,0, 0,0,0,0,0,'{}'::jsonb,
             '{}'::numeric[], '{}'::numeric[], v.risk,
             case when v.risk then '[{"code": "INACTIVE_90D", "days": 120}]'::jsonb else '[]'::jsonb end
      from customers.customer c
      join (values (7101, date '2025-05-31', false), (7102, date '2025-05-31', true), (7103, date '2025-05-31', true),
                   (7108, date '2025-04-30', true), (7108, date '2025-05-31', false)) v(id, as_of, risk) on v.id = c.id`);
    // complaints: A1's closed yesterday, C1's closed 20 days ago, B1's resolved but not closed
    await q(`insert into customers.service_case (case_no, customer_id, category, severity, title, description, sla_due_at,
        handling_org_unit_id, handling_org_path, opened_by_staff_id, status, resolution, resolved_at, closed_at)
      select 'SC' || c.id, c.id, 'WAIT_TIME', 'LOW', '排队太久', '等了一个小时', now(), c.home_org_unit_id, c.home_org_path, 3,
             v.status, '已致歉', now() - v.days * interval '1 day', case when v.status = 'CLOSED' then now() - v.days * interval '1 day' end
      from customers.customer c join (values (7101, 'CLOSED', 1), (7103, 'CLOSED', 20), (7102, 'RESOLVED', 1)) v(id, status, days) on v.id = c.id`);
    // contacts: the bj0101 teller (staff 3) wrote next steps for A1 and B1; one without; SH0101's manager for S1
    await q(`insert into customers.interaction (id, customer_id, staff_id, org_unit_id, channel, occurred_at, summary, next_step, next_step_due)
      values (${INTERACTIONS.A1_NEXT_STEP}, 7101, 3, 4, 'COUNTER', now() - interval '1 hour', '客户咨询贷款', '电话联系客户，介绍经营贷款', managers.beijing_today() + 2),
             (${INTERACTIONS.A2_NO_STEP}, 7108, 3, 4, 'COUNTER', now() - interval '1 hour', '办理转账', null, null),
             (${INTERACTIONS.S1_NEXT_STEP}, 7104, 5, 8, 'PHONE', now() - interval '1 hour', '回访', '上门拜访', null),
             (${INTERACTIONS.B1_NEXT_STEP}, 7102, 3, 4, 'COUNTER', now() - interval '1 hour', '客户询问理财', '推荐理财产品', null)`);
  });
}

/** Callers the shared fixture has not: the second BJ0101 manager, the BJ0101 teller, the sub-branch manager. */
export const taskTokens = async () => ({
  bj0101Manager2: await tokenFor(
    staffClaims({ orgPath: '/1/2/3/4/', sub: String(MANAGERS.BJ0101_B), orgUnitId: '4', roles: ['CUSTOMER_MANAGER', 'OUTLET_STAFF'] }),
  ),
  bj0101Teller: await tokenFor(staffClaims({ orgPath: '/1/2/3/4/', sub: '3', orgUnitId: '4', roles: ['OUTLET_STAFF'] })),
  bj01Manager: await tokenFor(
    staffClaims({ orgPath: '/1/2/3/', sub: String(MANAGERS.BJ01), orgUnitId: '3', level: 'SUB_BRANCH', roles: ['CUSTOMER_MANAGER'] }),
  ),
});
