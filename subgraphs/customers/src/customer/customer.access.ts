import { NotFoundError, parseId, type RequestContext, type SqlCondition } from '@crm/kit';
import { customerLoader } from './customer.loader';
import type { Customer } from './customer.entity';

/**
 * The customer a mutation or a child lookup is about, if the caller may see it. Outside the scope
 * it is NOT_FOUND — exactly as if it did not exist. Every feature that takes a customerId goes here.
 */
export async function requireCustomer(ctx: RequestContext, id: string | number, field = 'customerId'): Promise<Customer> {
  const customer = await customerLoader(ctx).load(typeof id === 'number' ? id : parseId(id, field));
  if (!customer) throw new NotFoundError('Customer');
  return customer;
}

/**
 * Child rows (x.customer_id) whose customer is in the caller's scope. The 360's loaders are only
 * ever handed customers that passed the scope check, so this never drops a row — it is the second
 * lock on the door: a child row cannot come out of SQL without its customer's path matching.
 */
export const customerInScope = (ctx: RequestContext): SqlCondition => {
  const scope = ctx.scope.sql('c.home_org_path');
  return { sql: `exists (select 1 from customers.customer c where c.id = x.customer_id and ${scope.sql})`, params: [scope.param] };
};
