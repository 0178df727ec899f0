import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, startTestSubgraph } from '@crm/kit/testing';
import { ormOptions, type RunningSubgraph } from '@crm/kit';
import { analysisDatabase, analysisSubgraph } from '../src';
import { applyTierPolicy } from '../src/tier-policy/tier-assignment.service';
import { insertCustomers, insertScores, tokens, type Outlet, type ScoreRow } from './tier.fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
const AS_OF = '2026-01-01';
const OLD = '2025-12-01';
const UNITS = { HO: 1, BJ: 2, BJ01: 3, BJ0101: 4, BJ0102: 5, SH: 6, SH01: 7, SH0101: 8 };

const FIELDS =
  'orgUnit { id } asOf customers tiers { tier customers } deposits loans weightedAssets contribution avgSatisfaction complaintRate churnRisk';
const ROLLUPS = `query($r: [_Any!]!, $asOf: String) { _entities(representations: $r) { ... on OrgUnit { id
  rollup(asOf: $asOf) { ${FIELDS} } childRollups(asOf: $asOf) { ${FIELDS} } } } }`;
const reps = (...ids: number[]) => ids.map((id) => ({ __typename: 'OrgUnit', id: String(id) }));
type Rollup = {
  orgUnit: { id: string };
  customers: number;
  tiers: { tier: string; customers: number }[];
  deposits: number;
  loans: number;
  weightedAssets: number;
  contribution: number;
  avgSatisfaction: number | null;
  complaintRate: number;
  churnRisk: number;
};

beforeAll(async () => {
  sg = await startTestSubgraph(analysisSubgraph, db.url);
  t = await tokens();
  const rows: ScoreRow[] = [];
  for (const [outlet, n] of [
    ['BJ0101', 7],
    ['BJ0102', 4],
    ['SH0101', 5],
  ] as [Outlet, number][]) {
    const ids = await insertCustomers(db.url, outlet, n);
    ids.forEach((customerId, i) => {
      const row = {
        customerId,
        outlet,
        weightedAssets: [6_000_000, 1_500_000, 400_000, 60_000, 1_000][i % 5] + i,
        depositBalance: 10_000 * (i + 1) + 0.25,
        loanBalance: i % 2 ? 50_000.5 : 0,
        contribution: 1_000 * i - 500,
        satisfaction: 40 + 7 * i,
        complaints12m: i % 3,
        churnRisk: i % 4 === 0,
      };
      rows.push({ ...row, asOf: AS_OF }, { ...row, asOf: OLD, depositBalance: 1 });
    });
  }
  await insertScores(db.url, rows);
  const orm = await MikroORM.init(ormOptions(analysisDatabase, db.url, { pool: { min: 0, max: 1 } }));
  try {
    await applyTierPolicy(orm.em.fork(), { asOf: AS_OF });
  } finally {
    await orm.close(true);
  }
});
afterAll(() => sg?.close());

/** the children's roll-ups added up, as the parent's should be */
function sumOf(children: Rollup[]) {
  const tiers = new Map<string, number>();
  for (const c of children) for (const x of c.tiers) tiers.set(x.tier, (tiers.get(x.tier) ?? 0) + x.customers);
  const add = (k: 'customers' | 'deposits' | 'loans' | 'weightedAssets' | 'contribution' | 'churnRisk') =>
    children.reduce((n, c) => n + c[k], 0);
  const customers = add('customers');
  return {
    customers,
    deposits: add('deposits'),
    loans: add('loans'),
    weightedAssets: add('weightedAssets'),
    contribution: add('contribution'),
    churnRisk: add('churnRisk'),
    complaints: children.reduce((n, c) => n + (c.complaintRate * c.customers) / 100, 0),
    satisfaction: children.reduce((n, c) => n + (c.avgSatisfaction ?? 0) * c.customers, 0),
    tiers: Object.fromEntries(tiers),
  };
}
const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 2);

describe('roll-ups', () => {
  it('adds up: every parent equals the sum of its children, through the hierarchy', async () => {
    const res = await gql(sg.url, ROLLUPS, { r: reps(UNITS.HO, UNITS.BJ, UNITS.BJ01, UNITS.SH) }, t.analyst);
    expect(res.errors).toBeUndefined();
    for (const unit of res.data!._entities as { id: string; rollup: Rollup; childRollups: Rollup[] }[]) {
      const sum = sumOf(unit.childRollups);
      const own = unit.rollup;
      expect(own.customers).toBe(sum.customers);
      for (const k of ['deposits', 'loans', 'weightedAssets', 'contribution'] as const) close(own[k], sum[k]);
      expect(own.churnRisk).toBe(sum.churnRisk);
      close((own.complaintRate * own.customers) / 100, sum.complaints);
      expect(Math.abs((own.avgSatisfaction ?? 0) * own.customers - sum.satisfaction)).toBeLessThan(0.01 * own.customers);
      expect(Object.fromEntries(own.tiers.map((x) => [x.tier, x.customers]))).toEqual(sum.tiers);
    }
    const [ho, bj, bj01] = res.data!._entities;
    expect(ho.rollup.customers).toBe(16);
    expect(ho.childRollups.map((c: Rollup) => c.orgUnit.id)).toEqual(['2', '6']);
    expect(bj.childRollups.map((c: Rollup) => c.orgUnit.id)).toEqual(['3']);
    expect(bj01.childRollups.map((c: Rollup) => [c.orgUnit.id, c.customers])).toEqual([
      ['4', 7],
      ['5', 4],
    ]);
  });

  it('computes one outlet exactly', async () => {
    const res = await gql(sg.url, ROLLUPS, { r: reps(UNITS.BJ0102) }, t.analyst);
    // BJ0102: i = 0..3 → deposits 10k,20k,30k,40k (+0.25 each); loans on odd i; contribution -500,500,1500,2500; satisfaction 40,47,54,61
    expect(res.data!._entities[0].rollup).toEqual({
      orgUnit: { id: '5' },
      asOf: AS_OF,
      customers: 4,
      deposits: 100_001,
      loans: 100_001,
      weightedAssets: 7_960_006,
      contribution: 4_000,
      avgSatisfaction: 50.5,
      complaintRate: 75,
      churnRisk: 1,
      tiers: [
        { tier: 'VIP', customers: 1 },
        { tier: 'CRITICAL', customers: 1 },
        { tier: 'KEY', customers: 1 },
        { tier: 'VALUE', customers: 1 },
      ],
    });
    expect(res.data!._entities[0].childRollups).toEqual([]); // an outlet has no children
  });

  it('takes an as-of: the earlier month has its own numbers and no tiers', async () => {
    const res = await gql(sg.url, ROLLUPS, { r: reps(UNITS.BJ0102), asOf: OLD }, t.analyst);
    expect(res.data!._entities[0].rollup).toMatchObject({ asOf: OLD, customers: 4, deposits: 4, tiers: [] });
    const bad = await gql(sg.url, ROLLUPS, { r: reps(UNITS.BJ0102), asOf: '2026-02-30' }, t.analyst);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('costs the same SQL for one unit as for many: one statement per kind of roll-up', async () => {
    const one = await countSql(['analysis'], () => gql(sg.url, ROLLUPS, { r: reps(UNITS.BJ) }, t.analyst));
    const many = await countSql(['analysis'], () => gql(sg.url, ROLLUPS, { r: reps(...Object.values(UNITS)) }, t.analyst));
    expect(one.counts.analysis).toBe(2);
    expect(many.counts.analysis).toBe(2);
  });
});

describe('scope', () => {
  it('gives a branch its own units only: null and [] above and beside it', async () => {
    const res = await gql(sg.url, ROLLUPS, { r: reps(UNITS.HO, UNITS.BJ, UNITS.SH, UNITS.BJ0101) }, t.bjHead);
    const [ho, bj, sh, bj0101] = res.data!._entities;
    expect(ho).toEqual({ id: '1', rollup: null, childRollups: [] });
    expect(sh).toEqual({ id: '6', rollup: null, childRollups: [] });
    expect(bj.rollup.customers).toBe(11);
    expect(bj.childRollups.map((c: Rollup) => c.orgUnit.id)).toEqual(['3']);
    expect(bj0101.rollup.customers).toBe(7);
  });

  it('gives an outlet its own unit only', async () => {
    const res = await gql(sg.url, ROLLUPS, { r: reps(UNITS.BJ0101, UNITS.BJ0102, UNITS.BJ01, UNITS.SH0101) }, t.bj0101);
    const [own, sibling, parent, shanghai] = res.data!._entities;
    expect(own.rollup.customers).toBe(7);
    for (const other of [sibling, parent, shanghai]) expect(other).toMatchObject({ rollup: null, childRollups: [] });
  });
});
