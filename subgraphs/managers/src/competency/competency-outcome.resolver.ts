import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Permit, type RequestContext } from '@crm/kit';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { managerInScopeLoader } from '../customer-manager/customer-manager.loader';
import { CompetencyOutcomePoint, CompetencyVsOutcome } from './competency-outcome.types';
import { competencyVsOutcome } from './competency-outcome.service';

@Resolver(() => CompetencyVsOutcome)
export class CompetencyOutcomeResolver {
  @Permit('MANAGER_ASSESS')
  @Query(() => CompetencyVsOutcome, {
    description:
      'Trainer: each dimension’s scores against the managers’ scorecard totals for a month (YYYY-MM), across a unit (default the caller’s): a scatter and Pearson’s r per dimension',
  })
  competencyVsOutcome(
    @Arg('period', () => String, { description: 'YYYY-MM' }) period: string,
    @Ctx() ctx: RequestContext,
    @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string | null,
  ) {
    return competencyVsOutcome(ctx, orgUnitId, period);
  }
}

@Resolver(() => CompetencyOutcomePoint)
export class CompetencyOutcomePointResolver {
  @FieldResolver(() => CustomerManager)
  manager(@Root() p: CompetencyOutcomePoint, @Ctx() ctx: RequestContext) {
    // the point was computed within the caller's scope; one batch for every point of every dimension
    return managerInScopeLoader(ctx).load(p.managerId);
  }
}
