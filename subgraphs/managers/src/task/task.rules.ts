import { BEIJING_TODAY } from './task.entity';

/**
 * The rules that make tasks, each ONE set-based statement over the published views, idempotent by
 * `source_key` (insert … on conflict do nothing): a trigger makes one task, ever — run them twice, or
 * on two replicas at once, and the second run makes nothing. A task goes to the customer's current
 * primary manager (managers_api.primary_manager) when that manager is active; a customer whose
 * manager has left gets theirs on the first run after the reassignment.
 *
 * Each statement takes two parameters: the path prefix of the customers' home units and of the
 * managers' units it may touch ('/' for the whole bank; a leader's run: their scope or a unit in it).
 */

/** Whose customers: open ones, in the path, with an active primary manager in the path. */
const CUSTOMER_WITH_MANAGER = `
  join customers_api.customer c on c.id = src.customer_id
  join managers_api.primary_manager pm on pm.customer_id = c.id
  join managers.customer_manager m on m.staff_id = pm.manager_id and m.active
  where c.status not in ('CLOSED', 'MERGED') and c.home_org_path like ? and m.org_path like ?`;

const INSERT = `insert into managers.task (manager_id, customer_id, customer_org_path, kind, title, note, due_on, source, source_key)`;

export const TASK_RULES = {
  /** A time deposit maturing within 30 days → a CALL about renewing it, a week before it matures (today when sooner). */
  maturingDeposits: `${INSERT}
    select m.staff_id, c.id, c.home_org_path, 'CALL',
           '定期存款将于 ' || to_char(src.matures_on, 'YYYY-MM-DD') || ' 到期：联系客户续存',
           src.currency || ' ' || to_char(src.balance, 'FM999,999,999,999,990.00'),
           greatest(src.matures_on - 7, ${BEIJING_TODAY}), 'DEPOSIT_MATURING', 'maturing:' || src.id || ':' || to_char(src.matures_on, 'YYYY-MM-DD')
    from customers_api.account src
    ${CUSTOMER_WITH_MANAGER}
      and src.kind = 'TIME_DEPOSIT' and src.status = 'OPEN'
      and src.matures_on between ${BEIJING_TODAY} and ${BEIJING_TODAY} + 30
    on conflict (source_key) do nothing`,

  /**
   * A churn-risk flag on the latest scores → a VISIT within a week. Once per flagging (the score
   * date is in the key), and not while the customer has an open churn visit or had one in the last
   * 30 days: a flag that stays up day after day does not send the manager every day.
   */
  churnRisks: `${INSERT}
    select m.staff_id, c.id, c.home_org_path, 'VISIT', '流失预警：拜访客户，了解原因并挽留', null,
           ${BEIJING_TODAY} + 7, 'CHURN_RISK', 'churn:' || src.customer_id || ':' || to_char(src.as_of, 'YYYY-MM-DD')
    from analysis_api.customer_churn_risk src
    ${CUSTOMER_WITH_MANAGER}
      and src.churn_risk
      and not exists (select 1 from managers.task t where t.customer_id = c.id and t.source = 'CHURN_RISK'
                        and (t.status = 'OPEN' or t.created_at > now() - interval '30 days'))
    on conflict (source_key) do nothing`,

  /**
   * A complaint closed in the last 7 days → a CALL to hear whether the customer is satisfied, within
   * 3 days of the closing (today when the run comes later). The window lets a missed daily run catch up.
   */
  closedComplaints: `${INSERT}
    select m.staff_id, c.id, c.home_org_path, 'CALL', '投诉已结案：回访客户，确认是否满意', null,
           greatest((src.closed_at at time zone 'Asia/Shanghai')::date + 3, ${BEIJING_TODAY}), 'COMPLAINT_CLOSED', 'complaint:' || src.id
    from customers_api.service_case src
    ${CUSTOMER_WITH_MANAGER}
      and src.status = 'CLOSED' and src.closed_at >= now() - interval '7 days'
    on conflict (source_key) do nothing`,
} as const;

export type TaskRuleName = keyof typeof TASK_RULES;
export type TaskRulesResult = Record<TaskRuleName, number>;

/** Runs one statement (`?` placeholders) and answers how many rows it inserted. */
export type RunStatement = (sql: string, params: unknown[]) => Promise<number>;

/** Every rule once over the customers and managers under `path`; the caller owns the transaction. */
export async function runTaskRulesSql(run: RunStatement, path: string): Promise<TaskRulesResult> {
  const params = [`${path}%`, `${path}%`];
  const result = {} as TaskRulesResult;
  for (const name of Object.keys(TASK_RULES) as TaskRuleName[]) result[name] = await run(TASK_RULES[name], params);
  return result;
}

/** `?` → `$1, $2 …`, for running the rules through node-postgres (the demo seed) instead of the ORM. */
export const pgPlaceholders = (sql: string) => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};
