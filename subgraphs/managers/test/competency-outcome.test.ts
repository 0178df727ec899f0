import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { managersSubgraph } from '../src';
import { pearson } from '../src/competency/competency-outcome.service';
import { MANAGERS, tokens } from './fixture';
import { insertScorecardFixture, PERIOD, TARGETS_11 } from './scorecard.fixture';
import { assess, competencyTokens, refusal, SIX } from './competency.fixture';

/**
 * Competency vs outcome: for the managers of a unit, the scores of the assessment in force at the end
 * of the month against the scorecard's total of the month (the scorecard feature's own figures, on its
 * June 2025 fixture), with Pearson's r per dimension; scope as everywhere.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
let c: Awaited<ReturnType<typeof competencyTokens>>;

/** the scores in force on 30 June 2025 (submitted on 10 June), in the model's order */
const JUNE: Record<number, number[]> = {
  [MANAGERS.BJ0101_A]: [4, 4, 4, 4, 4, 4],
  [MANAGERS.BJ0101_B]: [2, 3, 3, 2, 3, 3],
  [MANAGERS.BJ0102]: [3, 3, 2, 3, 3, 3],
  [MANAGERS.SH0101]: [5, 3, 3, 5, 3, 3],
};

beforeAll(async () => {
  sg = await startTestSubgraph(managersSubgraph, db.url);
  t = await tokens();
  c = await competencyTokens();
  await insertScorecardFixture(db.url);
  const ids: string[] = [];
  for (const [manager, scores] of Object.entries(JUNE)) {
    ids.push((await assess(sg.url, t.trainer, Number(manager), scores)).id);
    await withSql(db.url, (q) =>
      q(
        `insert into managers.manager_target (manager_id, period, deposit_stock, deposit_growth, loan_stock, loan_growth, intermediary_income,
           new_basic_accounts, satisfaction, on_time_task_rate)
         values ($1, '2025-06-01', $2, $3, $4, $5, $6, $7, $8, $9)`,
        [Number(manager), ...Object.values(TARGETS_11)],
      ),
    );
  }
  await withSql(db.url, (q) =>
    q(
      `update managers.assessment set assessed_at = '2025-06-01 09:00+08', submitted_at = '2025-06-10 09:00+08' where id = any($1::int[])`,
      [ids.map(Number)],
    ),
  );
  // a later assessment of 11 (submitted today) did not shape June's results: it is not used for June
  await assess(sg.url, t.trainer, MANAGERS.BJ0101_A, [1, 1, 1, 1, 1, 1]);
});
afterAll(async () => sg?.close());

const VS = `query($u: ID, $p: String!) { competencyVsOutcome(orgUnitId: $u, period: $p) { period orgUnit { id } managers
  dimensions { dimension correlation points { manager { id } score outcome } }
  overall { correlation points { manager { id } score outcome } } } }`;

type Point = { manager: { id: string }; score: number; outcome: number };

/** the scorecard's own total of each manager for June, as the trainer reads it */
async function totals(ids: number[]) {
  const out: Record<string, number> = {};
  for (const id of ids) {
    const res = await gql(
      sg.url,
      `query($id: ID!, $p: String!) { customerManager(id: $id) { scorecard(period: $p) { total } } }`,
      { id: String(id), p: PERIOD },
      t.trainer,
    );
    out[String(id)] = res.data!.customerManager.scorecard.total;
  }
  return out;
}

/** the textbook formula, written again here */
function r(points: Point[]) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.score, 0) / n;
  const my = points.reduce((s, p) => s + p.outcome, 0) / n;
  const cov = points.reduce((s, p) => s + (p.score - mx) * (p.outcome - my), 0);
  const vx = points.reduce((s, p) => s + (p.score - mx) ** 2, 0);
  const vy = points.reduce((s, p) => s + (p.outcome - my) ** 2, 0);
  return cov / Math.sqrt(vx * vy);
}

describe('competency vs outcome', () => {
  it('Pearson’s r on hand-computed cases; null below 3 pairs or without variation', () => {
    // x̄ 3.5, ȳ 2.75: Σdxdy 5.5, Σdx² 5, Σdy² 8.75 → 5.5 / √43.75 = 0.83152…
    expect(pearson([2, 3, 4, 5], [1, 3, 2, 5])).toBe(0.8315);
    expect(pearson([1, 2, 3], [2, 4, 6])).toBe(1);
    expect(pearson([1, 2, 3], [30, 20, 10])).toBe(-1);
    expect(pearson([1, 2], [1, 2])).toBeNull();
    expect(pearson([3, 3, 3], [1, 2, 3])).toBeNull();
  });

  it('each dimension’s scores in force at the month’s end against the scorecard totals, with r per dimension', async () => {
    const res = await gql(sg.url, VS, { u: '1', p: PERIOD }, t.trainer);
    expect(res.errors).toBeUndefined();
    const v = res.data!.competencyVsOutcome;
    expect(v).toMatchObject({ period: PERIOD, orgUnit: { id: '1' }, managers: 4 });
    const outcome = await totals(Object.keys(JUNE).map(Number));
    expect(new Set(Object.values(outcome)).size).toBeGreaterThan(1);
    expect(v.dimensions.map((d: { dimension: string }) => d.dimension)).toEqual(SIX);
    for (const [i, d] of (v.dimensions as { dimension: string; correlation: number | null; points: Point[] }[]).entries()) {
      const byManager = Object.fromEntries(d.points.map((p) => [p.manager.id, p]));
      expect(Object.keys(byManager).sort()).toEqual(Object.keys(JUNE).sort());
      for (const [manager, scores] of Object.entries(JUNE)) {
        expect(byManager[manager]).toEqual({ manager: { id: manager }, score: scores[i], outcome: outcome[manager] });
      }
      expect(d.correlation).toBeCloseTo(r(d.points), 4);
    }
    // the overall as submitted: 12 = 0.2·2 + 0.1·3 + 0.15·3 + 0.3·2 + 0.15·3 + 0.1·3 = 2.5; 13 = 2.85; 5 = 1 + 0.3 + 0.45 + 1.5 + 0.45 + 0.3 = 4
    const overall = Object.fromEntries((v.overall.points as Point[]).map((p) => [p.manager.id, p.score]));
    expect(overall).toEqual({ [MANAGERS.BJ0101_A]: 4, [MANAGERS.BJ0101_B]: 2.5, [MANAGERS.BJ0102]: 2.85, [MANAGERS.SH0101]: 4 });
    expect(v.overall.correlation).toBeCloseTo(r(v.overall.points), 4);
  });

  it('stays in the caller’s scope: a branch trainer sees their branch’s managers only; another branch is NOT_FOUND', async () => {
    const bj = await gql(sg.url, VS, { p: PERIOD }, c.bjTrainer);
    expect(bj.errors).toBeUndefined();
    expect(bj.data!.competencyVsOutcome).toMatchObject({ orgUnit: { id: '2' }, managers: 3 });
    const ids = bj.data!.competencyVsOutcome.dimensions.flatMap((d: { points: Point[] }) => d.points.map((p) => p.manager.id));
    expect(ids).not.toContain(String(MANAGERS.SH0101));
    const outside = await gql(sg.url, VS, { u: '8', p: PERIOD }, c.bjTrainer);
    const missing = await gql(sg.url, VS, { u: '99999', p: PERIOD }, c.bjTrainer);
    expect(refusal(outside).code).toBe('NOT_FOUND');
    expect(outside.errors![0].message).toBe(missing.errors![0].message);
  });

  it('fewer than 3 managers: the points without a correlation; a bad period names the field; managers may not ask', async () => {
    const outlet = (await gql(sg.url, VS, { u: '4', p: PERIOD }, t.trainer)).data!.competencyVsOutcome;
    expect(outlet.managers).toBe(2);
    expect(
      outlet.dimensions.every((d: { correlation: number | null; points: Point[] }) => d.correlation === null && d.points.length === 2),
    ).toBe(true);
    expect(refusal(await gql(sg.url, VS, { u: '1', p: '2025-13' }, t.trainer))).toEqual({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(refusal(await gql(sg.url, VS, { u: '4', p: PERIOD }, t.bj0101Manager)).code).toBe('FORBIDDEN');
    // a month before any assessment: nobody to set against
    const early = (await gql(sg.url, VS, { u: '1', p: '2025-05' }, t.trainer)).data!.competencyVsOutcome;
    expect(early.managers).toBe(0);
  });

  it('the statements do not grow with the managers: an outlet of 2 costs what the bank of 4 does', async () => {
    const two = await countSql(['managers'], () => gql(sg.url, VS, { u: '4', p: PERIOD }, t.trainer));
    const four = await countSql(['managers'], () => gql(sg.url, VS, { u: '1', p: PERIOD }, t.trainer));
    expect(four.result.errors).toBeUndefined();
    expect(four.counts.managers).toBe(two.counts.managers);
    console.info(`competency vs outcome: ${four.counts.managers} SQL statements for 4 managers`);
  });
});
