import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { BadUserInputError, ForbiddenError, groupLoader, NotFoundError, optionalText, parseId, type RequestContext } from '@crm/kit';
import { requireCustomer } from '../customer/customer.access';
import { customerLoader } from '../customer/customer.loader';
import { CustomerKind, CustomerStatus, type Customer } from '../customer/customer.entity';
import { CustomerRelationship, RelationshipDirection, RelationshipKind, SYMMETRIC_KINDS } from './customer-relationship.entity';
import { CustomerRelationshipView, type AddRelationshipInput } from './customer-relationship.types';

/**
 * Every relationship of a batch of customers, from both ends, in one query. Customers passed in are
 * already in scope (and the SQL checks it again); the OTHER end may be anyone — it is only ever
 * shown through the scoped customer loader (`related`, `relatedName`), and the free-text note, which
 * may say anything about both, only when the other end is in scope too.
 */
export const relationshipsOfCustomers = (ctx: RequestContext) =>
  groupLoader(
    ctx,
    'CustomerRelationship#byCustomer',
    async (customerIds) => {
      const otherInScope = ctx.scope.sql('o.home_org_path');
      const homeInScope = ctx.scope.sql('c.home_org_path');
      const rows = await ctx.em.getConnection().execute<
        {
          id: number;
          kind: RelationshipKind;
          note: string | null;
          customer_id: number;
          related_id: number;
          direction: RelationshipDirection;
        }[]
      >(
        `select r.id, r.kind, case when ${otherInScope.sql} then r.note end as note, k.cid as customer_id,
              case when r.from_customer_id = k.cid then 'OUTGOING' else 'INCOMING' end as direction,
              o.id as related_id
       from unnest(array[?]::int[]) as k(cid)
       join customers.customer_relationship r on r.from_customer_id = k.cid or r.to_customer_id = k.cid
       join customers.customer o on o.id = case when r.from_customer_id = k.cid then r.to_customer_id else r.from_customer_id end
       where exists (select 1 from customers.customer c where c.id = k.cid and ${homeInScope.sql})
       order by r.created_at, r.id`,
        [otherInScope.param, [...customerIds], homeInScope.param],
      );
      return rows.map((r) =>
        CustomerRelationshipView.of({
          id: r.id,
          kind: r.kind,
          note: r.note,
          direction: r.direction,
          customerId: r.customer_id,
          relatedId: r.related_id,
        }),
      );
    },
    (v) => v.customerId,
  );

/** Which kinds of customer each kind joins (from, to); GUARANTOR_FOR joins any two. */
const PARTIES: Partial<Record<RelationshipKind, [CustomerKind, CustomerKind]>> = {
  [RelationshipKind.HOUSEHOLD]: [CustomerKind.INDIVIDUAL, CustomerKind.INDIVIDUAL],
  [RelationshipKind.SPOUSE]: [CustomerKind.INDIVIDUAL, CustomerKind.INDIVIDUAL],
  [RelationshipKind.PARENT_OF]: [CustomerKind.INDIVIDUAL, CustomerKind.INDIVIDUAL],
  [RelationshipKind.EXECUTIVE_OF]: [CustomerKind.INDIVIDUAL, CustomerKind.CORPORATE],
  [RelationshipKind.LEGAL_REPRESENTATIVE_OF]: [CustomerKind.INDIVIDUAL, CustomerKind.CORPORATE],
  [RelationshipKind.PARENT_COMPANY_OF]: [CustomerKind.CORPORATE, CustomerKind.CORPORATE],
  [RelationshipKind.GROUP_AFFILIATE]: [CustomerKind.CORPORATE, CustomerKind.CORPORATE],
};

const DUPLICATE = 'This relationship is already recorded';

/** Both customers must be in the caller's scope (else NOT_FOUND, as if they did not exist). */
export async function addRelationship(ctx: RequestContext, input: AddRelationshipInput): Promise<CustomerRelationshipView> {
  const fromId = parseId(input.fromCustomerId, 'fromCustomerId');
  const toId = parseId(input.toCustomerId, 'toCustomerId');
  if (fromId === toId) throw new BadUserInputError('A customer cannot be related to itself', 'toCustomerId');
  const note = optionalText(input.note, 'note', 500);
  const [from, to] = await Promise.all([requireCustomer(ctx, fromId, 'fromCustomerId'), requireCustomer(ctx, toId, 'toCustomerId')]);
  for (const [c, field] of [
    [from, 'fromCustomerId'],
    [to, 'toCustomerId'],
  ] as [Customer, string][]) {
    if (c.status === CustomerStatus.MERGED)
      throw new BadUserInputError(`${c.customerNo} was merged into another record; relate that one`, field);
  }
  const parties = PARTIES[input.kind];
  if (parties && (from.kind !== parties[0] || to.kind !== parties[1])) {
    throw new BadUserInputError(`${input.kind} relates ${parties[0].toLowerCase()} → ${parties[1].toLowerCase()} customers`, 'kind');
  }
  // stored once: A SPOUSE B and B SPOUSE A are the same fact; A PARENT_OF B and B PARENT_OF A cannot both be
  const reverse = await ctx.em.count(CustomerRelationship, { fromCustomer: toId, toCustomer: fromId, kind: input.kind });
  if (reverse > 0) {
    throw new BadUserInputError(SYMMETRIC_KINDS.includes(input.kind) ? DUPLICATE : `The reverse ${input.kind} is already recorded`, 'kind');
  }
  const rel = ctx.em.create(CustomerRelationship, {
    fromCustomer: from,
    toCustomer: to,
    kind: input.kind,
    note: note ?? undefined,
    createdByStaffId: parseId(ctx.user.sub, 'sub'),
  });
  try {
    await ctx.em.flush();
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw new BadUserInputError(DUPLICATE, 'kind');
    throw e;
  }
  return CustomerRelationshipView.of({
    id: rel.id,
    kind: rel.kind,
    note: rel.note ?? null,
    direction: RelationshipDirection.OUTGOING,
    customerId: fromId,
    relatedId: toId,
  });
}

/**
 * Visible from an end in scope, else NOT_FOUND. Removing it changes both customers' records, so
 * both must be in scope (as for adding); with the other end in another unit it is FORBIDDEN.
 */
export async function removeRelationship(ctx: RequestContext, id: string): Promise<boolean> {
  const rel = await ctx.em.findOne(CustomerRelationship, {
    id: parseId(id),
    $or: [{ fromCustomer: { homeOrgPath: ctx.scope.where() } }, { toCustomer: { homeOrgPath: ctx.scope.where() } }],
  });
  if (!rel) throw new NotFoundError('Relationship');
  const [from, to] = await customerLoader(ctx).loadMany([rel.fromCustomer.id, rel.toCustomer.id]);
  if (!from || !to || from instanceof Error || to instanceof Error) {
    throw new ForbiddenError(
      'The other customer belongs to another unit; that unit (or a common parent unit) can remove this relationship',
    );
  }
  ctx.em.remove(rel);
  await ctx.em.flush();
  return true;
}
