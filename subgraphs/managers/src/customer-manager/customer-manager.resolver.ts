import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  CustomerReference,
  OrgUnitReference,
  PageInput,
  Paged,
  Permit,
  StaffReference,
  type ReferenceResolver,
  type RequestContext,
} from '@crm/kit';
import { CustomerManager } from './customer-manager.entity';
import { managerInScopeLoader, managerLoader, portfolioSizeLoader } from './customer-manager.loader';
import { getManager, listManagers } from './customer-manager.service';
import { primaryManagerIdLoader } from '../portfolio-assignment/portfolio-assignment.loader';
import { UpdateCustomerManagerInput } from '../portfolio-assignment/portfolio-assignment.input';
import { updateCustomerManager } from '../portfolio-assignment/portfolio-assignment.service';

@ObjectType()
export class CustomerManagerPage extends Paged(CustomerManager) {}

@InputType({ description: 'Which managers: a unit of the caller’s scope (and the units below it), active only' })
export class CustomerManagerFilter {
  @Field(() => ID, { nullable: true, description: 'a unit inside the caller’s scope; its managers and those of the units below' })
  orgUnitId?: string;

  @Field({ defaultValue: true })
  activeOnly: boolean = true;
}

@Resolver(() => CustomerManager)
export class CustomerManagerResolver {
  @Permit('MANAGER_READ')
  @Query(() => CustomerManagerPage, { description: 'Customer managers in the caller’s scope, by unit' })
  async customerManagers(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CustomerManagerFilter, { nullable: true }) filter?: CustomerManagerFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return listManagers(ctx, filter ?? { activeOnly: true }, page);
  }

  @Permit('MANAGER_READ')
  @Query(() => CustomerManager, { description: 'One manager in the caller’s scope (NOT_FOUND outside it)' })
  customerManager(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getManager(ctx, id);
  }

  // the edit lives with portfolios: deactivating is refused while the manager keeps customers
  @Permit('PORTFOLIO_REASSIGN')
  @Mutation(() => CustomerManager, {
    description:
      'Change a manager of the caller’s scope (grade, employment, specialty, capacity, active); a stale version is CONFLICT; deactivating one who keeps customers is refused until the portfolio is transferred',
  })
  updateCustomerManager(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateCustomerManagerInput) input: UpdateCustomerManagerInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateCustomerManager(ctx, id, version, input);
  }

  @FieldResolver(() => StaffReference, { description: 'The staff member: name, position, unit' })
  staff(@Root() m: CustomerManager) {
    return StaffReference.of(m.id);
  }

  @FieldResolver(() => OrgUnitReference, { description: 'The unit the manager works in' })
  orgUnit(@Root() m: CustomerManager) {
    return OrgUnitReference.of(m.orgUnitId);
  }

  @FieldResolver(() => Int, { description: 'How many customers the manager keeps now' })
  portfolioSize(@Root() m: CustomerManager, @Ctx() ctx: RequestContext) {
    return portfolioSizeLoader(ctx).load(m.id);
  }

  @FieldResolver(() => Int, { description: 'Pass it back to an edit; a stale one is CONFLICT' })
  version(@Root() m: CustomerManager) {
    return m.version;
  }
}

/** managers adds to Customer: who their manager is. */
@Resolver(() => CustomerReference)
export class CustomerManagerOfCustomerResolver {
  @FieldResolver(() => CustomerManager, {
    nullable: true,
    description: 'The customer’s primary customer manager (one at a time); null while none is assigned',
  })
  async manager(@Root() customer: CustomerReference, @Ctx() ctx: RequestContext) {
    // the customer is in the caller's scope (the reference checked it); their manager is shown
    // whatever unit the manager works in (a sub-branch manager may keep an outlet's customer)
    const managerId = await primaryManagerIdLoader(ctx).load(customer.customerId);
    return managerId == null ? null : managerLoader(ctx).load(managerId);
  }
}

/** `_entities` for CustomerManager: a manager in the caller's scope, for callers who may read managers. */
export const customerManagerReference: ReferenceResolver = {
  permit: ['MANAGER_READ'],
  resolve: (ref, ctx) => managerInScopeLoader(ctx).load(Number(ref.id)),
};
