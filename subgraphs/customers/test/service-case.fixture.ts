import { withSql } from '@crm/kit/testing';

export interface CaseRow {
  customerId: number | string;
  unitId: number;
  path: string;
  severity?: string;
  status?: string;
  dueInHours: number;
}

/**
 * Service cases straight into the table (e.g. with an SLA already past), each with its OPENED event.
 * `n` copies of the row; returns their ids in order.
 */
export async function insertCases(url: string, row: CaseRow, n = 1): Promise<string[]> {
  return withSql(url, async (query) => {
    const rows = await query(
      `with c as (
         insert into customers.service_case (case_no, customer_id, category, severity, title, description, status, opened_at, sla_due_at,
                                             handling_org_unit_id, handling_org_path, opened_by_staff_id, resolved_at, resolution)
         select 'SCT' || lpad(nextval('customers.service_case_no_seq')::text, 9, '0'), $1::int, 'WAIT_TIME', $2::text, '排队太久 #' || g, '客户等候超过一小时', $3::text,
                now() - interval '10 days', now() + make_interval(secs => $4::float8 * 3600), $5::int, $6::text, 3,
                case when $3::text in ('RESOLVED', 'CLOSED') then now() end, case when $3::text in ('RESOLVED', 'CLOSED') then '已处理' end
           from generate_series(1, $7::int) g
         returning id, status, handling_org_path, opened_at
       ), e as (
         insert into customers.service_case_event (case_id, at, action, by_staff_id, to_status, to_org_path)
         select id, opened_at, 'OPENED', 3, status, handling_org_path from c
       )
       select c.id::text as id from c order by c.id`,
      [Number(row.customerId), row.severity ?? 'MEDIUM', row.status ?? 'OPEN', row.dueInHours, row.unitId, row.path, n],
    );
    return rows.map((r) => r.id as string);
  });
}
