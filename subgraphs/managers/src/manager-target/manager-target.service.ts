import {
  BadUserInputError,
  ConflictError,
  MAX_YUAN,
  NotFoundError,
  parseId,
  pgArray,
  requirePermission,
  type RequestContext,
} from '@crm/kit';
import { orgUnitPath } from '../customer-manager/customer-manager.service';
import { parsePeriod } from '../scorecard/scorecard-period';
import { ManagerTarget } from './manager-target.entity';
import type { ManagerTargetInput, SetManagerTargetsInput } from './manager-target.input';

/** At most this many managers per call: a branch's managers fit, a runaway client does not. */
export const MAX_TARGETS_PER_CALL = 1000;

const AMOUNTS = ['depositStock', 'depositGrowth', 'loanStock', 'loanGrowth', 'intermediaryIncome'] as const;

interface CheckedTarget {
  manager_id: number;
  deposit_stock: number;
  deposit_growth: number;
  loan_stock: number;
  loan_growth: number;
  intermediary_income: number;
  new_basic_accounts: number;
  satisfaction: number;
  on_time_task_rate: number;
  version: number | null;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Every field of every target, checked; the error names the field as `targets[i].field`. */
function checkTargets(targets: readonly ManagerTargetInput[]): CheckedTarget[] {
  if (!targets?.length) throw new BadUserInputError('targets must list at least one manager', 'targets');
  if (targets.length > MAX_TARGETS_PER_CALL) {
    throw new BadUserInputError(`targets may list at most ${MAX_TARGETS_PER_CALL} managers`, 'targets');
  }
  const seen = new Set<number>();
  return targets.map((t, i) => {
    const at = (f: string) => `targets[${i}].${f}`;
    const managerId = parseId(t.managerId, at('managerId'));
    if (seen.has(managerId)) throw new BadUserInputError(`${at('managerId')}: manager ${managerId} is listed twice`, at('managerId'));
    seen.add(managerId);
    const out: Record<string, number | null> = { manager_id: managerId };
    for (const f of AMOUNTS) {
      const v = t[f];
      if (!Number.isFinite(v) || v < 0) throw new BadUserInputError(`${at(f)} must not be negative`, at(f));
      if (v > MAX_YUAN) throw new BadUserInputError(`${at(f)} is too large`, at(f));
      if (Math.abs(Math.round(v * 100) - v * 100) > 1e-6) throw new BadUserInputError(`${at(f)} must have at most 2 decimals (fen)`, at(f));
      out[snake(f)] = Math.round(v * 100) / 100;
    }
    if (!Number.isInteger(t.newBasicAccounts) || t.newBasicAccounts < 0 || t.newBasicAccounts > 100_000) {
      throw new BadUserInputError(`${at('newBasicAccounts')} must be a whole number from 0 to 100000`, at('newBasicAccounts'));
    }
    if (!Number.isFinite(t.satisfaction) || t.satisfaction < 1 || t.satisfaction > 5) {
      throw new BadUserInputError(`${at('satisfaction')} must be a mean CSAT between 1 and 5`, at('satisfaction'));
    }
    if (!Number.isFinite(t.onTimeTaskRate) || t.onTimeTaskRate < 0 || t.onTimeTaskRate > 1) {
      throw new BadUserInputError(`${at('onTimeTaskRate')} must be a share between 0 and 1`, at('onTimeTaskRate'));
    }
    if (t.version != null && t.version < 1) throw new BadUserInputError(`${at('version')} must be 1 or more`, at('version'));
    return {
      ...(out as Omit<CheckedTarget, 'new_basic_accounts' | 'satisfaction' | 'on_time_task_rate' | 'version'>),
      new_basic_accounts: t.newBasicAccounts,
      satisfaction: Math.round(t.satisfaction * 100) / 100,
      on_time_task_rate: Math.round(t.onTimeTaskRate * 10_000) / 10_000,
      version: t.version ?? null,
    };
  });
}

/**
 * Sets the month's targets of several managers (TARGET_SET: a branch or sub-branch leader), all or
 * nothing, in ONE transaction of two statements whatever their number:
 * 1. every manager must be in the caller's scope — one that is not answers NOT_FOUND, like one that
 *    does not exist;
 * 2. ONE set-based upsert. A target is new (no `version`) or an edit of the version read; the upsert
 *    updates a row only when its version is the one given (`t.version + 1 = excluded.version`) and
 *    inserts only where none exists, so a row skipped — stale, set meanwhile, or a version for a row
 *    that does not exist — makes the whole call CONFLICT, also against a concurrent writer.
 */
export async function setManagerTargets(ctx: RequestContext, input: SetManagerTargetsInput): Promise<ManagerTarget[]> {
  requirePermission(ctx, 'TARGET_SET');
  const period = parsePeriod(input.period);
  const targets = checkTargets(input.targets);
  const ids = targets.map((t) => t.manager_id);
  const setBy = parseId(ctx.user.sub, 'sub');
  const scope = ctx.scope.sql('org_path');
  return ctx.em.transactional(async (tx) => {
    const inScope = await tx.execute<{ staff_id: number }[]>(
      `select staff_id from managers.customer_manager where staff_id = any(?::int[]) and ${scope.sql}`,
      [pgArray(ids), scope.param],
    );
    if (inScope.length !== ids.length) throw new NotFoundError('Customer manager');
    const rows = await tx.execute<Record<string, unknown>[]>(
      `insert into managers.manager_target as t (manager_id, period, deposit_stock, deposit_growth, loan_stock, loan_growth,
          intermediary_income, new_basic_accounts, satisfaction, on_time_task_rate, set_by_staff_id, version)
       select x.manager_id, ?::date, x.deposit_stock, x.deposit_growth, x.loan_stock, x.loan_growth,
              x.intermediary_income, x.new_basic_accounts, x.satisfaction, x.on_time_task_rate, ?, coalesce(x.version, 0) + 1
       from jsonb_to_recordset(?::jsonb) as x(manager_id int, deposit_stock numeric, deposit_growth numeric, loan_stock numeric,
              loan_growth numeric, intermediary_income numeric, new_basic_accounts int, satisfaction numeric, on_time_task_rate numeric,
              version int)
       where x.version is null
          or exists (select 1 from managers.manager_target e where e.manager_id = x.manager_id and e.period = ?::date)
       on conflict (manager_id, period) do update set
         deposit_stock = excluded.deposit_stock, deposit_growth = excluded.deposit_growth,
         loan_stock = excluded.loan_stock, loan_growth = excluded.loan_growth,
         intermediary_income = excluded.intermediary_income, new_basic_accounts = excluded.new_basic_accounts,
         satisfaction = excluded.satisfaction, on_time_task_rate = excluded.on_time_task_rate,
         set_by_staff_id = excluded.set_by_staff_id, updated_at = now(), version = t.version + 1
       where t.version + 1 = excluded.version
       returning t.*`,
      [period.first, setBy, JSON.stringify(targets), period.first],
    );
    if (rows.length !== targets.length) throw new ConflictError();
    const byManager = new Map(rows.map((r) => [Number(r.manager_id), tx.map(ManagerTarget, r)]));
    return ids.map((id) => byManager.get(id)!);
  });
}

/**
 * The month's targets of the managers of a unit (default the caller's own) and the units below it, in the
 * caller's scope, by unit then manager: ONE statement (two with a unit). Managers without targets are absent.
 */
export async function managerTargetsOf(ctx: RequestContext, periodArg: string, orgUnitId?: string | null): Promise<ManagerTarget[]> {
  const period = parsePeriod(periodArg);
  const unitPath = orgUnitId ? await orgUnitPath(ctx, orgUnitId) : ctx.scope.path;
  if (!unitPath) throw new NotFoundError('Org unit');
  const scope = ctx.scope.sql('m.org_path');
  const rows = await ctx.em.getConnection().execute<Record<string, unknown>[]>(
    `select t.* from managers.manager_target t join managers.customer_manager m on m.staff_id = t.manager_id
     where t.period = ?::date and m.org_path like ? and ${scope.sql}
     order by m.org_path, m.staff_id`,
    [period.first, `${unitPath}%`, scope.param],
  );
  return rows.map((r) => ctx.em.map(ManagerTarget, r));
}
