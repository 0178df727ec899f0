import { groupLoader, pgArray, type RequestContext } from '@crm/kit';
import { byDimension } from '../competency/competency.enums';
import { Assessment, type AssessmentScore } from './assessment.entity';
import { competencyReadCondition } from './assessment.access';
import type { CompetencyHistoryPoint } from './assessment.types';

/** Every assessment of each manager the caller may read, newest first: one statement per batch of managers. */
export const assessmentsOfManagers = (ctx: RequestContext) =>
  groupLoader<Assessment>(
    ctx,
    'managers.AssessmentsOfManager',
    async (managerIds) => {
      const read = competencyReadCondition(ctx, 'a.manager_id', 'm.org_path');
      if (!read) return [];
      const rows = await ctx.em.execute<Record<string, unknown>[]>(
        `select a.* from managers.assessment a join managers.customer_manager m on m.staff_id = a.manager_id
         where a.manager_id = any(?::int[]) and ${read.sql}${read.drafts ? '' : ` and a.status <> 'DRAFT'`}
         order by a.assessed_at desc, a.id desc`,
        [pgArray(managerIds), ...read.params],
      );
      return rows.map((r) => ctx.em.map(Assessment, r));
    },
    (a) => a.managerId,
  );

/** The scores of assessments already shown to the caller, in the model's order: one statement per batch. */
export const scoresOfAssessments = (ctx: RequestContext) =>
  groupLoader<AssessmentScore & { assessmentId: number }>(
    ctx,
    'managers.AssessmentScores',
    async (ids) => {
      const rows = await ctx.em.execute<(AssessmentScore & { assessmentId: number })[]>(
        `select assessment_id as "assessmentId", dimension, score::float8 as score, evidence
         from managers.assessment_score where assessment_id = any(?::int[])`,
        [pgArray(ids)],
      );
      return rows.sort(byDimension);
    },
    (s) => s.assessmentId,
  );

/** Each manager's submitted assessments oldest first, with their scores and model version: one statement per batch. */
export const competencyHistoryOfManagers = (ctx: RequestContext) =>
  groupLoader<CompetencyHistoryPoint & { managerId: number }>(
    ctx,
    'managers.CompetencyHistory',
    async (managerIds) => {
      const read = competencyReadCondition(ctx, 'a.manager_id', 'm.org_path');
      if (!read) return [];
      const rows = await ctx.em.execute<(CompetencyHistoryPoint & { managerId: number })[]>(
        `select a.manager_id as "managerId", a.id as "assessmentId", a.submitted_at as "submittedAt", a.status,
                a.overall::float8 as overall, cm.model_version as "modelVersion",
                json_agg(json_build_object('dimension', s.dimension, 'score', s.score::float8)
                         order by array_position(array['ETHICS','MINDSET','INNOVATION','SKILLS','KNOWLEDGE','HEALTH'], s.dimension::text)) as scores
         from managers.assessment a
         join managers.customer_manager m on m.staff_id = a.manager_id
         join managers.competency_model cm on cm.id = a.model_id
         join managers.assessment_score s on s.assessment_id = a.id
         where a.manager_id = any(?::int[]) and a.status <> 'DRAFT' and ${read.sql}
         group by a.id, cm.model_version
         order by a.submitted_at, a.id`,
        [pgArray(managerIds), ...read.params],
      );
      return rows.map((r) => ({ ...r, submittedAt: new Date(r.submittedAt) }));
    },
    (p) => p.managerId,
  );
