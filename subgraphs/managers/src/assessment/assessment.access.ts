import { can } from '@crm/shared-types';
import { parseId, type RequestContext } from '@crm/kit';

/**
 * Who may read a manager's competency record (assessments, history, gaps, training plan): a trainer
 * (MANAGER_ASSESS) every manager in their scope, drafts included; a manager (ASSESSMENT_ACKNOWLEDGE)
 * their own record from SUBMITTED on; nobody else — colleagues and tellers who may read the manager's
 * portfolio (MANAGER_READ) get nothing, as if there were none. Always inside the caller's scope, in SQL.
 */
export interface CompetencyReadCondition {
  /** SQL on the manager's id and org path columns, with `?` placeholders */
  sql: string;
  params: unknown[];
  /** whether drafts are shown */
  drafts: boolean;
}

export function competencyReadCondition(
  ctx: RequestContext,
  managerIdColumn: string,
  orgPathColumn: string,
): CompetencyReadCondition | null {
  const scope = ctx.scope.sql(orgPathColumn);
  if (can(ctx.user, 'MANAGER_ASSESS')) return { sql: scope.sql, params: [scope.param], drafts: true };
  if (can(ctx.user, 'ASSESSMENT_ACKNOWLEDGE')) {
    return { sql: `${scope.sql} and ${managerIdColumn} = ?`, params: [scope.param, parseId(ctx.user.sub, 'sub')], drafts: false };
  }
  return null;
}
