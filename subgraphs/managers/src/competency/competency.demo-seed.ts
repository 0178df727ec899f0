// The demo bank's competency record, called by the managers seed (src/demo-seed.ts) once managers exist:
// the head office's trainer (hq.trainer — the first active TRAINER at head office) has assessed most
// managers twice over the past year — about eleven months ago (acknowledged) and in the last weeks
// (submitted or acknowledged) — and planned courses for the gaps. Scores are deterministic (a hash of
// manager, dimension and round around the grade's target, the later round a little better), with short
// evidence notes in Chinese. The first manager of every unit (bj0101.manager among them) has the recent
// one awaiting acknowledgement. Set-based, three statements; idempotent (managers already assessed are skipped).
import type pg from 'pg';

export interface CompetencySeedResult {
  assessments: number;
  planItems: number;
}

/** evidence by dimension and band: below the grade's target, meeting it, a level or more above */
const EVIDENCE: [string, string, string, string][] = [
  [
    'ETHICS',
    '抽查发现一笔理财销售未完整揭示风险，已谈话提醒并跟进整改',
    '严格执行客户信息保密和双人核对规定，本期无违规记录',
    '主动识别并上报一起疑似电信诈骗转账，保护了客户资金',
  ],
  [
    'MINDSET',
    '仍以坐等客户上门为主，手机银行签约推广落后于网点平均',
    '能用 CRM 记录客户接触并按提醒跟进，线上渠道使用正常',
    '牵头网点“线上预约＋上门服务”试点，带动同事使用新工具',
  ],
  [
    'INNOVATION',
    '面对客户的综合需求只推荐单一存款产品，方案意识不足',
    '为一户小微企业设计了结算、贷款和代发工资的组合方案',
    '撮合两家对公客户建立供销合作，带来新的结算账户',
  ],
  [
    'SKILLS',
    '贷款资料两次被退回补充，投诉处理需要主管协助',
    '按计划完成客户走访，存款和中间业务指标均已达成',
    '交叉销售率网点第一，独立化解一起升级投诉',
  ],
  [
    'KNOWLEDGE',
    '对新发行理财产品的风险等级解释不准确，需要加强学习',
    '产品知识测试 85 分，熟悉信贷和结算业务流程',
    '取得理财规划师资格，为同事讲授财务报表分析',
  ],
  [
    'HEALTH',
    '近期加班较多、精力不足，影响了外出走访安排',
    '出勤正常，能完成日常工作和外出走访',
    '精力充沛，业务高峰期主动承担额外的接待工作',
  ],
];

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const EVIDENCE_VALUES = EVIDENCE.map((row) => `(${row.map(lit).join(', ')})`).join(',\n      ');

/**
 * Both rounds of every chosen manager with their scores: round 1 = target + (−1.5 … +1), round 2 =
 * round 1 + (0, 0.5 or 1), kept within 1–5. `now()` is the transaction's, so the assessed_at computed
 * here matches the one inserted.
 */
const ROUNDS_CTE = `
  trainer as (
    select s.id from org_hierarchy_api.staff s
    where 'TRAINER' = any(s.roles) and s.level = 'HEAD_OFFICE' and s.active order by s.id limit 1
  ),
  model as (
    select id from managers.competency_model where effective_from <= current_date order by effective_from desc, model_version desc limit 1
  ),
  chosen as (
    select m.staff_id, m.grade,
           m.staff_id = min(m.staff_id) over (partition by m.org_unit_id) as first_of_unit
    from managers.customer_manager m
    where m.active and m.staff_id <> (select id from trainer)
      and not exists (select 1 from managers.assessment a where a.manager_id = m.staff_id)
  ),
  picked as (select * from chosen where first_of_unit or abs(hashint4(staff_id * 31)) % 10 < 8),
  rounds as (
    select p.staff_id, p.grade, p.first_of_unit, r.round,
           case r.round when 1 then now() - interval '340 days' + (abs(hashint4(p.staff_id)) % 30) * interval '1 day'
                        else now() - interval '14 days' - (abs(hashint4(p.staff_id + 1)) % 42) * interval '1 day' end as assessed_at
    from picked p cross join (values (1), (2)) r(round)
  ),
  scored as (
    select r.staff_id, r.round, r.assessed_at, d.dimension, d.weight, t.target_level,
           least(5, greatest(1,
             t.target_level + 0.5 * (abs(hashint4(r.staff_id * 7 + d.sort_order * 101)) % 6 - 3)
             + case r.round when 2 then 0.5 * (abs(hashint4(r.staff_id * 13 + d.sort_order * 37)) % 3) else 0 end
           ))::numeric(2,1) as score
    from rounds r
    join managers.competency_dimension d on d.model_id = (select id from model)
    join managers.competency_target t on t.model_id = d.model_id and t.grade = r.grade and t.dimension = d.dimension
  ),
  overall as (
    select staff_id, round, round(sum(weight * score) / sum(weight), 2) as overall from scored group by staff_id, round
  )`;

const ASSESSMENTS_SQL = `
  with ${ROUNDS_CTE},
  inserted as (
    insert into managers.assessment (manager_id, assessor_staff_id, model_id, status, overall, assessed_at, submitted_at, acknowledged_at, manager_comment)
    select r.staff_id, (select id from trainer), (select id from model),
           case when r.round = 2 and (r.first_of_unit or abs(hashint4(r.staff_id * 3)) % 3 = 0) then 'SUBMITTED' else 'ACKNOWLEDGED' end,
           o.overall,
           r.assessed_at, r.assessed_at + interval '2 days',
           case when r.round = 2 and (r.first_of_unit or abs(hashint4(r.staff_id * 3)) % 3 = 0) then null else r.assessed_at + interval '5 days' end,
           case when r.round = 2 and (r.first_of_unit or abs(hashint4(r.staff_id * 3)) % 3 = 0) then null
                when abs(hashint4(r.staff_id * 5 + r.round)) % 3 = 0 then '已阅，认同评估意见，会按培训计划加强学习'
                when abs(hashint4(r.staff_id * 5 + r.round)) % 3 = 1 then '已阅。希望下次评估前能参加一次产品知识培训'
                else null end
    from rounds r join overall o on o.staff_id = r.staff_id and o.round = r.round
    where (select id from trainer) is not null
    returning id, manager_id, assessed_at
  ),
  evidence (dimension, below, meets, above) as (values
      ${EVIDENCE_VALUES})
  insert into managers.assessment_score (assessment_id, dimension, score, evidence)
  select i.id, s.dimension, s.score,
         case when s.score < s.target_level then e.below when s.score >= s.target_level + 1 then e.above else e.meets end
  from inserted i
  join scored s on s.staff_id = i.manager_id and s.assessed_at = i.assessed_at
  join evidence e on e.dimension = s.dimension`;

/** Courses for the gaps of the latest assessments, for managers without a plan yet; a third already under way. */
const PLANS_SQL = `
  insert into managers.training_plan_item
    (manager_id, course_id, dimension, assessment_id, score_at_planning, target_level, planned_by_staff_id, status, planned_at, started_at)
  select g.manager_id, c.id, g.dimension, g.assessment_id, g.score, g.target_level, a.assessor_staff_id,
         case when abs(hashint4(g.manager_id + c.id)) % 3 = 0 then 'IN_PROGRESS' else 'PLANNED' end,
         l.submitted_at + interval '1 day',
         case when abs(hashint4(g.manager_id + c.id)) % 3 = 0 then l.submitted_at + interval '8 days' end
  from managers.competency_gap g
  join managers.latest_assessment l on l.manager_id = g.manager_id
  join managers.assessment a on a.id = g.assessment_id
  join managers.training_course c on c.dimension = g.dimension and c.active and c.level > g.score and c.level <= g.target_level
  where not exists (select 1 from managers.training_plan_item p where p.manager_id = g.manager_id)
  on conflict (manager_id, course_id) where status in ('PLANNED', 'IN_PROGRESS') do nothing`;

/** Runs inside the managers seed's transaction. */
export async function seedCompetencyDemo(client: pg.ClientBase): Promise<CompetencySeedResult> {
  const scores = (await client.query(ASSESSMENTS_SQL)).rowCount ?? 0;
  const planItems = (await client.query(PLANS_SQL)).rowCount ?? 0;
  return { assessments: scores / 6, planItems };
}
