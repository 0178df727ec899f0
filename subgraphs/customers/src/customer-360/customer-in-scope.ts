import type { RequestContext, SqlCondition } from '@crm/kit';

/**
 * Child rows (x.customer_id) whose customer is in the caller's scope. The 360's loaders are only
 * ever handed customers that passed the scope check, so this never drops a row — it is the second
 * lock on the door: a child row cannot come out of SQL without its customer's path matching.
 */
export const customerInScope = (ctx: RequestContext): SqlCondition => ({
  sql: 'exists (select 1 from customers.customer c where c.id = x.customer_id and c.home_org_path like ?)',
  params: [ctx.scope.where().$like],
});
