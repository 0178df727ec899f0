import { beforeAll, describe, expect, it } from 'vitest';
import { countSql, withSql } from '@crm/kit/testing';
import type { LoginResponse } from '@crm/shared-types';
import { useSystem } from './system';

/**
 * The outlet's customer list with each customer's manager (Customer.manager, from the managers
 * subgraph) and its manager filter, through the gateway on the seeded demo bank: the gateway sends
 * the page's customers to managers in ONE `_entities` call, so the SQL at managers (and everywhere)
 * does not grow with the page.
 */
const sys = useSystem();
let branchHead: LoginResponse, outlet: LoginResponse;

const LIST = `query($page: PageInput, $filter: CustomerFilter) {
  customers(page: $page, filter: $filter) {
    total
    items { id name homeOrgUnit { id name } manager { id employment staff { id name } orgUnit { id name } } }
  }
}`;
interface Row {
  id: string;
  homeOrgUnit: { id: string };
  manager: { id: string; employment: string; staff: { name: string }; orgUnit: { id: string } } | null;
}

beforeAll(async () => {
  [branchHead, outlet] = await Promise.all(['bj.head', 'bj0101.staff'].map((u) => sys.login(u)));
});

describe('the customer list with its managers', () => {
  it('costs the same SQL for 100 customers with their managers as for 10, at managers and everywhere', async () => {
    const subgraphs = ['customers', 'managers', 'org-hierarchy'];
    const ten = await countSql(subgraphs, () => sys.query(LIST, { page: { pageSize: 10 } }, branchHead.token));
    const hundred = await countSql(subgraphs, () => sys.query(LIST, { page: { pageSize: 100 } }, branchHead.token));
    expect(ten.result.errors).toBeUndefined();
    expect(hundred.result.errors).toBeUndefined();
    const items = hundred.result.data!.customers.items as Row[];
    expect(items).toHaveLength(100);
    // the demo seed gives every open customer a manager: most rows show one, with a name
    const managed = items.filter((c) => c.manager);
    expect(managed.length).toBeGreaterThan(50);
    expect(managed.every((c) => c.manager!.staff.name.length > 0)).toBe(true);
    expect(new Set(managed.map((c) => c.manager!.id)).size).toBeGreaterThan(1);
    expect(hundred.counts).toEqual(ten.counts);
    // managers: the customers in scope (the reference's check), their open assignments, the managers
    expect(hundred.counts.managers).toBe(3);
  });

  it('shows the manager the portfolio table says, and filters by it on the server', async () => {
    const first = await sys.query(LIST, { page: { pageSize: 50 } }, outlet.token);
    expect(first.errors).toBeUndefined();
    const withManager = (first.data!.customers.items as Row[]).find((c) => c.manager)!;
    const [{ manager_id }] = await withSql(sys.databaseUrl, (q) =>
      q(`select manager_id::text from managers.portfolio_assignment where customer_id = $1 and ended_at is null`, [Number(withManager.id)]),
    );
    expect(withManager.manager!.id).toBe(manager_id);

    const filtered = await sys.query(LIST, { page: { pageSize: 100 }, filter: { managerIds: [manager_id] } }, outlet.token);
    expect(filtered.errors).toBeUndefined();
    const rows = filtered.data!.customers.items as Row[];
    expect(rows.map((c) => c.id)).toContain(withManager.id);
    expect(rows.every((c) => c.manager?.id === manager_id && c.homeOrgUnit.id === outlet.user.orgUnitId)).toBe(true);

    const none = await sys.query(LIST, { page: { pageSize: 100 }, filter: { unassigned: true } }, outlet.token);
    expect(none.errors).toBeUndefined();
    expect((none.data!.customers.items as Row[]).every((c) => c.manager === null)).toBe(true);
  });
});
