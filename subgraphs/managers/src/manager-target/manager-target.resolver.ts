import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Permit, StaffReference, type RequestContext } from '@crm/kit';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { managerInScopeLoader } from '../customer-manager/customer-manager.loader';
import { periodLabel } from '../scorecard/scorecard-period';
import { ManagerTarget } from './manager-target.entity';
import { SetManagerTargetsInput } from './manager-target.input';
import { managerTargetsOf, setManagerTargets } from './manager-target.service';

@Resolver(() => ManagerTarget)
export class ManagerTargetResolver {
  @Permit('MANAGER_READ')
  @Query(() => [ManagerTarget], {
    description: 'The month’s targets of the managers of a unit (default yours) and the units below it, in your scope',
  })
  managerTargets(
    @Arg('period', { description: 'YYYY-MM' }) period: string,
    @Ctx() ctx: RequestContext,
    @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string | null,
  ) {
    return managerTargetsOf(ctx, period, orgUnitId);
  }

  @Permit('TARGET_SET')
  @Mutation(() => [ManagerTarget], {
    description:
      'Sets the month’s targets of managers in your scope, all or nothing (a manager outside it: NOT_FOUND; a stale version: CONFLICT)',
  })
  setManagerTargets(@Arg('input', () => SetManagerTargetsInput) input: SetManagerTargetsInput, @Ctx() ctx: RequestContext) {
    return setManagerTargets(ctx, input);
  }

  @FieldResolver(() => CustomerManager, { nullable: true })
  manager(@Root() t: ManagerTarget, @Ctx() ctx: RequestContext) {
    return managerInScopeLoader(ctx).load(t.managerId);
  }

  @FieldResolver(() => String, { description: 'YYYY-MM' })
  period(@Root() t: ManagerTarget) {
    return periodLabel(t.periodStart);
  }

  @FieldResolver(() => StaffReference, { nullable: true, description: 'who set them last; null: the demo seed' })
  setBy(@Root() t: ManagerTarget) {
    return t.setByStaffId ? StaffReference.of(t.setByStaffId) : null;
  }

  @FieldResolver(() => Int, { description: 'pass it back to setManagerTargets; a stale one is CONFLICT' })
  version(@Root() t: ManagerTarget) {
    return t.version;
  }
}
