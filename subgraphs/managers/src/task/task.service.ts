import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadUserInputError,
  calendarDate,
  ForbiddenError,
  NotFoundError,
  optionalText,
  pageWindow,
  parseId,
  requiredText,
  type PageInput,
  type RequestContext,
} from '@crm/kit';
import { can } from '@crm/shared-types';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { managerInScopeLoader } from '../customer-manager/customer-manager.loader';
import { BEIJING_TODAY, overdueSql, Task } from './task.entity';
import { TaskKind, TaskSource, TaskStatus } from './task.enums';
import type { CreateTaskInput } from './task.input';
import { TASK_COUNTS_SQL, taskInScopeLoader, type TaskCounts } from './task.loader';
import { runTaskRulesSql, type TaskRulesResult } from './task.rules';

/** How far ahead a task may be planned. */
const MAX_DAYS_AHEAD = 366;

/** Today on the Beijing calendar, from the database (the same clock as `overdue`). */
export async function beijingToday(ctx: RequestContext): Promise<string> {
  const [row] = await ctx.em.getConnection().execute<{ today: string }[]>(`select ${BEIJING_TODAY}::text as today`);
  return row.today;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A due date a person chose: a calendar date, not before today (Beijing), within a year. */
function checkDueOn(dueOn: string, today: string, field = 'dueOn'): string {
  calendarDate(dueOn, field);
  if (dueOn < today) throw new BadUserInputError(`${field} must not be before today (${today})`, field);
  if (dueOn > addDays(today, MAX_DAYS_AHEAD)) throw new BadUserInputError(`${field} must be within a year`, field);
  return dueOn;
}

/**
 * Who may change a manager's tasks: the manager, or a leader of their unit — the table's leader
 * permission (PORTFOLIO_REASSIGN: who moves a unit's portfolios directs its managers' work). The
 * manager is already in the caller's scope (found through it), so "their unit" is the scope.
 * Colleagues of the outlet see each other's tasks (MANAGER_READ) but do not change them.
 */
export function mayActFor(ctx: RequestContext, managerId: number): boolean {
  return Number(ctx.user.sub) === managerId || can(ctx.user, 'PORTFOLIO_REASSIGN');
}

function requireActFor(ctx: RequestContext, managerId: number) {
  if (!mayActFor(ctx, managerId)) throw new ForbiddenError('Only the manager themself or a leader of their unit may change their tasks');
}

/** One task whose manager is in the caller's scope, or NOT_FOUND (outside answers like missing). */
export async function getTask(ctx: RequestContext, id: string | number): Promise<Task> {
  const task = await taskInScopeLoader(ctx).load(parseId(id));
  if (!task) throw new NotFoundError('Task');
  return task;
}

async function managerForTask(ctx: RequestContext, managerId: string | undefined): Promise<CustomerManager> {
  const id = managerId ? parseId(managerId, 'managerId') : parseId(ctx.user.sub, 'managerId');
  const manager = await managerInScopeLoader(ctx).load(id);
  if (!manager) throw new NotFoundError('Customer manager');
  requireActFor(ctx, manager.id);
  if (!manager.active) throw new BadUserInputError('managerId: the manager is no longer active', 'managerId');
  return manager;
}

/**
 * A task by hand. The manager: in the caller's scope, and the caller themself unless a leader. The
 * customer, when given: in the caller's scope (else NOT_FOUND), open, and either kept by that
 * manager or a customer of the manager's unit (a colleague covering, a joint visit) — a manager is
 * not sent to a customer of another unit.
 */
export async function createTask(ctx: RequestContext, input: CreateTaskInput): Promise<Task> {
  const title = requiredText(input.title, 'title', 200);
  const note = optionalText(input.note, 'note', 1000);
  calendarDate(input.dueOn, 'dueOn');
  const manager = await managerForTask(ctx, input.managerId);
  const dueOn = checkDueOn(input.dueOn, await beijingToday(ctx));

  let customer: { id: number; path: string } | null = null;
  if (input.customerId) {
    const scope = ctx.scope.sql('c.home_org_path');
    const [row] = await ctx.em.getConnection().execute<{ id: number; home_org_path: string; status: string; manager_id: number | null }[]>(
      `select c.id, c.home_org_path, c.status, pm.manager_id
         from customers_api.customer c left join managers_api.primary_manager pm on pm.customer_id = c.id
        where c.id = ? and ${scope.sql}`,
      [parseId(input.customerId, 'customerId'), scope.param],
    );
    if (!row) throw new NotFoundError('Customer');
    if (row.status === 'CLOSED' || row.status === 'MERGED')
      throw new BadUserInputError('customerId: the customer’s record is closed', 'customerId');
    if (row.manager_id !== manager.id && !row.home_org_path.startsWith(manager.orgPath))
      throw new BadUserInputError('customerId: the customer is neither kept by this manager nor a customer of their unit', 'customerId');
    customer = { id: row.id, path: row.home_org_path };
  }

  const task = ctx.em.create(Task, {
    manager: ctx.em.getReference(CustomerManager, manager.id),
    customerId: customer?.id ?? null,
    customerOrgPath: customer?.path ?? null,
    kind: input.kind,
    title,
    note,
    dueOn,
    source: TaskSource.MANUAL,
    sourceKey: null,
    createdByStaffId: parseId(ctx.user.sub, 'sub'),
  });
  await ctx.em.flush();
  return task;
}

/** The open task to change, found through the scope (NOT_FOUND), by its manager or a leader, at the caller's version (CONFLICT). */
async function openTaskToChange(ctx: RequestContext, id: string, version: number, doing: string): Promise<Task> {
  const task = await ctx.em.findOne(Task, { id: parseId(id), manager: { orgPath: ctx.scope.where() } });
  if (!task) throw new NotFoundError('Task');
  requireActFor(ctx, task.manager.id);
  await ctx.em.lock(task, LockMode.OPTIMISTIC, version);
  if (task.status !== TaskStatus.OPEN) throw new BadUserInputError(`Only an open task can be ${doing}; this one is ${task.status}`, 'id');
  return task;
}

/** Done, with what came of it (required: the ledger and the scorecard read it). On time = done on or before its day (Beijing). */
export async function completeTask(ctx: RequestContext, id: string, version: number, outcome: string): Promise<Task> {
  const text = requiredText(outcome, 'outcome', 1000);
  const task = await openTaskToChange(ctx, id, version, 'completed');
  task.status = TaskStatus.DONE;
  task.completedAt = new Date();
  task.outcome = text;
  task.overdue = false;
  await ctx.em.flush();
  return task;
}

export async function rescheduleTask(ctx: RequestContext, id: string, version: number, dueOn: string): Promise<Task> {
  calendarDate(dueOn, 'dueOn');
  const task = await openTaskToChange(ctx, id, version, 'rescheduled');
  task.dueOn = checkDueOn(dueOn, await beijingToday(ctx));
  task.overdue = false;
  await ctx.em.flush();
  return task;
}

/** Not needed any more, and why. A cancelled rule task stays: the rule does not make it again. */
export async function cancelTask(ctx: RequestContext, id: string, version: number, reason: string): Promise<Task> {
  const text = requiredText(reason, 'reason', 1000);
  const task = await openTaskToChange(ctx, id, version, 'cancelled');
  task.status = TaskStatus.CANCELLED;
  task.outcome = text;
  task.overdue = false;
  await ctx.em.flush();
  return task;
}

/**
 * A contact's next step becomes a FOLLOW_UP of the customer's current manager, due on the step's
 * day (three days on when it has none). Once per contact: a second call answers the same task.
 * The contact's customer must be in the caller's scope (NOT_FOUND); the manager too; the caller is
 * that manager, a leader of the unit, or the person who recorded the contact (a teller hands over).
 */
export async function taskFromNextStep(ctx: RequestContext, interactionId: string): Promise<Task> {
  const id = parseId(interactionId, 'interactionId');
  const scope = ctx.scope.sql('c.home_org_path');
  const [row] = await ctx.em.getConnection().execute<
    {
      customer_id: number;
      home_org_path: string;
      staff_id: number;
      next_step: string | null;
      next_step_due: string | null;
      manager_id: number | null;
      manager_org_path: string | null;
    }[]
  >(
    `select i.customer_id, c.home_org_path, i.staff_id, i.next_step, i.next_step_due::text as next_step_due,
            m.staff_id as manager_id, m.org_path as manager_org_path
       from customers_api.interaction i
       join customers_api.customer c on c.id = i.customer_id
       left join managers_api.primary_manager pm on pm.customer_id = c.id
       left join managers.customer_manager m on m.staff_id = pm.manager_id and m.active
      where i.id = ? and ${scope.sql}`,
    [id, scope.param],
  );
  if (!row) throw new NotFoundError('Contact');
  const step = row.next_step?.trim();
  if (!step) throw new BadUserInputError('interactionId: the contact has no next step', 'interactionId');
  if (row.manager_id == null || row.manager_org_path == null)
    throw new BadUserInputError('interactionId: the customer has no active manager to give the task to', 'interactionId');
  const managerInScope = ctx.scope.contains(row.manager_org_path);
  if (!managerInScope || !(mayActFor(ctx, row.manager_id) || Number(ctx.user.sub) === row.staff_id)) {
    throw new ForbiddenError(
      'Only the customer’s manager, a leader of their unit or the contact’s author may turn its next step into a task',
    );
  }
  const title = step.length > 200 ? `${step.slice(0, 199)}…` : step;
  await ctx.em.getConnection().execute(
    `insert into managers.task (manager_id, customer_id, customer_org_path, kind, title, note, due_on, source, source_key, created_by_staff_id)
     values (?, ?, ?, ?, ?, ?, coalesce(?::date, ${BEIJING_TODAY} + 3), ?, ?, ?)
     on conflict (source_key) do nothing`,
    [
      row.manager_id,
      row.customer_id,
      row.home_org_path,
      TaskKind.FOLLOW_UP,
      title,
      step.length > 200 ? step : null,
      row.next_step_due,
      TaskSource.NEXT_STEP,
      `next-step:${id}`,
      parseId(ctx.user.sub, 'sub'),
    ],
  );
  const task = await ctx.em.findOne(Task, { sourceKey: `next-step:${id}`, manager: { orgPath: ctx.scope.where() } });
  // made before for a manager who has since moved out of the caller's scope
  if (!task) throw new NotFoundError('Task');
  return task;
}

/**
 * The path a head's question is about: their own scope, or a unit in it. A unit outside the scope
 * answers like one that does not exist; a unit above the caller's is the caller's scope.
 */
export async function unitPathInScope(ctx: RequestContext, orgUnitId: string | null | undefined): Promise<string> {
  if (!orgUnitId) return ctx.scope.path;
  const [row] = await ctx.em
    .getConnection()
    .execute<{ path: string }[]>(`select path from org_hierarchy_api.org_unit where id = ?`, [parseId(orgUnitId, 'orgUnitId')]);
  if (row && ctx.scope.contains(row.path)) return row.path;
  if (row && row.path !== ctx.scope.path && ctx.scope.path.startsWith(row.path)) return ctx.scope.path;
  throw new NotFoundError('Org unit');
}

/** Overdue tasks of the managers of a unit in scope, oldest due first: two statements whatever the page. */
export async function overdueTasks(ctx: RequestContext, orgUnitId: string | null | undefined, page?: PageInput | null) {
  const path = await unitPathInScope(ctx, orgUnitId);
  const w = pageWindow(page);
  const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(
    `select t.*, true as overdue, count(*) over () as "__total"
       from managers.task t join managers.customer_manager m on m.staff_id = t.manager_id
      where m.org_path like ? and ${overdueSql('t')}
      order by t.due_on, t.manager_id, t.id
      limit ? offset ?`,
    [`${path}%`, w.limit, w.offset],
  );
  let total = rows.length ? Number(rows[0].__total) : 0;
  if (!rows.length && w.offset > 0) {
    // past the last page: the count alone
    const [c] = await ctx.em.getConnection().execute<{ n: number }[]>(
      `select count(*)::int as n from managers.task t join managers.customer_manager m on m.staff_id = t.manager_id
          where m.org_path like ? and ${overdueSql('t')}`,
      [`${path}%`],
    );
    total = c.n;
  }
  const items = rows.map(({ __total: _drop, ...row }) => ctx.em.map(Task, row));
  return { items, total, page: w.page, pageSize: w.pageSize };
}

export interface ManagerTaskCounts extends TaskCounts {
  manager: CustomerManager;
}

/** For a head: each active manager of a unit in scope with their open, due-today and overdue counts — one statement; most overdue first. */
export async function managerTaskSummaries(ctx: RequestContext, orgUnitId: string | null | undefined): Promise<ManagerTaskCounts[]> {
  const path = await unitPathInScope(ctx, orgUnitId);
  const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(
    `select m.*, ${TASK_COUNTS_SQL('t')}
       from managers.customer_manager m
       left join managers.task t on t.manager_id = m.staff_id and t.status = 'OPEN'
      where m.org_path like ? and m.active
      group by m.staff_id
      order by overdue desc, open desc, m.staff_id`,
    [`${path}%`],
  );
  return rows.map(({ open, due_today, overdue, ...manager }) => ({
    manager: ctx.em.map(CustomerManager, manager),
    open: Number(open),
    dueToday: Number(due_today),
    overdue: Number(overdue),
  }));
}

/** Every rule once over the customers and managers under `path`, in one transaction (the daily job: '/', the whole bank). */
export function runTaskRulesUnder(em: EntityManager, path: string): Promise<TaskRulesResult> {
  return em.transactional((tx) =>
    runTaskRulesSql(async (sql, params) => (await tx.execute<{ affectedRows: number }>(sql, params, 'run')).affectedRows, path),
  );
}

/** A leader's run now (rather than waiting for the daily job): their scope, or a unit in it. */
export async function runTaskRules(ctx: RequestContext, orgUnitId: string | null | undefined): Promise<TaskRulesResult> {
  return runTaskRulesUnder(ctx.em, await unitPathInScope(ctx, orgUnitId));
}
