import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OrgUnitReference, PageInput, Permit, StaffReference, type RequestContext } from '@crm/kit';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { managerInScopeLoader } from '../customer-manager/customer-manager.loader';
import { managerFiguresLoader } from './scorecard-figures.service';
import { parsePeriod, periodLabel } from './scorecard-period';
import { ScorecardWeights } from './scorecard-weights.entity';
import { SetScorecardWeightsInput } from './scorecard-weights.input';
import { scorecardWeightsOf, setScorecardWeights } from './scorecard-weights.service';
import { compareScorecards, scorecardLoader } from './scorecard.service';
import { ManagerFigures, Scorecard, ScorecardPage, ScorecardWeightsHistory } from './scorecard.types';

@Resolver(() => Scorecard)
export class ScorecardResolver {
  @Permit('MANAGER_READ')
  @Query(() => ScorecardPage, {
    description:
      'The active managers of a unit (default yours) and the units below it compared for a month: highest total first, then unscored',
  })
  scorecards(
    @Arg('period', { description: 'YYYY-MM' }) period: string,
    @Ctx() ctx: RequestContext,
    @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
  ) {
    return compareScorecards(ctx, orgUnitId, period, page);
  }

  @Permit('MANAGER_READ')
  @Query(() => ScorecardWeightsHistory, {
    description: 'The scorecard weights in force for a unit (default yours) this month, and every version that applies to it',
  })
  scorecardWeights(@Ctx() ctx: RequestContext, @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string | null) {
    return scorecardWeightsOf(ctx, orgUnitId);
  }

  @Permit('TARGET_SET')
  @Mutation(() => ScorecardWeights, {
    description: 'Adds a version of a unit’s scorecard weights (yours by default), in force from this month or later',
  })
  setScorecardWeights(@Arg('input', () => SetScorecardWeightsInput) input: SetScorecardWeightsInput, @Ctx() ctx: RequestContext) {
    return setScorecardWeights(ctx, input);
  }

  @FieldResolver(() => CustomerManager)
  async manager(@Root() s: Scorecard, @Ctx() ctx: RequestContext) {
    return s.manager ?? (await managerInScopeLoader(ctx).load(s.managerId));
  }
}

@Resolver(() => ScorecardWeights)
export class ScorecardWeightsResolver {
  @FieldResolver(() => String, { description: 'YYYY-MM: the first month it applies to' })
  effectiveFrom(@Root() w: ScorecardWeights) {
    return periodLabel(w.effectiveFromDay);
  }

  @FieldResolver(() => OrgUnitReference, { nullable: true, description: 'the unit it applies to (and those below); null: the whole bank' })
  orgUnit(@Root() w: ScorecardWeights) {
    return w.orgUnitId ? OrgUnitReference.of(w.orgUnitId) : null;
  }

  @FieldResolver(() => StaffReference, { nullable: true, description: 'who set it; null: the bank’s default' })
  setBy(@Root() w: ScorecardWeights) {
    return w.setByStaffId ? StaffReference.of(w.setByStaffId) : null;
  }
}

/** The scorecard of a manager in the caller's scope: one statement per batch of managers and month. */
@Resolver(() => CustomerManager)
export class CustomerManagerScorecardResolver {
  @Permit('MANAGER_READ')
  @FieldResolver(() => Scorecard, {
    nullable: true,
    description: 'The manager’s scorecard (考核) for a month against their targets; null for a manager outside your scope',
  })
  async scorecard(@Root() m: CustomerManager, @Arg('period', { description: 'YYYY-MM' }) period: string, @Ctx() ctx: RequestContext) {
    // null when the manager was reached other than in scope (a customer's manager who works in a unit above the caller's)
    const card = await scorecardLoader(ctx, parsePeriod(period)).load(m.id);
    if (card) card.manager = m;
    return card;
  }
}

/** managers adds to OrgUnit: the figures of each of its managers (the breakdown a unit's roll-up cannot show). */
@Resolver(() => OrgUnitReference)
export class OrgUnitManagerFiguresResolver {
  @Permit('MANAGER_READ')
  @FieldResolver(() => [ManagerFigures], {
    description:
      'Per manager of this unit and the units below it: contribution, tier mix, complaints of their customers; [] outside your scope',
  })
  managerFigures(@Root() unit: OrgUnitReference, @Arg('period', { description: 'YYYY-MM' }) period: string, @Ctx() ctx: RequestContext) {
    return managerFiguresLoader(ctx, parsePeriod(period)).load(Number(unit.id));
  }
}

@Resolver(() => ManagerFigures)
export class ManagerFiguresResolver {
  @FieldResolver(() => CustomerManager)
  async manager(@Root() f: ManagerFigures, @Ctx() ctx: RequestContext) {
    return managerInScopeLoader(ctx).load(f.managerId);
  }
}
