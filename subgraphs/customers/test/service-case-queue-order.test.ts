import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '../src';
import { insertCustomers, OUTLETS, PATHS } from './fixture';
import { insertCases } from './service-case.fixture';

/**
 * "Most urgent first" means open work first: every open case (by SLA due time, breached first) above
 * every resolved or closed one (most recently finished first), whatever statuses the filter asks for.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let outlet: string, headOffice: string;
let customerId: string;

const QUEUE = `query($filter: ServiceCaseQueueFilter, $page: PageInput) { serviceCaseQueue(filter: $filter, page: $page) { total items { id status slaDueAt slaBreached resolvedAt closedAt } } }`;
const OPEN = `mutation($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { id slaDueAt } }`;
const ALL = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'CLOSED'];
const DONE = new Set(['RESOLVED', 'CLOSED']);

beforeAll(async () => {
  await insertCustomers(db.url, 4);
  sg = await startTestSubgraph(customersSubgraph, db.url);
  outlet = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '3', username: 'bj0101.staff' }));
  headOffice = await tokenFor(
    staffClaims({ orgPath: PATHS.HO, sub: '1', level: 'HEAD_OFFICE', department: 'SERVICE_QUALITY', roles: ['SYSTEM_ADMIN'] }),
  );
  const rows = await withSql(db.url, (q) =>
    q(`select id::text from customers.customer where home_org_unit_id = $1 order by id`, [OUTLETS.BJ0101]),
  );
  customerId = rows[0].id as string;
  const at = { customerId, unitId: OUTLETS.BJ0101, path: PATHS.BJ0101 };
  // many finished cases whose (old) SLA due times are far earlier than any open one's
  await insertCases(db.url, { ...at, status: 'RESOLVED', dueInHours: -200 }, 25);
  const closed = await insertCases(db.url, { ...at, status: 'RESOLVED', dueInHours: -300 }, 5);
  await insertCases(db.url, { ...at, status: 'OPEN', severity: 'HIGH', dueInHours: -3 });
  await insertCases(db.url, { ...at, status: 'ACKNOWLEDGED', severity: 'LOW', dueInHours: 100 });
  await insertCases(db.url, { ...at, status: 'OPEN', severity: 'CRITICAL', dueInHours: 2 });
  // finished at different times, so "most recent first" is observable
  await withSql(db.url, (q) =>
    q(
      `update customers.service_case
          set resolved_at = now() - make_interval(hours => 10 + id % 17),
              status = case when id = any($1::int[]) then 'CLOSED' else status end,
              closed_at = case when id = any($1::int[]) then now() - make_interval(hours => id % 7) end
        where status = 'RESOLVED'`,
      [closed.map(Number)],
    ),
  );
});
afterAll(() => sg?.close());

const finishedAt = (c: { resolvedAt: string | null; closedAt: string | null }) => Date.parse(c.closedAt ?? c.resolvedAt!);

function expectOpenFirst(items: { status: string; slaDueAt: string; resolvedAt: string | null; closedAt: string | null }[]) {
  const firstDone = items.findIndex((c) => DONE.has(c.status));
  const open = firstDone < 0 ? items : items.slice(0, firstDone);
  const done = firstDone < 0 ? [] : items.slice(firstDone);
  for (const c of done) expect(DONE.has(c.status), `an open case below a resolved one`).toBe(true);
  const dues = open.map((c) => Date.parse(c.slaDueAt));
  expect(dues).toEqual([...dues].sort((a, b) => a - b));
  const finished = done.map(finishedAt);
  expect(finished).toEqual([...finished].sort((a, b) => b - a));
}

describe('the queue’s order', () => {
  it('puts every open case above every resolved or closed one, open by SLA due (breached first), finished most recent first', async () => {
    for (const token of [outlet, headOffice]) {
      const res = await gql(sg.url, QUEUE, { filter: { status: ALL }, page: { pageSize: 100 } }, token);
      expect(res.errors).toBeUndefined();
      const items = res.data!.serviceCaseQueue.items;
      expect(items).toHaveLength(33);
      expect(items.slice(0, 3).map((c: any) => c.status)).toEqual(['OPEN', 'OPEN', 'ACKNOWLEDGED']);
      expect(items[0].slaBreached).toBe(true);
      expectOpenFirst(items);
    }
  });

  it('the portal’s default filter (open and resolved) shows open cases on page 1, not 20 resolved ones', async () => {
    const res = await gql(sg.url, QUEUE, { filter: { status: ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] }, page: { pageSize: 20 } }, headOffice);
    const items = res.data!.serviceCaseQueue.items;
    expect(items.slice(0, 3).every((c: any) => !DONE.has(c.status))).toBe(true);
    expectOpenFirst(items);
  });

  it('shows a newly opened complaint on page 1, above every resolved case', async () => {
    const opened = await gql(
      sg.url,
      OPEN,
      { input: { customerId, category: 'WAIT_TIME', severity: 'LOW', title: '新投诉', description: '刚刚受理的投诉' } },
      outlet,
    );
    expect(opened.errors).toBeUndefined();
    const id = opened.data!.openServiceCase.id;
    const page1 = (await gql(sg.url, QUEUE, { filter: { status: ALL }, page: { pageSize: 10 } }, outlet)).data!.serviceCaseQueue.items;
    const at = page1.findIndex((c: any) => c.id === id);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(page1.slice(0, at).every((c: any) => !DONE.has(c.status))).toBe(true);
  });

  it('pages consistently over the mixed order, in a constant number of SQL statements', async () => {
    const all = (await gql(sg.url, QUEUE, { filter: { status: ALL }, page: { pageSize: 100 } }, outlet)).data!.serviceCaseQueue.items;
    const p2 = (await gql(sg.url, QUEUE, { filter: { status: ALL }, page: { page: 2, pageSize: 5 } }, outlet)).data!.serviceCaseQueue.items;
    expect(p2.map((c: any) => c.id)).toEqual(all.slice(5, 10).map((c: any) => c.id));
    const q = `query($page: PageInput) { serviceCaseQueue(filter: { status: [OPEN, ACKNOWLEDGED, RESOLVED, CLOSED] }, page: $page) { total items { id customer { id name } } } }`;
    const small = await countSql(['customers'], () => gql(sg.url, q, { page: { pageSize: 3 } }, outlet));
    const big = await countSql(['customers'], () => gql(sg.url, q, { page: { pageSize: 30 } }, outlet));
    expect(big.result.errors).toBeUndefined();
    expect(big.counts.customers).toBe(small.counts.customers);
  });

  it('uses an index for the finished part of the order (no full-table sort of every finished case)', async () => {
    const plan = await withSql(db.url, (q) =>
      q(
        `select indexname from pg_indexes where schemaname = 'customers' and tablename = 'service_case' and indexname = 'service_case_finished'`,
      ),
    );
    expect(plan).toHaveLength(1);
  });
});
