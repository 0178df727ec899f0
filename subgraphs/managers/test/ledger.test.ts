import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { customersSubgraph } from '@crm/customers';
import { managersSubgraph } from '../src';
import { bankToday, trendMonths } from '../src/ledger/ledger.service';
import { MANAGERS, tokens } from './fixture';
import { C, FORMULA_STEP, insertLedgerBank, ledgerTokens } from './ledger.fixture';

/**
 * The manager's ledger (台账): the customers of the manager's current portfolio in the caller's
 * scope, each with figures that equal the customers subgraph's; sorted, filtered and paged on the
 * server in a fixed number of statements; exported to CSV with an append-only log.
 */
const db = useTestDatabase();
const today = bankToday();
let sg: RunningSubgraph;
let customers: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
let lt: Awaited<ReturnType<typeof ledgerTokens>>;

beforeAll(async () => {
  await insertLedgerBank(db.url, today);
  sg = await startTestSubgraph(managersSubgraph, db.url);
  customers = await startTestSubgraph(customersSubgraph, db.url);
  t = await tokens();
  lt = await ledgerTokens();
});
afterAll(async () => {
  await sg?.close();
  await customers?.close();
});

const ROW = `customer { id } customerNo tier tierRank depositBalance loanBalance depositTrend loanTrend
  maturingDeposits { count amount firstDate } loansDue { count amount firstDate } productsHeld
  lastContactAt nextStep nextStepDue churnRisk`;
const LEDGER = `query($id: ID!, $f: LedgerFilter, $s: LedgerSort, $d: SortDirection, $p: PageInput) {
  customerManager(id: $id) { id ledger(filter: $f, sort: $s, direction: $d, page: $p) { total page pageSize trendMonths items { ${ROW} } } } }`;

type Row = Record<string, any>;
async function ledger(token: string, id: number, vars: { f?: object; s?: string; d?: string; p?: object } = {}) {
  const res = await gql(sg.url, LEDGER, { id: String(id), ...vars }, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.customerManager.ledger as { total: number; page: number; pageSize: number; trendMonths: string[]; items: Row[] };
}
const ids = (rows: Row[]) => rows.map((r) => Number(r.customer.id));
const addDays = (days: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describe('the ledger’s rows and figures', () => {
  it('holds the current portfolio’s customers in the caller’s scope, with figures to the cent', async () => {
    const mine = await ledger(t.bj0101Manager, MANAGERS.BJ0101_A);
    // D moved to BJ0102 (outside an outlet's scope); E's assignment to manager 11 ended
    expect(ids(mine.items).sort()).toEqual([C.A, C.B, C.C]);
    expect(mine.total).toBe(3);
    const branch = await ledger(t.bjHead, MANAGERS.BJ0101_A);
    expect(ids(branch.items).sort()).toEqual([C.A, C.B, C.C, C.D]);

    const a = mine.items.find((r) => Number(r.customer.id) === C.A)!;
    expect(a).toMatchObject({
      customerNo: 'C000000101',
      tier: 'VIP',
      tierRank: 1,
      depositBalance: 80000.5,
      loanBalance: 102345.67,
      maturingDeposits: { count: 1, amount: 50000, firstDate: addDays(10) },
      loansDue: { count: 1, amount: 100000, firstDate: addDays(5) },
      productsHeld: ['DEMAND_DEPOSIT', 'TIME_DEPOSIT', 'LOAN', 'CREDIT_CARD', 'WEALTH'],
      nextStep: FORMULA_STEP,
      nextStepDue: addDays(-1),
      churnRisk: false,
    });
    // the 12 month-ends before today's month, oldest first; the month before them and the USD account not in
    expect(a.depositTrend).toEqual(Array.from({ length: 12 }, (_, i) => 1000 * (i + 1)));
    expect(a.loanTrend).toEqual(Array.from({ length: 12 }, (_, i) => 500 * (i + 1) + 10));
    expect(mine.trendMonths).toEqual(trendMonths(today));
    expect(mine.trendMonths[11]).toBe(addDays(-Number(today.slice(8, 10))).slice(0, 7));
    expect(Date.now() - new Date(a.lastContactAt).getTime()).toBeGreaterThan(3 * 86_400_000 - 60_000);
    expect(Date.now() - new Date(a.lastContactAt).getTime()).toBeLessThan(3 * 86_400_000 + 60_000);

    const b = mine.items.find((r) => Number(r.customer.id) === C.B)!;
    expect(b).toMatchObject({
      tier: 'KEY',
      tierRank: 3,
      depositBalance: 6000,
      loanBalance: 0,
      productsHeld: ['SETTLEMENT', 'BASIC'],
      lastContactAt: null,
      nextStep: null,
      churnRisk: true,
      maturingDeposits: { count: 0, amount: 0, firstDate: null },
    });
    expect(b.depositTrend).toEqual(Array(12).fill(0));
    const c = mine.items.find((r) => Number(r.customer.id) === C.C)!;
    expect(c).toMatchObject({ tier: null, tierRank: null, depositBalance: 0, productsHeld: [], churnRisk: null, nextStepDue: addDays(7) });
  });

  it('has the balances the customers subgraph shows for the same customers', async () => {
    const pages = [
      ...(await ledger(t.bjHead, MANAGERS.BJ0101_A)).items,
      ...(await ledger(t.bjHead, MANAGERS.BJ0101_B, { p: { pageSize: 100 } })).items,
      ...(await ledger(t.bjHead, MANAGERS.BJ0101_B, { p: { page: 2, pageSize: 100 } })).items,
      ...(await ledger(t.bjHead, MANAGERS.BJ0101_B, { p: { page: 3, pageSize: 100 } })).items,
      ...(await ledger(t.bjHead, MANAGERS.BJ0102)).items,
    ];
    expect(pages.length).toBe(4 + 201 + 20);
    const res = await gql(
      customers.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id customerNo balances { deposits loans creditCardDebt } } } }`,
      { r: pages.map((r) => ({ __typename: 'Customer', id: r.customer.id })) },
      t.bjHead,
    );
    expect(res.errors).toBeUndefined();
    const theirs = res.data!._entities as { id: string; customerNo: string; balances: Record<string, number> }[];
    pages.forEach((row, i) => {
      expect(theirs[i].id).toBe(row.customer.id);
      expect(theirs[i].customerNo).toBe(row.customerNo);
      expect(row.depositBalance, `deposits of ${row.customerNo}`).toBe(theirs[i].balances.deposits);
      expect(row.loanBalance, `loans of ${row.customerNo}`).toBeCloseTo(theirs[i].balances.loans + theirs[i].balances.creditCardDebt, 2);
    });
    expect(pages.some((r) => r.loanBalance > 0 && r.depositBalance > 0)).toBe(true);
  });

  it('sums the ledger in one summary', async () => {
    const res = await gql(
      sg.url,
      `query($id: ID!) { customerManager(id: $id) { ledgerSummary { customers deposits loans atChurnRisk
         maturingDeposits { count amount firstDate } loansDue { count amount firstDate } } } }`,
      { id: String(MANAGERS.BJ0101_A) },
      t.bj0101Manager,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.customerManager.ledgerSummary).toEqual({
      customers: 3,
      deposits: 86000.5,
      loans: 102345.67,
      atChurnRisk: 1,
      maturingDeposits: { count: 1, amount: 50000, firstDate: addDays(10) },
      loansDue: { count: 1, amount: 100000, firstDate: addDays(5) },
    });
  });
});

describe('sorting, filtering and paging on the server', () => {
  const order = async (s?: string, d?: string) => ids((await ledger(t.bj0101Manager, MANAGERS.BJ0101_A, { s, d })).items);

  it('sorts by each key in its natural direction, or as asked, id breaking ties', async () => {
    expect(await order()).toEqual([C.A, C.B, C.C]); // DEPOSITS, DESC
    expect(await order('DEPOSITS', 'ASC')).toEqual([C.C, C.B, C.A]);
    expect(await order('LOANS')).toEqual([C.A, C.C, C.B]); // B and C owe nothing: id DESC
    expect(await order('TIER')).toEqual([C.A, C.B, C.C]); // VIP, KEY, not tiered
    expect(await order('TIER', 'ASC')).toEqual([C.C, C.B, C.A]);
    expect(await order('LAST_CONTACT')).toEqual([C.A, C.C, C.B]); // never contacted: longest ago
    expect(await order('MATURING')).toEqual([C.A, C.B, C.C]); // nothing due: farthest, id ASC
    expect(await order('CUSTOMER_NO', 'DESC')).toEqual([C.C, C.B, C.A]);
  });

  it('pages without overlap or gap, the total on every page (past the last too)', async () => {
    const all = await ledger(t.bjHead, MANAGERS.BJ0101_B, { s: 'DEPOSITS', p: { pageSize: 100 } });
    const next = await ledger(t.bjHead, MANAGERS.BJ0101_B, { s: 'DEPOSITS', p: { page: 2, pageSize: 100 } });
    const last = await ledger(t.bjHead, MANAGERS.BJ0101_B, { s: 'DEPOSITS', p: { page: 3, pageSize: 100 } });
    const past = await ledger(t.bjHead, MANAGERS.BJ0101_B, { p: { page: 9, pageSize: 100 } });
    expect([all.total, next.total, last.total, past.total]).toEqual([201, 201, 201, 201]);
    expect(last.items).toHaveLength(1);
    expect(past.items).toEqual([]);
    const both = [...all.items, ...next.items, ...last.items];
    expect(new Set(ids(both)).size).toBe(201);
    const deposits = both.map((r) => r.depositBalance);
    expect(deposits).toEqual([...deposits].sort((x, y) => y - x));
    expect(both[0].depositTrend).toHaveLength(12);
    expect(both[0].depositTrend[11]).toBe(both[0].depositBalance); // month-ends equal the balance held all year
  });

  it('filters by tier, churn risk, maturity, silence and next step due', async () => {
    const f = async (filter: object) => ids((await ledger(t.bj0101Manager, MANAGERS.BJ0101_A, { f: filter, s: 'CUSTOMER_NO' })).items);
    expect(await f({ tiers: ['VIP', 'CRITICAL'] })).toEqual([C.A]);
    expect(await f({ churnRiskOnly: true })).toEqual([C.B]);
    expect(await f({ maturingWithinDays: 5 })).toEqual([C.A]); // the loan due on day 5
    expect(await f({ maturingWithinDays: 4 })).toEqual([]);
    expect(await f({ notContactedForDays: 30 })).toEqual([C.B, C.C]);
    // A was contacted 3 days ago: not on any of the last 3 days (today and the 2 before), but within the last 4
    expect(await f({ notContactedForDays: 3 })).toEqual([C.A, C.B, C.C]);
    expect(await f({ notContactedForDays: 4 })).toEqual([C.B, C.C]);
    expect(await f({ notContactedForDays: 4, hasNextStepDue: false })).toEqual([C.B, C.C]);
    expect(await f({ hasNextStepDue: true })).toEqual([C.A]);
    expect(await f({ tiers: ['KEY'], churnRiskOnly: true, notContactedForDays: 1 })).toEqual([C.B]);
    const page = await ledger(t.bj0101Manager, MANAGERS.BJ0101_A, { f: { churnRiskOnly: true } });
    expect(page.total).toBe(1);
  });

  it('refuses bad input naming the field', async () => {
    const bad = async (vars: object, id = String(MANAGERS.BJ0101_A)) => {
      const res = await gql(sg.url, LEDGER, { id, ...vars }, t.bj0101Manager);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return res.errors![0].extensions!.field as string;
    };
    expect(await bad({ f: { maturingWithinDays: 0 } })).toBe('filter.maturingWithinDays');
    expect(await bad({ f: { maturingWithinDays: 91 } })).toBe('filter.maturingWithinDays');
    expect(await bad({ f: { notContactedForDays: 0 } })).toBe('filter.notContactedForDays');
    expect(await bad({ f: { tiers: Array(11).fill('VIP') } })).toBe('filter.tiers');
    expect(await bad({ p: { pageSize: 101 } })).toMatch(/pageSize/);
    expect(await bad({ s: 'AUM' })).toBe('s');
    const exp = await gql(
      sg.url,
      `mutation($id: ID!, $f: LedgerFilter) { exportLedger(managerId: $id, filter: $f) { rows } }`,
      { id: 'x1', f: null },
      t.bjHead,
    );
    expect(exp.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'managerId' });
  });
});

describe('who may read it', () => {
  it('answers a manager of another outlet or branch NOT_FOUND, like one that does not exist — by id, by _entities, through a customer', async () => {
    const q = `query($id: ID!) { customerManager(id: $id) { ledger { total items { customerNo } } } }`;
    const foreign = await gql(sg.url, q, { id: String(MANAGERS.BJ0101_A) }, t.sh0101Manager);
    const missing = await gql(sg.url, q, { id: '99999' }, t.sh0101Manager);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(JSON.stringify(foreign)).not.toContain('C000000');

    const ent = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on CustomerManager { id ledger { total } ledgerSummary { customers } } } }`,
      { r: [{ __typename: 'CustomerManager', id: String(MANAGERS.BJ0101_A) }] },
      t.sh0101Manager,
    );
    expect(ent.errors).toBeUndefined();
    expect(ent.data!._entities).toEqual([null]);

    // an outlet sees its customer's manager of the sub-branch, but not that manager's ledger (outside its scope)
    const viaCustomer = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id manager { id ledger { total items { customerNo } } } } } }`,
      { r: [{ __typename: 'Customer', id: String(C.H) }] },
      t.bj0101Manager,
    );
    expect(viaCustomer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(viaCustomer.data)).not.toContain('C000000107');
    // the sub-branch's head sees both of its customers
    expect(ids((await ledger(t.bjHead, MANAGERS.BJ01)).items).sort()).toEqual([C.H, C.I]);
  });

  it('is FORBIDDEN to a role without MANAGER_READ and CUSTOMER_READ, and its export without CUSTOMER_EXPORT', async () => {
    // a trainer reads managers, not customers
    const trainer = await gql(sg.url, LEDGER, { id: String(MANAGERS.BJ0101_A) }, t.trainer);
    expect(trainer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(trainer.data?.customerManager ?? null).toBeNull();
    const product = await gql(sg.url, LEDGER, { id: String(MANAGERS.BJ0101_A) }, t.product);
    expect(product.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const summary = await gql(
      sg.url,
      `query($id: ID!) { customerManager(id: $id) { ledgerSummary { customers } } }`,
      { id: '11' },
      t.trainer,
    );
    expect(summary.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const exp = await gql(
      sg.url,
      `mutation($id: ID!) { exportLedger(managerId: $id) { rows csv } }`,
      { id: String(MANAGERS.BJ0101_A) },
      t.bj0101Manager,
    );
    expect(exp.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(exp.data?.exportLedger ?? null).toBeNull();
  });
});

describe('SQL statements per page', () => {
  const PAGE = `query($id: ID!, $n: Int!) { customerManager(id: $id) { id portfolioSize
    ledgerSummary { customers deposits maturingDeposits { count } }
    ledger(page: { pageSize: $n }, sort: TIER) { total items { ${ROW} } } } }`;

  it('are the same for 20 and 200 customers in the portfolio, and for pages of 20 and 100', async () => {
    const run = (id: number, n: number) => countSql(['managers'], () => gql(sg.url, PAGE, { id: String(id), n }, t.bjHead));
    const small = await run(MANAGERS.BJ0102, 20);
    const big20 = await run(MANAGERS.BJ0101_B, 20);
    const big100 = await run(MANAGERS.BJ0101_B, 100);
    for (const r of [small, big20, big100]) expect(r.result.errors).toBeUndefined();
    expect(small.result.data!.customerManager.ledger.items).toHaveLength(20);
    expect(big20.result.data!.customerManager.ledger.items).toHaveLength(20);
    expect(big100.result.data!.customerManager.ledger.items).toHaveLength(100);
    expect(big100.result.data!.customerManager.ledger.total).toBe(201);
    expect(big20.counts.managers).toBe(small.counts.managers);
    expect(big100.counts.managers).toBe(small.counts.managers);
    // the manager in scope, the portfolio size, the summary, the page (count and rows together)
    expect(small.counts.managers).toBeLessThanOrEqual(4);
    console.info(`ledger page: ${small.counts.managers} SQL statements (20 of 20) = ${big100.counts.managers} (100 of 201)`);
  });

  it('a list of managers with their ledgers costs the same for 2 managers as for 4', async () => {
    const LIST = `{ customerManagers(page: { pageSize: 100 }) { items { id ledger(page: { pageSize: 5 }) { total items { customerNo depositTrend } }
      ledgerSummary { customers } } } }`;
    const outlet = await countSql(['managers'], () => gql(sg.url, LIST, {}, t.bj0101Manager));
    const branch = await countSql(['managers'], () => gql(sg.url, LIST, {}, t.bjHead));
    expect(outlet.result.errors).toBeUndefined();
    expect(branch.result.errors).toBeUndefined();
    expect(outlet.result.data!.customerManagers.items).toHaveLength(2);
    expect(branch.result.data!.customerManagers.items).toHaveLength(4);
    expect(branch.counts.managers).toBe(outlet.counts.managers);
  });
});

describe('the export', () => {
  const EXPORT = `mutation($id: ID!, $f: LedgerFilter) { exportLedger(managerId: $id, filter: $f) { filename contentType rows csv } }`;
  const log = () =>
    withSql(db.url, (q) =>
      q(`select staff_id, staff_username, org_path, manager_id, filter, row_count from managers.ledger_export_log order by id`),
    );

  it('writes the filtered ledger as spreadsheet-safe CSV and logs who, whose, which filter, how many', async () => {
    const before = (await log()).length;
    const res = await gql(sg.url, EXPORT, { id: String(MANAGERS.BJ0101_A), f: { maturingWithinDays: 30 } }, t.bjHead);
    expect(res.errors).toBeUndefined();
    const file = res.data!.exportLedger;
    expect(file).toMatchObject({ rows: 1, contentType: 'text/csv; charset=utf-8', filename: `ledger-11-${today.replace(/-/g, '')}.csv` });
    const lines = (file.csv as string)
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^customer_no,tier,deposit_balance,loan_balance,/);
    expect(lines[1]).toContain('C000000101,VIP,80000.50,102345.67,1,50000.00,');
    expect(lines[1]).toContain('DEMAND_DEPOSIT TIME_DEPOSIT LOAN CREDIT_CARD WEALTH');
    // the next step written as a formula is text in a spreadsheet: a leading quote, inside CSV quotes
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);

    const all = await gql(sg.url, EXPORT, { id: String(MANAGERS.BJ0101_A) }, t.bjHead);
    expect(all.data!.exportLedger.rows).toBe(4);
    const entries = (await log()).slice(before);
    expect(entries).toEqual([
      {
        staff_id: 2,
        staff_username: 'test.user',
        org_path: '/1/2/',
        manager_id: 11,
        filter: { tiers: null, churnRiskOnly: false, maturingWithinDays: 30, notContactedForDays: null, hasNextStepDue: null },
        row_count: 1,
      },
      expect.objectContaining({ manager_id: 11, row_count: 4, filter: expect.objectContaining({ maturingWithinDays: null }) }),
    ]);
  });

  it('answers a manager outside the scope NOT_FOUND and logs nothing', async () => {
    const before = (await log()).length;
    const res = await gql(sg.url, EXPORT, { id: String(MANAGERS.BJ0101_A) }, lt.shHead);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.data?.exportLedger ?? null).toBeNull();
    const bad = await gql(sg.url, EXPORT, { id: String(MANAGERS.BJ0101_A), f: { maturingWithinDays: 120 } }, t.bjHead);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.maturingWithinDays' });
    expect((await log()).length).toBe(before);
  });

  it('keeps its log append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await gql(sg.url, EXPORT, { id: String(MANAGERS.BJ0102) }, t.bjHead);
    for (const sql of [
      `update managers.ledger_export_log set row_count = 0`,
      `delete from managers.ledger_export_log`,
      `truncate managers.ledger_export_log`,
    ]) {
      await expect(
        withSql(db.url, (q) => q(sql)),
        sql,
      ).rejects.toThrow(/append-only/);
    }
    expect((await log()).length).toBeGreaterThan(0);
  });
});
