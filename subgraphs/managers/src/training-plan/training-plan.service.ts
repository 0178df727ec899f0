import { LockMode } from '@mikro-orm/core';
import { BadUserInputError, NotFoundError, OrgUnitReference, parseId, requirePermission, type RequestContext } from '@crm/kit';
import { DIMENSIONS, type CompetencyDimension } from '../competency/competency.enums';
import { managerInScopeLoader } from '../customer-manager/customer-manager.loader';
import { TrainingCourse, TrainingPlanItem, TrainingPlanStatus } from './training-plan.entity';
import type { PlanTrainingResult, TeamCompetencyGaps } from './training-plan.types';

/**
 * Adds to a manager's plan a course for each current gap, set-based in ONE statement: for a dimension
 * scored s against a target t, the catalog's courses of that dimension whose level is above s and at
 * most t (a 2 against a 4: the level-3 and level-4 courses). Idempotent: a course already open for the
 * manager (PLANNED, IN_PROGRESS — a unique index, so two concurrent calls cannot both add it), or already
 * planned from the same assessment (done or deliberately cancelled), is not added again.
 */
export async function planTraining(ctx: RequestContext, managerId: string): Promise<PlanTrainingResult> {
  requirePermission(ctx, 'MANAGER_ASSESS');
  const manager = await managerInScopeLoader(ctx).load(parseId(managerId, 'managerId'));
  if (!manager) throw new NotFoundError('Customer manager');
  const [latest] = await ctx.em.execute<{ assessment_id: number }[]>(
    `select assessment_id from managers.latest_assessment where manager_id = ?`,
    [manager.id],
  );
  if (!latest)
    throw new BadUserInputError(
      'this manager has no submitted assessment yet: plan training from its gaps once one is submitted',
      'managerId',
    );
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `insert into managers.training_plan_item (manager_id, course_id, dimension, assessment_id, score_at_planning, target_level, planned_by_staff_id)
     select g.manager_id, c.id, g.dimension, g.assessment_id, g.score, g.target_level, ?
     from managers.competency_gap g
     join managers.training_course c on c.dimension = g.dimension and c.active and c.level > g.score and c.level <= g.target_level
     where g.manager_id = ?
       and not exists (select 1 from managers.training_plan_item p
                       where p.manager_id = g.manager_id and p.course_id = c.id
                         and (p.status in ('PLANNED', 'IN_PROGRESS') or p.assessment_id = g.assessment_id))
     order by g.dimension, c.level
     on conflict (manager_id, course_id) where status in ('PLANNED', 'IN_PROGRESS') do nothing
     returning *`,
    [parseId(ctx.user.sub, 'sub'), manager.id],
  );
  const items = rows.map((r) => ctx.em.map(TrainingPlanItem, r));
  return { manager, added: items.length, items };
}

const NEXT: Record<TrainingPlanStatus, readonly TrainingPlanStatus[]> = {
  [TrainingPlanStatus.PLANNED]: [TrainingPlanStatus.IN_PROGRESS, TrainingPlanStatus.CANCELLED],
  [TrainingPlanStatus.IN_PROGRESS]: [TrainingPlanStatus.COMPLETED, TrainingPlanStatus.CANCELLED],
  [TrainingPlanStatus.COMPLETED]: [],
  [TrainingPlanStatus.CANCELLED]: [],
};

/** Moves a plan item on (PLANNED → IN_PROGRESS → COMPLETED, or CANCELLED while open); version checked. */
export async function updateTrainingPlanItem(
  ctx: RequestContext,
  id: string,
  version: number,
  status: TrainingPlanStatus,
): Promise<TrainingPlanItem> {
  requirePermission(ctx, 'MANAGER_ASSESS');
  return ctx.em.transactional(async (tx) => {
    const scope = ctx.scope.sql('m.org_path');
    const [row] = await tx.execute<Record<string, unknown>[]>(
      `select p.* from managers.training_plan_item p join managers.customer_manager m on m.staff_id = p.manager_id where p.id = ? and ${scope.sql}`,
      [parseId(id), scope.param],
    );
    if (!row) throw new NotFoundError('Training plan item');
    const item = tx.map(TrainingPlanItem, row);
    await tx.lock(item, LockMode.OPTIMISTIC, version);
    if (item.status === status) return item;
    if (!NEXT[item.status].includes(status)) {
      throw new BadUserInputError(`a ${item.status} course cannot become ${status}`, 'status');
    }
    item.status = status;
    if (status === TrainingPlanStatus.IN_PROGRESS) item.startedAt = new Date();
    else item.finishedAt = new Date();
    await tx.flush(); // versioned UPDATE
    return item;
  });
}

export const listTrainingCourses = (ctx: RequestContext, dimension?: CompetencyDimension | null) =>
  ctx.em
    .find(TrainingCourse, { active: true, ...(dimension ? { dimension } : {}) }, { orderBy: { code: 'asc' } })
    .then((courses) => courses.sort((a, b) => DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension) || a.level - b.level));

/**
 * Per dimension across the active managers of a unit and the units below it, from each one's latest
 * submitted assessment: how many are assessed, their mean score and target, how many are below target.
 * ONE statement, whatever the team's size. A unit outside the caller's scope is NOT_FOUND, like one that
 * does not exist. Without a unit: the caller's own.
 */
export async function teamCompetencyGaps(ctx: RequestContext, orgUnitId?: string | null): Promise<TeamCompetencyGaps> {
  const unitId = parseId(orgUnitId ?? ctx.user.orgUnitId, 'orgUnitId');
  const scope = ctx.scope.sql('u.path');
  const rows = await ctx.em.execute<
    {
      managers: number;
      assessed: number;
      dimension: CompetencyDimension;
      n: number;
      mean_score: number | null;
      mean_target: number | null;
      below: number;
    }[]
  >(
    `with unit as (select u.id, u.path from org_hierarchy_api.org_unit u where u.id = ? and ${scope.sql}),
     team as (select m.staff_id from managers.customer_manager m join unit u on m.org_path like u.path || '%' where m.active),
     latest as (select l.* from managers.latest_assessment l join team t on t.staff_id = l.manager_id),
     scored as (
       select s.dimension, s.score, ct.target_level from latest l
       join managers.assessment_score s on s.assessment_id = l.assessment_id
       join managers.competency_target ct on ct.model_id = l.model_id and ct.grade = l.grade and ct.dimension = s.dimension
     )
     select (select count(*) from team)::int as managers, (select count(*) from latest)::int as assessed, d.dimension,
            count(sc.score)::int as n, round(avg(sc.score), 2)::float8 as mean_score, round(avg(sc.target_level), 2)::float8 as mean_target,
            count(*) filter (where sc.score < sc.target_level)::int as below
     from unit
     cross join unnest(?::text[]) with ordinality as d(dimension, ord)
     left join scored sc on sc.dimension = d.dimension
     group by d.dimension, d.ord
     order by d.ord`,
    [unitId, scope.param, `{${DIMENSIONS.join(',')}}`],
  );
  if (!rows.length) throw new NotFoundError('Org unit');
  return {
    orgUnit: OrgUnitReference.of(unitId),
    managers: rows[0].managers,
    managersAssessed: rows[0].assessed,
    dimensions: rows.map((r) => ({
      dimension: r.dimension,
      managersAssessed: r.n,
      meanScore: r.mean_score,
      meanTarget: r.mean_target,
      belowTarget: r.below,
    })),
  };
}
