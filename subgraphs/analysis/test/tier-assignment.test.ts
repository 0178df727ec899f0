import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import { ormOptions, type RunningSubgraph } from '@crm/kit';
import { analysisDatabase, analysisSubgraph } from '../src';
import { applyTierPolicy } from '../src/tier-policy/tier-assignment.service';
import { insertCustomers, insertScores, tiersAt, tokens, type ScoreRow } from './tier.fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let orm: MikroORM;
let t: Awaited<ReturnType<typeof tokens>>;
const PREV = '2025-12-01';
const AS_OF = '2026-01-01';

/** weighted assets at and one cent below every threshold of the built-in value pyramid → expected tier */
const PYRAMID_EDGES: [number, string][] = [
  [5_000_000, 'VIP'],
  [4_999_999.99, 'CRITICAL'],
  [1_000_000, 'CRITICAL'],
  [999_999.99, 'KEY'],
  [300_000, 'KEY'],
  [299_999.99, 'VALUE'],
  [50_000, 'VALUE'],
  [49_999.99, 'BASIC'],
  [0, 'BASIC'],
  [12_345_678.9, 'VIP'],
];
/** the built-in quality ladder at its edges: contribution, loyalty, satisfaction, complaints → expected tier */
const LADDER_EDGES: [Partial<ScoreRow>, string][] = [
  [{ contribution: 20_000, loyalty: 70 }, 'GOLD'],
  [{ contribution: 19_999.99, loyalty: 70 }, 'KEY'],
  [{ contribution: 20_000, loyalty: 69.99 }, 'KEY'],
  [{ contribution: 5_000, loyalty: 50 }, 'KEY'],
  [{ contribution: 4_999.99, loyalty: 50, satisfaction: 60 }, 'QUALITY'],
  [{ contribution: 1_000, satisfaction: 60 }, 'QUALITY'],
  [{ contribution: 1_000, satisfaction: 59.99 }, 'GENERAL'],
  [{ contribution: 0, complaints12m: 2, satisfaction: 30 }, 'GENERAL'],
  [{ contribution: 0, complaints12m: 3, satisfaction: 90 }, 'RESTRICTED'],
  [{ contribution: 0, satisfaction: 29.99 }, 'RESTRICTED'],
  [{ contribution: -0.01, loyalty: 40, satisfaction: 80 }, 'RESTRICTED'],
  [{ contribution: -0.01, loyalty: 39.99, satisfaction: 80 }, 'ELIMINATED'],
];

let bj: number[], sh: number[];
const byId = new Map<number, string>();

beforeAll(async () => {
  sg = await startTestSubgraph(analysisSubgraph, db.url);
  orm = await MikroORM.init(ormOptions(analysisDatabase, db.url, { pool: { min: 0, max: 2 } }));
  t = await tokens();
  bj = await insertCustomers(db.url, 'BJ0101', PYRAMID_EDGES.length + LADDER_EDGES.length);
  sh = await insertCustomers(db.url, 'SH0101', 3);
  const rows: ScoreRow[] = [
    ...PYRAMID_EDGES.map(([weightedAssets], i) => ({
      customerId: bj[i],
      asOf: AS_OF,
      outlet: 'BJ0101' as const,
      weightedAssets,
      satisfaction: 50,
    })),
    ...LADDER_EDGES.map(([values], i) => ({ customerId: bj[PYRAMID_EDGES.length + i], asOf: AS_OF, outlet: 'BJ0101' as const, ...values })),
    ...sh.map((customerId) => ({ customerId, asOf: AS_OF, outlet: 'SH0101' as const, weightedAssets: 6_000_000 })),
  ];
  // the month before: everyone BASIC-sized except two, so movements have something to show
  await insertScores(db.url, [...rows.map((r) => ({ ...r, asOf: PREV, weightedAssets: 1_000 })), ...rows]);
  await applyTierPolicy(orm.em.fork(), { asOf: PREV });
});
afterAll(async () => {
  await sg?.close();
  await orm?.close(true);
});

describe('value pyramid (built-in, active)', () => {
  it('places every customer at and one cent below each threshold, in ONE statement', async () => {
    const { counts } = await countSql(['analysis'], async () => {
      const em = orm.em.fork();
      return applyTierPolicy(em, { asOf: AS_OF });
    });
    expect(counts.analysis).toBeLessThanOrEqual(2); // the active policy, then the one UPDATE
    const tiers = await tiersAt(db.url, AS_OF);
    expect(PYRAMID_EDGES.map((_, i) => tiers[bj[i]])).toEqual(PYRAMID_EDGES.map(([, tier]) => tier));
    for (const [i, [, tier]] of PYRAMID_EDGES.entries()) byId.set(bj[i], tier);
  });

  it('stores the evidence: policy, rule and the exact inputs', async () => {
    const [row] = await withSql(db.url, (q) =>
      q('select policy_id, tier_evidence from analysis.customer_score where customer_id = $1 and as_of = $2', [bj[0], AS_OF]),
    );
    expect(row.tier_evidence).toEqual({
      policyId: row.policy_id,
      scheme: 'VALUE_PYRAMID',
      policyVersion: 1,
      ruleIndex: 0,
      tier: 'VIP',
      condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 5_000_000 },
      description: expect.stringContaining('贵宾客户'),
      inputs: { WEIGHTED_ASSETS: 5_000_000 },
    });
  });

  it('answers "why this tier?" through Customer.score.evidence and Customer.tier, in scope only', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id tier
      score { tier evidence { explanation inputs rule { tier condition description } policy { scheme policyVersion status } } } } } }`;
    const reps = [bj[0], bj[1], bj[7], sh[0]].map((id) => ({ __typename: 'Customer', id: String(id) }));
    const res = await gql(sg.url, query, { r: reps }, t.bj0101);
    expect(res.errors).toBeUndefined();
    const [vip, critical, basic, foreign] = res.data!._entities;
    expect(vip).toMatchObject({
      tier: 'VIP',
      score: {
        tier: 'VIP',
        evidence: {
          explanation: 'WEIGHTED_ASSETS 5,000,000 ≥ 5,000,000 → VIP (policy VALUE_PYRAMID v1)',
          inputs: { WEIGHTED_ASSETS: 5_000_000 },
          rule: { tier: 'VIP', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 5_000_000 } },
          policy: { scheme: 'VALUE_PYRAMID', policyVersion: 1, status: 'ACTIVE' },
        },
      },
    });
    expect(critical.score.evidence.explanation).toBe('WEIGHTED_ASSETS 4,999,999.99 ≥ 1,000,000 → CRITICAL (policy VALUE_PYRAMID v1)');
    expect(basic.score.evidence).toMatchObject({
      rule: { tier: 'BASIC', condition: null },
      explanation: 'no tier above applies (WEIGHTED_ASSETS 49,999.99) → BASIC (policy VALUE_PYRAMID v1)',
    });
    expect(foreign).toBeNull(); // Shanghai's customer, asked by a Beijing outlet
    // the same customer asked by Shanghai: tier and evidence there
    const own = await gql(sg.url, query, { r: [{ __typename: 'Customer', id: String(sh[0]) }] }, t.sh0101);
    expect(own.data!._entities[0]).toMatchObject({ tier: 'VIP', score: { evidence: { inputs: { WEIGHTED_ASSETS: 6_000_000 } } } });
  });

  it('Customer.tier for a batch costs one statement, whatever the batch size', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { tier } } }`;
    const small = await countSql(['analysis'], () =>
      gql(sg.url, q, { r: bj.slice(0, 2).map((id) => ({ __typename: 'Customer', id: String(id) })) }, t.analyst),
    );
    const large = await countSql(['analysis'], () =>
      gql(sg.url, q, { r: bj.map((id) => ({ __typename: 'Customer', id: String(id) })) }, t.analyst),
    );
    expect(large.counts.analysis).toBe(small.counts.analysis);
  });
});

describe('tier movements against the previous as-of', () => {
  const MOVES = `query($asOf: String, $page: PageInput) { tierMovements(asOf: $asOf, page: $page) { total page pageSize items { customer { id } from to } } }`;

  it('lists the customers in scope whose tier changed, with from and to, paged', async () => {
    const res = await gql(sg.url, MOVES, { page: { pageSize: 3 } }, t.bj0101);
    expect(res.errors).toBeUndefined();
    const moved = PYRAMID_EDGES.map(([, tier], i) => [bj[i], tier] as const).filter(([, tier]) => tier !== 'BASIC');
    expect(res.data!.tierMovements).toMatchObject({ total: moved.length, page: 1, pageSize: 3 });
    expect(res.data!.tierMovements.items).toEqual(
      moved.slice(0, 3).map(([id, to]) => ({ customer: { id: String(id) }, from: 'BASIC', to })),
    );
    const sh0101 = await gql(sg.url, MOVES, { asOf: AS_OF }, t.sh0101);
    expect(sh0101.data!.tierMovements).toMatchObject({
      total: 3,
      items: sh.map((id) => ({ customer: { id: String(id) }, from: 'BASIC', to: 'VIP' })),
    });
    const head = await gql(sg.url, MOVES, { page: { pageSize: 100 } }, t.analyst);
    expect(head.data!.tierMovements.total).toBe(moved.length + 3);
  });

  it('is empty with no earlier as-of, and refuses a malformed date', async () => {
    expect((await gql(sg.url, MOVES, { asOf: PREV }, t.analyst)).data!.tierMovements).toMatchObject({ total: 0, items: [] });
    expect((await gql(sg.url, MOVES, { asOf: '2026-13-01' }, t.analyst)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'asOf',
    });
  });
});

describe('quality ladder (built-in draft, approved)', () => {
  it('places every customer at and one cent below each edge, with AND/OR evidence', async () => {
    const [{ id, version }] = await withSql(db.url, (q) =>
      q(`select id, version from analysis.tier_policy where scheme = 'QUALITY_LADDER'`),
    );
    const res = await gql(
      sg.url,
      `mutation($id: ID!, $v: Int!) { approveTierPolicy(id: $id, version: $v) { status } }`,
      { id: String(id), v: version },
      t.analyst02,
    ); // its maker is staff 1
    expect(res.errors).toBeUndefined();
    const tiers = await tiersAt(db.url, AS_OF);
    const offset = PYRAMID_EDGES.length;
    expect(LADDER_EDGES.map((_, i) => tiers[bj[offset + i]])).toEqual(LADDER_EDGES.map(([, tier]) => tier));
    // the month before is history: untouched
    expect(Object.values(await tiersAt(db.url, PREV)).every((x) => x === 'BASIC')).toBe(true);

    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { score { evidence { explanation inputs } } } } }`;
    const ids = [0, 10, 11].map((i) => ({ __typename: 'Customer', id: String(bj[offset + i]) }));
    const [gold, restricted, eliminated] = (await gql(sg.url, q, { r: ids }, t.bj0101)).data!._entities.map(
      (e: { score: { evidence: unknown } }) => e.score.evidence,
    );
    expect(gold).toEqual({
      explanation: 'CONTRIBUTION 20,000 ≥ 20,000 AND LOYALTY 70 ≥ 70 → GOLD (policy QUALITY_LADDER v1)',
      inputs: { CONTRIBUTION: 20_000, LOYALTY: 70, SATISFACTION: 0, COMPLAINTS_12M: 0 },
    });
    expect(restricted.explanation).toBe('CONTRIBUTION -0.01 not ≥ 0 OR LOYALTY 40 ≥ 40 → RESTRICTED (policy QUALITY_LADDER v1)');
    expect(eliminated.explanation).toBe(
      'no tier above applies (CONTRIBUTION -0.01, LOYALTY 39.99, SATISFACTION 80, COMPLAINTS_12M 0) → ELIMINATED (policy QUALITY_LADDER v1)',
    );
  });

  it('re-tiers only the customers asked for', async () => {
    await withSql(db.url, (q) =>
      q(`update analysis.customer_score set contribution = 50000, loyalty = 90 where as_of = $1 and customer_id = any($2::int[])`, [
        AS_OF,
        [bj[0], bj[1]],
      ]),
    );
    const placed = await applyTierPolicy(orm.em.fork(), { asOf: AS_OF, customerIds: [bj[0]] });
    expect(placed).toBe(1);
    const tiers = await tiersAt(db.url, AS_OF);
    expect(tiers[bj[0]]).toBe('GOLD');
    expect(tiers[bj[1]]).not.toBe('GOLD');
  });
});
