import { raw } from '@mikro-orm/core';
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { idLoader, maskIdNumber, maskPhone, PageInput, Paged, pageWindow, parseId, type RequestContext } from '@crm/kit';
import { Customer, CustomerKind } from './customer.entity';
import { CustomerFilter, customerWhere } from './customer.filter';
import { OrgUnitReference } from '../org-unit/org-unit.reference';

@ObjectType()
export class CustomerPage extends Paged(Customer) {}

@ObjectType({ description: 'How many customers a filter matches, by kind and status' })
export class CustomerCounts {
  @Field(() => Int) total!: number;
  @Field(() => Int) individual!: number;
  @Field(() => Int) corporate!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int) dormant!: number;
  @Field(() => Int) closed!: number;
}

/** A customer outside the caller's scope is reported exactly like one that does not exist. */
export const customerLoader = (ctx: RequestContext) => idLoader(ctx, Customer, { homeOrgPath: ctx.scope.where() });

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerPage, { description: 'Customers in your data scope, newest first' })
  async customers(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<CustomerPage> {
    const w = pageWindow(page);
    const [items, total] = await ctx.em.findAndCount(Customer, customerWhere(ctx.scope, filter), {
      orderBy: { id: 'desc' }, limit: w.limit, offset: w.offset,
    });
    return { items, total, page: w.page, pageSize: w.pageSize };
  }

  @Query(() => Customer, { nullable: true, description: 'One customer, if it is in your data scope' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return customerLoader(ctx).load(parseId(id));
  }

  @Query(() => CustomerCounts)
  async customerCounts(@Ctx() ctx: RequestContext, @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter): Promise<CustomerCounts> {
    const qb = ctx.em.createQueryBuilder(Customer, 'c').where(customerWhere(ctx.scope, filter));
    const [row] = await qb.select([
      raw('count(*)::int as total'),
      raw(`(count(*) filter (where c.kind = 'INDIVIDUAL'))::int as individual`),
      raw(`(count(*) filter (where c.kind = 'CORPORATE'))::int as corporate`),
      raw(`(count(*) filter (where c.status = 'ACTIVE'))::int as active`),
      raw(`(count(*) filter (where c.status = 'DORMANT'))::int as dormant`),
      raw(`(count(*) filter (where c.status = 'CLOSED'))::int as closed`),
    ]).execute<CustomerCounts[]>('all', false);
    return row;
  }

  @FieldResolver(() => String, { description: 'ID number or credit code, masked' })
  idNumber(@Root() c: Customer) {
    return maskIdNumber(c.idNumber);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Mobile phone, masked' })
  phone(@Root() c: Customer) {
    return maskPhone(c.phone);
  }

  @FieldResolver(() => OrgUnitReference, { description: 'The outlet (or unit) the customer belongs to' })
  homeOrgUnit(@Root() c: Customer) {
    return OrgUnitReference.of(c.homeOrgUnitId);
  }

  @FieldResolver(() => Date)
  createdAt(@Root() c: Customer) {
    return c.createdAt;
  }
}

export const resolveCustomerReference = (ref: { id: string }, ctx: RequestContext) => customerLoader(ctx).load(parseId(ref.id));

export { CustomerKind };
