import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '../src';
import { SLA_HOURS } from '../src/service-case/service-case.entity';
import { insertCustomers, OUTLETS, PATHS } from './fixture';
import { insertCases } from './service-case.fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let admin: string, bjLeader: string, outlet: string, hoService: string;
let bjCustomer: string, shCustomer: string;

beforeAll(async () => {
  await insertCustomers(db.url, 3);
  sg = await startTestSubgraph(customersSubgraph, db.url);
  admin = await tokenFor(staffClaims({ orgPath: PATHS.HO, sub: '1', level: 'HEAD_OFFICE', roles: ['SYSTEM_ADMIN'] }));
  // head office's service-quality staff read customers and handle cases; the administrator only runs the job
  hoService = await tokenFor(staffClaims({ orgPath: PATHS.HO, sub: '4', level: 'HEAD_OFFICE', department: 'SERVICE_QUALITY', roles: [] }));
  bjLeader = await tokenFor(staffClaims({ orgPath: PATHS.BJ, sub: '2', level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
  outlet = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '3' }));
  const rows = await withSql(db.url, (q) => q(`select home_org_unit_id as unit, min(id)::text as id from customers.customer group by 1`));
  bjCustomer = rows.find((r) => r.unit === OUTLETS.BJ0101)!.id;
  shCustomer = rows.find((r) => r.unit === OUTLETS.SH0101)!.id;
});
afterAll(() => sg?.close());

const RUN = `mutation { escalateOverdueServiceCases }`;
const GET = `query($id: ID!) { serviceCase(id: $id) { id status version escalationLevel slaDueAt slaBreached handlingOrgUnit { id }
  events { action by { id } fromStatus toStatus fromOrgUnit { id } toOrgUnit { id } note } } }`;
const HOUR = 3_600_000;

/** the database's view of cases — what the queue and the job work from */
const caseRows = (ids: string[]) =>
  withSql(db.url, (q) =>
    q(
      `select id::text, handling_org_unit_id as unit, handling_org_path as path, escalation_level as level, sla_due_at, version,
          (select count(*)::int from customers.service_case_event e where e.case_id = c.id and e.action = 'ESCALATED') as escalations
     from customers.service_case c where c.id = any($1::int[]) order by c.id`,
      [ids],
    ),
  );

/** nothing else breached in the way of a test's own cases */
const settleAll = () =>
  withSql(db.url, (q) =>
    q(`update customers.service_case set sla_due_at = now() + interval '1000 hours' where status in ('OPEN', 'ACKNOWLEDGED')`),
  );

describe('escalation on SLA breach', () => {
  it('moves a breached case to the parent unit with level + 1, a fresh SLA window and an event by the system', async () => {
    await settleAll();
    const [id] = await insertCases(db.url, {
      customerId: bjCustomer,
      unitId: OUTLETS.BJ0101,
      path: PATHS.BJ0101,
      severity: 'HIGH',
      status: 'ACKNOWLEDGED',
      dueInHours: -1,
    });
    const before = (await gql(sg.url, GET, { id }, outlet)).data!.serviceCase;
    expect(before).toMatchObject({ slaBreached: true, escalationLevel: 0, handlingOrgUnit: { id: '4' } });

    const started = Date.now();
    const res = await gql(sg.url, RUN, {}, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.escalateOverdueServiceCases).toBe(1);

    const after = (await gql(sg.url, GET, { id }, outlet)).data!.serviceCase;
    expect(after).toMatchObject({
      status: 'ACKNOWLEDGED',
      escalationLevel: 1,
      slaBreached: false,
      handlingOrgUnit: { id: '3' },
      version: before.version + 1,
    });
    const due = Date.parse(after.slaDueAt);
    expect(due).toBeGreaterThanOrEqual(started + SLA_HOURS.HIGH * HOUR - 5_000);
    expect(due).toBeLessThanOrEqual(Date.now() + SLA_HOURS.HIGH * HOUR + 5_000);
    expect(after.events.at(-1)).toEqual({
      action: 'ESCALATED',
      by: null,
      fromStatus: 'ACKNOWLEDGED',
      toStatus: 'ACKNOWLEDGED',
      fromOrgUnit: { id: '4' },
      toOrgUnit: { id: '3' },
      note: 'SLA breached',
    });
    const [row] = await caseRows([id]);
    expect(row).toMatchObject({ unit: 3, path: PATHS.BJ01, level: 1, escalations: 1 });

    // an edit at the old version is refused: the system moved it meanwhile
    const stale = await gql(
      sg.url,
      `mutation($id: ID!, $v: Int!) { resolveServiceCase(id: $id, version: $v, rootCause: "x", resolution: "y") { id } }`,
      { id, v: before.version },
      hoService,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    // a second run right away moves nothing: the fresh window is not breached
    expect((await gql(sg.url, RUN, {}, admin)).data!.escalateOverdueServiceCases).toBe(0);
    expect((await caseRows([id]))[0]).toMatchObject({ level: 1, escalations: 1 });
  });

  it('leaves cases that are not open or not yet due alone, and keeps a breached case at head office where it is', async () => {
    await settleAll();
    const [resolved] = await insertCases(db.url, {
      customerId: bjCustomer,
      unitId: 4,
      path: PATHS.BJ0101,
      status: 'RESOLVED',
      dueInHours: -10,
    });
    const [notDue] = await insertCases(db.url, { customerId: bjCustomer, unitId: 4, path: PATHS.BJ0101, dueInHours: 1 });
    const [atTop] = await insertCases(db.url, { customerId: bjCustomer, unitId: 1, path: PATHS.HO, dueInHours: -10 });
    const [due] = await insertCases(db.url, {
      customerId: bjCustomer,
      unitId: 3,
      path: PATHS.BJ01,
      severity: 'CRITICAL',
      dueInHours: -0.01,
    });
    expect((await gql(sg.url, RUN, {}, admin)).data!.escalateOverdueServiceCases).toBe(1);
    const rows = await caseRows([resolved, notDue, atTop, due]);
    expect(rows.map((r) => [r.unit, r.level, r.escalations])).toEqual([
      [4, 0, 0],
      [4, 0, 0],
      [1, 0, 0],
      [2, 1, 1],
    ]);
    // still breached at head office, and visible as such in head office's queue
    const queue = await gql(sg.url, `{ serviceCaseQueue(filter: { breachedOnly: true }) { items { id } } }`, {}, hoService);
    expect(queue.data!.serviceCaseQueue.items.map((i: any) => i.id)).toContain(atTop);
  });

  it('costs one SQL statement whether 10 or 100 cases are breached', async () => {
    await settleAll();
    const ten = await insertCases(db.url, { customerId: bjCustomer, unitId: 4, path: PATHS.BJ0101, dueInHours: -3 }, 10);
    const small = await countSql(['customers'], () => gql(sg.url, RUN, {}, admin));
    expect(small.result.data!.escalateOverdueServiceCases).toBe(10);
    const hundred = await insertCases(db.url, { customerId: shCustomer, unitId: 8, path: PATHS.SH0101, dueInHours: -3 }, 100);
    const big = await countSql(['customers'], () => gql(sg.url, RUN, {}, admin));
    expect(big.result.data!.escalateOverdueServiceCases).toBe(100);
    expect(big.counts.customers).toBe(small.counts.customers);
    expect(big.counts.customers).toBe(1);
    const rows = await caseRows([...ten, ...hundred]);
    expect(rows.slice(0, 10).map((r) => [r.unit, r.level, r.escalations])).toEqual(Array(10).fill([3, 1, 1]));
    expect(rows.slice(10).every((r) => r.unit === 7 && r.path === '/1/6/7/' && r.level === 1 && r.escalations === 1)).toBe(true);
  });

  it('never moves a case twice when several runs (replicas) race', async () => {
    await settleAll();
    const ids = await insertCases(db.url, { customerId: bjCustomer, unitId: 4, path: PATHS.BJ0101, dueInHours: -2 }, 50);
    const runs = await Promise.all(Array.from({ length: 4 }, () => gql(sg.url, RUN, {}, admin)));
    expect(runs.reduce((n, r) => n + r.data!.escalateOverdueServiceCases, 0)).toBe(50);
    const rows = await caseRows(ids);
    expect(rows.every((r) => r.unit === 3 && r.level === 1 && r.escalations === 1)).toBe(true);
  });

  it('lets a branch leader run it for their own scope only; other roles may not run it', async () => {
    await settleAll();
    const [bj] = await insertCases(db.url, { customerId: bjCustomer, unitId: 4, path: PATHS.BJ0101, dueInHours: -2 });
    const [sh] = await insertCases(db.url, { customerId: shCustomer, unitId: 8, path: PATHS.SH0101, dueInHours: -2 });
    const denied = await gql(sg.url, RUN, {}, outlet);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(sg.url, RUN, {}, bjLeader)).data!.escalateOverdueServiceCases).toBe(1);
    expect((await caseRows([bj, sh])).map((r) => r.level)).toEqual([1, 0]);
  });
});

describe('the escalation schedule inside the subgraph', () => {
  let scheduled: RunningSubgraph | undefined;
  afterAll(() => scheduled?.close());

  it('escalates breached cases by itself when the background job runs, and stops with the server', async () => {
    await settleAll();
    const [id] = await insertCases(db.url, { customerId: bjCustomer, unitId: 4, path: PATHS.BJ0101, severity: 'LOW', dueInHours: -1 });
    vi.stubEnv('CASE_ESCALATION_INTERVAL_MS', '100');
    try {
      scheduled = await startTestSubgraph(customersSubgraph, db.url, { background: true });
    } finally {
      vi.unstubAllEnvs();
    }
    await vi.waitFor(async () => expect((await caseRows([id]))[0]).toMatchObject({ unit: 3, level: 1, escalations: 1 }), {
      timeout: 10_000,
      interval: 50,
    });
    const after = (await gql(scheduled.url, GET, { id }, outlet)).data!.serviceCase;
    expect(after.events.at(-1)).toMatchObject({ action: 'ESCALATED', by: null, note: 'SLA breached' });
    await scheduled.close();
    scheduled = undefined;
  });
});
