import { byKeys, groupLoader, pgArray, type RequestContext } from '@crm/kit';
import { PortfolioAssignment } from './portfolio-assignment.entity';
import type { AssignmentReason } from './portfolio-assignment.enums';

/** The primary manager's staff id of each customer (null while none): one query per batch. */
export const primaryManagerIdLoader = (ctx: RequestContext) =>
  ctx.loaders.get<number, number>('managers.PrimaryManagerId', async (customerIds) => {
    const rows = await ctx.em
      .getConnection()
      .execute<{ customer_id: number; manager_id: number }[]>(
        `select customer_id, manager_id from managers.portfolio_assignment where ended_at is null and customer_id = any(?::int[])`,
        [pgArray(customerIds)],
      );
    return byKeys(customerIds, rows, (r) => r.customer_id).map((r) => r?.manager_id ?? null);
  });

interface HistoryRow {
  id: string;
  customer_id: number;
  manager_id: number;
  previous_manager_id: number | null;
  /** timestamps come back as text from MikroORM's connection */
  started_at: string | Date;
  ended_at: string | Date | null;
  reason: AssignmentReason;
  handover_note: string | null;
  assigned_by_staff_id: number | null;
  ended_by_staff_id: number | null;
  approved_by_staff_id: number | null;
}

/**
 * Every period of each customer with a manager, newest first: ONE query per batch of customers. The
 * customer's home path is checked again here (scope in SQL, whoever calls this); the previous manager
 * is the one of the period before (lag over the customer's whole history).
 */
export const managerHistoryLoader = (ctx: RequestContext) => {
  const scope = ctx.scope.sql('c.home_org_path');
  return groupLoader<PortfolioAssignment>(
    ctx,
    'managers.ManagerHistory',
    async (customerIds) => {
      const rows = await ctx.em.getConnection().execute<HistoryRow[]>(
        `select h.* from (
           select a.id, a.customer_id, a.manager_id, a.started_at, a.ended_at, a.reason, a.handover_note,
                  a.assigned_by_staff_id, a.ended_by_staff_id, t.decided_by_staff_id as approved_by_staff_id,
                  lag(a.manager_id) over (partition by a.customer_id order by a.started_at, a.id) as previous_manager_id
           from managers.portfolio_assignment a
           join customers_api.customer c on c.id = a.customer_id
           left join managers.portfolio_transfer t on t.id = a.transfer_id
           where a.customer_id = any(?::int[]) and ${scope.sql}
         ) h
         order by h.customer_id, h.started_at desc, h.id desc`,
        [pgArray(customerIds), scope.param],
      );
      return rows.map((r) =>
        Object.assign(new PortfolioAssignment(), {
          id: String(r.id),
          customerId: r.customer_id,
          managerId: r.manager_id,
          previousManagerId: r.previous_manager_id,
          startedAt: new Date(r.started_at),
          endedAt: r.ended_at == null ? null : new Date(r.ended_at),
          reason: r.reason,
          handoverNote: r.handover_note,
          assignedByStaffId: r.assigned_by_staff_id,
          endedByStaffId: r.ended_by_staff_id,
          approvedByStaffId: r.approved_by_staff_id,
        }),
      );
    },
    (a) => a.customerId,
  );
};
