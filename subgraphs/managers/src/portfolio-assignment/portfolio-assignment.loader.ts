import { byKeys, pgArray, type RequestContext } from '@crm/kit';

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
