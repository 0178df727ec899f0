import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import { MikroORM } from '@mikro-orm/postgresql';
import { OrgScope, ormOptions, type RunningSubgraph } from '@crm/kit';
import { customersDatabase, customersSubgraph } from '../src';
import { Customer } from '../src/customer/customer.entity';
import { customerWhere, type CustomerFilter } from '../src/customer/customer.filter';
import { insertCustomers, PATHS } from './fixture';

/**
 * The customer list filtered by primary customer manager and "no manager", on the server, from the
 * managers subgraph's published view (managers_api.primary_manager) read when the query runs.
 *
 * Portfolios (managers' own tables, a fixture here), customer g (1..20) of each outlet:
 * - BJ0101: g 1–8 → manager 11, g 9–12 → manager 12 (both of BJ0101), g 13–14 → manager 14 of the
 *   sub-branch BJ01; g 15–20 none (g 15 had manager 11 once: an ended assignment is history);
 * - BJ0102: g 1–10 → manager 13, g 11–12 → manager 14; g 13–20 none;
 * - SH0101: g 1–15 → manager 5; g 16–20 none.
 * Status DORMANT when g % 10 = 0 (the fixture).
 */
const MANAGER = { BJ0101_A: 11, BJ0101_B: 12, BJ0102: 13, BJ01: 14, SH0101: 5 } as const;
const db = useTestDatabase();
let sg: RunningSubgraph;
let bj0101: string, bjBranch: string, headOffice: string;

const LIST = `query($filter: CustomerFilter, $page: PageInput, $sort: CustomerSort, $direction: SortDirection) {
  customers(filter: $filter, page: $page, sort: $sort, direction: $direction) { total items { id name status } }
}`;
interface Row {
  id: string;
  name: string;
  status: string;
}
const list = async (token: string, vars: Record<string, unknown>) => {
  const res = await gql(sg.url, LIST, { page: { pageSize: 100 }, ...vars }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.customers as { total: number; items: Row[] };
};
/** "BJ0101客户7" → "BJ0101 7", sorted: which customers, readably */
const who = (items: Row[]) =>
  items
    .map((c) => /^(\w{6})客户(\d+)$/.exec(c.name)!)
    .map((m) => [m[1], Number(m[2])] as const)
    .sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1])
    .map(([o, g]) => `${o} ${g}`);
const range = (outlet: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${outlet} ${from + i}`);

beforeAll(async () => {
  await insertCustomers(db.url, 20);
  await withSql(db.url, async (q) => {
    await q(`insert into managers.customer_manager (staff_id, org_unit_id, org_path, grade, employment, specialty, capacity) values
      (11, 4, '/1/2/3/4/', 'SENIOR', 'FULL_TIME', 'RETAIL', 800),
      (12, 4, '/1/2/3/4/', 'JUNIOR', 'PART_TIME', 'RETAIL', 300),
      (13, 5, '/1/2/3/5/', 'INTERMEDIATE', 'FULL_TIME', 'RETAIL', 800),
      (14, 3, '/1/2/3/', 'PRINCIPAL', 'FULL_TIME', 'CORPORATE', 500),
      (5, 8, '/1/6/7/8/', 'INTERMEDIATE', 'FULL_TIME', 'RETAIL', 800)`);
    const g = `(substring(c.name from '客户(\\d+)$'))::int`;
    await q(`insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, reason)
      select c.id, c.home_org_path,
             case when c.home_org_unit_id = 4 then case when ${g} <= 8 then 11 when ${g} <= 12 then 12 else 14 end
                  when c.home_org_unit_id = 5 then case when ${g} <= 10 then 13 else 14 end
                  else 5 end,
             'INITIAL'
      from customers.customer c
      where (c.home_org_unit_id = 4 and ${g} <= 14) or (c.home_org_unit_id = 5 and ${g} <= 12) or (c.home_org_unit_id = 8 and ${g} <= 15)`);
    // history: BJ0101's customer 15 was manager 11's until last month
    await q(`insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, started_at, ended_at, reason)
      select c.id, c.home_org_path, 11, now() - interval '1 year', now() - interval '1 month', 'INITIAL'
      from customers.customer c where c.name = 'BJ0101客户15'`);
  });
  sg = await startTestSubgraph(customersSubgraph, db.url);
  bj0101 = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101 }));
  bjBranch = await tokenFor(staffClaims({ orgPath: PATHS.BJ, level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
  headOffice = await tokenFor(
    staffClaims({ orgPath: PATHS.HO, level: 'HEAD_OFFICE', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] }),
  );
});
afterAll(() => sg?.close());

describe('filtered by manager on the server', () => {
  it('one manager, or several: their current customers only', async () => {
    const one = await list(bj0101, { filter: { managerIds: [String(MANAGER.BJ0101_A)] } });
    expect(who(one.items)).toEqual(range('BJ0101', 1, 8)); // not 15: that assignment ended
    expect(one.total).toBe(8);
    const two = await list(bj0101, { filter: { managerIds: [String(MANAGER.BJ0101_A), String(MANAGER.BJ0101_B)] } });
    expect(who(two.items)).toEqual(range('BJ0101', 1, 12));
  });

  it('no manager: the customers with no open assignment, an ended one included; false: those with one', async () => {
    const none = await list(bj0101, { filter: { unassigned: true } });
    expect(who(none.items)).toEqual(range('BJ0101', 15, 20));
    const some = await list(bj0101, { filter: { unassigned: false } });
    expect(who(some.items)).toEqual(range('BJ0101', 1, 14));
    const branch = await list(bjBranch, { filter: { unassigned: true } });
    expect(who(branch.items)).toEqual([...range('BJ0101', 15, 20), ...range('BJ0102', 13, 20)]);
  });

  it('combines with the rest of the filter, and the counts agree with the list', async () => {
    const dormant = await list(bjBranch, { filter: { unassigned: true, status: 'DORMANT' } });
    expect(who(dormant.items)).toEqual(['BJ0101 20', 'BJ0102 20']);
    const searched = await list(bj0101, { filter: { managerIds: [String(MANAGER.BJ0101_B)], search: '客户1' } });
    expect(who(searched.items)).toEqual(['BJ0101 10', 'BJ0101 11', 'BJ0101 12']);
    for (const filter of [{ managerIds: [String(MANAGER.BJ01)] }, { unassigned: true }, { unassigned: false, kind: 'CORPORATE' }]) {
      const res = await gql(
        sg.url,
        `query($f: CustomerFilter) { customerCounts(filter: $f) { total individual corporate } customers(filter: $f) { total } }`,
        { f: filter },
        bjBranch,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.customerCounts.total).toBe(res.data!.customers.total);
      expect(res.data!.customerCounts.individual + res.data!.customerCounts.corporate).toBe(res.data!.customers.total);
    }
  });

  it('reads the portfolios when the query runs: a reassignment shows at once', async () => {
    const [{ id }] = await withSql(db.url, (q) => q(`select id from customers.customer where name = 'BJ0101客户16'`));
    const ofB = async () => who((await list(bj0101, { filter: { managerIds: [String(MANAGER.BJ0101_B)] } })).items);
    expect(await ofB()).not.toContain('BJ0101 16');
    await withSql(db.url, (q) =>
      q(
        `insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, reason) values ($1, '/1/2/3/4/', 12, 'INITIAL')`,
        [id],
      ),
    );
    try {
      expect(await ofB()).toContain('BJ0101 16');
      expect(who((await list(bj0101, { filter: { unassigned: true } })).items)).not.toContain('BJ0101 16');
    } finally {
      await withSql(db.url, (q) => q(`delete from managers.portfolio_assignment where customer_id = $1`, [id]));
    }
    expect(await ofB()).not.toContain('BJ0101 16');
  });
});

describe('the filter never reveals a customer outside the scope', () => {
  const SORTS = ['NEWEST', 'NAME', 'TIER', 'AUM', 'LAST_CONTACT', 'STATUS', 'UNIT'];

  it('a manager of a wider unit: only the caller’s customers of theirs, whatever the sort', async () => {
    for (const sort of SORTS) {
      for (const direction of ['ASC', 'DESC']) {
        const outlet = await list(bj0101, { sort, direction, filter: { managerIds: [String(MANAGER.BJ01)] } });
        expect(who(outlet.items)).toEqual(range('BJ0101', 13, 14));
        expect(outlet.total).toBe(2);
      }
      const branch = await list(bjBranch, { sort, filter: { managerIds: [String(MANAGER.BJ01)] } });
      expect(who(branch.items)).toEqual([...range('BJ0101', 13, 14), ...range('BJ0102', 11, 12)]);
    }
  });

  it('a manager of another outlet or branch: nothing, as for a manager with no customers', async () => {
    for (const sort of SORTS) {
      for (const managerIds of [[String(MANAGER.SH0101)], [String(MANAGER.BJ0102)], ['99999']]) {
        expect(await list(bj0101, { sort, filter: { managerIds } })).toEqual({ total: 0, items: [] });
      }
      const mixed = await list(bj0101, { sort, filter: { managerIds: [String(MANAGER.SH0101), String(MANAGER.BJ0101_B)] } });
      expect(who(mixed.items)).toEqual(range('BJ0101', 9, 12));
      // "no manager" is the caller's customers with none, never another unit's
      const none = await list(bj0101, { sort, filter: { unassigned: true } });
      expect(new Set(none.items.map((c) => c.name.slice(0, 6)))).toEqual(new Set(['BJ0101']));
    }
    // head office sees the Shanghai manager's customers: the filter works, the scope did the cutting
    expect((await list(headOffice, { filter: { managerIds: [String(MANAGER.SH0101)] } })).total).toBe(15);
    const counts = await gql(
      sg.url,
      `query($f: CustomerFilter) { customerCounts(filter: $f) { total } }`,
      { f: { managerIds: [String(MANAGER.SH0101)] } },
      bj0101,
    );
    expect(counts.data!.customerCounts.total).toBe(0);
  });
});

describe('bad input is refused naming the field', () => {
  it.each([
    [{ managerIds: ['abc'] }, 'filter.managerIds', 'filter.managerIds must be a positive whole number'],
    [{ managerIds: ['0'] }, 'filter.managerIds', 'filter.managerIds must be a positive whole number'],
    [
      { managerIds: Array.from({ length: 51 }, (_, i) => String(i + 1)) },
      'filter.managerIds',
      'filter.managerIds takes at most 50 managers',
    ],
    [{ unassigned: true, managerIds: ['11'] }, 'filter.unassigned', 'filter.unassigned cannot be combined with filter.managerIds'],
  ])('%j', async (filter, field, message) => {
    const res = await gql(sg.url, LIST, { filter }, bj0101);
    expect(res.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(res.data?.customers ?? null).toBeNull();
  });

  it('an empty list of managers is no filter; false with managers is "these managers"', async () => {
    expect((await list(bj0101, { filter: { managerIds: [] } })).total).toBe(20);
    expect((await list(bj0101, { filter: { managerIds: ['11'], unassigned: false } })).total).toBe(8);
  });
});

describe('one page is a fixed number of statements', () => {
  it.each([{ managerIds: ['11', '12', '13', '14', '5'] }, { unassigned: true }, { unassigned: false }])(
    '%j, 5 rows or 30',
    async (filter) => {
      for (const sort of ['NEWEST', 'TIER', 'UNIT']) {
        const few = await countSql(['customers'], () => gql(sg.url, LIST, { sort, filter, page: { pageSize: 5 } }, headOffice));
        const many = await countSql(['customers'], () => gql(sg.url, LIST, { sort, filter, page: { pageSize: 30 } }, headOffice));
        expect(few.result.errors).toBeUndefined();
        expect(few.result.data?.customers.items).toHaveLength(5);
        expect(many.result.data?.customers.items.length).toBeGreaterThan(5);
        expect(many.counts.customers).toBe(2); // the page and its count
        expect(few.counts.customers).toBe(2);
      }
    },
  );

  it('"no manager" is planned as an anti join on the view’s index, "these managers" as a join: no list per row', async () => {
    // the SQL customerWhere writes (the ORM's own rendering), explained by PostgreSQL
    const orm = await MikroORM.init(ormOptions(customersDatabase, db.url, { pool: { min: 0, max: 1 } }));
    try {
      const sqlOf = (filter: CustomerFilter) =>
        orm.em
          .fork()
          .createQueryBuilder(Customer, 'c')
          .select('c.id')
          .where(customerWhere(new OrgScope('/1/'), filter))
          .getFormattedQuery();
      const plan = (filter: CustomerFilter) =>
        withSql(db.url, async (q) => JSON.stringify(await q(`explain (format json) ${sqlOf(filter)}`)));
      const none = await plan({ unassigned: true });
      expect(none).toContain('"Join Type":"Anti"');
      expect(none).toContain('portfolio_assignment_one_primary');
      // a join, not a (NOT) IN list evaluated per row
      for (const filter of [{ unassigned: true }, { unassigned: false }, { managerIds: ['11', '12'] }]) {
        const p = await plan(filter);
        expect(p).toMatch(/"Join Type":"(Anti|Semi|Inner)"/);
        expect(p).not.toContain('SubPlan');
      }
    } finally {
      await orm.close();
    }
  });
});
