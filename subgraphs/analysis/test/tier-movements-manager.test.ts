import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { analysisSubgraph } from '../src';
import { insertCustomers, insertScores, tokens, type Outlet, type ScoreRow } from './tier.fixture';
import { insertAssignments, insertManagers } from './manager-portfolio.fixture';

/**
 * The manager portal's 客户动态: tierMovements(managerId) lists the movements of the customers whose
 * CURRENT primary manager is that manager (managers' published view, read when the query runs) — an
 * ended assignment no longer counts — within the caller's scope and, with orgUnitId, that unit.
 * Tiny bank: HO=1, BJ=2, BJ01=3, BJ0101=4, BJ0102=5, SH=6, SH01=7, SH0101=8.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
const PREV = '2025-12-31';
const AS_OF = '2026-01-31';
const UNITS = { SH: 6, BJ0102: 5, BJ0101: 4 };

/** customer ids by name: a* homed at BJ0101, b* at BJ0102, c* at SH0101 */
const c: Record<string, number> = {};
/** every customer moves BASIC → VALUE, except these, which stay VALUE */
const STILL = ['a6'];

const MOVES = `query($manager: ID, $unit: ID, $page: PageInput) {
  tierMovements(managerId: $manager, orgUnitId: $unit, page: $page) { total page pageSize items { customer { id } from to } } }`;
type MovePage = {
  total: number;
  page: number;
  pageSize: number;
  items: { customer: { id: string }; from: string | null; to: string | null }[];
};
const moves = (token: string, manager: number | string | null, unit: number | null = null, page = { page: 1, pageSize: 100 }) =>
  gql(sg.url, MOVES, { manager: manager == null ? null : String(manager), unit: unit == null ? null : String(unit), page }, token);
const movesOf = async (token: string, manager: number | string | null, unit: number | null = null) => {
  const res = await moves(token, manager, unit);
  expect(res.errors).toBeUndefined();
  return res.data!.tierMovements as MovePage;
};
/** the customers listed, by fixture name, sorted */
const namesOf = (p: MovePage) => {
  const byId = new Map(Object.entries(c).map(([name, id]) => [String(id), name]));
  return p.items.map((m) => byId.get(m.customer.id) ?? `?${m.customer.id}`).sort();
};
const empty = { total: 0, page: 1, pageSize: 100, items: [] };

beforeAll(async () => {
  sg = await startTestSubgraph(analysisSubgraph, db.url);
  t = await tokens();
  const rows: ScoreRow[] = [];
  const tiers: { id: number; as_of: string; tier: string }[] = [];
  for (const [prefix, outlet, n] of [
    ['a', 'BJ0101', 6],
    ['b', 'BJ0102', 3],
    ['c', 'SH0101', 3],
  ] as [string, Outlet, number][]) {
    const ids = await insertCustomers(db.url, outlet, n);
    ids.forEach((id, i) => {
      const name = `${prefix}${i + 1}`;
      c[name] = id;
      rows.push({ customerId: id, outlet, asOf: PREV }, { customerId: id, outlet, asOf: AS_OF });
      tiers.push({ id, as_of: PREV, tier: STILL.includes(name) ? 'VALUE' : 'BASIC' }, { id, as_of: AS_OF, tier: 'VALUE' });
    });
  }
  await insertScores(db.url, rows);
  await withSql(db.url, (q) =>
    q(
      `update analysis.customer_score s set tier = r.tier
       from jsonb_to_recordset($1::jsonb) as r(id int, as_of date, tier text)
       where s.customer_id = r.id and s.as_of = r.as_of`,
      [JSON.stringify(tiers)],
    ),
  );
  await insertManagers(db.url);
  await insertAssignments(db.url, [
    // manager 11 (BJ0101): three of their outlet's movers, one who did not move, one homed at BJ0102, one in Shanghai
    ...['a1', 'a2', 'a3', 'a6'].map((n) => ({ customerId: c[n], managerId: 11, outlet: 'BJ0101' as const })),
    { customerId: c.b1, managerId: 11, outlet: 'BJ0102' },
    { customerId: c.c1, managerId: 11, outlet: 'SH0101' },
    // a5 was 11's and is 12's now; b2 was 11's and has no manager now
    { customerId: c.a5, managerId: 11, outlet: 'BJ0101', endedAt: '2026-01-15T08:00:00Z' },
    { customerId: c.a5, managerId: 12, outlet: 'BJ0101' },
    { customerId: c.a4, managerId: 12, outlet: 'BJ0101' },
    { customerId: c.b2, managerId: 11, outlet: 'BJ0102', endedAt: '2026-01-20T08:00:00Z' },
    // the Shanghai manager's; manager 13 has nobody
    { customerId: c.c2, managerId: 5, outlet: 'SH0101' },
  ]);
});
afterAll(() => sg?.close());

describe('tier movements of one manager’s customers', () => {
  it('lists only the movements of the customers whose current primary manager that is', async () => {
    expect(namesOf(await movesOf(t.analyst, 11))).toEqual(['a1', 'a2', 'a3', 'b1', 'c1']);
    expect(await movesOf(t.analyst, 11)).toMatchObject({ total: 5 });
    expect(namesOf(await movesOf(t.analyst, 12))).toEqual(['a4', 'a5']);
    expect(namesOf(await movesOf(t.analyst, 5))).toEqual(['c2']);
    // the movements themselves, as without the filter
    expect((await movesOf(t.analyst, 12)).items.map((m) => [m.from, m.to])).toEqual([
      ['BASIC', 'VALUE'],
      ['BASIC', 'VALUE'],
    ]);
    // without a manager: everybody who moved, assigned or not (the fixture is not vacuous)
    expect(namesOf(await movesOf(t.analyst, null))).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3']);
  });

  it('counts an ended assignment no more: a customer handed over or left without a manager is not the former manager’s', async () => {
    const former = namesOf(await movesOf(t.analyst, 11));
    expect(former).not.toContain('a5');
    expect(former).not.toContain('b2');
    expect(namesOf(await movesOf(t.analyst, 12))).toContain('a5');
    for (const m of [11, 12, 13, 5]) expect(namesOf(await movesOf(t.analyst, m))).not.toContain('b2');
  });

  it('never widens the caller’s scope: their manager’s customers outside it stay out', async () => {
    expect(namesOf(await movesOf(t.bjHead, 11))).toEqual(['a1', 'a2', 'a3', 'b1']);
    expect(namesOf(await movesOf(t.bj0101, 11))).toEqual(['a1', 'a2', 'a3']);
    expect(namesOf(await movesOf(t.sh0101, 11))).toEqual(['c1']);
    // a manager with nobody in the scope, nobody at all, or who does not exist: an empty page
    expect(await movesOf(t.bjHead, 5)).toEqual(empty);
    expect(await movesOf(t.bj0101, 5)).toEqual(empty);
    expect(await movesOf(t.analyst, 13)).toEqual(empty);
    expect(await movesOf(t.analyst, 999_999)).toEqual(empty);
  });

  it('composes with orgUnitId: that manager’s customers homed under the unit, nothing for a unit outside the scope', async () => {
    expect(namesOf(await movesOf(t.analyst, 11, UNITS.BJ0102))).toEqual(['b1']);
    expect(namesOf(await movesOf(t.analyst, 11, UNITS.SH))).toEqual(['c1']);
    expect(namesOf(await movesOf(t.bjHead, 11, UNITS.BJ0101))).toEqual(['a1', 'a2', 'a3']);
    expect(await movesOf(t.bjHead, 11, UNITS.SH)).toEqual(empty);
    expect(await movesOf(t.analyst, 12, UNITS.BJ0102)).toEqual(empty);
  });

  it('pages the manager’s movements by customer id, the total being all of them', async () => {
    const p1 = (await moves(t.analyst, 11, null, { page: 1, pageSize: 2 })).data!.tierMovements as MovePage;
    const p3 = (await moves(t.analyst, 11, null, { page: 3, pageSize: 2 })).data!.tierMovements as MovePage;
    expect([p1.total, p1.items.length, p3.total, p3.items.length]).toEqual([5, 2, 5, 1]);
    expect(p1.items.map((m) => Number(m.customer.id))).toEqual([c.a1, c.a2]);
  });

  it('names the field of a malformed manager id', async () => {
    for (const bad of ['abc', '0', '-3', '1.5']) {
      const res = await moves(t.bjHead, bad);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'managerId' });
      expect(res.data).toBeNull();
    }
  });

  it('costs the same one statement with the manager filter', async () => {
    const whole = await countSql(['analysis'], () => moves(t.analyst, null));
    const mine = await countSql(['analysis'], () => moves(t.analyst, 11, UNITS.BJ0101));
    expect(whole.counts.analysis).toBeGreaterThan(0);
    expect(mine.counts.analysis).toBe(whole.counts.analysis);
  });
});
