import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError, pageWindow, pgArray, type PageInput, type RequestContext } from '@crm/kit';
import { orgUnitPath } from '../customer-manager/customer-manager.service';
import { ManagerTarget } from '../manager-target/manager-target.entity';
import { ScorecardMeasure } from './scorecard.enums';
import { parsePeriod, type Period } from './scorecard-period';
import { scorecardSql } from './scorecard.sql';
import { ScorecardWeights } from './scorecard-weights.entity';
import { Scorecard, type ScorecardLine } from './scorecard.types';

interface LineRow {
  measure: ScorecardMeasure;
  actual: number | null;
  target: number | null;
  achievement: number | null;
  weight: number;
  points: number | null;
  penalty: boolean;
}

interface ScorecardRow {
  manager_id: number;
  customers: number;
  surveys: number;
  tasks_due: number;
  tasks_on_time: number;
  lines: LineRow[];
  total: number | null;
  scored_weight: number;
  weights: Record<string, unknown>;
  targets: Record<string, unknown> | null;
}

const num = (v: number | string | null) => (v == null ? null : Number(v));

function toScorecard(ctx: RequestContext, period: Period, r: ScorecardRow): Scorecard {
  const lines: ScorecardLine[] = r.lines.map((l) => ({
    measure: l.measure,
    penalty: l.penalty,
    actual: num(l.actual),
    target: num(l.target),
    achievement: num(l.achievement),
    weight: Number(l.weight),
    points: num(l.points),
  }));
  return Object.assign(new Scorecard(), {
    managerId: r.manager_id,
    period: period.label,
    from: period.first,
    to: period.last,
    customers: r.customers,
    surveys: r.surveys,
    tasksDue: r.tasks_due,
    tasksOnTime: r.tasks_on_time,
    lines,
    total: num(r.total),
    scoredWeight: Number(r.scored_weight),
    weights: ctx.em.map(ScorecardWeights, r.weights),
    targets: r.targets ? ctx.em.map(ManagerTarget, r.targets) : null,
  });
}

/**
 * Scorecards of the managers `managersSql` selects (manager_id, org_path; its own parameters): ONE
 * scoring statement, with JIT off for it (`withoutJit`).
 */
async function runScorecards(ctx: RequestContext, period: Period, managersSql: string, params: unknown[]): Promise<Scorecard[]> {
  const customerScope = ctx.scope.sql('home_org_path').param;
  const rows = await withoutJit(ctx, (tx) =>
    tx.execute<ScorecardRow[]>(scorecardSql(managersSql), [period.first, ...params, customerScope]),
  );
  return rows.map((r) => toScorecard(ctx, period, r));
}

/**
 * Runs a statement of many small index probes with PostgreSQL's JIT off (in its own read transaction:
 * begin, set local, the statement, commit): the planner multiplies a portfolio's estimated rows by the
 * probes' costs, passes jit_above_cost, and compiling then takes seconds for a statement that runs in
 * milliseconds (measured: 4.2 s of 4.5 s for a card of 2,000 customers). As the scoring batch does.
 */
export function withoutJit<T>(ctx: RequestContext, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return ctx.em.transactional(async (tx) => {
    await tx.execute('set local jit = off');
    return work(tx as EntityManager);
  });
}

/** Per request and month: the scorecards of a batch of managers in the caller's scope (null outside it), one statement per batch. */
export const scorecardLoader = (ctx: RequestContext, period: Period) =>
  ctx.loaders.get<number, Scorecard>(`managers.Scorecard:${period.label}`, async (ids) => {
    const byManager = new Map(
      (
        await runScorecards(
          ctx,
          period,
          `select m.staff_id as manager_id, m.org_path from managers.customer_manager m where m.staff_id = any(?::int[]) and m.org_path like ?`,
          [pgArray(ids), ctx.scope.sql('org_path').param],
        )
      ).map((s) => [s.managerId, s]),
    );
    return ids.map((id) => byManager.get(id) ?? null);
  });

/**
 * For other features (competency vs outcome): the scorecards of these managers for a month, by manager
 * id — only managers in the caller's scope are in the map. One statement whatever the number.
 */
export async function scorecardTotals(ctx: RequestContext, managerIds: readonly number[], period: string): Promise<Map<number, Scorecard>> {
  const p = parsePeriod(period);
  const cards = await scorecardLoader(ctx, p).loadMany([...new Set(managerIds)]);
  const out = new Map<number, Scorecard>();
  for (const c of cards) if (c && !(c instanceof Error)) out.set(c.managerId, c);
  return out;
}

/**
 * The active managers of a unit (default: the caller's own) and the units below it, compared for a
 * month: highest total first (no total last), then by manager. Every manager of the unit is scored in
 * ONE statement and the page cut from the order, so the statements do not grow with the page size.
 * An unknown unit is NOT_FOUND; a unit outside the scope lists nothing.
 */
export async function compareScorecards(
  ctx: RequestContext,
  orgUnitId: string | null | undefined,
  periodArg: string,
  page?: PageInput | null,
) {
  const period = parsePeriod(periodArg);
  const w = pageWindow(page);
  const unitPath = orgUnitId ? await orgUnitPath(ctx, orgUnitId) : ctx.scope.path;
  if (!unitPath) throw new NotFoundError('Org unit');
  const all = await runScorecards(
    ctx,
    period,
    `select m.staff_id as manager_id, m.org_path from managers.customer_manager m where m.active and m.org_path like ? and m.org_path like ?`,
    [`${unitPath}%`, ctx.scope.sql('org_path').param],
  );
  all.sort((a, b) => (b.total ?? -Infinity) - (a.total ?? -Infinity) || a.managerId - b.managerId);
  return { items: all.slice(w.offset, w.offset + w.limit), total: all.length, page: w.page, pageSize: w.pageSize };
}
