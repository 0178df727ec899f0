import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, startTestSubgraph } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { analysisSubgraph } from '../src';
import { insertCustomers, insertScores, tokens, type Outlet, type ScoreRow } from './tier.fixture';

/**
 * The churn list of one unit (the cockpit's drill-down): only customers homed under that unit, its
 * total the roll-up's at-risk count of the same unit, nothing for a unit outside the caller's scope.
 * Tiny bank: HO=1, BJ=2, BJ01=3, BJ0101=4, BJ0102=5, SH=6, SH01=7, SH0101=8.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
const AS_OF = '2026-01-01';
const UNITS = { HO: 1, BJ: 2, BJ01: 3, BJ0101: 4, BJ0102: 5, SH: 6, SH01: 7, SH0101: 8 };
const homeOf = new Map<string, Outlet>();

const LIST = `query($unit: ID, $page: PageInput) { churnRiskCustomers(orgUnitId: $unit, page: $page) {
  total items { customerId } } }`;
const ROLLUP = `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id rollup { churnRisk } } } }`;

type Page = { total: number; items: { customerId: string }[] };
const list = async (token: string, unit: number | string | null, page = { page: 1, pageSize: 100 }) =>
  gql(sg.url, LIST, { unit: unit == null ? null : String(unit), page }, token);
const listed = async (token: string, unit: number | string | null) => {
  const res = await list(token, unit);
  expect(res.errors).toBeUndefined();
  return res.data!.churnRiskCustomers as Page;
};
const atRisk = async (token: string, unit: number) => {
  const res = await gql(sg.url, ROLLUP, { r: [{ __typename: 'OrgUnit', id: String(unit) }] }, token);
  return (res.data!._entities[0] as { rollup: { churnRisk: number } | null }).rollup?.churnRisk ?? 0;
};

beforeAll(async () => {
  sg = await startTestSubgraph(analysisSubgraph, db.url);
  t = await tokens();
  const rows: ScoreRow[] = [];
  for (const [outlet, n] of [
    ['BJ0101', 9],
    ['BJ0102', 6],
    ['SH0101', 5],
  ] as [Outlet, number][]) {
    const ids = await insertCustomers(db.url, outlet, n);
    ids.forEach((customerId, i) => {
      homeOf.set(String(customerId), outlet);
      rows.push({ customerId, outlet, asOf: AS_OF, depositBalance: 1_000 * (i + 1), churnRisk: i % 2 === 0 });
    });
  }
  await insertScores(db.url, rows);
});
afterAll(() => sg?.close());

describe('churn-risk customers of one unit', () => {
  it('lists only the customers homed under the unit, and its total is the roll-up’s at-risk count', async () => {
    for (const unit of [UNITS.BJ, UNITS.BJ01, UNITS.BJ0101, UNITS.BJ0102]) {
      const page = await listed(t.bjHead, unit);
      expect(page.total).toBe(await atRisk(t.bjHead, unit));
      expect(page.items).toHaveLength(page.total);
    }
    const outlet = await listed(t.bjHead, UNITS.BJ0102);
    expect(outlet.total).toBe(3);
    expect(new Set(outlet.items.map((s) => homeOf.get(s.customerId)))).toEqual(new Set(['BJ0102']));
    expect((await listed(t.bjHead, UNITS.BJ0101)).total).toBe(5);
    expect((await listed(t.bjHead, UNITS.BJ01)).total).toBe(8);
    // head office: the whole bank, or one branch of it
    expect((await listed(t.analyst, UNITS.HO)).total).toBe(11);
    expect((await listed(t.analyst, UNITS.SH)).total).toBe(3);
  });

  it('without a unit: the caller’s whole scope, as before', async () => {
    expect((await listed(t.bjHead, null)).total).toBe(8);
    expect((await listed(t.analyst, null)).total).toBe(11);
  });

  it('pages within the unit: the total stays, a page past the end is empty', async () => {
    const p1 = (await list(t.bjHead, UNITS.BJ0101, { page: 1, pageSize: 2 })).data!.churnRiskCustomers as Page;
    const p3 = (await list(t.bjHead, UNITS.BJ0101, { page: 3, pageSize: 2 })).data!.churnRiskCustomers as Page;
    const past = (await list(t.bjHead, UNITS.BJ0101, { page: 9, pageSize: 2 })).data!.churnRiskCustomers as Page;
    expect([p1.total, p1.items.length, p3.total, p3.items.length]).toEqual([5, 2, 5, 1]);
    expect(past).toEqual({ total: 5, items: [] });
  });

  it('gives nothing for a unit outside the caller’s scope, the same as for a unit that does not exist', async () => {
    for (const unit of [UNITS.SH, UNITS.SH0101, UNITS.HO, 999_999]) expect(await listed(t.bjHead, unit)).toEqual({ total: 0, items: [] });
    // an outlet's teller: their outlet only, not its sibling nor its parent
    expect((await listed(t.bj0101, UNITS.BJ0101)).total).toBe(5);
    for (const unit of [UNITS.BJ0102, UNITS.BJ01, UNITS.BJ]) expect(await listed(t.bj0101, unit)).toEqual({ total: 0, items: [] });
  });

  it('names the field of a malformed unit id', async () => {
    for (const bad of ['abc', '0', '-3']) {
      const res = await list(t.bjHead, bad);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orgUnitId' });
    }
  });

  it('costs one statement per page, with or without a unit, however many rows', async () => {
    const whole = await countSql(['analysis'], () => list(t.analyst, null));
    const unit = await countSql(['analysis'], () => list(t.analyst, UNITS.BJ01));
    const outside = await countSql(['analysis'], () => list(t.bjHead, UNITS.SH));
    expect([whole.counts.analysis, unit.counts.analysis, outside.counts.analysis]).toEqual([2, 2, 2]);
  });
});
