import { NotFoundError, parseId, type RequestContext } from '@crm/kit';
import { customerLoader } from './customer.resolver';
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
