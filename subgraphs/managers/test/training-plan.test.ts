import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '@crm/postgres/testing';
import { countSql, gql, startTestSubgraph, withSql } from '@crm/kit/testing';
import type { RunningSubgraph } from '@crm/kit';
import { managersSubgraph } from '../src';
import { MANAGERS, tokens } from './fixture';
import { assess, competencyTokens, refusal } from './competency.fixture';

/**
 * Gaps and training plans: a gap is a dimension of the latest submitted assessment below the target of
 * the manager's grade; planning adds the catalog's courses for it, idempotently; items move PLANNED →
 * IN_PROGRESS → COMPLETED (or CANCELLED); a team's gaps per dimension in one statement.
 *
 * Targets of model v1 (ETHICS MINDSET INNOVATION SKILLS KNOWLEDGE HEALTH): JUNIOR 3 3 2 3 3 3,
 * INTERMEDIATE 4 3 3 3 3 3, SENIOR 4 4 4 4 4 3. Fixture grades: 11 SENIOR, 12 JUNIOR, 13 INTERMEDIATE.
 */
const db = useTestDatabase();
let sg: RunningSubgraph;
let t: Awaited<ReturnType<typeof tokens>>;
let c: Awaited<ReturnType<typeof competencyTokens>>;

beforeAll(async () => {
  sg = await startTestSubgraph(managersSubgraph, db.url);
  t = await tokens();
  c = await competencyTokens();
});
afterAll(async () => sg?.close());

const PLAN = `mutation($m: ID!) { planTraining(managerId: $m) { added manager { id } items { id status dimension scoreAtPlanning targetLevel course { code level } } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $s: TrainingPlanStatus!) { updateTrainingPlanItem(id: $id, version: $v, status: $s) { id status version startedAt finishedAt } }`;
const GAPS = `query($id: ID!) { customerManager(id: $id) { competencyGaps { dimension score target gap assessmentId }
  trainingPlan { id status dimension version course { code level dimension } plannedBy { id } } } }`;

const plan = async (managerId: number, token = t.trainer) => gql(sg.url, PLAN, { m: String(managerId) }, token);
const codes = (items: { course: { code: string } }[]) => items.map((i) => i.course.code).sort();

describe('gaps and the plan', () => {
  it('gaps are the latest assessment’s dimensions below the grade’s target, the largest first', async () => {
    // JUNIOR 12: MINDSET 2 < 3, SKILLS 1.5 < 3; INNOVATION 2.5 ≥ 2 is no gap
    const a = await assess(sg.url, t.trainer, MANAGERS.BJ0101_B, [3, 2, 2.5, 1.5, 3, 3]);
    const res = await gql(sg.url, GAPS, { id: String(MANAGERS.BJ0101_B) }, t.trainer);
    expect(res.errors).toBeUndefined();
    expect(res.data!.customerManager.competencyGaps).toEqual([
      { dimension: 'SKILLS', score: 1.5, target: 3, gap: 1.5, assessmentId: a.id },
      { dimension: 'MINDSET', score: 2, target: 3, gap: 1, assessmentId: a.id },
    ]);
    // the manager sees their own gaps; a colleague does not
    expect(
      (await gql(sg.url, GAPS, { id: String(MANAGERS.BJ0101_B) }, c.bj0101ManagerB)).data!.customerManager.competencyGaps,
    ).toHaveLength(2);
    expect((await gql(sg.url, GAPS, { id: String(MANAGERS.BJ0101_B) }, t.bj0101Manager)).data!.customerManager.competencyGaps).toEqual([]);
  });

  it('planning adds the courses between score and target for each gap, and is idempotent', async () => {
    const first = await plan(MANAGERS.BJ0101_B);
    expect(first.errors).toBeUndefined();
    // SKILLS 1.5 → 3: the level-2 and level-3 courses; MINDSET 2 → 3: the level-3 course
    expect(first.data!.planTraining.added).toBe(3);
    expect(codes(first.data!.planTraining.items)).toEqual(['MND-302', 'SKL-201', 'SKL-302']);
    expect(first.data!.planTraining.items.every((i: { status: string }) => i.status === 'PLANNED')).toBe(true);
    const again = await plan(MANAGERS.BJ0101_B);
    expect(again.data!.planTraining).toMatchObject({ added: 0, items: [] });
    const res = await gql(sg.url, GAPS, { id: String(MANAGERS.BJ0101_B) }, t.trainer);
    expect(codes(res.data!.customerManager.trainingPlan)).toEqual(['MND-302', 'SKL-201', 'SKL-302']);
    expect(res.data!.customerManager.trainingPlan[0].plannedBy).toEqual({ id: '15' });

    // a course cancelled is not planned again from the same assessment; a new assessment with the gap plans it again,
    // and a course still open is never doubled
    const mindset = res.data!.customerManager.trainingPlan.find((i: { dimension: string }) => i.dimension === 'MINDSET');
    expect((await gql(sg.url, UPDATE, { id: mindset.id, v: mindset.version, s: 'CANCELLED' }, t.trainer)).errors).toBeUndefined();
    expect((await plan(MANAGERS.BJ0101_B)).data!.planTraining.added).toBe(0);
    await assess(sg.url, t.trainer, MANAGERS.BJ0101_B, [3, 2, 3, 2.5, 3, 3]);
    const after = await plan(MANAGERS.BJ0101_B);
    expect(codes(after.data!.planTraining.items)).toEqual(['MND-302']);
    const open = (await withSql(db.url, (q) =>
      q(
        `select course_id, count(*)::int as n from managers.training_plan_item where manager_id = $1 and status in ('PLANNED', 'IN_PROGRESS') group by 1`,
        [MANAGERS.BJ0101_B],
      ),
    )) as { n: number }[];
    expect(open).toHaveLength(3);
    expect(open.every((r) => r.n === 1)).toBe(true);
  });

  it('twenty concurrent plans for one manager add each course once', async () => {
    // INTERMEDIATE 13: ETHICS 2 → 4 (levels 3, 4), KNOWLEDGE 1 → 3 (levels 2, 3)
    await assess(sg.url, t.trainer, MANAGERS.BJ0102, [2, 3, 3, 3, 1, 3]);
    const results = await Promise.all(Array.from({ length: 20 }, () => plan(MANAGERS.BJ0102)));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    expect(results.reduce((n, r) => n + r.data!.planTraining.added, 0)).toBe(4);
    const [row] = await withSql(db.url, (q) =>
      q(`select count(*)::int as n from managers.training_plan_item where manager_id = $1`, [MANAGERS.BJ0102]),
    );
    expect(row.n).toBe(4);
  });

  it('a manager without a submitted assessment has nothing to plan from (field managerId); outside the scope NOT_FOUND', async () => {
    expect(refusal(await plan(MANAGERS.BJ01))).toEqual({ code: 'BAD_USER_INPUT', field: 'managerId' });
    await assess(sg.url, t.trainer, MANAGERS.SH0101, [1, 1, 1, 1, 1, 1]);
    const outside = await plan(MANAGERS.SH0101, c.bjTrainer);
    const missing = await plan(99999, c.bjTrainer);
    expect(refusal(outside).code).toBe('NOT_FOUND');
    expect(outside.errors![0].message).toBe(missing.errors![0].message);
  });
});

describe('plan items move on', () => {
  it('PLANNED → IN_PROGRESS → COMPLETED, nothing else; stale versions CONFLICT; outside the scope NOT_FOUND', async () => {
    const items = (await gql(sg.url, GAPS, { id: String(MANAGERS.BJ0102) }, t.trainer)).data!.customerManager.trainingPlan;
    const item = items.find((i: { status: string }) => i.status === 'PLANNED');
    const skip = await gql(sg.url, UPDATE, { id: item.id, v: item.version, s: 'COMPLETED' }, t.trainer);
    expect(refusal(skip)).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
    const started = await gql(sg.url, UPDATE, { id: item.id, v: item.version, s: 'IN_PROGRESS' }, t.trainer);
    expect(started.data!.updateTrainingPlanItem).toMatchObject({ status: 'IN_PROGRESS', version: item.version + 1 });
    expect(started.data!.updateTrainingPlanItem.startedAt).toBeTruthy();
    const stale = await gql(sg.url, UPDATE, { id: item.id, v: item.version, s: 'COMPLETED' }, t.trainer);
    expect(refusal(stale).code).toBe('CONFLICT');
    const done = await gql(sg.url, UPDATE, { id: item.id, v: item.version + 1, s: 'COMPLETED' }, t.trainer);
    expect(done.data!.updateTrainingPlanItem).toMatchObject({ status: 'COMPLETED' });
    expect(done.data!.updateTrainingPlanItem.finishedAt).toBeTruthy();
    const reopen = await gql(sg.url, UPDATE, { id: item.id, v: item.version + 2, s: 'CANCELLED' }, t.trainer);
    expect(refusal(reopen)).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });

    const sh = (await gql(sg.url, PLAN, { m: String(MANAGERS.SH0101) }, t.trainer)).data!.planTraining.items[0];
    const outside = await gql(sg.url, UPDATE, { id: sh.id, v: 1, s: 'IN_PROGRESS' }, c.bjTrainer);
    const missing = await gql(sg.url, UPDATE, { id: '99999', v: 1, s: 'IN_PROGRESS' }, c.bjTrainer);
    expect(refusal(outside).code).toBe('NOT_FOUND');
    expect(outside.errors![0].message).toBe(missing.errors![0].message);
    expect(refusal(await gql(sg.url, UPDATE, { id: sh.id, v: 1, s: 'IN_PROGRESS' }, t.bj0101Manager)).code).toBe('FORBIDDEN');
  });
});

describe('team gaps', () => {
  const TEAM = `query($u: ID) { teamCompetencyGaps(orgUnitId: $u) { orgUnit { id } managers managersAssessed
    dimensions { dimension managersAssessed meanScore meanTarget belowTarget } } }`;

  it('per dimension across a unit’s managers: assessed, mean score and target, below target — in one statement', async () => {
    // latest of 11 (SENIOR 4 4 4 4 4 3), 12 (JUNIOR 3 3 2 3 3 3), 13 (INTERMEDIATE 4 3 3 3 3 3); 14 never assessed
    await assess(sg.url, t.trainer, MANAGERS.BJ0101_A, [4, 4, 4, 4, 4, 3]);
    await assess(sg.url, t.trainer, MANAGERS.BJ0101_B, [3, 2, 3, 2.5, 3, 3]);
    await assess(sg.url, t.trainer, MANAGERS.BJ0102, [3, 3, 3, 3, 3, 3]);
    const { result, counts } = await countSql(['managers'], () => gql(sg.url, TEAM, { u: '3' }, t.trainer));
    expect(result.errors).toBeUndefined();
    expect(counts.managers).toBe(1);
    const team = result.data!.teamCompetencyGaps;
    expect(team).toMatchObject({ orgUnit: { id: '3' }, managers: 4, managersAssessed: 3 });
    expect(team.dimensions).toEqual([
      { dimension: 'ETHICS', managersAssessed: 3, meanScore: 3.33, meanTarget: 3.67, belowTarget: 1 },
      { dimension: 'MINDSET', managersAssessed: 3, meanScore: 3, meanTarget: 3.33, belowTarget: 1 },
      { dimension: 'INNOVATION', managersAssessed: 3, meanScore: 3.33, meanTarget: 3, belowTarget: 0 },
      { dimension: 'SKILLS', managersAssessed: 3, meanScore: 3.17, meanTarget: 3.33, belowTarget: 1 },
      { dimension: 'KNOWLEDGE', managersAssessed: 3, meanScore: 3.33, meanTarget: 3.33, belowTarget: 0 },
      { dimension: 'HEALTH', managersAssessed: 3, meanScore: 3, meanTarget: 3, belowTarget: 0 },
    ]);
    const outlet = (await gql(sg.url, TEAM, { u: '4' }, t.trainer)).data!.teamCompetencyGaps;
    expect(outlet).toMatchObject({ managers: 2, managersAssessed: 2 });
    expect(outlet.dimensions[1]).toEqual({ dimension: 'MINDSET', managersAssessed: 2, meanScore: 3, meanTarget: 3.5, belowTarget: 1 });
  });

  it('defaults to the caller’s unit; a unit outside the scope is NOT_FOUND like one that does not exist', async () => {
    const bank = (await gql(sg.url, TEAM, {}, t.trainer)).data!.teamCompetencyGaps;
    expect(bank).toMatchObject({ orgUnit: { id: '1' }, managers: 5 });
    const branch = (await gql(sg.url, TEAM, {}, c.bjTrainer)).data!.teamCompetencyGaps;
    expect(branch).toMatchObject({ orgUnit: { id: '2' }, managers: 4 });
    const outside = await gql(sg.url, TEAM, { u: '8' }, c.bjTrainer);
    const missing = await gql(sg.url, TEAM, { u: '99999' }, c.bjTrainer);
    expect(refusal(outside).code).toBe('NOT_FOUND');
    expect(outside.errors![0].message).toBe(missing.errors![0].message);
    expect(refusal(await gql(sg.url, TEAM, { u: '4' }, t.bj0101Manager)).code).toBe('FORBIDDEN');
  });
});
