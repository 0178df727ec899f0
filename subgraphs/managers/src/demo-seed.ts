// `@crm/managers/seed`: the demo bank's customer managers and their portfolios, set-based, after the
// seed of org-hierarchy and customers (and after the first scores, when there are any: the tier decides
// who gets a full-time manager). Idempotent: a second run adds only what is missing.
import pg from 'pg';
import { seedCompetencyDemo } from './competency/competency.demo-seed';
import { seedTaskDemo } from './task/task.demo-seed';
import { seedScorecardDemo } from './scorecard/scorecard.demo-seed';

export interface ManagersSeedResult {
  managers: number;
  assignments: number;
}

/** Senior grades are rarer; FULL_TIME for the first manager of each unit and two thirds of the rest. */
const MANAGERS_SQL = `
  insert into managers.customer_manager (staff_id, org_unit_id, org_path, grade, employment, specialty, capacity, active)
  select s.id, s.org_unit_id, s.org_path,
         (array['TRAINEE','JUNIOR','JUNIOR','INTERMEDIATE','INTERMEDIATE','INTERMEDIATE','SENIOR','SENIOR','PRINCIPAL'])[1 + abs(hashint4(s.id)) % 9],
         case when s.id = min(s.id) over (partition by s.org_unit_id) or abs(hashint4(s.id + 7)) % 3 > 0 then 'FULL_TIME' else 'PART_TIME' end,
         case when s.department = 'CORPORATE' then 'CORPORATE' else 'RETAIL' end,
         case when s.id = min(s.id) over (partition by s.org_unit_id) or abs(hashint4(s.id + 7)) % 3 > 0 then 3000 else 1000 end,
         s.active
  from org_hierarchy_api.staff s
  where 'CUSTOMER_MANAGER' = any(s.roles)
  on conflict (staff_id) do nothing`;

/**
 * Every customer who is neither closed nor merged gets one manager of their outlet — or, where the outlet
 * has none, of the unit above it. Customers of the top tiers (VIP, CRITICAL, KEY, GOLD) get a full-time
 * manager; corporate customers a corporate specialist where the unit has one. Spread by customer id.
 */
const ASSIGNMENTS_SQL = `
  with manager as (
    select m.staff_id, m.org_unit_id, m.employment, m.specialty,
           row_number() over (partition by m.org_unit_id order by m.staff_id) as rn_any,
           count(*) over (partition by m.org_unit_id) as n_any,
           row_number() over (partition by m.org_unit_id, m.employment order by m.staff_id) as rn_emp,
           count(*) over (partition by m.org_unit_id, m.employment) as n_emp,
           row_number() over (partition by m.org_unit_id, m.specialty order by m.staff_id) as rn_spec,
           count(*) over (partition by m.org_unit_id, m.specialty) as n_spec
    from managers.customer_manager m where m.active
  ),
  unit_with_managers as (select distinct org_unit_id from manager),
  customer as (
    select c.id, c.home_org_path, c.kind,
           coalesce(h.org_unit_id, u.parent_id) as unit_id,
           coalesce(t.tier in ('VIP', 'CRITICAL', 'KEY', 'GOLD'), false) as top_tier
    from customers_api.customer c
    join org_hierarchy_api.org_unit u on u.id = c.home_org_unit_id
    left join unit_with_managers h on h.org_unit_id = c.home_org_unit_id
    left join analysis_api.customer_tier t on t.customer_id = c.id
    where c.status not in ('CLOSED', 'MERGED') and c.merged_into_id is null
      and not exists (select 1 from managers.portfolio_assignment a where a.customer_id = c.id and a.ended_at is null)
  ),
  choice as (
    select c.id, c.home_org_path,
           coalesce(
             (select m.staff_id from manager m where c.top_tier and m.org_unit_id = c.unit_id and m.employment = 'FULL_TIME'
                and m.rn_emp = 1 + c.id % m.n_emp),
             (select m.staff_id from manager m where c.kind = 'CORPORATE' and m.org_unit_id = c.unit_id and m.specialty = 'CORPORATE'
                and m.rn_spec = 1 + c.id % m.n_spec),
             (select m.staff_id from manager m where m.org_unit_id = c.unit_id and m.rn_any = 1 + c.id % m.n_any)
           ) as manager_id
    from customer c
  )
  insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, started_at, reason, handover_note)
  select id, home_org_path, manager_id, now(), 'INITIAL', null from choice where manager_id is not null
  on conflict do nothing`;

export async function seedManagers(databaseUrl: string): Promise<ManagersSeedResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    // analysis may not be migrated where only managers is tested: the tier is then unknown for everyone
    const { rows } = await client.query<{ t: string | null }>(`select to_regclass('analysis_api.customer_tier')::text as t`);
    const assignmentsSql = rows[0]?.t
      ? ASSIGNMENTS_SQL
      : ASSIGNMENTS_SQL.replace(
          `left join analysis_api.customer_tier t on t.customer_id = c.id`,
          `left join (select null::int as customer_id, null::text as tier) t on false`,
        );
    const managers = (await client.query(MANAGERS_SQL)).rowCount ?? 0;
    const assignments = (await client.query(assignmentsSql)).rowCount ?? 0;
    // the task rules once for the whole bank, and hand-made tasks (done on time, late, overdue) for the portal and the scorecard
    await seedTaskDemo(client);
    // targets for this month and last, from each portfolio's own figures (after the tasks: their on-time rate)
    await seedScorecardDemo(client);
    // the trainer's assessments of the managers and the training plans from their gaps
    await seedCompetencyDemo(client);
    await client.query('commit');
    return { managers, assignments };
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
}
