import { groupLoader, idLoader, pgArray, type RequestContext } from '@crm/kit';
import { byDimension } from '../competency/competency.enums';
import { competencyReadCondition } from '../assessment/assessment.access';
import { TrainingCourse, TrainingPlanItem } from './training-plan.entity';
import type { CompetencyGap } from './training-plan.types';

/** Courses by id: the catalog is the bank's, the same for everyone. */
export const trainingCourseLoader = (ctx: RequestContext) => idLoader(ctx, TrainingCourse, undefined, 'managers.TrainingCourse');

/** Each manager's current gaps, the largest first: one statement per batch of managers. */
export const gapsOfManagers = (ctx: RequestContext) =>
  groupLoader<CompetencyGap & { managerId: number }>(
    ctx,
    'managers.CompetencyGaps',
    async (managerIds) => {
      const read = competencyReadCondition(ctx, 'g.manager_id', 'g.org_path');
      if (!read) return [];
      const rows = await ctx.em.execute<(CompetencyGap & { managerId: number })[]>(
        `select g.manager_id as "managerId", g.assessment_id as "assessmentId", g.dimension, g.score::float8 as score,
                g.target_level as target, (g.target_level - g.score)::float8 as gap
         from managers.competency_gap g where g.manager_id = any(?::int[]) and ${read.sql}`,
        [pgArray(managerIds), ...read.params],
      );
      return rows.sort((a, b) => b.gap - a.gap || byDimension(a, b));
    },
    (g) => g.managerId,
  );

/** Each manager's training plan: open items first (in progress, planned), then finished, newest first. */
export const trainingPlanOfManagers = (ctx: RequestContext) =>
  groupLoader<TrainingPlanItem>(
    ctx,
    'managers.TrainingPlan',
    async (managerIds) => {
      const read = competencyReadCondition(ctx, 'p.manager_id', 'm.org_path');
      if (!read) return [];
      const rows = await ctx.em.execute<Record<string, unknown>[]>(
        `select p.* from managers.training_plan_item p join managers.customer_manager m on m.staff_id = p.manager_id
         where p.manager_id = any(?::int[]) and ${read.sql}
         order by array_position(array['IN_PROGRESS','PLANNED','COMPLETED','CANCELLED'], p.status::text), p.planned_at desc, p.id desc`,
        [pgArray(managerIds), ...read.params],
      );
      return rows.map((r) => ctx.em.map(TrainingPlanItem, r));
    },
    (p) => p.managerId,
  );
