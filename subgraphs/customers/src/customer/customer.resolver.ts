import { raw } from '@mikro-orm/core';
import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Permit,
  maskAddress,
  maskBirthDate,
  maskEmail,
  maskIdNumber,
  maskPhone,
  PageInput,
  Paged,
  pageWindow,
  parseId,
  type RequestContext,
} from '@crm/kit';
import { Customer, CustomerKind, MarketingConsent } from './customer.entity';
import { CustomerFilter, customerWhere } from './customer.filter';
import { CustomerSort, SortDirection } from './customer.sort';
import { customerPage } from './customer.list';
import { CreateCustomerInput, UpdateCustomerInput } from './customer.input';
import { createCustomer, updateCustomer } from './customer.service';
import { customerLoader } from './customer.loader';
import { OrgUnitReference } from '../org-unit/org-unit.reference';
import { DUPLICATES_PER_HOUR } from '../pii/duplicate-confirmations';
import { auditPiiSearch } from '../pii/pii.service';

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

@Resolver(() => Customer)
export class CustomerResolver {
  @Permit('CUSTOMER_READ')
  @Query(() => CustomerPage, {
    description: 'Customers in your data scope, sorted on the server (default: newest first); ties broken by id, so pages never overlap',
  })
  async customers(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => CustomerSort, { nullable: true, description: 'Default NEWEST' }) sort?: CustomerSort | null,
    @Arg('direction', () => SortDirection, {
      nullable: true,
      description: 'Default: the key’s natural order (names, statuses and units ascending; the rest descending)',
    })
    direction?: SortDirection | null,
  ): Promise<CustomerPage> {
    const w = pageWindow(page);
    const { items, total } = await customerPage(ctx, filter, w, sort ?? CustomerSort.NEWEST, direction);
    await auditPiiSearch(ctx.em, ctx, filter, { count: total, onlyId: items[0]?.id });
    return { items, total, page: w.page, pageSize: w.pageSize };
  }

  @Permit('CUSTOMER_READ')
  @Query(() => Customer, { nullable: true, description: 'One customer, if it is in your data scope' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return customerLoader(ctx).load(parseId(id));
  }

  @Permit('CUSTOMER_READ')
  @Query(() => CustomerCounts)
  async customerCounts(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter,
  ): Promise<CustomerCounts> {
    const qb = ctx.em.createQueryBuilder(Customer, 'c').where(customerWhere(ctx.scope, filter));
    const [row] = await qb
      .select([
        raw('count(*)::int as total'),
        raw(`(count(*) filter (where c.kind = 'INDIVIDUAL'))::int as individual`),
        raw(`(count(*) filter (where c.kind = 'CORPORATE'))::int as corporate`),
        raw(`(count(*) filter (where c.status = 'ACTIVE'))::int as active`),
        raw(`(count(*) filter (where c.status = 'DORMANT'))::int as dormant`),
        raw(`(count(*) filter (where c.status = 'CLOSED'))::int as closed`),
      ])
      .execute<CustomerCounts[]>('all', false);
    await auditPiiSearch(ctx.em, ctx, filter, { count: row.total });
    return row;
  }

  @Permit('CUSTOMER_READ')
  @FieldResolver(() => Float, {
    description:
      'Assets under management (管理资产), CNY: deposits (demand, time, settlement, basic) and wealth products not closed, CNY accounts — balances.deposits + balances.wealth',
  })
  aum(@Root() c: Customer) {
    return c.aum ?? 0;
  }

  @Permit('CUSTOMER_READ')
  @FieldResolver(() => Date, { nullable: true, description: 'The latest interaction with the customer; null when never contacted' })
  lastContactAt(@Root() c: Customer) {
    return c.lastContactAt ?? null;
  }

  @FieldResolver(() => String, { description: 'ID number or credit code, masked' })
  idNumber(@Root() c: Customer) {
    return maskIdNumber(c.idNumber);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Mobile phone, masked' })
  phone(@Root() c: Customer) {
    return maskPhone(c.phone);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Address, masked' })
  address(@Root() c: Customer) {
    return maskAddress(c.address);
  }

  @FieldResolver(() => String, { nullable: true, description: 'E-mail, masked' })
  email(@Root() c: Customer) {
    return maskEmail(c.email);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Date of birth (individuals), masked to the year like the ID number it is part of: "1965-**-**". revealCustomerPii(field: BIRTH_DATE) gives it whole (audited)',
  })
  birthDate(@Root() c: Customer) {
    return maskBirthDate(c.birthDate);
  }

  @FieldResolver(() => MarketingConsent)
  marketingConsent(@Root() c: Customer): MarketingConsent {
    return { given: c.marketingConsent, at: c.marketingConsentAt ?? null, channel: c.marketingConsentChannel ?? null };
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'The surviving record when this one was merged (null if outside your scope)',
  })
  mergedInto(@Root() c: Customer, @Ctx() ctx: RequestContext) {
    return c.mergedIntoId ? customerLoader(ctx).load(c.mergedIntoId) : null;
  }

  @FieldResolver(() => OrgUnitReference, { description: 'The outlet (or unit) the customer belongs to' })
  homeOrgUnit(@Root() c: Customer) {
    return OrgUnitReference.of(c.homeOrgUnitId);
  }

  @FieldResolver(() => Date)
  createdAt(@Root() c: Customer) {
    return c.createdAt;
  }

  @FieldResolver(() => Date)
  updatedAt(@Root() c: Customer) {
    return c.updatedAt;
  }

  @FieldResolver(() => Int, { description: 'Pass it back to updateCustomer: a stale version is refused with CONFLICT' })
  version(@Root() c: Customer) {
    return c.version;
  }

  @Permit('CUSTOMER_READ', 'CUSTOMER_EDIT')
  @Mutation(() => Customer, {
    description:
      'Registers a customer. A duplicate ID number / credit code is refused (field idNumber) naming the existing record when it is in your scope, ' +
      `as "duplicate of a customer you cannot see" otherwise; every such answer is in the PII access log, at most ${DUPLICATES_PER_HOUR} per staff member and hour (then RATE_LIMITED)`,
  })
  createCustomer(@Arg('input', () => CreateCustomerInput) input: CreateCustomerInput, @Ctx() ctx: RequestContext) {
    return createCustomer(ctx, input);
  }

  @Permit('CUSTOMER_READ', 'CUSTOMER_EDIT')
  @Mutation(() => Customer, { description: 'Edits a customer at `version`; CONFLICT when someone else changed it since' })
  updateCustomer(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateCustomerInput) input: UpdateCustomerInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateCustomer(ctx, id, version, input);
  }
}

export { CustomerKind };
