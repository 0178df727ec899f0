import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { managersSubgraph } from '../src';
import { MAKER_CHECKER_THRESHOLD, SELF_APPROVAL_MESSAGE } from '../src/portfolio-assignment/portfolio-assignment.service';
import { MANAGERS, tokens } from './fixture';
import {
  beijingOpenCustomers,
  BIG,
  BJ0102_PORTFOLIO,
  insertPortfolios,
  LEADERS,
  leaderTokens,
  PORTFOLIO,
  SMALL,
} from './portfolio-assignment.fixture';

/**
 * Assigning, reassigning and transferring portfolios over real HTTP and PostgreSQL: history kept,
 * scope and permission refused like the rest of the bank, maker-checker above the threshold, and an
 * approval that costs the same SQL for 5 customers as for 500.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
let l: Awaited<ReturnType<typeof leaderTokens>>;

beforeAll(async () => {
  sg = await startTestSubgraph(managersSubgraph, db.url);
  t = await tokens();
  l = await leaderTokens();
  await insertPortfolios(db.url);
});
afterAll(async () => sg?.close());

const ASSIGN = `mutation($input: AssignCustomersInput!) { assignCustomers(input: $input) {
  assigned unchanged manager { id portfolioSize } transfer { id status customerCount version } } }`;
const TRANSFER = `mutation($input: TransferPortfolioInput!) { transferPortfolio(input: $input) {
  assigned unchanged manager { id portfolioSize } transfer { id status customerCount version fromManager { id } toManager { id } } } }`;
const APPROVE = `mutation($id: ID!, $version: Int!) { approvePortfolioTransfer(id: $id, version: $version) {
  id status movedCount version requestedBy { id } decidedBy { id } decidedAt } }`;
const REJECT = `mutation($id: ID!, $version: Int!, $note: String) { rejectPortfolioTransfer(id: $id, version: $version, note: $note) {
  id status decisionNote decidedBy { id } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateCustomerManagerInput!) {
  updateCustomerManager(id: $id, version: $version, input: $input) { id grade capacity active version } }`;
const HISTORY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id manager { id }
  managerHistory { id manager { id } previousManager { id } startedAt endedAt reason handoverNote assignedBy { id } endedBy { id } approvedBy { id } } } } }`;

const assign = (token: string, customerIds: (number | string)[], managerId: number | string, extra: object = {}) =>
  gql(
    sg.url,
    ASSIGN,
    { input: { customerIds: customerIds.map(String), managerId: String(managerId), reason: 'REBALANCE', ...extra } },
    token,
  );
const history = (token: string, ids: number[]) =>
  gql(sg.url, HISTORY, { r: ids.map((id) => ({ __typename: 'Customer', id: String(id) })) }, token);
const openManagers = async (ids: number[]) =>
  (await withSql(db.url, (q) =>
    q(`select customer_id, manager_id from managers.portfolio_assignment where ended_at is null and customer_id = any($1) order by 1`, [
      ids,
    ]),
  )) as { customer_id: number; manager_id: number }[];
const managerVersion = async (id: number) =>
  Number((await withSql(db.url, (q) => q(`select version from managers.customer_manager where staff_id = $1`, [id])))[0].version);

describe('assigning customers', () => {
  it('assigns, leaves a customer who already has the manager unchanged, reassigns — and keeps who, when, from, to, why', async () => {
    const first = await assign(l.bjHead, [3], MANAGERS.BJ0101_A, { reason: 'INITIAL' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.assignCustomers).toEqual({
      assigned: 1,
      unchanged: 0,
      manager: { id: String(MANAGERS.BJ0101_A), portfolioSize: 1 },
      transfer: null,
    });
    const again = await assign(l.bjHead, [3], MANAGERS.BJ0101_A);
    expect(again.data!.assignCustomers).toMatchObject({ assigned: 0, unchanged: 1, manager: { portfolioSize: 1 } });

    const moved = await assign(l.bjDeputy, [3], MANAGERS.BJ0101_B, { reason: 'CUSTOMER_REQUEST', handoverNote: '客户希望周末办理业务' });
    expect(moved.data!.assignCustomers).toMatchObject({ assigned: 1, unchanged: 0, manager: { portfolioSize: 1 } });

    const res = await history(l.bjHead, [3]);
    expect(res.errors).toBeUndefined();
    const [c3] = res.data!._entities;
    expect(c3.manager).toEqual({ id: String(MANAGERS.BJ0101_B) });
    const [now, before] = c3.managerHistory;
    expect(c3.managerHistory).toHaveLength(2);
    expect(now).toMatchObject({
      manager: { id: String(MANAGERS.BJ0101_B) },
      previousManager: { id: String(MANAGERS.BJ0101_A) },
      endedAt: null,
      reason: 'CUSTOMER_REQUEST',
      handoverNote: '客户希望周末办理业务',
      assignedBy: { id: String(LEADERS.BJ_DEPUTY) },
      endedBy: null,
      approvedBy: null,
    });
    expect(before).toMatchObject({
      manager: { id: String(MANAGERS.BJ0101_A) },
      previousManager: null,
      reason: 'INITIAL',
      assignedBy: { id: String(LEADERS.BJ_HEAD) },
      endedBy: { id: String(LEADERS.BJ_DEPUTY) },
    });
    // one period ends when the next begins: no gap, no overlap
    expect(before.endedAt).toBe(now.startedAt);
  });

  it('assigns a selection in one go, counting those who already have the manager', async () => {
    await assign(l.bjHead, [6], MANAGERS.BJ0102);
    const res = await assign(l.bjHead, [6, 9, 12], MANAGERS.BJ0102);
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignCustomers).toMatchObject({ assigned: 2, unchanged: 1, manager: { portfolioSize: 3 } });
    expect((await openManagers([6, 9, 12])).map((r) => r.manager_id)).toEqual([MANAGERS.BJ0102, MANAGERS.BJ0102, MANAGERS.BJ0102]);
  });

  it('names the field of bad input: no customers, 501, the same one twice, a note too long, an id that is not one', async () => {
    const cases: [unknown[], object, string][] = [
      [[], {}, 'customerIds'],
      [Array.from({ length: 501 }, (_, i) => i + 1), {}, 'customerIds'],
      [[15, 15], {}, 'customerIds'],
      [['x1'], {}, 'customerIds'],
      [[15], { handoverNote: '交'.repeat(1001) }, 'handoverNote'],
    ];
    for (const [ids, extra, field] of cases) {
      const res = await assign(l.bjHead, ids as number[], MANAGERS.BJ0101_A, extra);
      expect(res.errors?.[0]?.extensions, JSON.stringify(res.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors?.[0]?.message).toContain(field);
    }
    expect(await openManagers([15])).toEqual([]);
  });

  it('refuses a closed customer and a manager who has left', async () => {
    const closed = await assign(l.bjHead, [150], MANAGERS.BJ0101_A);
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerIds' });
    const former = await assign(l.bjHead, [15], PORTFOLIO.FORMER);
    expect(former.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'managerId' });
    expect(await openManagers([15, 150])).toEqual([]);
  });

  it('answers a Shanghai leader about a Beijing customer or manager exactly as about ids that do not exist', async () => {
    const bjCustomer = await assign(l.shHead, [4], MANAGERS.SH0101);
    const missingCustomer = await assign(l.shHead, [999999], MANAGERS.SH0101);
    // one of their own with a Beijing one: refused whole, not saying which
    const mixed = await assign(l.shHead, [5, 4], MANAGERS.SH0101);
    for (const res of [bjCustomer, missingCustomer, mixed]) {
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'customerIds' });
      expect(res.errors?.[0]?.message).toBe(missingCustomer.errors?.[0]?.message);
      expect(res.data?.assignCustomers ?? null).toBeNull();
    }
    const bjManager = await assign(l.shHead, [5], MANAGERS.BJ0101_A);
    const missingManager = await assign(l.shHead, [5], 99999);
    expect(bjManager.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'managerId' });
    expect(bjManager.errors?.[0]?.message).toBe(missingManager.errors?.[0]?.message);
    expect(await openManagers([4, 5])).toEqual([]);

    // and by _entities: a Beijing customer's history is not there for Shanghai
    await assign(l.bjHead, [4], MANAGERS.BJ0102);
    const ent = await history(l.shHead, [4]);
    expect(ent.errors).toBeUndefined();
    expect(ent.data!._entities).toEqual([null]);
  });

  it('is FORBIDDEN to a role without PORTFOLIO_REASSIGN (a customer manager), whatever the mutation', async () => {
    const calls = [
      gql(sg.url, ASSIGN, { input: { customerIds: ['3'], managerId: String(MANAGERS.BJ0101_A), reason: 'REBALANCE' } }, t.bj0101Manager),
      gql(
        sg.url,
        TRANSFER,
        { input: { fromManagerId: String(MANAGERS.BJ0101_A), toManagerId: String(MANAGERS.BJ0101_B), reason: 'MANAGER_LEFT' } },
        t.bj0101Manager,
      ),
      gql(sg.url, APPROVE, { id: '1', version: 1 }, t.bj0101Manager),
      gql(sg.url, UPDATE, { id: String(MANAGERS.BJ0101_A), version: 1, input: { capacity: 10 } }, t.bj0101Manager),
      gql(sg.url, `{ portfolioTransfers { total } }`, {}, t.bj0101Manager),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
    expect((await openManagers([3]))[0]?.manager_id).toBe(MANAGERS.BJ0101_B);
  });

  it('reads the history of a customer in scope to a customer manager, and nothing to a role without CUSTOMER_READ', async () => {
    const own = await history(t.bj0101Manager, [3]);
    expect(own.data!._entities[0].managerHistory).toHaveLength(2);
    const product = await history(t.product, [3]);
    expect(product.data!._entities).toEqual([null]);
  });

  it('reads the history of 20 customers in the same number of statements as of 2', async () => {
    const ids = [3, 4, 6, 9, 12, ...beijingOpenCustomers(30, 15)];
    const two = await countSql(['managers'], () => history(l.bjHead, ids.slice(0, 2)));
    const twenty = await countSql(['managers'], () => history(l.bjHead, ids));
    expect(twenty.result.errors).toBeUndefined();
    expect(twenty.result.data!._entities).toHaveLength(20);
    expect(twenty.counts.managers).toBe(two.counts.managers);
  });
});

describe('maker-checker: a selection of more than the threshold', () => {
  it('becomes a pending transfer that the maker cannot approve and a second leader can', async () => {
    const ids = beijingOpenCustomers(151, MAKER_CHECKER_THRESHOLD + 1);
    const req = await assign(l.bjHead, ids, MANAGERS.BJ0101_A, { reason: 'REBALANCE', handoverNote: '均衡分配' });
    expect(req.errors).toBeUndefined();
    const { transfer, assigned, unchanged } = req.data!.assignCustomers;
    expect({ assigned, unchanged }).toEqual({ assigned: 0, unchanged: 0 });
    expect(transfer).toMatchObject({ status: 'PENDING', customerCount: MAKER_CHECKER_THRESHOLD + 1, version: 1 });
    expect(await openManagers(ids)).toEqual([]); // nothing moved yet

    const own = await gql(sg.url, APPROVE, { id: transfer.id, version: 1 }, l.bjHead);
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(own.errors?.[0]?.message).toBe(SELF_APPROVAL_MESSAGE);
    const stale = await gql(sg.url, APPROVE, { id: transfer.id, version: 2 }, l.bjDeputy);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const foreign = await gql(sg.url, APPROVE, { id: transfer.id, version: 1 }, l.shHead);
    const missing = await gql(sg.url, APPROVE, { id: '999999', version: 1 }, l.shHead);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(await openManagers(ids)).toEqual([]);

    const ok = await gql(sg.url, APPROVE, { id: transfer.id, version: 1 }, l.bjDeputy);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.approvePortfolioTransfer).toMatchObject({
      status: 'APPROVED',
      movedCount: MAKER_CHECKER_THRESHOLD + 1,
      requestedBy: { id: String(LEADERS.BJ_HEAD) },
      decidedBy: { id: String(LEADERS.BJ_DEPUTY) },
      version: 2,
    });
    expect((await openManagers(ids)).every((r) => r.manager_id === MANAGERS.BJ0101_A)).toBe(true);
    expect(await openManagers(ids)).toHaveLength(ids.length);
    const h = await history(l.bjHead, [ids[0]]);
    expect(h.data!._entities[0].managerHistory[0]).toMatchObject({
      reason: 'REBALANCE',
      handoverNote: '均衡分配',
      assignedBy: { id: String(LEADERS.BJ_HEAD) },
      approvedBy: { id: String(LEADERS.BJ_DEPUTY) },
    });
    const again = await gql(sg.url, APPROVE, { id: transfer.id, version: 2 }, l.bjDeputy);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('may be withdrawn by its maker: nothing moves', async () => {
    const ids = beijingOpenCustomers(231, MAKER_CHECKER_THRESHOLD + 1);
    const req = await assign(l.bjHead, ids, MANAGERS.BJ0101_B);
    const { transfer } = req.data!.assignCustomers;
    const res = await gql(sg.url, REJECT, { id: transfer.id, version: 1, note: '先与客户沟通' }, l.bjHead);
    expect(res.errors).toBeUndefined();
    expect(res.data!.rejectPortfolioTransfer).toMatchObject({ status: 'REJECTED', decisionNote: '先与客户沟通', decidedBy: { id: '2' } });
    expect(await openManagers(ids)).toEqual([]);
    const late = await gql(sg.url, APPROVE, { id: transfer.id, version: 2 }, l.bjDeputy);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('transferring a whole portfolio (a manager leaves)', () => {
  it('moves a small portfolio at once', async () => {
    const res = await gql(
      sg.url,
      TRANSFER,
      { input: { fromManagerId: String(PORTFOLIO.BJ0102_SMALL), toManagerId: String(MANAGERS.BJ0102), reason: 'MANAGER_LEFT' } },
      l.bjHead,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.transferPortfolio).toMatchObject({ assigned: 3, transfer: null, manager: { id: String(MANAGERS.BJ0102) } });
    const ids = [BJ0102_PORTFOLIO.from, BJ0102_PORTFOLIO.from + 1, BJ0102_PORTFOLIO.to];
    expect((await openManagers(ids)).map((r) => r.manager_id)).toEqual([MANAGERS.BJ0102, MANAGERS.BJ0102, MANAGERS.BJ0102]);
  });

  it('of 500 waits for a second leader, keeps 500 history rows, and costs the same SQL as a portfolio of 5', async () => {
    // the leaving manager cannot be deactivated while they keep customers
    const refused = await gql(
      sg.url,
      UPDATE,
      { id: String(PORTFOLIO.LEAVING), version: await managerVersion(PORTFOLIO.LEAVING), input: { active: false } },
      l.bjHead,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active' });

    const input = {
      fromManagerId: String(PORTFOLIO.LEAVING),
      toManagerId: String(PORTFOLIO.SUCCESSOR),
      reason: 'MANAGER_LEFT',
      handoverNote: '调往总行',
    };
    const req = await gql(sg.url, TRANSFER, { input }, l.bjHead);
    expect(req.errors).toBeUndefined();
    const { transfer } = req.data!.transferPortfolio;
    expect(transfer).toMatchObject({
      status: 'PENDING',
      customerCount: 500,
      fromManager: { id: String(PORTFOLIO.LEAVING) },
      toManager: { id: String(PORTFOLIO.SUCCESSOR) },
    });
    // one pending request per portfolio
    const twice = await gql(sg.url, TRANSFER, { input }, l.bjDeputy);
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // listed in the Beijing leaders' scope, not in Shanghai's
    const list = `query($s: PortfolioTransferStatus) { portfolioTransfers(status: $s) { total items { id status } } }`;
    const bj = await gql(sg.url, list, { s: 'PENDING' }, l.bjDeputy);
    expect(bj.data!.portfolioTransfers.items.map((i: { id: string }) => i.id)).toContain(transfer.id);
    const sh = await gql(sg.url, list, {}, l.shHead);
    expect(sh.data!.portfolioTransfers).toEqual({ total: 0, items: [] });

    // the same approval of a portfolio of 5, requested earlier (before the threshold, say)
    const [{ id: smallId }] = await withSql(db.url, (q) =>
      q(
        `insert into managers.portfolio_transfer (from_manager_id, to_manager_id, org_path, reason, customer_count, requested_by_staff_id)
         values ($1, $2, '/1/2/3/4/', 'MANAGER_LEFT', 5, $3) returning id`,
        [PORTFOLIO.LEAVING_SMALL, PORTFOLIO.SUCCESSOR, LEADERS.BJ_HEAD],
      ),
    );
    const five = await countSql(['managers'], () => gql(sg.url, APPROVE, { id: String(smallId), version: 1 }, l.bjDeputy));
    const fiveHundred = await countSql(['managers'], () => gql(sg.url, APPROVE, { id: transfer.id, version: 1 }, l.bjDeputy));
    expect(five.result.errors).toBeUndefined();
    expect(fiveHundred.result.errors).toBeUndefined();
    expect(five.result.data!.approvePortfolioTransfer).toMatchObject({ status: 'APPROVED', movedCount: 5 });
    expect(fiveHundred.result.data!.approvePortfolioTransfer).toMatchObject({ status: 'APPROVED', movedCount: 500 });
    expect(fiveHundred.counts.managers).toBe(five.counts.managers);
    expect(fiveHundred.counts.managers).toBeLessThanOrEqual(8);
    console.info(`portfolio approval: ${five.counts.managers} SQL statements for 5 customers, ${fiveHundred.counts.managers} for 500`);

    const [rows] = await withSql(db.url, (q) =>
      q(
        `select count(*) filter (where manager_id = $1 and ended_at is not null)::int as ended,
                count(*) filter (where manager_id = $2 and ended_at is null and transfer_id = $3)::int as opened,
                count(*) filter (where ended_at is null)::int as open
         from managers.portfolio_assignment where customer_id between $4 and $5`,
        [PORTFOLIO.LEAVING, PORTFOLIO.SUCCESSOR, Number(transfer.id), BIG.from, BIG.to],
      ),
    );
    expect(rows).toEqual({ ended: 500, opened: 500, open: 500 });
    expect((await openManagers([SMALL.from, SMALL.to])).map((r) => r.manager_id)).toEqual([PORTFOLIO.SUCCESSOR, PORTFOLIO.SUCCESSOR]);

    // now they keep none: the leaving manager may be deactivated
    const left = await gql(
      sg.url,
      UPDATE,
      { id: String(PORTFOLIO.LEAVING), version: await managerVersion(PORTFOLIO.LEAVING), input: { active: false } },
      l.bjHead,
    );
    expect(left.errors).toBeUndefined();
    expect(left.data!.updateCustomerManager.active).toBe(false);
  });

  it('refuses a transfer to the same manager, from one who keeps nothing, and across the scope', async () => {
    const same = await gql(
      sg.url,
      TRANSFER,
      { input: { fromManagerId: String(MANAGERS.BJ01), toManagerId: String(MANAGERS.BJ01), reason: 'REBALANCE' } },
      l.bjHead,
    );
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toManagerId' });
    const empty = await gql(
      sg.url,
      TRANSFER,
      { input: { fromManagerId: String(MANAGERS.BJ01), toManagerId: String(MANAGERS.BJ0101_A), reason: 'REBALANCE' } },
      l.bjHead,
    );
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromManagerId' });
    const foreign = await gql(
      sg.url,
      TRANSFER,
      { input: { fromManagerId: String(PORTFOLIO.SUCCESSOR), toManagerId: String(MANAGERS.SH0101), reason: 'REBALANCE' } },
      l.shHead,
    );
    expect(foreign.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'fromManagerId' });
  });
});

describe('editing a manager', () => {
  it('changes grade and capacity at the current version; a stale one is CONFLICT; bad capacity names the field', async () => {
    const v = await managerVersion(MANAGERS.BJ0101_B);
    const ok = await gql(
      sg.url,
      UPDATE,
      { id: String(MANAGERS.BJ0101_B), version: v, input: { grade: 'INTERMEDIATE', capacity: 400 } },
      l.bjHead,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateCustomerManager).toMatchObject({ grade: 'INTERMEDIATE', capacity: 400, active: true, version: v + 1 });
    const stale = await gql(sg.url, UPDATE, { id: String(MANAGERS.BJ0101_B), version: v, input: { capacity: 500 } }, l.bjDeputy);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const bad = await gql(sg.url, UPDATE, { id: String(MANAGERS.BJ0101_B), version: v + 1, input: { capacity: 0 } }, l.bjHead);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });
    const foreign = await gql(sg.url, UPDATE, { id: String(MANAGERS.BJ0101_B), version: v + 1, input: { capacity: 500 } }, l.shHead);
    const missing = await gql(sg.url, UPDATE, { id: '99999', version: 1, input: { capacity: 500 } }, l.shHead);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
  });
});
