import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import { MAX_YUAN, type RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '../src';
import { insertCustomers, OUTLETS, PATHS } from './fixture';

/**
 * The customer list as a branch manager works it: sorted and filtered on the server by tier, AUM,
 * status, unit and last contact, whatever the page size in a fixed number of statements, and never
 * a customer outside the caller's scope whatever the sort or filter.
 *
 * Customer g (1..20) of every outlet (the fixture's names: '<outlet>客户<g>'):
 * - AUM: a demand deposit of 1000·g, a wealth product of 500 when g % 3 = 0, and what does not count:
 *   a loan of 1,000,000 (g = 1), a closed deposit of 9,000,000 (g = 2), a USD deposit (g = 5);
 * - last contact: 5·g days ago, never when g % 4 = 0;
 * - tier on the bank's latest scored date (2025-03-31, the active value pyramid): g ≤ 2 VIP, ≤ 5
 *   CRITICAL, ≤ 9 KEY, ≤ 14 VALUE, ≤ 18 BASIC, 19 and 20 not tiered; everyone was VIP on 2025-02-28
 *   (an older date: never read);
 * - status: DORMANT when g % 10 = 0 (the fixture), else ACTIVE.
 */
const PER_OUTLET = 20;
const db = useTestDatabase();
let sg: RunningSubgraph;
let bj0101: string, bjBranch: string, headOffice: string;

const LIST = `query($filter: CustomerFilter, $page: PageInput, $sort: CustomerSort, $direction: SortDirection) {
  customers(filter: $filter, page: $page, sort: $sort, direction: $direction) {
    total items { id name status aum lastContactAt homeOrgUnit { id } }
  }
}`;
interface Row {
  id: string;
  name: string;
  status: string;
  aum: number;
  lastContactAt: string | null;
  homeOrgUnit: { id: string };
}
const list = async (token: string, vars: Record<string, unknown>) => {
  const res = await gql(sg.url, LIST, { page: { pageSize: 100 }, ...vars }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.customers as { total: number; items: Row[] };
};
const g = (name: string) => Number(/客户(\d+)$/.exec(name)![1]);
const outletOf = (name: string) => name.slice(0, 6);

const aumOf = (n: number) => 1000 * n + (n % 3 === 0 ? 500 : 0);
const TIER_RANK = (n: number) => (n <= 2 ? 1 : n <= 5 ? 2 : n <= 9 ? 3 : n <= 14 ? 4 : n <= 18 ? 5 : null);

beforeAll(async () => {
  await insertCustomers(db.url, PER_OUTLET);
  await withSql(db.url, async (q) => {
    const g = `(substring(c.name from '客户(\\d+)$'))::int`;
    await q(`insert into customers.account (account_no, customer_id, kind, balance, opened_on)
             select '6222' || lpad(c.id::text, 9, '0') || '01', c.id, 'DEMAND_DEPOSIT', 1000 * ${g}, date '2020-01-01' from customers.customer c`);
    await q(`insert into customers.account (account_no, customer_id, kind, balance, opened_on)
             select '6222' || lpad(c.id::text, 9, '0') || '02', c.id, 'WEALTH', 500, date '2020-01-01' from customers.customer c where ${g} % 3 = 0`);
    await q(`insert into customers.account (account_no, customer_id, kind, balance, interest_rate, opened_on, matures_on)
             select '6222' || lpad(c.id::text, 9, '0') || '03', c.id, 'LOAN', 1000000, 4.2, date '2020-01-01', date '2030-01-01' from customers.customer c where ${g} = 1`);
    await q(`insert into customers.account (account_no, customer_id, kind, balance, opened_on, closed_on, status)
             select '6222' || lpad(c.id::text, 9, '0') || '04', c.id, 'DEMAND_DEPOSIT', 9000000, date '2020-01-01', date '2024-01-01', 'CLOSED' from customers.customer c where ${g} = 2`);
    await q(`insert into customers.account (account_no, customer_id, kind, currency, balance, opened_on)
             select '6222' || lpad(c.id::text, 9, '0') || '05', c.id, 'DEMAND_DEPOSIT', 'USD', 70000, date '2020-01-01' from customers.customer c where ${g} = 5`);
    // two contacts each, the later one counts
    await q(`insert into customers.interaction (customer_id, staff_id, org_unit_id, channel, occurred_at, summary)
             select c.id, 1, c.home_org_unit_id, 'PHONE', now() - (5 * ${g} + d) * interval '1 day', '回访'
             from customers.customer c, (values (0), (30)) v(d) where ${g} % 4 <> 0`);
    // analysis's scores (its own table, a fixture here): the latest date tiers by g, an older one says VIP for all
    const score = (asOf: string, tier: string) =>
      q(`insert into analysis.customer_score (customer_id, as_of, home_org_unit_id, home_org_path,
           deposit_balance, wealth_balance, loan_balance, daily_avg_assets, weighted_assets,
           deposit_margin, loan_margin, fee_income, intermediary_income, cost_allowance, contribution,
           tenure_years, active_months, products_held, loyalty, complaints_12m, satisfaction,
           product_families, relationships, relevance, frequency_12m, monetary_12m, channel_mix,
           deposit_trend, loan_trend, churn_risk, churn_reasons, policy_id, tier)
         select c.id, date '${asOf}', c.home_org_unit_id, c.home_org_path, 0,0,0,0,0, 0,0,0,0,0,0, 0,0,0,0,0,0, 0,0,0,0,0,'{}'::jsonb,
                '{}'::numeric[], '{}'::numeric[], false, '[]'::jsonb,
                (select id from analysis.tier_policy where status = 'ACTIVE'), ${tier}
         from customers.customer c`);
    await score('2025-02-28', `'VIP'`);
    await score(
      '2025-03-31',
      `case when ${g} <= 2 then 'VIP' when ${g} <= 5 then 'CRITICAL' when ${g} <= 9 then 'KEY' when ${g} <= 14 then 'VALUE' when ${g} <= 18 then 'BASIC' end`,
    );
  });
  sg = await startTestSubgraph(customersSubgraph, db.url);
  bj0101 = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101 }));
  bjBranch = await tokenFor(staffClaims({ orgPath: PATHS.BJ, level: 'BRANCH', roles: ['BRANCH_LEADER'] }));
  headOffice = await tokenFor(
    staffClaims({ orgPath: PATHS.HO, level: 'HEAD_OFFICE', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] }),
  );
});
afterAll(() => sg?.close());

describe('the figures on the row', () => {
  it('AUM is deposits and wealth not closed, in CNY; last contact is the latest interaction', async () => {
    const { items } = await list(bj0101, {});
    for (const c of items) {
      expect(c.aum).toBe(aumOf(g(c.name)));
      if (g(c.name) % 4 === 0) expect(c.lastContactAt).toBeNull();
      else {
        const days = (Date.now() - Date.parse(c.lastContactAt!)) / 86_400_000;
        expect(Math.round(days)).toBe(5 * g(c.name));
      }
    }
  });

  it('follows the accounts and interactions as they change, whoever writes them', async () => {
    const [{ id }] = await withSql(db.url, (q) => q(`select id from customers.customer where name = 'BJ0102客户7'`));
    const one = async () => (await list(bjBranch, { filter: { search: 'BJ0102客户7' } })).items[0];
    expect((await one()).aum).toBe(7000);
    await withSql(db.url, async (q) => {
      await q(`update customers.account set balance = balance + 250.5 where customer_id = $1 and kind = 'DEMAND_DEPOSIT'`, [id]);
      await q(
        `insert into customers.interaction (customer_id, staff_id, org_unit_id, channel, occurred_at, summary)
               values ($1, 1, 5, 'VISIT', now(), '拜访')`,
        [id],
      );
    });
    expect(await one()).toMatchObject({ aum: 7250.5 });
    expect(Date.now() - Date.parse((await one()).lastContactAt!)).toBeLessThan(60_000);
    await withSql(db.url, async (q) => {
      await q(`update customers.account set status = 'CLOSED', closed_on = current_date where customer_id = $1`, [id]);
      await q(`delete from customers.interaction where customer_id = $1`, [id]);
    });
    expect(await one()).toMatchObject({ aum: 0, lastContactAt: null });
    // put it back as the fixture had it
    await withSql(db.url, async (q) => {
      await q(
        `update customers.account set status = 'OPEN', closed_on = null, balance = 7000 where customer_id = $1 and kind = 'DEMAND_DEPOSIT'`,
        [id],
      );
      await q(
        `insert into customers.interaction (customer_id, staff_id, org_unit_id, channel, occurred_at, summary)
               select $1, 1, 5, 'PHONE', now() - d * interval '1 day', '回访' from (values (35), (65)) v(d)`,
        [id],
      );
    });
    expect(await one()).toMatchObject({ aum: 7000 });
  });
});

describe('sorted on the server', () => {
  const numbers = (items: Row[]) => items.map((c) => g(c.name));

  it('NEWEST by default: newest first', async () => {
    const { items } = await list(bj0101, {});
    const ids = items.map((c) => Number(c.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('AUM both ways, ties broken by id', async () => {
    const desc = numbers((await list(bj0101, { sort: 'AUM' })).items);
    expect(desc.map(aumOf)).toEqual([...desc.map(aumOf)].sort((a, b) => b - a));
    expect(desc[0]).toBe(20);
    const asc = numbers((await list(bj0101, { sort: 'AUM', direction: 'ASC' })).items);
    expect(asc).toEqual([...desc].reverse());
  });

  it('TIER: top first (VIP), not tiered last; ASC the other way round, the older date never read', async () => {
    const desc = (await list(bj0101, { sort: 'TIER' })).items;
    const ranks = desc.map((c) => TIER_RANK(g(c.name)));
    expect(ranks).toEqual([1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, null, null]);
    // within a tier: id descending (the tiebreak in the sort's direction)
    expect(Number(desc[0].id)).toBeGreaterThan(Number(desc[1].id));
    const asc = (await list(bj0101, { sort: 'TIER', direction: 'ASC' })).items;
    expect(asc.map((c) => c.id)).toEqual(desc.map((c) => c.id).reverse());
  });

  it('LAST_CONTACT: most recent first, never contacted as longest ago', async () => {
    const desc = numbers((await list(bj0101, { sort: 'LAST_CONTACT' })).items);
    expect(desc.slice(0, 15)).toEqual([1, 2, 3, 5, 6, 7, 9, 10, 11, 13, 14, 15, 17, 18, 19]);
    expect(desc.slice(15).sort((a, b) => a - b)).toEqual([4, 8, 12, 16, 20]);
    const asc = numbers((await list(bj0101, { sort: 'LAST_CONTACT', direction: 'ASC' })).items);
    expect(asc.slice(0, 5).sort((a, b) => a - b)).toEqual([4, 8, 12, 16, 20]);
    expect(asc.slice(5)).toEqual([19, 18, 17, 15, 14, 13, 11, 10, 9, 7, 6, 5, 3, 2, 1]);
  });

  it('NAME in pinyin order', async () => {
    await withSql(db.url, (q) =>
      q(`update customers.customer set name = v.name from (values ('BJ0101客户1', '张三'), ('BJ0101客户2', '安娜'), ('BJ0101客户3', '李四')) v(old, name)
         where customers.customer.name = v.old`),
    );
    try {
      const { items } = await list(bj0101, { sort: 'NAME', filter: { search: '' } });
      const zh = items.map((c) => c.name).filter((n) => !n.startsWith('BJ'));
      expect(zh).toEqual(['安娜', '李四', '张三']); // an, li, zhang
    } finally {
      await withSql(db.url, (q) =>
        q(`update customers.customer set name = v.old from (values ('BJ0101客户1', '张三'), ('BJ0101客户2', '安娜'), ('BJ0101客户3', '李四')) v(old, name)
           where customers.customer.name = v.name and home_org_unit_id = 4`),
      );
    }
  });

  it('STATUS: active before dormant; UNIT by the unit’s code', async () => {
    const byStatus = (await list(bjBranch, { sort: 'STATUS' })).items.map((c) => c.status);
    expect(byStatus.indexOf('DORMANT')).toBe(byStatus.lastIndexOf('ACTIVE') + 1);
    const units = (await list(bjBranch, { sort: 'UNIT' })).items.map((c) => c.homeOrgUnit.id);
    expect(units).toEqual([...Array(20).fill(String(OUTLETS.BJ0101)), ...Array(20).fill(String(OUTLETS.BJ0102))]);
    const back = (await list(bjBranch, { sort: 'UNIT', direction: 'DESC' })).items.map((c) => c.homeOrgUnit.id);
    expect(back).toEqual([...units].reverse());
  });

  it('pages a sort with ties without overlap or gaps', async () => {
    for (const sort of ['STATUS', 'TIER', 'UNIT']) {
      const seen: string[] = [];
      for (let page = 1; page <= 6; page += 1) {
        const res = await gql(sg.url, LIST, { sort, page: { page, pageSize: 7 } }, bjBranch);
        seen.push(...res.data!.customers.items.map((c: Row) => c.id));
      }
      expect(seen).toHaveLength(40);
      expect(new Set(seen).size).toBe(40);
    }
  });
});

describe('filtered on the server', () => {
  it('by tier: the bank’s latest scored date only', async () => {
    const res = await list(bj0101, { filter: { tiers: ['VIP', 'KEY'] }, sort: 'TIER' });
    expect(res.items.map((c) => g(c.name)).sort((a, b) => a - b)).toEqual([1, 2, 6, 7, 8, 9]);
    expect(res.total).toBe(6);
    expect((await list(bj0101, { filter: { tiers: ['GOLD'] } })).total).toBe(0);
  });

  it('by AUM range, both ends included', async () => {
    const res = await list(bj0101, { filter: { aumMin: 5000, aumMax: 9500 }, sort: 'AUM', direction: 'ASC' });
    expect(res.items.map((c) => c.aum)).toEqual([5000, 6500, 7000, 8000, 9500]);
    expect((await list(bj0101, { filter: { aumMin: 19000 } })).items.map((c) => c.aum).sort()).toEqual([19000, 20000]);
    expect((await list(bj0101, { filter: { aumMax: 1000 } })).items.map((c) => c.aum)).toEqual([1000]);
  });

  it('not contacted for N days, never contacted included', async () => {
    const res = await list(bj0101, { filter: { notContactedForDays: 80 } });
    // contacted 80 days ago or earlier (g ≥ 16), or never (g % 4 = 0)
    expect(res.items.map((c) => g(c.name)).sort((a, b) => a - b)).toEqual([4, 8, 12, 16, 17, 18, 19, 20]);
    const none = await list(bj0101, { filter: { notContactedForDays: 3650 } });
    expect(none.items.map((c) => g(c.name)).sort((a, b) => a - b)).toEqual([4, 8, 12, 16, 20]);
  });

  it('by status and unit, combined with the rest', async () => {
    const res = await list(bjBranch, {
      filter: { status: 'ACTIVE', homeOrgUnitId: String(OUTLETS.BJ0102), tiers: ['BASIC'], aumMin: 16000, notContactedForDays: 1 },
      sort: 'AUM',
    });
    expect(res.items.map((c) => c.name)).toEqual(['BJ0102客户18', 'BJ0102客户17', 'BJ0102客户16']);
  });

  it('counts agree with the list', async () => {
    const filter = { tiers: ['CRITICAL', 'VALUE'], aumMin: 4000 };
    const res = await gql(
      sg.url,
      `query($f: CustomerFilter) { customerCounts(filter: $f) { total } customers(filter: $f) { total } }`,
      { f: filter },
      bjBranch,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.customerCounts.total).toBe(res.data!.customers.total);
    expect(res.data!.customers.total).toBe(2 * 7); // g 4, 5 and 10..14 per outlet
  });
});

describe('scope holds whatever the sort or filter', () => {
  const SORTS = ['NEWEST', 'NAME', 'TIER', 'AUM', 'LAST_CONTACT', 'STATUS', 'UNIT'];
  const FILTERS = [{}, { tiers: ['VIP', 'BASIC'] }, { aumMin: 0, aumMax: MAX_YUAN }, { notContactedForDays: 1 }, { status: 'ACTIVE' }];

  it('an outlet sees its own customers only; another unit’s id as the unit filter gives nothing', async () => {
    for (const sort of SORTS) {
      for (const direction of ['ASC', 'DESC']) {
        for (const filter of FILTERS) {
          const { items } = await list(bj0101, { sort, direction, filter });
          expect(items.length).toBeGreaterThan(0);
          expect(new Set(items.map((c) => outletOf(c.name)))).toEqual(new Set(['BJ0101']));
        }
      }
      const other = await list(bj0101, { sort, filter: { homeOrgUnitId: String(OUTLETS.SH0101), tiers: ['VIP'] } });
      expect(other).toEqual({ total: 0, items: [] });
    }
  });

  it('a branch its outlets, head office the bank', async () => {
    for (const sort of SORTS) {
      const branch = await list(bjBranch, { sort, filter: { tiers: ['VIP'] } });
      expect(new Set(branch.items.map((c) => outletOf(c.name)))).toEqual(new Set(['BJ0101', 'BJ0102']));
      expect((await list(headOffice, { sort, filter: { tiers: ['VIP'] } })).total).toBe(6);
    }
  });
});

describe('bad input is refused naming the field', () => {
  it.each([
    [{ aumMin: -1 }, 'filter.aumMin', `filter.aumMin must be an amount from 0 to ${MAX_YUAN} yuan`],
    [{ aumMax: 1e17 }, 'filter.aumMax', `filter.aumMax must be an amount from 0 to ${MAX_YUAN} yuan`],
    [{ aumMin: 5000, aumMax: 100 }, 'filter.aumMax', 'filter.aumMax must not be below filter.aumMin'],
    [{ notContactedForDays: 0 }, 'filter.notContactedForDays', 'filter.notContactedForDays must be a whole number of days from 1 to 3650'],
    [
      { notContactedForDays: 3651 },
      'filter.notContactedForDays',
      'filter.notContactedForDays must be a whole number of days from 1 to 3650',
    ],
  ])('%j', async (filter, field, message) => {
    const res = await gql(sg.url, LIST, { filter }, bj0101);
    expect(res.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(res.data?.customers ?? null).toBeNull();
  });

  it('an unknown sort key or tier is refused by the schema', async () => {
    const res = await gql(sg.url, LIST, { sort: 'PHONE' }, bj0101);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tier = await gql(sg.url, LIST, { filter: { tiers: ['PLATINUM'] } }, bj0101);
    expect(tier.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('one page is a fixed number of statements', () => {
  it.each(['NEWEST', 'NAME', 'TIER', 'AUM', 'LAST_CONTACT', 'STATUS', 'UNIT'])('sorted by %s and filtered, 5 rows or 60', async (sort) => {
    const filter = { tiers: ['VIP', 'CRITICAL', 'KEY', 'VALUE', 'BASIC'], aumMin: 0, notContactedForDays: 1 };
    const few = await countSql(['customers'], () => gql(sg.url, LIST, { sort, filter, page: { pageSize: 5 } }, headOffice));
    const many = await countSql(['customers'], () => gql(sg.url, LIST, { sort, filter, page: { pageSize: 60 } }, headOffice));
    expect(few.result.errors).toBeUndefined();
    expect(many.result.data?.customers.items).toHaveLength(54); // 18 tiered per outlet
    expect(many.counts.customers).toBe(few.counts.customers);
    expect(many.counts.customers).toBe(2); // the page and its count
  });

  it('sorts on indexes at scale: AUM and last contact have theirs; the tier join reads the published view’s index', async () => {
    const plan = await withSql(db.url, async (q) => {
      await q(`set enable_seqscan = off`);
      await q(`set enable_sort = off`);
      const aum = await q(
        `explain (format json) select id from customers.customer c where home_org_path like '/1/%' order by aum desc, id desc limit 20`,
      );
      const contact = await q(
        `explain (format json) select id from customers.customer c where home_org_path like '/1/%' order by last_contact_at desc nulls last, id desc limit 20`,
      );
      const tier = await q(
        `explain (format json) select c.id from customers.customer c join analysis_api.customer_tier t on t.customer_id = c.id where c.id = 5`,
      );
      return { aum: JSON.stringify(aum), contact: JSON.stringify(contact), tier: JSON.stringify(tier) };
    });
    expect(plan.aum).toContain('customer_aum');
    expect(plan.contact).toContain('customer_last_contact');
    expect(plan.tier).toMatch(/customer_score_current|customer_score_pkey/);
  });
});
