import { beforeAll, describe, expect, it } from 'vitest';
import { withSql } from '@crm/kit/testing';
import type { LoginResponse } from '@crm/shared-types';
import { useSystem } from './system';

/**
 * The customer-manager system through the gateway, on the seeded demo bank (issue 10's "done
 * means"): one primary manager per customer holds against 20 concurrent assignments; a ledger's
 * balances are the customers subgraph's, in the same answer; another outlet's manager reaches neither
 * a ledger nor a task; a trainer assesses only managers in their scope.
 */
const sys = useSystem();
let head: LoginResponse, manager: LoginResponse, shManager: LoginResponse, bjTrainer: LoginResponse;
const sqlRows = (q: string, params: unknown[] = []) => withSql(sys.databaseUrl, (query) => query(q, params));

beforeAll(async () => {
  [head, manager, shManager, bjTrainer] = await Promise.all(
    ['bj.head', 'bj0101.manager', 'sh0101.manager', 'bj.trainer'].map((u) => sys.login(u)),
  );
});

describe('the customer-manager system through the gateway', () => {
  it('keeps one primary manager per customer when 20 leaders’ requests race', async () => {
    const [customer] = await sqlRows(
      `select c.id from customers.customer c where c.home_org_path like $1 and c.status not in ('CLOSED', 'MERGED') order by c.id limit 1`,
      [`${manager.user.orgPath}%`],
    );
    const managers = (
      await sqlRows(`select staff_id from managers.customer_manager where org_path like $1 and active order by staff_id`, ['/1/2/%'])
    ).map((r) => String(r.staff_id));
    expect(managers.length).toBeGreaterThan(3);
    const ASSIGN = `mutation($input: AssignCustomersInput!) { assignCustomers(input: $input) { __typename } }`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        sys.query(
          ASSIGN,
          { input: { customerIds: [String(customer.id)], managerId: managers[i % managers.length], reason: 'REBALANCE' } },
          head.token,
        ),
      ),
    );
    for (const a of answers) {
      // each request either moved the customer in its turn or lost the race with CONFLICT — never a 500
      if (a.errors) expect(a.errors.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
      expect(a.status).toBeLessThan(500);
    }
    const [{ open }] = await sqlRows(
      `select count(*)::int as open from managers.portfolio_assignment where customer_id = $1 and ended_at is null`,
      [customer.id],
    );
    expect(open).toBe(1);
    const [{ overlaps }] = await sqlRows(
      `select count(*)::int as overlaps from managers.portfolio_assignment a join managers.portfolio_assignment b
         on a.customer_id = b.customer_id and a.id < b.id
        and tstzrange(a.started_at, a.ended_at) && tstzrange(b.started_at, b.ended_at)
       where a.customer_id = $1`,
      [customer.id],
    );
    expect(overlaps).toBe(0);
  });

  it('shows in a ledger the balances the customers subgraph has, in one answer', async () => {
    const LEDGER = `query($id: ID!) { customerManager(id: $id) { ledger(page: { pageSize: 100 }) { total items {
      depositBalance loanBalance customer { id balances { deposits loans creditCardDebt } } } } } }`;
    const res = await sys.query(LEDGER, { id: manager.user.sub }, manager.token);
    expect(res.errors).toBeUndefined();
    const items = res.data!.customerManager.ledger.items as {
      depositBalance: number;
      loanBalance: number;
      customer: { id: string; balances: { deposits: number; loans: number; creditCardDebt: number } };
    }[];
    expect(items.length).toBeGreaterThan(5);
    for (const row of items) {
      expect(row.depositBalance, `customer ${row.customer.id}`).toBeCloseTo(row.customer.balances.deposits, 2);
      expect(row.loanBalance, `customer ${row.customer.id}`).toBeCloseTo(
        row.customer.balances.loans + row.customer.balances.creditCardDebt,
        2,
      );
    }
  });

  it('gives another outlet’s manager neither the ledger nor the tasks', async () => {
    const q = `query($id: ID!) { customerManager(id: $id) { id ledger { total } tasks { total } } }`;
    const own = await sys.query(q, { id: manager.user.sub }, manager.token);
    expect(own.errors).toBeUndefined();
    const foreign = await sys.query(q, { id: manager.user.sub }, shManager.token);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.data?.customerManager ?? null).toBeNull();
    const [task] = await sqlRows(`select id from managers.task where manager_id = $1 order by id limit 1`, [Number(manager.user.sub)]);
    const byId = await sys.query(`query($id: ID!) { task(id: $id) { id title } }`, { id: String(task.id) }, shManager.token);
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(byId)).not.toContain('title');
  });

  it('lets a branch trainer assess Beijing’s managers, not Shanghai’s', async () => {
    const SAVE = `mutation($input: SaveAssessmentDraftInput!) { saveAssessmentDraft(input: $input) { id status } }`;
    const scores = ['ETHICS', 'MINDSET', 'INNOVATION', 'SKILLS', 'KNOWLEDGE', 'HEALTH'].map((dimension) => ({
      dimension,
      score: 3,
      evidence: '日常观察',
    }));
    const own = await sys.query(SAVE, { input: { managerId: manager.user.sub, scores } }, bjTrainer.token);
    expect(own.errors).toBeUndefined();
    expect(own.data!.saveAssessmentDraft.status).toBe('DRAFT');
    const foreign = await sys.query(SAVE, { input: { managerId: shManager.user.sub, scores } }, bjTrainer.token);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
