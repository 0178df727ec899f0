import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, startTestSubgraph, withSql, type GraphQLResponse } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { managersSubgraph } from '../src';
import { MANAGERS } from './fixture';
import { beijingOpenCustomers, insertPortfolios, leaderTokens, PORTFOLIO } from './portfolio-assignment.fixture';

/**
 * One primary manager per customer is the database's rule: 20 requests at once, for a customer
 * with no manager or one with a manager, or for overlapping selections, leave exactly one open
 * assignment per customer, periods that never overlap, and no internal error — each request either
 * lands (one after another) or is told CONFLICT.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let l: Awaited<ReturnType<typeof leaderTokens>>;

beforeAll(async () => {
  sg = await startTestSubgraph(managersSubgraph, db.url);
  l = await leaderTokens();
  await insertPortfolios(db.url);
});
afterAll(async () => sg?.close());

const ASSIGN = `mutation($input: AssignCustomersInput!) { assignCustomers(input: $input) { assigned unchanged } }`;
/** Beijing managers a Beijing leader may assign to (active). */
const TARGETS = [MANAGERS.BJ0101_A, MANAGERS.BJ0101_B, MANAGERS.BJ0102, MANAGERS.BJ01, PORTFOLIO.LEAVING, PORTFOLIO.SUCCESSOR];

const assign = (customerIds: number[], managerId: number) =>
  gql(sg.url, ASSIGN, { input: { customerIds: customerIds.map(String), managerId: String(managerId), reason: 'REBALANCE' } }, l.bjHead);

/** Each answer is a success or CONFLICT — never an internal error, never another code. */
function outcomes(results: GraphQLResponse[]) {
  for (const r of results) {
    expect(r.status, JSON.stringify(r)).toBe(200);
    expect(JSON.stringify(r)).not.toContain('INTERNAL_SERVER_ERROR');
    if (r.errors) expect(r.errors.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
  }
  return {
    landed: results.filter((r) => !r.errors && r.data!.assignCustomers.assigned > 0).length,
    conflicts: results.filter((r) => r.errors).length,
  };
}

async function periods(customerIds: number[]) {
  return (await withSql(db.url, (q) =>
    q(
      `select customer_id, manager_id, started_at, ended_at from managers.portfolio_assignment
       where customer_id = any($1) order by customer_id, started_at, id`,
      [customerIds],
    ),
  )) as { customer_id: number; manager_id: number; started_at: Date; ended_at: Date | null }[];
}

/** Exactly one open period per customer, the last; each period ends where the next begins. */
async function expectOneManagerAndCleanHistory(customerIds: number[]) {
  const rows = await periods(customerIds);
  for (const id of customerIds) {
    const mine = rows.filter((r) => r.customer_id === id);
    expect(
      mine.filter((r) => r.ended_at === null),
      `customer ${id}: open assignments`,
    ).toHaveLength(1);
    expect(mine.at(-1)!.ended_at, `customer ${id}: the open one is the latest`).toBeNull();
    for (let i = 1; i < mine.length; i++) {
      expect(mine[i - 1].ended_at!.getTime(), `customer ${id}: period ${i} starts where ${i - 1} ends`).toBe(mine[i].started_at.getTime());
      expect(mine[i].manager_id, `customer ${id}: a period changes manager`).not.toBe(mine[i - 1].manager_id);
    }
  }
  // and by the database's own range arithmetic: no two periods of a customer overlap
  const [{ overlaps }] = await withSql(db.url, (q) =>
    q(
      `select count(*)::int as overlaps from managers.portfolio_assignment x join managers.portfolio_assignment y
         on x.customer_id = y.customer_id and x.id < y.id
        and tstzrange(x.started_at, coalesce(x.ended_at, 'infinity')) && tstzrange(y.started_at, coalesce(y.ended_at, 'infinity'))
       where x.customer_id = any($1)`,
      [customerIds],
    ),
  );
  expect(overlaps).toBe(0);
  return rows;
}

describe('20 assignment requests at once', () => {
  it('for a customer without a manager: exactly one lands first, the rest are CONFLICT or later reassignments', async () => {
    const [customer] = beijingOpenCustomers(3, 1);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => assign([customer], TARGETS[i % TARGETS.length])));
    const { landed, conflicts } = outcomes(results);
    expect(landed).toBeGreaterThanOrEqual(1);
    expect(landed + conflicts + results.filter((r) => !r.errors && r.data!.assignCustomers.unchanged === 1).length).toBe(20);
    const rows = await expectOneManagerAndCleanHistory([customer]);
    expect(rows).toHaveLength(landed); // every landed request is one period, no more
    console.info(`unassigned customer, 20 at once: ${landed} landed, ${conflicts} CONFLICT`);
  });

  it('for a customer with a manager: still one open assignment, and a history without overlaps', async () => {
    const [customer] = beijingOpenCustomers(6, 1);
    expect((await assign([customer], MANAGERS.BJ0101_A)).data!.assignCustomers.assigned).toBe(1);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => assign([customer], TARGETS[1 + (i % (TARGETS.length - 1))])));
    const { landed, conflicts } = outcomes(results);
    expect(landed).toBeGreaterThanOrEqual(1);
    const rows = await expectOneManagerAndCleanHistory([customer]);
    expect(rows).toHaveLength(1 + landed);
    console.info(`assigned customer, 20 at once: ${landed} landed, ${conflicts} CONFLICT`);
  });

  it('for overlapping selections in different orders: each lands whole or not at all', async () => {
    const customers = beijingOpenCustomers(60, 20);
    // half of them have a manager already
    await assign(customers.slice(0, 10), MANAGERS.BJ0101_B);
    const shuffled = (i: number) => [...customers].sort((a, b) => ((a * (i + 7)) % 23) - ((b * (i + 7)) % 23));
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => assign(shuffled(i), TARGETS[i % TARGETS.length])));
    const { landed } = outcomes(results);
    expect(landed).toBeGreaterThanOrEqual(1);
    const rows = await expectOneManagerAndCleanHistory(customers);
    // every request moved the whole selection or none of it: all 20 share the manager of the last to land
    const current = new Set(rows.filter((r) => r.ended_at === null).map((r) => r.manager_id));
    expect(current.size).toBe(1);
  });
});
