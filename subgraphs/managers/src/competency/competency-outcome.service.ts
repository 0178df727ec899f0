import { NotFoundError, OrgUnitReference, parseId, requirePermission, type RequestContext } from '@crm/kit';
import { parsePeriod } from '../scorecard/scorecard-period';
import { scorecardTotals } from '../scorecard/scorecard.service';
import { DIMENSIONS, type CompetencyDimension } from './competency.enums';
import type { CompetencyCorrelation, CompetencyVsOutcome } from './competency-outcome.types';

/** Pearson's correlation coefficient, to 4 decimals; null below 3 pairs or when either side does not vary. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 3 || ys.length !== n) return null;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.round((sxy / Math.sqrt(sxx * syy)) * 10_000) / 10_000;
}

interface Row {
  unit_id: number;
  manager_id: number | null;
  overall: number | null;
  dimension: CompetencyDimension | null;
  score: number | null;
}

/**
 * For the active managers of a unit (default the caller's own) within the caller's scope: the scores of
 * the assessment in force at the period's end (the latest submitted by then — a later one did not shape
 * that month's results) against the scorecard total of the period (the scorecard's own
 * `scorecardTotals`). Managers without either are left out. Two statements whatever the team's size:
 * the scores, then the scorecards. A unit outside the scope is NOT_FOUND, like one that does not exist.
 */
export async function competencyVsOutcome(
  ctx: RequestContext,
  orgUnitId: string | null | undefined,
  periodArg: string,
): Promise<CompetencyVsOutcome> {
  requirePermission(ctx, 'MANAGER_ASSESS');
  const period = parsePeriod(periodArg);
  const unitId = parseId(orgUnitId ?? ctx.user.orgUnitId, 'orgUnitId');
  const scope = ctx.scope.sql('u.path');
  const rows = await ctx.em.execute<Row[]>(
    `with unit as (select u.id, u.path from org_hierarchy_api.org_unit u where u.id = ? and ${scope.sql})
     select unit.id as unit_id, x.manager_id, x.overall::float8 as overall, s.dimension, s.score::float8 as score
     from unit
     left join lateral (
       select m.staff_id as manager_id, a.id as assessment_id, a.overall
       from managers.customer_manager m
       cross join lateral (
         select a.id, a.overall from managers.assessment a
         where a.manager_id = m.staff_id and a.status <> 'DRAFT'
           and a.submitted_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'
         order by a.submitted_at desc, a.id desc limit 1
       ) a
       where m.active and m.org_path like unit.path || '%'
     ) x on true
     left join managers.assessment_score s on s.assessment_id = x.assessment_id
     order by x.manager_id`,
    [unitId, scope.param, period.last],
  );
  if (!rows.length) throw new NotFoundError('Org unit');
  const assessed = rows.filter((r) => r.manager_id != null);
  const totals = await scorecardTotals(ctx, [...new Set(assessed.map((r) => r.manager_id!))], period.label);
  const outcomeOf = (managerId: number) => totals.get(managerId)?.total ?? null;
  const measured = assessed.filter((r) => outcomeOf(r.manager_id!) != null);

  const correlation = (points: { managerId: number; score: number; outcome: number }[]): CompetencyCorrelation => ({
    correlation: pearson(
      points.map((p) => p.score),
      points.map((p) => p.outcome),
    ),
    points,
  });
  const overall = [...new Map(measured.map((r) => [r.manager_id!, r])).values()].map((r) => ({
    managerId: r.manager_id!,
    score: r.overall!,
    outcome: outcomeOf(r.manager_id!)!,
  }));
  return {
    period: period.label,
    orgUnit: OrgUnitReference.of(unitId),
    managers: overall.length,
    dimensions: DIMENSIONS.map((dimension) => ({
      dimension,
      ...correlation(
        measured
          .filter((r) => r.dimension === dimension)
          .map((r) => ({ managerId: r.manager_id!, score: r.score!, outcome: outcomeOf(r.manager_id!)! })),
      ),
    })),
    overall: correlation(overall),
  };
}
