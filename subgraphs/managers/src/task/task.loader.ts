import {
  byKeys,
  calendarDate,
  idLoader,
  pagedGroupLoader,
  pgArray,
  type PageInput,
  type RequestContext,
  type SqlCondition,
} from '@crm/kit';
import { BEIJING_TODAY, overdueSql, Task } from './task.entity';
import type { TaskFilter } from './task.input';

/** Tasks by id whose manager is in the caller's scope: outside it, null — like a task that does not exist. */
export const taskInScopeLoader = (ctx: RequestContext) =>
  idLoader(ctx, Task, { manager: { orgPath: ctx.scope.where() } }, 'managers.TaskInScope');

/** The manager of the task (`x`) is in the caller's scope. */
export const taskManagerInScope = (ctx: RequestContext, alias = 'x'): SqlCondition => {
  const scope = ctx.scope.sql('m.org_path');
  return {
    sql: `exists (select 1 from managers.customer_manager m where m.staff_id = ${alias}.manager_id and ${scope.sql})`,
    params: [scope.param],
  };
};

/** The filter as SQL conditions on `x`; a date that does not exist (2025-02-30) is refused naming the field. */
export function taskFilterConditions(filter: TaskFilter | null | undefined, alias = 'x'): SqlCondition[] {
  const out: SqlCondition[] = [];
  if (filter?.statuses?.length)
    out.push({ sql: `${alias}.status = any(?::text[])`, params: [pgArray([...new Set(filter.statuses)].sort())] });
  if (filter?.kinds?.length) out.push({ sql: `${alias}.kind = any(?::text[])`, params: [pgArray([...new Set(filter.kinds)].sort())] });
  if (filter?.dueFrom) out.push({ sql: `${alias}.due_on >= ?::date`, params: [calendarDate(filter.dueFrom, 'dueFrom')] });
  if (filter?.dueTo) out.push({ sql: `${alias}.due_on <= ?::date`, params: [calendarDate(filter.dueTo, 'dueTo')] });
  if (filter?.overdueOnly) out.push({ sql: overdueSql(alias), params: [] });
  return out;
}

/**
 * A page of tasks for every manager of a batch in ONE statement: open ones first, soonest due first,
 * then the rest, latest due first. Only managers in the caller's scope have any (a manager reached
 * through a customer may work above the caller's unit: their tasks stay theirs).
 */
export const tasksOfManagers = (ctx: RequestContext, filter: TaskFilter | null | undefined, page: PageInput | null | undefined) =>
  pagedGroupLoader(ctx, 'managers.Task#manager', page, {
    // the overdue flag comes from the database's Beijing calendar, as in every other read
    from: `(select t.*, ${overdueSql('t')} as overdue from managers.task t)`,
    parent: 'manager_id',
    orderBy: `(x.status <> 'OPEN'), case when x.status = 'OPEN' then x.due_on end asc, x.due_on desc, x.id desc`,
    where: [taskManagerInScope(ctx), ...taskFilterConditions(filter)],
    map: (row) => ctx.em.map(Task, row),
  });

export interface TaskCounts {
  open: number;
  dueToday: number;
  overdue: number;
}

/** The counts a manager's summary shows, as SQL over `t` (one definition for a manager and for the head's list). */
export const TASK_COUNTS_SQL = (t: string) => `
  count(*) filter (where ${t}.status = 'OPEN')::int as open,
  count(*) filter (where ${t}.status = 'OPEN' and ${t}.due_on = ${BEIJING_TODAY})::int as due_today,
  count(*) filter (where ${overdueSql(t)})::int as overdue`;

/** Open, due today and overdue for a batch of managers, one grouped statement; null for a manager outside the scope. */
export const taskSummaryLoader = (ctx: RequestContext) =>
  ctx.loaders.get<number, TaskCounts>('managers.TaskSummary', async (managerIds) => {
    const scope = ctx.scope.sql('m.org_path');
    const rows = await ctx.em.getConnection().execute<{ manager_id: number; open: number; due_today: number; overdue: number }[]>(
      `select m.staff_id as manager_id, ${TASK_COUNTS_SQL('t')}
         from managers.customer_manager m
         left join managers.task t on t.manager_id = m.staff_id and t.status = 'OPEN'
        where m.staff_id = any(?::int[]) and ${scope.sql}
        group by m.staff_id`,
      [pgArray(managerIds), scope.param],
    );
    return byKeys(managerIds, rows, (r) => r.manager_id).map((r) =>
      r ? { open: r.open, dueToday: r.due_today, overdue: r.overdue } : null,
    );
  });
