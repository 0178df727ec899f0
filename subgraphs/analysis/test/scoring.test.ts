import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, staffClaims, startTestSubgraph, tokenFor, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { analysisSubgraph } from '../src';
import { AS_OF, IDS, insertScoredCustomers, PATHS, scoreRows } from './score.fixture';

const db = useTestDatabase();
let sg: RunningSubgraph;
let hq: string, bjTeller: string, shTeller: string;

const SCORE_FIELDS = `customerId asOf
  value { depositBalance wealthBalance loanBalance dailyAvgAssets weightedAssets }
  contribution { depositMargin loanMargin feeIncome intermediaryIncome costAllowance total }
  loyalty { tenureYears activeMonths productsHeld score }
  satisfaction { avgCsat avgNps complaints12m measured score }
  relevance { productFamilies relationships score }
  recencyDays frequency12m monetary12m channelMix { channel share } trend { month deposits loans }
  churnRisk churnReasons { code percent from to days complaints csat detail } tier computedAt`;
const RECOMPUTE = `mutation($id: ID!, $asOf: String) { recomputeCustomerScore(customerId: $id, asOf: $asOf) { ${SCORE_FIELDS} } }`;
const ENTITY_SCORE = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Customer { id score { ${SCORE_FIELDS} } tierHistory { asOf tier } } } }`;
const reps = (...ids: number[]) => ids.map((id) => ({ __typename: 'Customer', id: String(id) }));
const recompute = async (id: number, token = hq, asOf: string | null = AS_OF) => gql(sg.url, RECOMPUTE, { id: String(id), asOf }, token);

beforeAll(async () => {
  await insertScoredCustomers(db.url);
  sg = await startTestSubgraph(analysisSubgraph, db.url);
  hq = await tokenFor(
    staffClaims({ orgPath: PATHS.HO, sub: '1', level: 'HEAD_OFFICE', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] }),
  );
  bjTeller = await tokenFor(staffClaims({ orgPath: PATHS.BJ0101, sub: '3' }));
  shTeller = await tokenFor(staffClaims({ orgPath: PATHS.SH0101, sub: '5' }));
});
afterAll(() => sg?.close());

const months = [
  '2025-01',
  '2025-02',
  '2025-03',
  '2025-04',
  '2025-05',
  '2025-06',
  '2025-07',
  '2025-08',
  '2025-09',
  '2025-10',
  '2025-11',
  '2025-12',
];

describe('the five degrees on hand-built customers', () => {
  it('A: value, contribution, loyalty, satisfaction, relevance, behaviour — each part exact', async () => {
    const res = await recompute(IDS.A);
    expect(res.errors).toBeUndefined();
    const s = res.data!.recomputeCustomerScore;
    expect(s.customerId).toBe('101');
    expect(s.asOf).toBe(AS_OF);
    // balances at the December month-end; daily-average assets = deposits + wealth averages;
    // weighted by the default active policy (migration 0002: deposit 1, time deposit 1, wealth 0.8)
    expect(s.value).toEqual({
      depositBalance: 300000,
      wealthBalance: 50000,
      loanBalance: 300000,
      dailyAvgAssets: 350000,
      weightedAssets: 340000,
    });
    // 100,000×(2.5−0.1)% + 200,000×(2.5−1.5)% ; 300,000×(4.5−2.5)% ; fees 10+15 (not the 99 of 2024) ;
    // 0.1 %×1,000 + 0.05 %×10,000 + 0.5 %×20,000 ; 4 accounts × 12 months × 50/12
    expect(s.contribution).toEqual({
      depositMargin: 4400,
      loanMargin: 6000,
      feeIncome: 25,
      intermediaryIncome: 106,
      costAllowance: 200,
      total: 10331,
    });
    // tenure 2015-12-31 → 2025-12-31 = 3,653 days / 365.25 = 10.00 → 40 ; 4 active months → 13.33 ; 4 kinds → 20
    expect(s.loyalty).toEqual({ tenureYears: 10, activeMonths: 4, productsHeld: 4, score: 73.33 });
    // CSAT 4.5 → 87.5, NPS 9 → 90, mean 88.75, one complaint −10 (the 2024 survey is outside)
    expect(s.satisfaction).toEqual({ avgCsat: 4.5, avgNps: 9, complaints12m: 1, measured: true, score: 78.75 });
    // deposit, wealth, loan families ×15 + 2 relationships ×5
    expect(s.relevance).toEqual({ productFamilies: 3, relationships: 2, score: 55 });
    // own transactions only: not fees, not interest, not 2024, not 1 January 2026 (Beijing)
    expect(s.frequency12m).toBe(4);
    expect(s.monetary12m).toBe(31500);
    expect(s.recencyDays).toBe(30);
    expect(s.channelMix).toEqual([
      { channel: 'MOBILE', share: 0.75 },
      { channel: 'ONLINE', share: 0.25 },
    ]);
    expect(s.trend).toEqual(months.map((month) => ({ month, deposits: 300000, loans: 300000 })));
    expect(s.churnRisk).toBe(false);
    expect(s.churnReasons).toEqual([]);
  });

  it('B: the churn signals, each with its reason', async () => {
    const s = (await recompute(IDS.B)).data!.recomputeCustomerScore;
    expect(s.value).toEqual({ depositBalance: 20000, wealthBalance: 0, loanBalance: 0, dailyAvgAssets: 35000, weightedAssets: 35000 });
    // 35,000 × 2.4 % ; card 8 months × 1,000 / 12 × (18.25 − 2.5) % ; (12 + 8) × 50 / 12
    expect(s.contribution).toEqual({
      depositMargin: 840,
      loanMargin: 105,
      feeIncome: 0,
      intermediaryIncome: 0,
      costAllowance: 83.33,
      total: 861.67,
    });
    // 661 days = 1.81 y → 7.24 ; 1 month → 3.33 ; 1 kind → 5
    expect(s.loyalty).toEqual({ tenureYears: 1.81, activeMonths: 1, productsHeld: 1, score: 15.57 });
    expect(s.satisfaction).toEqual({ avgCsat: 1, avgNps: null, complaints12m: 1, measured: true, score: 0 });
    expect(s.relevance).toEqual({ productFamilies: 1, relationships: 1, score: 20 });
    expect(s.recencyDays).toBe(183);
    expect(s.trend.map((t: { deposits: number }) => t.deposits)).toEqual([
      50000, 50000, 50000, 50000, 50000, 50000, 20000, 20000, 20000, 20000, 20000, 20000,
    ]);
    expect(s.trend.map((t: { loans: number }) => t.loans)).toEqual([1000, 1000, 1000, 1000, 1000, 1000, 1000, 0, 0, 0, 0, 0]);
    expect(s.churnRisk).toBe(true);
    // codes and figures, in the rules' order; `detail` is the same figures in English words
    const none = { percent: null, from: null, to: null, days: null, complaints: null, csat: null };
    expect(s.churnReasons).toEqual([
      {
        ...none,
        code: 'DEPOSITS_DOWN',
        percent: 60,
        from: 50000,
        to: 20000,
        detail: 'deposits fell 60 % over 6 months (50000.00 → 20000.00 CNY)',
      },
      { ...none, code: 'INACTIVE_90D', days: 183, detail: 'no transaction for 183 days' },
      { ...none, code: 'COMPLAINT_LOW_CSAT', complaints: 1, csat: 1, detail: '1 complaint and a CSAT of 1 in the last 90 days' },
      { ...none, code: 'PRODUCTS_DROPPED', from: 2, to: 1, detail: 'product kinds held fell from 2 to 1 in 6 months' },
    ]);
    // stored as codes and numbers, no words
    const [row] = await withSql(db.url, (q) =>
      q(`select churn_reasons from analysis.customer_score where customer_id = $1 and as_of = $2`, [IDS.B, AS_OF]),
    );
    expect(row.churn_reasons).toEqual([
      { code: 'DEPOSITS_DOWN', percent: 60, from: 50000, to: 20000 },
      { code: 'INACTIVE_90D', days: 183 },
      { code: 'COMPLAINT_LOW_CSAT', complaints: 1, csat: 1 },
      { code: 'PRODUCTS_DROPPED', from: 2, to: 1 },
    ]);
  });

  it('C: no surveys → satisfaction not measured; an unused account → inactive', async () => {
    const s = (await recompute(IDS.C)).data!.recomputeCustomerScore;
    expect(s.value).toEqual({ depositBalance: 1000, wealthBalance: 0, loanBalance: 0, dailyAvgAssets: 583.33, weightedAssets: 583.33 });
    expect(s.contribution).toEqual({
      depositMargin: 14,
      loanMargin: 0,
      feeIncome: 0,
      intermediaryIncome: 0,
      costAllowance: 29.17,
      total: -15.17,
    });
    expect(s.loyalty).toEqual({ tenureYears: 0.58, activeMonths: 0, productsHeld: 1, score: 7.32 });
    expect(s.satisfaction).toEqual({ avgCsat: null, avgNps: null, complaints12m: 0, measured: false, score: null });
    expect(s.relevance).toEqual({ productFamilies: 1, relationships: 1, score: 20 });
    expect(s.recencyDays).toBeNull();
    expect(s.channelMix).toEqual([]);
    expect(s.churnReasons).toEqual([
      {
        code: 'INACTIVE_90D',
        percent: null,
        from: null,
        to: null,
        days: null,
        complaints: null,
        csat: null,
        detail: 'no transaction in 12 months',
      },
    ]);
  });

  it('a customer without a survey or complaint: satisfaction null and unmeasured in the API, the neutral 60 kept for tier rules', async () => {
    const s = (await recompute(IDS.C)).data!.recomputeCustomerScore;
    expect(s.satisfaction.measured).toBe(false);
    expect(s.satisfaction.score).toBeNull();
    // the tier policies compare the column (QUALITY: satisfaction ≥ 60): it keeps the neutral value, so
    // an unsurveyed customer is placed as the approved policies always placed them
    const [row] = await withSql(db.url, (q) =>
      q(`select satisfaction::float8 as satisfaction from analysis.customer_score where customer_id = $1 and as_of = $2`, [IDS.C, AS_OF]),
    );
    expect(row.satisfaction).toBe(60);
    // surveyed (A) or complained (B): measured
    const a = (await recompute(IDS.A)).data!.recomputeCustomerScore;
    const b = (await recompute(IDS.B)).data!.recomputeCustomerScore;
    expect([a.satisfaction.measured, b.satisfaction.measured]).toEqual([true, true]);
  });

  it('value and contribution on the radar’s 0–100 log scale', async () => {
    const res = await gql(
      sg.url,
      `mutation($id: ID!, $asOf: String) { recomputeCustomerScore(customerId: $id, asOf: $asOf) { value { weightedAssets score } contribution { total score } } }`,
      { id: String(IDS.A), asOf: AS_OF },
      hq,
    );
    expect(res.errors).toBeUndefined();
    const s = res.data!.recomputeCustomerScore;
    // 100 × log10(1 + 340,000) / log10(1 + 5,000,000) = 82.57 ; 100 × log10(1 + 10,331) / log10(1 + 100,000) = 80.28
    expect(s.value).toEqual({ weightedAssets: 340000, score: 82.57 });
    expect(s.contribution).toEqual({ total: 10331, score: 80.28 });
    const c = (
      await gql(
        sg.url,
        `mutation($id: ID!, $asOf: String) { recomputeCustomerScore(customerId: $id, asOf: $asOf) { contribution { total score } } }`,
        { id: String(IDS.C), asOf: AS_OF },
        hq,
      )
    ).data!.recomputeCustomerScore;
    expect(c.contribution).toEqual({ total: -15.17, score: 0 }); // a loss is 0, not negative
  });

  it('a merged customer is not scored; bad input names the field', async () => {
    const merged = await recompute(IDS.MERGED);
    expect(merged.errors![0].extensions!.code).toBe('NOT_FOUND');
    const bad = await recompute(IDS.A, hq, '2025-02-30');
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    const future = await recompute(IDS.A, hq, '2999-01-01');
    expect(future.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    const badId = await gql(sg.url, RECOMPUTE, { id: 'x', asOf: AS_OF }, hq);
    expect(badId.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerId' });
  });

  it('re-running for the same date gives the same values', async () => {
    for (const id of [IDS.A, IDS.B, IDS.C]) await recompute(id);
    const first = await scoreRows(db.url);
    for (const id of [IDS.A, IDS.B, IDS.C]) await recompute(id);
    expect(await scoreRows(db.url)).toEqual(first);
    expect(first.map((r: { customer_id: number }) => r.customer_id)).toEqual([IDS.A, IDS.B, IDS.C]);
  });

  it('the active policy weights the assets (1 without one) and tiers the customer', async () => {
    const [active] = await withSql(db.url, (q) =>
      q(`update analysis.tier_policy set status = 'SUPERSEDED' where status = 'ACTIVE' returning id`),
    );
    try {
      expect((await recompute(IDS.A)).data!.recomputeCustomerScore.value.weightedAssets).toBe(350000);
      await withSql(db.url, (q) =>
        q(
          `insert into analysis.tier_policy (scheme, policy_version, name, status, effective_from, rules, asset_coefficients, created_by_staff_id, approved_by_staff_id, approved_at)
        values ('VALUE_PYRAMID', 99, 'test', 'ACTIVE', '2025-01-01', $1::jsonb, '{"deposit": 1, "timeDeposit": 1.2, "wealth": 0.8}', 1, 2, now())`,
          [
            JSON.stringify([
              { tier: 'VIP', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 1000000 } },
              { tier: 'CRITICAL', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 500000 } },
              { tier: 'KEY', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 300000 } },
              { tier: 'VALUE', condition: { metric: 'WEIGHTED_ASSETS', op: '>=', value: 10000 } },
              { tier: 'BASIC', condition: null },
            ]),
          ],
        ),
      );
      const s = (await recompute(IDS.A)).data!.recomputeCustomerScore;
      // 100,000 × 1 + 200,000 × 1.2 + 50,000 × 0.8
      expect(s.value.weightedAssets).toBe(380000);
      expect(s.tier).toBe('KEY');
      const h = await gql(sg.url, ENTITY_SCORE, { reps: reps(IDS.A) }, hq);
      expect(h.data!._entities[0].tierHistory).toEqual([{ asOf: AS_OF, tier: 'KEY' }]);
    } finally {
      await withSql(db.url, async (q) => {
        await q(`update analysis.customer_score set tier = null, policy_id = null, tier_evidence = null`);
        await q(`delete from analysis.tier_policy where policy_version = 99`);
        await q(`update analysis.tier_policy set status = 'ACTIVE' where id = $1`, [active.id]);
      });
      await recompute(IDS.A);
    }
  });
});

describe('scope', () => {
  it('Customer.score and _entities answer only inside the caller’s unit', async () => {
    for (const id of [IDS.A, IDS.B, IDS.C]) await recompute(id);
    const bj = await gql(sg.url, ENTITY_SCORE, { reps: reps(IDS.A, IDS.C) }, bjTeller);
    expect(bj.errors).toBeUndefined();
    expect(bj.data!._entities[0].score.customerId).toBe('101');
    expect(bj.data!._entities[1]).toBeNull();
    const sh = await gql(sg.url, ENTITY_SCORE, { reps: reps(IDS.A, IDS.B, IDS.C) }, shTeller);
    expect(sh.data!._entities.slice(0, 2)).toEqual([null, null]);
    expect(sh.data!._entities[2].score.customerId).toBe('103');
  });

  it('recomputing a customer outside the scope is NOT_FOUND', async () => {
    // only head office may recompute (SCORE_RECOMPUTE) and it sees the whole bank; the scope check
    // stays all the same — tried with a recomputing caller whose scope is one Shanghai outlet
    const narrow = await tokenFor(
      staffClaims({ orgPath: PATHS.SH0101, sub: '6', level: 'HEAD_OFFICE', department: 'STRATEGY', roles: ['STRATEGY_ANALYST'] }),
    );
    const res = await recompute(IDS.A, narrow);
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await recompute(IDS.A, shTeller)).errors![0].extensions!.code).toBe('FORBIDDEN'); // a teller may not recompute at all
  });

  it('churn-risk lists hold only customers in scope', async () => {
    const Q = `query($asOf: String) { churnRiskCustomers(asOf: $asOf, page: { pageSize: 10 }) { total items { customerId churnReasons { code } } } }`;
    const ids = async (token: string) =>
      (await gql(sg.url, Q, { asOf: AS_OF }, token)).data!.churnRiskCustomers.items.map((s: { customerId: string }) => s.customerId);
    expect(await ids(bjTeller)).toEqual(['102']);
    expect(await ids(shTeller)).toEqual(['103']);
    expect(await ids(hq)).toEqual(['102', '103']); // largest deposits first
    const items = (await gql(sg.url, Q, { asOf: AS_OF }, hq)).data!.churnRiskCustomers.items;
    expect(items.map((s: { churnReasons: { code: string }[] }) => s.churnReasons.map((r) => r.code))).toEqual([
      ['DEPOSITS_DOWN', 'INACTIVE_90D', 'COMPLAINT_LOW_CSAT', 'PRODUCTS_DROPPED'],
      ['INACTIVE_90D'],
    ]);
    const latest = await gql(sg.url, `{ churnRiskCustomers { total } scoreAsOfDates }`, {}, bjTeller);
    expect(latest.data).toEqual({ churnRiskCustomers: { total: 1 }, scoreAsOfDates: [AS_OF] });
  });
});
