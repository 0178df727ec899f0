import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '../src';
import { insertCustomers, OUTLETS, PATHS } from './fixture';
import { insertCases } from './service-case.fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let outlet: string, sibling: string, shanghai: string, subBranch: string, branch: string, headOffice: string;
let customerId: string, siblingCustomerId: string;
const bjCustomerIds: string[] = [];

beforeAll(async () => {
  await insertCustomers(db.url, 12);
  sg = await startTestSubgraph(customersSubgraph, db.url);
  outlet = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '3', username: 'bj0101.staff' }));
  sibling = await tokenFor(staffClaims({ orgPath: PATHS.BJ0102, sub: '4', username: 'bj0102.staff' }));
  shanghai = await tokenFor(staffClaims({ orgPath: PATHS.SH0101, sub: '5', username: 'sh0101.staff' }));
  subBranch = await tokenFor(staffClaims({ orgPath: PATHS.BJ01, sub: '7', level: 'SUB_BRANCH', roles: ['BRANCH_LEADER'] }));
  branch = await tokenFor(staffClaims({ orgPath: PATHS.BJ, sub: '2', level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
  headOffice = await tokenFor(
    staffClaims({ orgPath: PATHS.HO, sub: '1', level: 'HEAD_OFFICE', department: 'SERVICE_QUALITY', roles: ['SYSTEM_ADMIN'] }),
  );
  const rows = await withSql(db.url, (q) => q(`select id::text, home_org_unit_id as unit from customers.customer order by id`));
  bjCustomerIds.push(...rows.filter((r) => r.unit === OUTLETS.BJ0101).map((r) => r.id));
  customerId = bjCustomerIds[0];
  siblingCustomerId = rows.find((r) => r.unit === OUTLETS.BJ0102)!.id;
});
afterAll(() => sg?.close());

const CASE = `id caseNo status severity slaDueAt slaBreached openedAt escalationLevel version rootCause resolution resolvedAt closedAt
  handlingOrgUnit { id } customer { id name }
  events { id at action by { id } fromStatus toStatus fromOrgUnit { id } toOrgUnit { id } note }`;
const OPEN = `mutation($input: OpenServiceCaseInput!) { openServiceCase(input: $input) { ${CASE} } }`;
const ACK = `mutation($id: ID!, $version: Int!, $note: String) { acknowledgeServiceCase(id: $id, version: $version, note: $note) { ${CASE} } }`;
const RESOLVE = `mutation($id: ID!, $version: Int!, $rootCause: String!, $resolution: String!) { resolveServiceCase(id: $id, version: $version, rootCause: $rootCause, resolution: $resolution) { ${CASE} } }`;
const CLOSE = `mutation($id: ID!, $version: Int!, $note: String) { closeServiceCase(id: $id, version: $version, note: $note) { ${CASE} } }`;
const ESCALATE = `mutation($id: ID!, $version: Int!, $reason: String!) { escalateServiceCase(id: $id, version: $version, reason: $reason) { ${CASE} } }`;
const GET = `query($id: ID!) { serviceCase(id: $id) { ${CASE} } }`;
const QUEUE = `query($filter: ServiceCaseQueueFilter, $page: PageInput) { serviceCaseQueue(filter: $filter, page: $page) { total page pageSize items { id caseNo status severity slaDueAt slaBreached handlingOrgUnit { id } } } }`;

const HOUR = 3_600_000;
const input = (over: Record<string, unknown> = {}) => ({
  customerId,
  category: 'SERVICE_ATTITUDE',
  severity: 'HIGH',
  title: '柜员态度差',
  description: '客户反映柜员办理业务时态度冷淡',
  ...over,
});

async function open(over: Record<string, unknown> = {}, token = outlet) {
  const res = await gql(sg.url, OPEN, { input: input(over) }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.openServiceCase;
}

describe('service case lifecycle', () => {
  it('opens at the customer’s home unit with the SLA of its severity, and records every step with who and when', async () => {
    const before = Date.now();
    const opened = await open();
    expect(opened).toMatchObject({
      status: 'OPEN',
      severity: 'HIGH',
      escalationLevel: 0,
      version: 1,
      slaBreached: false,
      handlingOrgUnit: { id: String(OUTLETS.BJ0101) },
      customer: { id: customerId },
    });
    expect(opened.caseNo).toMatch(/^SC\d{6}\d{7}$/);
    expect(Date.parse(opened.slaDueAt) - Date.parse(opened.openedAt)).toBe(24 * HOUR);
    expect(Date.parse(opened.openedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(opened.events).toEqual([
      expect.objectContaining({
        action: 'OPENED',
        by: { id: '3' },
        fromStatus: null,
        toStatus: 'OPEN',
        fromOrgUnit: null,
        toOrgUnit: { id: '4' },
      }),
    ]);

    const acked = (await gql(sg.url, ACK, { id: opened.id, version: opened.version, note: '已致电客户' }, outlet)).data!
      .acknowledgeServiceCase;
    expect(acked).toMatchObject({ status: 'ACKNOWLEDGED', version: 2 });

    const resolved = (
      await gql(sg.url, RESOLVE, { id: opened.id, version: 2, rootCause: '高峰期人手不足', resolution: '致歉并调整排班' }, outlet)
    ).data!.resolveServiceCase;
    expect(resolved).toMatchObject({ status: 'RESOLVED', version: 3, rootCause: '高峰期人手不足', resolution: '致歉并调整排班' });
    expect(resolved.resolvedAt).toBeTruthy();

    const closed = await gql(sg.url, CLOSE, { id: opened.id, version: 3 }, branch); // someone above may act too
    expect(closed.errors).toBeUndefined();
    const c = closed.data!.closeServiceCase;
    expect(c).toMatchObject({ status: 'CLOSED', version: 4, slaBreached: false });
    expect(c.closedAt).toBeTruthy();
    expect(c.events.map((e: any) => [e.action, e.by?.id, e.fromStatus, e.toStatus, e.note])).toEqual([
      ['OPENED', '3', null, 'OPEN', null],
      ['ACKNOWLEDGED', '3', 'OPEN', 'ACKNOWLEDGED', '已致电客户'],
      ['RESOLVED', '3', 'ACKNOWLEDGED', 'RESOLVED', null],
      ['CLOSED', '2', 'RESOLVED', 'CLOSED', null],
    ]);
    const times = c.events.map((e: any) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    for (const e of c.events) expect(e.toOrgUnit).toEqual({ id: '4' });
  });

  it('refuses an illegal transition naming `status` and the allowed ones', async () => {
    const c = await open();
    const close = await gql(sg.url, CLOSE, { id: c.id, version: 1 }, outlet);
    expect(close.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(close.errors?.[0].message).toMatch(/OPEN.*RESOLVED/);

    const resolved = (await gql(sg.url, RESOLVE, { id: c.id, version: 1, rootCause: '系统故障', resolution: '已修复' }, outlet)).data!
      .resolveServiceCase;
    for (const [q, vars] of [
      [ACK, {}],
      [RESOLVE, { rootCause: 'x', resolution: 'y' }],
      [ESCALATE, { reason: '升级' }],
    ] as const) {
      const res = await gql(sg.url, q, { id: c.id, version: resolved.version, ...vars }, outlet);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    }
    const after = (await gql(sg.url, GET, { id: c.id }, outlet)).data!.serviceCase;
    expect(after).toMatchObject({ status: 'RESOLVED', version: 2 });
    expect(after.events).toHaveLength(2);
  });

  it('validates input and names the field', async () => {
    const blankTitle = await gql(sg.url, OPEN, { input: input({ title: '   ' }) }, outlet);
    expect(blankTitle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const longDescription = await gql(sg.url, OPEN, { input: input({ description: 'x'.repeat(4001) }) }, outlet);
    expect(longDescription.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description' });
    const badCustomer = await gql(sg.url, OPEN, { input: input({ customerId: 'abc' }) }, outlet);
    expect(badCustomer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerId' });

    const c = await open();
    const noCause = await gql(sg.url, RESOLVE, { id: c.id, version: 1, rootCause: ' ', resolution: '已处理' }, outlet);
    expect(noCause.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rootCause' });
    const noResolution = await gql(sg.url, RESOLVE, { id: c.id, version: 1, rootCause: '原因', resolution: '' }, outlet);
    expect(noResolution.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resolution' });
    const noReason = await gql(sg.url, ESCALATE, { id: c.id, version: 1, reason: '' }, outlet);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await gql(sg.url, GET, { id: c.id }, outlet)).data!.serviceCase).toMatchObject({ status: 'OPEN', version: 1 });
  });

  it('answers a stale version with CONFLICT and loses nothing; of two concurrent steps exactly one wins', async () => {
    const c = await open();
    await gql(sg.url, ACK, { id: c.id, version: 1, note: 'first' }, outlet);
    const stale = await gql(sg.url, RESOLVE, { id: c.id, version: 1, rootCause: '原因', resolution: '处理' }, outlet);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const now = (await gql(sg.url, GET, { id: c.id }, outlet)).data!.serviceCase;
    expect(now).toMatchObject({ status: 'ACKNOWLEDGED', version: 2, rootCause: null });
    expect(now.events.map((e: any) => e.note)).toEqual([null, 'first']);

    const d = await open();
    const race = await Promise.all([
      gql(sg.url, ACK, { id: d.id, version: 1, note: 'a' }, outlet),
      gql(sg.url, ESCALATE, { id: d.id, version: 1, reason: 'b' }, outlet),
      gql(sg.url, RESOLVE, { id: d.id, version: 1, rootCause: 'c', resolution: 'c' }, outlet),
    ]);
    const won = race.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    for (const r of race.filter((x) => x.errors)) expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
    const after = (await gql(sg.url, GET, { id: d.id }, headOffice)).data!.serviceCase;
    expect(after.version).toBe(2);
    expect(after.events).toHaveLength(2);
  });
});

describe('escalation by hand', () => {
  it('goes outlet → sub-branch → branch → head office, each with a fresh SLA window, and no further', async () => {
    const c = await open({ severity: 'CRITICAL' });
    const steps: [string, string, number][] = [
      [outlet, '3', 1],
      [subBranch, '2', 2],
      [branch, '1', 3],
    ];
    let version = c.version;
    let from = '4';
    for (const [token, to, level] of steps) {
      const before = Date.now();
      const res = await gql(sg.url, ESCALATE, { id: c.id, version, reason: `升级到 ${to}` }, token);
      expect(res.errors).toBeUndefined();
      const e = res.data!.escalateServiceCase;
      expect(e).toMatchObject({ status: 'OPEN', escalationLevel: level, handlingOrgUnit: { id: to } });
      expect(Date.parse(e.slaDueAt)).toBeGreaterThanOrEqual(before + 4 * HOUR - 1000);
      expect(e.events.at(-1)).toMatchObject({
        action: 'ESCALATED',
        fromStatus: 'OPEN',
        toStatus: 'OPEN',
        fromOrgUnit: { id: from },
        toOrgUnit: { id: to },
        note: `升级到 ${to}`,
      });
      version = e.version;
      from = to;
    }
    const top = await gql(sg.url, ESCALATE, { id: c.id, version, reason: '再升级' }, headOffice);
    expect(top.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(top.errors?.[0].message).toMatch(/head office/);
  });

  it('leaves a case its branch handles off the outlet’s queue and out of the outlet’s hands, but in sight', async () => {
    const c = await open({ title: '转交分行处理' });
    await gql(sg.url, ESCALATE, { id: c.id, version: 1, reason: '超出网点权限' }, outlet);
    const atSubBranch = (await gql(sg.url, GET, { id: c.id }, outlet)).data!.serviceCase;
    const res = await gql(sg.url, ESCALATE, { id: c.id, version: atSubBranch.version, reason: '再升级' }, subBranch);
    const atBranch = res.data!.escalateServiceCase;
    expect(atBranch.handlingOrgUnit).toEqual({ id: '2' });

    const outletQueue = (await gql(sg.url, QUEUE, { page: { pageSize: 100 } }, outlet)).data!.serviceCaseQueue;
    expect(outletQueue.items.map((i: any) => i.id)).not.toContain(c.id);
    const subBranchQueue = (await gql(sg.url, QUEUE, { page: { pageSize: 100 } }, subBranch)).data!.serviceCaseQueue;
    expect(subBranchQueue.items.map((i: any) => i.id)).not.toContain(c.id);
    const branchQueue = (await gql(sg.url, QUEUE, { page: { pageSize: 100 } }, branch)).data!.serviceCaseQueue;
    expect(branchQueue.items.map((i: any) => i.id)).toContain(c.id);

    // the outlet still sees its customer's case, but cannot act on it any more
    expect((await gql(sg.url, GET, { id: c.id }, outlet)).data!.serviceCase.id).toBe(c.id);
    const act = await gql(sg.url, ACK, { id: c.id, version: atBranch.version }, outlet);
    expect(act.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ok = await gql(sg.url, ACK, { id: c.id, version: atBranch.version }, branch);
    expect(ok.data!.acknowledgeServiceCase.status).toBe('ACKNOWLEDGED');
  });
});

describe('the queue', () => {
  it('lists the open cases handled within your scope, most urgent first; filters by status, severity and breach', async () => {
    // a fresh customer of the outlet so earlier tests do not disturb the numbers here
    const cust = bjCustomerIds[5];
    const [breachedHigh] = await insertCases(db.url, { customerId: cust, unitId: 4, path: PATHS.BJ0101, severity: 'HIGH', dueInHours: -5 });
    const [breachedLow] = await insertCases(db.url, { customerId: cust, unitId: 4, path: PATHS.BJ0101, severity: 'LOW', dueInHours: -50 });
    const [soon] = await insertCases(db.url, { customerId: cust, unitId: 4, path: PATHS.BJ0101, severity: 'CRITICAL', dueInHours: 1 });
    const [acked] = await insertCases(db.url, {
      customerId: cust,
      unitId: 4,
      path: PATHS.BJ0101,
      severity: 'MEDIUM',
      status: 'ACKNOWLEDGED',
      dueInHours: 2,
    });
    const [resolved] = await insertCases(db.url, {
      customerId: cust,
      unitId: 4,
      path: PATHS.BJ0101,
      severity: 'MEDIUM',
      status: 'RESOLVED',
      dueInHours: -100,
    });

    const all = (await gql(sg.url, QUEUE, { page: { pageSize: 100 } }, outlet)).data!.serviceCaseQueue;
    const ids = all.items.map((i: any) => i.id);
    expect(ids).not.toContain(resolved);
    expect(ids.indexOf(breachedLow)).toBeLessThan(ids.indexOf(breachedHigh));
    expect(ids.indexOf(breachedHigh)).toBeLessThan(ids.indexOf(soon));
    expect(ids.indexOf(soon)).toBeLessThan(ids.indexOf(acked));
    const dues = all.items.map((i: any) => Date.parse(i.slaDueAt));
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    for (const i of all.items) expect(['OPEN', 'ACKNOWLEDGED']).toContain(i.status);
    expect(all.total).toBe(all.items.length);

    const breached = (await gql(sg.url, QUEUE, { filter: { breachedOnly: true } }, outlet)).data!.serviceCaseQueue;
    expect(breached.items.map((i: any) => i.id)).toEqual([breachedLow, breachedHigh]);
    for (const i of breached.items) expect(i.slaBreached).toBe(true);

    const high = (await gql(sg.url, QUEUE, { filter: { severity: ['CRITICAL'] } }, outlet)).data!.serviceCaseQueue;
    expect(high.items.map((i: any) => i.id)).toContain(soon);
    for (const i of high.items) expect(i.severity).toBe('CRITICAL');

    const done = (await gql(sg.url, QUEUE, { filter: { status: ['RESOLVED'] } }, outlet)).data!.serviceCaseQueue;
    expect(done.items.map((i: any) => i.id)).toContain(resolved);
    const doneBreached = (await gql(sg.url, QUEUE, { filter: { status: ['RESOLVED'], breachedOnly: true } }, outlet)).data!
      .serviceCaseQueue;
    expect(doneBreached.total).toBe(0); // a resolved case is never "in breach"

    const page2 = (await gql(sg.url, QUEUE, { page: { page: 2, pageSize: 2 } }, outlet)).data!.serviceCaseQueue;
    expect(page2).toMatchObject({ total: all.total, page: 2, pageSize: 2 });
    expect(page2.items.map((i: any) => i.id)).toEqual(ids.slice(2, 4));
  });

  it('costs the same number of SQL statements for 5 cases as for 50, with customers and events', async () => {
    const cust = bjCustomerIds[6];
    await insertCases(db.url, { customerId: bjCustomerIds[7], unitId: 4, path: PATHS.BJ0101, dueInHours: 500 }, 5);
    const q = `query($page: PageInput) { serviceCaseQueue(page: $page) { total items { id customer { id name } events { action by { id } toOrgUnit { id } } handlingOrgUnit { id } } } }`;
    const small = await countSql(['customers'], () => gql(sg.url, q, { page: { pageSize: 5 } }, outlet));
    await insertCases(db.url, { customerId: cust, unitId: 4, path: PATHS.BJ0101, dueInHours: 600 }, 60);
    const big = await countSql(['customers'], () => gql(sg.url, q, { page: { pageSize: 50 } }, outlet));
    expect(small.result.errors).toBeUndefined();
    expect(big.result.data!.serviceCaseQueue.items).toHaveLength(50);
    expect(big.counts.customers).toBe(small.counts.customers);
    expect(big.counts.customers).toBeLessThanOrEqual(4); // page, count, customers, events
  });
});

describe('Customer.serviceCases', () => {
  it('lists a customer’s cases newest first, filtered by status, batched over a page of customers', async () => {
    const cust = bjCustomerIds[8];
    const a = await open({ customerId: cust, title: 'A' });
    const b = await open({ customerId: cust, title: 'B' });
    await gql(sg.url, RESOLVE, { id: a.id, version: 1, rootCause: '原因', resolution: '处理' }, outlet);
    const q = `query($id: ID!, $status: [CaseStatus!]) { customer(id: $id) { serviceCases { id } resolved: serviceCases(status: $status) { id status } } }`;
    const res = await gql(sg.url, q, { id: cust, status: ['RESOLVED'] }, outlet);
    expect(res.errors).toBeUndefined();
    expect(res.data!.customer.serviceCases.map((c: any) => c.id)).toEqual([b.id, a.id]);
    expect(res.data!.customer.resolved).toEqual([{ id: a.id, status: 'RESOLVED' }]);

    const list = `query($page: PageInput) { customers(page: $page) { items { id serviceCases { id events { action } } } } }`;
    const few = await countSql(['customers'], () => gql(sg.url, list, { page: { pageSize: 2 } }, outlet));
    const many = await countSql(['customers'], () => gql(sg.url, list, { page: { pageSize: 12 } }, outlet));
    expect(many.result.errors).toBeUndefined();
    expect(many.counts.customers).toBe(few.counts.customers);
  });
});

describe('scope', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = (await open({ customerId: bjCustomerIds[9], title: '仅本网点可见' })).id;
  });

  for (const [who, token] of [
    ['a sibling outlet', () => sibling],
    ['another branch’s outlet', () => shanghai],
  ] as const) {
    it(`gives ${who} nothing: not by queue, id, _entities or Customer.serviceCases, and no way to act`, async () => {
      const t = token();
      const queue = (await gql(sg.url, QUEUE, { page: { pageSize: 100 } }, t)).data!.serviceCaseQueue;
      expect(queue.items.map((i: any) => i.id)).not.toContain(caseId);
      for (const i of queue.items) expect(i.handlingOrgUnit.id).not.toBe('4');
      const all = (
        await gql(sg.url, QUEUE, { filter: { status: ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'CLOSED'] }, page: { pageSize: 100 } }, t)
      ).data!.serviceCaseQueue;
      expect(all.items.map((i: any) => i.id)).not.toContain(caseId);

      expect((await gql(sg.url, GET, { id: caseId }, t)).data!.serviceCase).toBeNull();
      const entities = await gql(
        sg.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ServiceCase { id title } ... on Customer { id serviceCases { id } } } }`,
        {
          r: [
            { __typename: 'ServiceCase', id: caseId },
            { __typename: 'Customer', id: bjCustomerIds[9] },
          ],
        },
        t,
      );
      expect(entities.errors).toBeUndefined();
      expect(entities.data!._entities).toEqual([null, null]);

      for (const [q, vars] of [
        [ACK, {}],
        [ESCALATE, { reason: '越权' }],
        [RESOLVE, { rootCause: 'x', resolution: 'y' }],
        [CLOSE, {}],
      ] as const) {
        const res = await gql(sg.url, q, { id: caseId, version: 1, ...vars }, t);
        expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      }
      const openOther = await gql(sg.url, OPEN, { input: input({ customerId: bjCustomerIds[9] }) }, t);
      expect(openOther.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const still = (await gql(sg.url, GET, { id: caseId }, outlet)).data!.serviceCase;
      expect(still).toMatchObject({ status: 'OPEN', version: 1 });
      expect(still.events).toHaveLength(1);
    });
  }

  it('shows the case to the owning outlet by every path, and the sibling its own customer’s cases only', async () => {
    const entities = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ServiceCase { id caseNo customer { id } } } }`,
      { r: [{ __typename: 'ServiceCase', id: caseId }] },
      outlet,
    );
    expect(entities.data!._entities[0]).toMatchObject({ id: caseId, customer: { id: bjCustomerIds[9] } });
    const own = await open({ customerId: siblingCustomerId }, sibling);
    expect(own.handlingOrgUnit).toEqual({ id: String(OUTLETS.BJ0102) });
    expect((await gql(sg.url, GET, { id: own.id }, outlet)).data!.serviceCase).toBeNull();
  });
});
