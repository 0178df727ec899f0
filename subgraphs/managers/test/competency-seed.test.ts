import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { managersSubgraph } from '../src';
import { seedManagers } from '../src/demo-seed';
import { MANAGERS, TRAINER, tokens } from './fixture';
import { ACKNOWLEDGE } from './competency.fixture';

/**
 * The demo seed's competency record on the tiny bank: the head-office trainer (15) assessed the managers
 * twice, the earlier acknowledged, the recent one awaiting acknowledgement for the first manager of each
 * unit (bj0101.manager, 11, among them); scores in range, overalls by the weights, plans for the gaps.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;

beforeAll(async () => {
  sg = await startTestSubgraph(managersSubgraph, db.url);
  t = await tokens();
  await seedManagers(db.url);
});
afterAll(async () => sg?.close());

describe('the demo seed’s assessments and plans', () => {
  it('two assessments per manager by the head-office trainer over the past year, set-based and idempotent', async () => {
    const rows = (await withSql(db.url, (q) =>
      q(`select manager_id, assessor_staff_id, status, overall::float8 as overall, assessed_at, submitted_at, acknowledged_at,
                row_number() over (partition by manager_id order by submitted_at)::int as round
         from managers.assessment order by manager_id, submitted_at`),
    )) as { manager_id: number; assessor_staff_id: number; status: string; assessed_at: Date; round: number }[];
    const managers = [...new Set(rows.map((r) => r.manager_id))];
    // the first manager of each unit always; most of the others (a hash)
    expect(managers).toEqual(expect.arrayContaining([MANAGERS.BJ0101_A, MANAGERS.BJ0102, MANAGERS.BJ01, MANAGERS.SH0101]));
    expect(rows).toHaveLength(managers.length * 2);
    expect(rows.every((r) => r.assessor_staff_id === TRAINER)).toBe(true);
    const yearAgo = Date.now() - 366 * 86_400_000;
    expect(rows.every((r) => r.assessed_at.getTime() > yearAgo && r.assessed_at.getTime() < Date.now())).toBe(true);
    expect(rows.filter((r) => r.round === 1).every((r) => r.status === 'ACKNOWLEDGED')).toBe(true);
    const latest11 = rows.find((r) => r.manager_id === MANAGERS.BJ0101_A && r.round === 2);
    expect(latest11?.status).toBe('SUBMITTED');

    const again = await seedManagers(db.url);
    expect(again).toEqual({ managers: 0, assignments: 0 });
    const [{ n }] = await withSql(db.url, (q) => q(`select count(*)::int as n from managers.assessment`));
    expect(n).toBe(rows.length);
  });

  it('scores are half steps in 1–5 with evidence in Chinese, each overall the weighted mean; plans cover the gaps', async () => {
    const [check] = await withSql(db.url, (q) =>
      q(`select count(*) filter (where s.score < 1 or s.score > 5 or s.score * 2 <> trunc(s.score * 2))::int as bad_scores,
                count(*) filter (where s.evidence !~ '[一-龥]')::int as bad_evidence,
                count(distinct s.score)::int as distinct_scores,
                (select count(*) from managers.assessment a where a.overall <> (
                   select round(sum(d.weight * x.score) / sum(d.weight), 2) from managers.assessment_score x
                   join managers.competency_dimension d on d.model_id = a.model_id and d.dimension = x.dimension where x.assessment_id = a.id))::int as bad_overall,
                (select count(*) from managers.assessment a where (select count(*) from managers.assessment_score x where x.assessment_id = a.id) <> 6)::int as incomplete
         from managers.assessment_score s`),
    );
    expect(check).toEqual({ bad_scores: 0, bad_evidence: 0, distinct_scores: expect.any(Number), bad_overall: 0, incomplete: 0 });
    expect(check.distinct_scores).toBeGreaterThanOrEqual(4);
    const [plans] = await withSql(db.url, (q) =>
      q(`select (select count(*) from managers.training_plan_item)::int as items,
                (select count(*) from managers.competency_gap g where not exists (
                   select 1 from managers.training_plan_item p where p.manager_id = g.manager_id and p.dimension = g.dimension))::int as uncovered`),
    );
    expect(plans.items).toBeGreaterThan(0);
    expect(plans.uncovered).toBe(0);
  });

  it('bj0101.manager finds their recent assessment awaiting acknowledgement and acknowledges it', async () => {
    const res = await gql(
      sg.url,
      `query($id: ID!) { customerManager(id: $id) { latestAssessment { id version status scores { evidence } } competencyHistory { overall } } }`,
      { id: String(MANAGERS.BJ0101_A) },
      t.bj0101Manager,
    );
    expect(res.errors).toBeUndefined();
    const latest = res.data!.customerManager.latestAssessment;
    expect(latest.status).toBe('SUBMITTED');
    expect(latest.scores).toHaveLength(6);
    expect(res.data!.customerManager.competencyHistory).toHaveLength(2);
    const ack = await gql(sg.url, ACKNOWLEDGE, { id: latest.id, version: latest.version, comment: '已阅' }, t.bj0101Manager);
    expect(ack.data!.acknowledgeAssessment.status).toBe('ACKNOWLEDGED');
  });
});
