import type pg from 'pg';
import { pgPlaceholders, runTaskRulesSql, type TaskRulesResult } from './task.rules';

/**
 * Hand-made tasks of the demo bank, so the portal has tasks to show and the scorecard's on-time
 * rate has data: each active manager's first six customers get one task each — two done on time,
 * one done late, one overdue, one due today, one next week — and every manager a themed event.
 * Dates are relative to today on the Beijing calendar. Idempotent (`demo:<manager>:<n>` keys).
 */
const HAND_MADE_SQL = `
  with kept as (
    select a.manager_id, a.customer_id, a.customer_org_path, c.kind as customer_kind,
           row_number() over (partition by a.manager_id order by a.customer_id) as rn
    from managers.portfolio_assignment a
    join managers.customer_manager m on m.staff_id = a.manager_id and m.active
    join customers_api.customer c on c.id = a.customer_id and c.status not in ('CLOSED', 'MERGED')
    where a.ended_at is null
  ),
  plan (n, due_offset, done_after_due, status) as (values
    (1, -20, -1, 'DONE'), (2, -10, 0, 'DONE'), (3, -15, 4, 'DONE'),
    (4, -3, null::int, 'OPEN'), (5, 0, null::int, 'OPEN'), (6, 5, null::int, 'OPEN')),
  task as (
    select k.manager_id, k.customer_id, k.customer_org_path, p.n, p.status,
           managers.beijing_today() + p.due_offset as due_on,
           managers.beijing_today() + p.due_offset + p.done_after_due as done_on,
           case when k.customer_kind = 'CORPORATE'
                then (array['VISIT','CALL','FOLLOW_UP','LOAN_MARKETING','COLLECTION_PAYMENT_AGENCY','SETTLEMENT','INFORMATION_CONSULTING',
                            'FINANCIAL_ADVISORY','CREDIT_INVESTIGATION','INTERMEDIARY_SERVICE','PARTNER_MATCHMAKING','VISIT'])[1 + (k.manager_id + p.n) % 12]
                else (array['VISIT','CALL','FOLLOW_UP','LOAN_MARKETING','INFORMATION_CONSULTING'])[1 + (k.manager_id + p.n) % 5]
           end as kind
    from kept k join plan p on p.n = k.rn
  )
  insert into managers.task (manager_id, customer_id, customer_org_path, kind, title, due_on, status, completed_at, outcome,
                             source, source_key, created_by_staff_id, created_at, updated_at)
  select t.manager_id, t.customer_id, t.customer_org_path, t.kind,
         case t.kind
           when 'VISIT' then '上门拜访，了解近期资金安排'
           when 'CALL' then '电话回访，确认服务是否满意'
           when 'FOLLOW_UP' then '跟进上次沟通的理财需求'
           when 'LOAN_MARKETING' then '介绍经营贷款与消费贷款产品'
           when 'COLLECTION_PAYMENT_AGENCY' then '洽谈代发工资与代收代付业务'
           when 'SETTLEMENT' then '推荐对公结算与票据服务'
           when 'INFORMATION_CONSULTING' then '提供行业与政策信息咨询'
           when 'FINANCIAL_ADVISORY' then '财务顾问：梳理融资结构'
           when 'CREDIT_INVESTIGATION' then '资信调查：核实经营与信用情况'
           when 'INTERMEDIARY_SERVICE' then '中介服务：对接评估与担保机构'
           when 'PARTNER_MATCHMAKING' then '为企业寻找合作伙伴与销售渠道'
         end,
         t.due_on, t.status,
         case when t.status = 'DONE' then (t.done_on + time '10:30') at time zone 'Asia/Shanghai' end,
         case when t.status = 'DONE' and t.done_on > t.due_on then '客户出差，延后几天办理；已完成'
              when t.status = 'DONE' then '已完成，客户反馈良好' end,
         'MANUAL', 'demo:' || t.manager_id || ':' || t.n, t.manager_id,
         (t.due_on - 7 + time '09:00') at time zone 'Asia/Shanghai',
         coalesce((t.done_on + time '10:30') at time zone 'Asia/Shanghai', (t.due_on - 7 + time '09:00') at time zone 'Asia/Shanghai')
  from task t
  on conflict (source_key) do nothing`;

const THEMED_EVENTS_SQL = `
  insert into managers.task (manager_id, kind, title, note, due_on, source, source_key, created_by_staff_id)
  select m.staff_id, 'THEMED_EVENT', '客户主题沙龙：养老规划与财富传承', '邀请重点客户参加，活动后逐一回访',
         managers.beijing_today() + 14, 'MANUAL', 'demo:' || m.staff_id || ':event', m.staff_id
  from managers.customer_manager m where m.active
  on conflict (source_key) do nothing`;

export interface TaskDemoSeedResult extends TaskRulesResult {
  handMade: number;
}

/** After the portfolios, in the seed's transaction: the rules once for the whole bank, then the hand-made tasks. */
export async function seedTaskDemo(client: pg.ClientBase): Promise<TaskDemoSeedResult> {
  const rules = await runTaskRulesSql(async (sql, params) => (await client.query(pgPlaceholders(sql), params)).rowCount ?? 0, '/');
  const handMade = ((await client.query(HAND_MADE_SQL)).rowCount ?? 0) + ((await client.query(THEMED_EVENTS_SQL)).rowCount ?? 0);
  return { ...rules, handMade };
}
