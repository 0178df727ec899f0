import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { analysisSubgraph } from '../src';
import { insertCustomers, insertScores, tokens, type Outlet, type ScoreRow } from './tier.fixture';

/**
 * The branch cockpit's drill-down, on the server: every card of a unit looked at shows that unit's
 * figures. tierMovements(orgUnitId) lists the movements of the customers homed under the unit — the
 * same set as the union of its outlets', never a customer of another unit, nothing for a unit outside
 * the caller's scope; childRollups of a drilled unit compare its own children, which add up to it.
 * Tiny bank: HO=1, BJ=2, BJ01=3, BJ0101=4, BJ0102=5, SH=6, SH01=7, SH0101=8.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
const PREV = '2025-12-31';
const AS_OF = '2026-01-31';
const UNITS = { HO: 1, BJ: 2, BJ01: 3, BJ0101: 4, BJ0102: 5, SH: 6, SH01: 7, SH0101: 8 };
const OUTLETS_UNDER: Record<number, Outlet[]> = {
  [UNITS.HO]: ['BJ0101', 'BJ0102', 'SH0101'],
  [UNITS.BJ]: ['BJ0101', 'BJ0102'],
  [UNITS.BJ01]: ['BJ0101', 'BJ0102'],
  [UNITS.BJ0101]: ['BJ0101'],
  [UNITS.BJ0102]: ['BJ0102'],
  [UNITS.SH]: ['SH0101'],
  [UNITS.SH01]: ['SH0101'],
  [UNITS.SH0101]: ['SH0101'],
};
const OUTLET_ID: Record<Outlet, number> = { BJ0101: UNITS.BJ0101, BJ0102: UNITS.BJ0102, SH0101: UNITS.SH0101 };
const TIERS = ['BASIC', 'VALUE', 'KEY', 'CRITICAL', 'VIP'] as const;

/** the movements the fixture makes, by the outlet each customer is homed at on AS_OF (the oracle) */
const expectedMoves = new Map<Outlet, Map<string, { from: string | null; to: string }>>();
/** a customer homed in Shanghai last month and in Beijing now: a Beijing movement, never Shanghai's */
let transferred: number;

const MOVES = `query($unit: ID, $page: PageInput, $asOf: String) { tierMovements(orgUnitId: $unit, page: $page, asOf: $asOf) {
  total page pageSize items { customer { id } from to } } }`;
type Move = { customer: { id: string }; from: string | null; to: string | null };
type MovePage = { total: number; page: number; pageSize: number; items: Move[] };
const moves = (token: string, unit: number | string | null, page = { page: 1, pageSize: 100 }, asOf: string | null = null) =>
  gql(sg.url, MOVES, { unit: unit == null ? null : String(unit), page, asOf }, token);
const movesOf = async (token: string, unit: number | string | null) => {
  const res = await moves(token, unit);
  expect(res.errors).toBeUndefined();
  return res.data!.tierMovements as MovePage;
};
const asMap = (p: MovePage) => new Map(p.items.map((m) => [m.customer.id, { from: m.from, to: m.to }]));

const ROLLUPS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id
  rollup { customers deposits churnRisk tiers { tier customers } }
  childRollups { orgUnit { id } customers deposits churnRisk tiers { tier customers } } } } }`;
type Rollup = { customers: number; deposits: number; churnRisk: number; tiers: { tier: string; customers: number }[] };
type UnitRollups = { id: string; rollup: Rollup | null; childRollups: (Rollup & { orgUnit: { id: string } })[] };
const rollupsOf = async (token: string, unit: number) => {
  const res = await gql(sg.url, ROLLUPS, { r: [{ __typename: 'OrgUnit', id: String(unit) }] }, token);
  expect(res.errors).toBeUndefined();
  return res.data!._entities[0] as UnitRollups;
};

beforeAll(async () => {
  sg = await startTestSubgraph(analysisSubgraph, db.url);
  t = await tokens();
  const rows: ScoreRow[] = [];
  const tiers: { id: number; as_of: string; tier: string | null }[] = [];
  let n = 0;
  for (const [outlet, count] of [
    ['BJ0101', 11],
    ['BJ0102', 8],
    ['SH0101', 9],
  ] as [Outlet, number][]) {
    const moved = new Map<string, { from: string | null; to: string }>();
    expectedMoves.set(outlet, moved);
    for (const customerId of await insertCustomers(db.url, outlet, count)) {
      const i = n++;
      // last month: untiered every 7th, else a tier; now: untiered every 6th, else a tier — about half move
      const from = i % 7 === 0 ? null : TIERS[i % 5];
      const to = i % 6 === 5 ? null : TIERS[(i * 3 + (i % 2)) % 5];
      const deposit = 1_000 * (i + 1);
      rows.push(
        { customerId, outlet, asOf: PREV, depositBalance: deposit },
        { customerId, outlet, asOf: AS_OF, depositBalance: deposit, churnRisk: i % 3 === 0 },
      );
      tiers.push({ id: customerId, as_of: PREV, tier: from }, { id: customerId, as_of: AS_OF, tier: to });
      if (to != null && to !== from) moved.set(String(customerId), { from, to });
    }
  }
  // one more: homed at SH0101 last month, at BJ0102 now, moving VALUE → VIP
  [transferred] = await insertCustomers(db.url, 'BJ0102', 1);
  rows.push(
    { customerId: transferred, outlet: 'SH0101', asOf: PREV, depositBalance: 5 },
    { customerId: transferred, outlet: 'BJ0102', asOf: AS_OF, depositBalance: 5 },
  );
  tiers.push({ id: transferred, as_of: PREV, tier: 'VALUE' }, { id: transferred, as_of: AS_OF, tier: 'VIP' });
  expectedMoves.get('BJ0102')!.set(String(transferred), { from: 'VALUE', to: 'VIP' });
  await insertScores(db.url, rows);
  await withSql(db.url, (q) =>
    q(
      `update analysis.customer_score s set tier = r.tier
       from jsonb_to_recordset($1::jsonb) as r(id int, as_of date, tier text)
       where s.customer_id = r.id and s.as_of = r.as_of`,
      [JSON.stringify(tiers)],
    ),
  );
});
afterAll(() => sg?.close());

describe('tier movements of one unit (the drill-down)', () => {
  it('lists exactly the movements of the customers homed under the unit: the union of its outlets’, no other unit’s', async () => {
    for (const [token, units] of [
      [t.analyst, Object.values(UNITS)],
      [t.bjHead, [UNITS.BJ, UNITS.BJ01, UNITS.BJ0101, UNITS.BJ0102]],
    ] as const) {
      for (const unit of units) {
        const page = await movesOf(token, unit);
        const outlets = OUTLETS_UNDER[unit];
        // the oracle: the fixture's movements of those outlets, and nothing else
        const expected = new Map(outlets.flatMap((o) => [...expectedMoves.get(o)!]));
        expect(asMap(page)).toEqual(expected);
        expect(page.total).toBe(expected.size);
        // the unit's figures are the sum over its outlets, each asked on its own
        const perOutlet = await Promise.all(outlets.map((o) => movesOf(token, OUTLET_ID[o])));
        expect(page.total).toBe(perOutlet.reduce((s, p) => s + p.total, 0));
        expect(new Set(page.items.map((m) => m.customer.id))).toEqual(new Set(perOutlet.flatMap((p) => p.items.map((m) => m.customer.id))));
      }
    }
    // sanity of the fixture: every outlet has movements, so the sums above are not 0 = 0
    for (const o of ['BJ0101', 'BJ0102', 'SH0101'] as Outlet[]) expect(expectedMoves.get(o)!.size).toBeGreaterThan(2);
  });

  it('counts a customer where they are homed at the as-of: a transfer from Shanghai moves in Beijing only', async () => {
    expect(asMap(await movesOf(t.bjHead, UNITS.BJ0102)).get(String(transferred))).toEqual({ from: 'VALUE', to: 'VIP' });
    for (const unit of [UNITS.SH, UNITS.SH0101]) expect(asMap(await movesOf(t.analyst, unit)).has(String(transferred))).toBe(false);
  });

  it('without a unit: the caller’s whole scope, as before', async () => {
    const all = (outlets: Outlet[]) => outlets.reduce((s, o) => s + expectedMoves.get(o)!.size, 0);
    expect((await movesOf(t.bjHead, null)).total).toBe(all(['BJ0101', 'BJ0102']));
    expect((await movesOf(t.analyst, null)).total).toBe(all(['BJ0101', 'BJ0102', 'SH0101']));
    expect((await movesOf(t.bjHead, null)).total).toBe((await movesOf(t.bjHead, UNITS.BJ)).total);
  });

  it('gives nothing for a unit outside the caller’s scope, the same as for a unit that does not exist', async () => {
    for (const unit of [UNITS.SH, UNITS.SH01, UNITS.SH0101, UNITS.HO, 999_999])
      expect(await movesOf(t.bjHead, unit)).toEqual({ total: 0, page: 1, pageSize: 100, items: [] });
    // an outlet's staff: their outlet only, not its sibling nor its parent
    expect((await movesOf(t.bj0101, UNITS.BJ0101)).total).toBe(expectedMoves.get('BJ0101')!.size);
    for (const unit of [UNITS.BJ0102, UNITS.BJ01, UNITS.BJ]) expect((await movesOf(t.bj0101, unit)).total).toBe(0);
  });

  it('pages within the unit, and is empty with no earlier as-of to compare with', async () => {
    const size = expectedMoves.get('BJ0101')!.size + expectedMoves.get('BJ0102')!.size;
    const p1 = (await moves(t.bjHead, UNITS.BJ01, { page: 1, pageSize: 3 })).data!.tierMovements as MovePage;
    const last = Math.ceil(size / 3);
    const pn = (await moves(t.bjHead, UNITS.BJ01, { page: last, pageSize: 3 })).data!.tierMovements as MovePage;
    const past = (await moves(t.bjHead, UNITS.BJ01, { page: last + 1, pageSize: 3 })).data!.tierMovements as MovePage;
    expect([p1.total, p1.items.length, pn.total, pn.items.length]).toEqual([size, 3, size, size - 3 * (last - 1)]);
    expect(past).toMatchObject({ total: size, items: [] });
    const ids = p1.items.map((m) => Number(m.customer.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b)); // by customer id
    const first = (await moves(t.bjHead, UNITS.BJ01, undefined, PREV)).data!.tierMovements as MovePage;
    expect(first).toMatchObject({ total: 0, items: [] });
  });

  it('names the field of a malformed unit id', async () => {
    for (const bad of ['abc', '0', '-3']) {
      const res = await moves(t.bjHead, bad);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orgUnitId' });
    }
  });

  it('costs one statement per page, with or without a unit, in scope or not', async () => {
    const whole = await countSql(['analysis'], () => moves(t.analyst, null));
    const unit = await countSql(['analysis'], () => moves(t.analyst, UNITS.BJ01));
    const outside = await countSql(['analysis'], () => moves(t.bjHead, UNITS.SH));
    expect(unit.counts.analysis).toBe(whole.counts.analysis);
    expect(outside.counts.analysis).toBe(whole.counts.analysis);
  });
});

describe('units compared, in a drilled unit', () => {
  it('compares the drilled unit’s own children, which add up to its roll-up; never another unit’s', async () => {
    for (const [token, unit, children] of [
      [t.bjHead, UNITS.BJ, [UNITS.BJ01]],
      [t.bjHead, UNITS.BJ01, [UNITS.BJ0101, UNITS.BJ0102]],
      [t.analyst, UNITS.SH01, [UNITS.SH0101]],
    ] as const) {
      const u = await rollupsOf(token, unit);
      expect(u.childRollups.map((c) => Number(c.orgUnit.id))).toEqual(children);
      const sum = (k: 'customers' | 'deposits' | 'churnRisk') => u.childRollups.reduce((s, c) => s + c[k], 0);
      expect(u.rollup!.customers).toBe(sum('customers'));
      expect(u.rollup!.deposits).toBeCloseTo(sum('deposits'), 2);
      expect(u.rollup!.churnRisk).toBe(sum('churnRisk'));
      // and the customers are exactly those of its outlets
      const outletCustomers = OUTLETS_UNDER[unit].reduce(
        (s, o) => s + (o === 'BJ0101' ? 11 : o === 'BJ0102' ? 8 + 1 : 9), // BJ0102: + the transferred customer
        0,
      );
      expect(u.rollup!.customers).toBe(outletCustomers);
    }
    // a branch head drilling into Shanghai sees no figures and no children
    for (const unit of [UNITS.SH, UNITS.SH01])
      expect(await rollupsOf(t.bjHead, unit)).toEqual({ id: String(unit), rollup: null, childRollups: [] });
  });
});
