import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { managersSubgraph } from '../src';
import { MANAGERS, tokens } from './fixture';
import { CUSTOMERS, insertTaskFixture, taskTokens } from './task.fixture';

/**
 * The rules that make tasks: one task per trigger (a time deposit maturing within 30 days, a churn
 * flag, a complaint closed recently), to the customer's current manager, nothing on a second run;
 * a leader's run stays in their scope; the daily job runs them for the whole bank by itself.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
let tt: Awaited<ReturnType<typeof taskTokens>>;

beforeAll(async () => {
  await insertTaskFixture(db.url);
  sg = await startTestSubgraph(managersSubgraph, db.url);
  t = await tokens();
  tt = await taskTokens();
});
afterAll(async () => sg?.close());

const RUN = `mutation($unit: ID) { runTaskRules(orgUnitId: $unit) { maturingDeposits churnRisks closedComplaints } }`;

interface TaskRow {
  customer_id: number;
  manager_id: number;
  kind: string;
  source: string;
  source_key: string;
  due_in_days: number;
  status: string;
}
const ruleTasks = () =>
  withSql(
    db.url,
    (q) =>
      q(`select customer_id, manager_id, kind, source, source_key, (due_on - managers.beijing_today())::int as due_in_days, status
           from managers.task where source <> 'MANUAL' and source <> 'NEXT_STEP' order by source, customer_id`) as Promise<TaskRow[]>,
  );

describe('task rules', () => {
  it('make one task per trigger for the customer’s current manager, within the leader’s scope, and nothing the second time', async () => {
    const first = await gql(sg.url, RUN, {}, t.bjHead);
    expect(first.errors).toBeUndefined();
    // Beijing branch: deposits of A1, B1 and D1 (D1's manager works at the sub-branch, inside the branch);
    // not C1's (45 days), not SH0101's (outside), not N1's (no manager), not X1's (closed record)
    expect(first.data!.runTaskRules).toEqual({ maturingDeposits: 3, churnRisks: 2, closedComplaints: 1 });
    const rows = await ruleTasks();
    // by source: CHURN_RISK, COMPLAINT_CLOSED, DEPOSIT_MATURING
    expect(rows.map(({ status: _s, ...r }) => r)).toEqual([
      // the latest score date's flags; A2's flag of an older date no longer counts
      {
        customer_id: CUSTOMERS.B1,
        manager_id: MANAGERS.BJ0101_B,
        kind: 'VISIT',
        source: 'CHURN_RISK',
        source_key: `churn:${CUSTOMERS.B1}:2025-05-31`,
        due_in_days: 7,
      },
      {
        customer_id: CUSTOMERS.C1,
        manager_id: MANAGERS.BJ0102,
        kind: 'VISIT',
        source: 'CHURN_RISK',
        source_key: `churn:${CUSTOMERS.C1}:2025-05-31`,
        due_in_days: 7,
      },
      // closed yesterday → a call within 3 days of the closing
      {
        customer_id: CUSTOMERS.A1,
        manager_id: MANAGERS.BJ0101_A,
        kind: 'CALL',
        source: 'COMPLAINT_CLOSED',
        source_key: expect.stringMatching(/^complaint:\d+$/),
        due_in_days: 2,
      },
      // a week before maturity, or today when that has passed
      {
        customer_id: CUSTOMERS.A1,
        manager_id: MANAGERS.BJ0101_A,
        kind: 'CALL',
        source: 'DEPOSIT_MATURING',
        source_key: expect.stringMatching(/^maturing:\d+:\d{4}-\d{2}-\d{2}$/),
        due_in_days: 13,
      },
      {
        customer_id: CUSTOMERS.B1,
        manager_id: MANAGERS.BJ0101_B,
        kind: 'CALL',
        source: 'DEPOSIT_MATURING',
        source_key: expect.stringMatching(/^maturing:/),
        due_in_days: 0,
      },
      {
        customer_id: CUSTOMERS.D1,
        manager_id: MANAGERS.BJ01,
        kind: 'CALL',
        source: 'DEPOSIT_MATURING',
        source_key: expect.stringMatching(/^maturing:/),
        due_in_days: 0,
      },
    ]);
    expect(rows.every((r) => r.status === 'OPEN')).toBe(true);

    const again = await gql(sg.url, RUN, {}, t.bjHead);
    expect(again.data!.runTaskRules).toEqual({ maturingDeposits: 0, churnRisks: 0, closedComplaints: 0 });
    expect(await ruleTasks()).toHaveLength(6);
  });

  it('follows the customer to their new manager, and a task done or cancelled is not made again', async () => {
    // C1's churn visit is cancelled (the flag is still up: no second visit); A2 changes manager, then gets a deposit maturing
    await withSql(db.url, async (q) => {
      await q(`update managers.task set status = 'CANCELLED', outcome = '客户已联系' where customer_id = $1 and source = 'CHURN_RISK'`, [
        CUSTOMERS.C1,
      ]);
      // A2 moves from BJ0101_A to BJ0101_B, then gets a deposit maturing in a fortnight
      await q(`update managers.portfolio_assignment set ended_at = now() where customer_id = $1 and ended_at is null`, [CUSTOMERS.A2]);
      await q(
        `insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, reason) values ($1, '/1/2/3/4/', $2, 'REBALANCE')`,
        [CUSTOMERS.A2, MANAGERS.BJ0101_B],
      );
      await q(
        `insert into customers.account (account_no, customer_id, kind, balance, opened_on, matures_on)
               values ('TD-A2', $1, 'TIME_DEPOSIT', 80000, managers.beijing_today() - 100, managers.beijing_today() + 14)`,
        [CUSTOMERS.A2],
      );
    });
    const run = await gql(sg.url, RUN, { unit: '4' }, t.bjHead);
    expect(run.data!.runTaskRules).toEqual({ maturingDeposits: 1, churnRisks: 0, closedComplaints: 0 });
    const made = (await ruleTasks()).filter((r) => r.customer_id === CUSTOMERS.A2);
    expect(made).toEqual([expect.objectContaining({ manager_id: MANAGERS.BJ0101_B, kind: 'CALL', due_in_days: 7 })]);
  });

  it('is a leader’s to run: a manager and a trainer are FORBIDDEN; a unit outside the scope is NOT_FOUND', async () => {
    for (const token of [t.bj0101Manager, t.trainer, tt.bj0101Teller]) {
      const res = await gql(sg.url, RUN, {}, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.runTaskRules ?? null).toBeNull();
    }
    const sh = await gql(sg.url, RUN, { unit: '8' }, t.bjHead);
    const missing = await gql(sg.url, RUN, { unit: '999' }, t.bjHead);
    expect(sh.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(sh.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    // SH0101's deposit is still without a task
    expect((await ruleTasks()).some((r) => r.customer_id === CUSTOMERS.S1)).toBe(false);
  });
});

describe('the daily job inside the subgraph', () => {
  let scheduled: RunningSubgraph | undefined;
  afterAll(() => scheduled?.close());

  it('runs the rules for the whole bank by itself (TASK_RULES_INTERVAL_MS), and stops with the server', async () => {
    vi.stubEnv('TASK_RULES_INTERVAL_MS', '100');
    try {
      scheduled = await startTestSubgraph(managersSubgraph, db.url, { background: true });
    } finally {
      vi.unstubAllEnvs();
    }
    await vi.waitFor(
      async () =>
        expect((await ruleTasks()).filter((r) => r.customer_id === CUSTOMERS.S1)).toEqual([
          expect.objectContaining({ manager_id: MANAGERS.SH0101, source: 'DEPOSIT_MATURING', due_in_days: 3 }),
        ]),
      { timeout: 10_000, interval: 50 },
    );
    await scheduled.close();
    scheduled = undefined;
    // still one task per trigger after several runs
    const keys = (await ruleTasks()).map((r) => r.source_key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(8);
  });
});
