import { withSql } from '@crm/kit/testing';
import { OUTLETS, type Outlet } from './tier.fixture';

/**
 * Managers' rows for tierMovements(managerId), written straight into managers' tables (the test template
 * migrates managers' schema by path): analysis itself reads only the published view
 * managers_api.primary_manager, i.e. the assignments not ended. Managers as in managers' own fixture:
 * 11, 12 at BJ0101, 13 at BJ0102, 5 at SH0101.
 */
export const MANAGERS = { 11: 'BJ0101', 12: 'BJ0101', 13: 'BJ0102', 5: 'SH0101' } as const satisfies Record<number, Outlet>;

/** the managers above — ONE statement */
export async function insertManagers(url: string) {
  const rows = Object.entries(MANAGERS).map(([id, outlet]) => ({ id: Number(id), unit: OUTLETS[outlet].id, path: OUTLETS[outlet].path }));
  await withSql(url, (q) =>
    q(
      `insert into managers.customer_manager (staff_id, org_unit_id, org_path, grade, employment, specialty, capacity)
       select r.id, r.unit, r.path, 'INTERMEDIATE', 'FULL_TIME', 'RETAIL', 300
       from jsonb_to_recordset($1::jsonb) as r(id int, unit int, path text)`,
      [JSON.stringify(rows)],
    ),
  );
}

export interface Assignment {
  customerId: number;
  managerId: number;
  outlet: Outlet;
  /** set: a past assignment (history), no longer the customer's primary manager */
  endedAt?: string;
}

/** portfolio assignments exactly as given — ONE statement; an ended one starts a month before it ends */
export async function insertAssignments(url: string, rows: Assignment[]) {
  const json = rows.map((r) => ({ ...r, path: OUTLETS[r.outlet].path, endedAt: r.endedAt ?? null }));
  await withSql(url, (q) =>
    q(
      `insert into managers.portfolio_assignment (customer_id, customer_org_path, manager_id, started_at, ended_at, reason)
       select r."customerId", r.path, r."managerId",
         coalesce(r."endedAt" - interval '1 month', now() - interval '1 day'), r."endedAt", 'INITIAL'
       from jsonb_to_recordset($1::jsonb) as r("customerId" int, path text, "managerId" int, "endedAt" timestamptz)`,
      [JSON.stringify(json)],
    ),
  );
}
