import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type ObjectTypeDefinitionNode } from 'graphql';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, staffClaims, tokenFor, startTestSubgraph, withSql, type GraphQLResponse } from '@crm/kit/testing';
import { subgraphSdl, type RunningSubgraph } from '@crm/kit';
import { analysisSubgraph } from '../src';
import { DEFAULT_TIER_POLICIES } from '../src/migrations/0002-default-tier-policies.migration';
import { insertCustomers, insertScores, tokens } from './tier.fixture';

/**
 * Issue 7: the subgraph checked the org path and nothing else — a trainer, whose portal shows no
 * modules, could list churn-risk customers, tier movements and scores of the whole bank through
 * /graphql, and anyone at head office could preview policies. Here every operation is tried as
 * a product manager (aggregates only), a trainer (nothing of analysis) and a teller, straight at
 * the subgraph, against data that a permitted analyst does see.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
let ids: number[];
const AS_OF = '2026-01-01';
const PREV = '2025-12-01';

const ladder = DEFAULT_TIER_POLICIES.QUALITY_LADDER;
const INPUT = {
  scheme: 'QUALITY_LADDER',
  name: 'q',
  effectiveFrom: '2026-02-01',
  rules: ladder.rules,
  assetCoefficients: ladder.assetCoefficients,
};

/** One operation per Query and Mutation field of the subgraph (a test below checks none is missing). */
const OPERATIONS: Record<string, { query: string; variables?: () => Record<string, unknown> }> = {
  churnRiskCustomers: { query: `{ churnRiskCustomers { total items { customerId value { depositBalance } } } }` },
  tierMovements: { query: `{ tierMovements { total items { customer { id } from to } } }` },
  scoreAsOfDates: { query: `{ scoreAsOfDates }` },
  tierPolicies: { query: `{ tierPolicies { id scheme status } }` },
  activeTierPolicy: { query: `{ activeTierPolicy { id scheme } }` },
  previewTierPolicy: {
    query: `query($input: TierPolicyInput!) { previewTierPolicy(input: $input) { customers moving } }`,
    variables: () => ({ input: INPUT }),
  },
  scoreJob: { query: `{ scoreJob(id: "1") { id status } }` },
  latestScoreJob: { query: `{ latestScoreJob { id status } }` },
  saveTierPolicyDraft: {
    query: `mutation($input: TierPolicyInput!) { saveTierPolicyDraft(input: $input) { id } }`,
    variables: () => ({ input: INPUT }),
  },
  approveTierPolicy: { query: `mutation { approveTierPolicy(id: "2", version: 1) { id status } }` },
  startScoreRecompute: { query: `mutation { startScoreRecompute(asOf: "${AS_OF}") { id } }` },
  recomputeCustomerScore: {
    query: `mutation($id: ID!) { recomputeCustomerScore(customerId: $id, asOf: "${AS_OF}") { customerId } }`,
    variables: () => ({ id: String(ids[0]) }),
  },
};
const run = (name: string, token: string) => gql(sg.url, OPERATIONS[name].query, OPERATIONS[name].variables?.() ?? {}, token);

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Customer { id tier score { customerId value { depositBalance } } tierHistory { asOf tier } }
  ... on OrgUnit { id rollup { customers deposits tiers { tier customers } } childRollups { orgUnit { id } customers } } } }`;
const customerReps = () => ids.map((id) => ({ __typename: 'Customer', id: String(id) }));
const orgUnitReps = [
  { __typename: 'OrgUnit', id: '1' },
  { __typename: 'OrgUnit', id: '2' },
];

/** Every error FORBIDDEN and no value anywhere in data (null, or an object of nulls). */
function expectDenied(res: GraphQLResponse, what: string) {
  expect(
    res.errors?.map((e) => e.extensions?.code),
    what,
  ).toEqual(['FORBIDDEN']);
  const values = res.data == null ? [] : Object.values(res.data).filter((v) => v != null);
  expect(values, what).toEqual([]);
}

/** What the database holds that a denied mutation could have changed. */
const snapshot = () =>
  withSql(db.url, (q) =>
    q(`select
  (select json_agg(json_build_object('id', id, 'status', status, 'version', version, 'approvedBy', approved_by_staff_id) order by id) from analysis.tier_policy) as policies,
  (select count(*)::int from analysis.score_job) as jobs,
  (select json_agg(json_build_object('c', customer_id, 'd', as_of, 'tier', tier, 'at', computed_at) order by customer_id, as_of) from analysis.customer_score) as scores`),
  );

beforeAll(async () => {
  sg = await startTestSubgraph(analysisSubgraph, db.url);
  t = await tokens();
  ids = [...(await insertCustomers(db.url, 'BJ0101', 3)), ...(await insertCustomers(db.url, 'SH0101', 2))];
  // two scored dates, tiers differing between them, every customer at risk: every list has rows to leak
  await insertScores(
    db.url,
    ids.flatMap((customerId, i) =>
      [PREV, AS_OF].map((asOf) => ({
        customerId,
        asOf,
        outlet: i < 3 ? ('BJ0101' as const) : ('SH0101' as const),
        weightedAssets: 100_000 * (i + 1),
        depositBalance: 5_000 * (i + 1),
        churnRisk: true,
      })),
    ),
  );
  await withSql(db.url, async (q) => {
    await q(`update analysis.customer_score set tier = case when as_of = $1::date then 'VIP' else 'BASIC' end`, [AS_OF]);
    await q(
      `insert into analysis.score_job (as_of, status, total_customers, processed_customers, started_by_staff_id, finished_at)
             values ($1, 'SUCCEEDED', 5, 5, 1, now())`,
      [PREV],
    );
  });
});
afterAll(() => sg?.close());

describe('every operation declares who may use it', () => {
  it('lists each Query and Mutation field of the schema here, so a new one gets its role checks too', async () => {
    const doc = parse(await subgraphSdl(analysisSubgraph));
    const rootFields = doc.definitions
      .filter(
        (d): d is ObjectTypeDefinitionNode =>
          d.kind === 'ObjectTypeDefinition' && (d.name.value === 'Query' || d.name.value === 'Mutation'),
      )
      .flatMap((d) => d.fields!.map((f) => f.name.value))
      .filter((name) => !name.startsWith('_'));
    expect(rootFields.sort()).toEqual(Object.keys(OPERATIONS).sort());
  });
});

describe('an analyst (control): the data is there to leak', () => {
  it('reads every list with rows in it', async () => {
    for (const name of ['churnRiskCustomers', 'tierMovements']) {
      const res = await run(name, t.analyst);
      expect(res.errors, name).toBeUndefined();
      expect((res.data![name] as { total: number }).total, name).toBe(5);
    }
    expect((await run('scoreAsOfDates', t.analyst)).data!.scoreAsOfDates).toEqual([AS_OF, PREV]);
    const entities = await gql(sg.url, ENTITIES, { r: customerReps() }, t.analyst);
    expect(entities.data!._entities.map((c: { tier: string }) => c.tier)).toEqual(ids.map(() => 'VIP'));
  });
});

describe('a head-office product manager: aggregates and rules, no customer, no decision', () => {
  it('reads the roll-ups, the tier policies, the scored dates and the jobs', async () => {
    const rollups = await gql(sg.url, ENTITIES, { r: orgUnitReps }, t.hoProduct);
    expect(rollups.errors).toBeUndefined();
    expect(rollups.data!._entities[0]).toMatchObject({ id: '1', rollup: { customers: 5, tiers: [{ tier: 'VIP', customers: 5 }] } });
    expect(rollups.data!._entities[0].childRollups.map((r: { customers: number }) => r.customers).sort()).toEqual([2, 3]);
    for (const name of ['tierPolicies', 'activeTierPolicy', 'scoreAsOfDates', 'scoreJob', 'latestScoreJob']) {
      const res = await run(name, t.hoProduct);
      expect(res.errors, name).toBeUndefined();
      expect(res.data![name], name).not.toBeNull();
    }
  });

  it('is FORBIDDEN the per-customer lists, the policy editor and the recomputes, and nothing changes', async () => {
    const before = await snapshot();
    for (const name of [
      'churnRiskCustomers',
      'tierMovements',
      'previewTierPolicy',
      'saveTierPolicyDraft',
      'approveTierPolicy',
      'startScoreRecompute',
      'recomputeCustomerScore',
    ]) {
      expectDenied(await run(name, t.hoProduct), name);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('gets null for a customer asked for by reference: no score, no tier', async () => {
    const res = await gql(sg.url, ENTITIES, { r: customerReps() }, t.hoProduct);
    expect(res.data!._entities).toEqual(ids.map(() => null));
  });
});

describe('a trainer: nothing of analysis', () => {
  it('is FORBIDDEN every query and mutation, sees no value, and nothing changes', async () => {
    const before = await snapshot();
    for (const name of Object.keys(OPERATIONS)) expectDenied(await run(name, t.hoTrainer), name);
    expect(await snapshot()).toEqual(before);
  });

  it('gets null for customers asked for by reference, and org units (the directory) without their roll-ups', async () => {
    const res = await gql(sg.url, ENTITIES, { r: [...customerReps(), ...orgUnitReps] }, t.hoTrainer);
    expect(res.data!._entities.slice(0, ids.length)).toEqual(ids.map(() => null));
    for (const unit of res.data!._entities.slice(ids.length)) expect(unit?.rollup ?? null).toBeNull();
    expect(res.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(JSON.stringify(res.data)).not.toMatch(/VIP|customers|deposit/);
  });
});

describe('front line', () => {
  it('a teller reads their customers’ scores but may not recompute one (that is head office’s batch work)', async () => {
    const teller = await tokenFor(staffClaims({ orgPath: '/1/2/3/4/', sub: '3' }));
    const res = await gql(sg.url, ENTITIES, { r: customerReps().slice(0, 1) }, teller);
    expect(res.data!._entities[0]).toMatchObject({ tier: 'VIP', score: { customerId: String(ids[0]) } });
    const before = await snapshot();
    expectDenied(await run('recomputeCustomerScore', teller), 'recomputeCustomerScore');
    expect(await snapshot()).toEqual(before);
  });
});
