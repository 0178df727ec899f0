import { LockMode } from '@mikro-orm/core';
import { groupLoader, NotFoundError, parseId, requiredText, type RequestContext } from '@crm/kit';
import { requireCustomer } from '../customer/customer.access';
import { CustomerNeed, NeedPriority, type NeedStatus } from './customer-need.entity';
import type { CaptureNeedInput } from './customer-need.input';

/** Needs of a batch of customers (already in scope), open ones first then newest, one query per status filter. */
export const needsOfCustomers = (ctx: RequestContext, status: readonly NeedStatus[] | null | undefined) => {
  const statuses = status?.length ? [...new Set(status)].sort() : null;
  return groupLoader(
    ctx,
    `CustomerNeed#byCustomer:${statuses?.join(',') ?? '*'}`,
    (customerIds) =>
      ctx.em.find(
        CustomerNeed,
        { customer: { id: { $in: [...customerIds] }, homeOrgPath: ctx.scope.where() }, ...(statuses ? { status: { $in: statuses } } : {}) },
        { orderBy: { capturedAt: 'desc', id: 'desc' } },
      ),
    (n) => n.customer.id,
  );
};

export async function captureNeed(ctx: RequestContext, input: CaptureNeedInput): Promise<CustomerNeed> {
  const description = requiredText(input.description, 'description', 1000);
  const customer = await requireCustomer(ctx, input.customerId);
  const need = ctx.em.create(CustomerNeed, {
    customer,
    category: input.category,
    description,
    priority: input.priority ?? NeedPriority.MEDIUM,
    capturedByStaffId: parseId(ctx.user.sub, 'sub'),
  });
  await ctx.em.flush();
  return need;
}

/**
 * Moves a need on (any status to any other: a dropped need can be reopened). The need is found through
 * its customer's home path, so one outside the scope is NOT_FOUND; a stale version is CONFLICT (checked
 * here, and again by the versioned UPDATE against a concurrent writer).
 */
export async function updateNeedStatus(ctx: RequestContext, id: string, version: number, status: NeedStatus): Promise<CustomerNeed> {
  const need = await ctx.em.findOne(CustomerNeed, { id: parseId(id), customer: { homeOrgPath: ctx.scope.where() } });
  if (!need) throw new NotFoundError('Need');
  await ctx.em.lock(need, LockMode.OPTIMISTIC, version);
  if (need.status !== status) {
    need.status = status;
    await ctx.em.flush();
  }
  return need;
}
