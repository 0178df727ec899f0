import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Tier } from '../ledger/ledger.enums'; // registered once there, as customers and analysis register it
import { Paged } from '@crm/kit';
import { CustomerManager } from '../customer-manager/customer-manager.entity';
import { ManagerTarget } from '../manager-target/manager-target.entity';
import { ScorecardMeasure } from './scorecard.enums';
import { ScorecardWeights } from './scorecard-weights.entity';

@ObjectType({ description: 'One measure of a scorecard: what was achieved against the target, and the points it earned' })
export class ScorecardLine {
  @Field(() => ScorecardMeasure)
  measure!: ScorecardMeasure;

  @Field(() => Boolean, { description: 'true for the penalty (new overdue loans): no target, its points are taken off' })
  penalty!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'what the manager’s customers did in the month (CNY, a count, a CSAT, a share); null when not measurable (no survey, no task due)',
  })
  actual!: number | null;

  @Field(() => Float, { nullable: true, description: 'the month’s target; null when none is set (and for the penalty)' })
  target!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'actual ÷ target, to 4 decimals (a target of 0 is met unless the figure shrank); null without both',
  })
  achievement!: number | null;

  @Field(() => Float, { description: 'the weight in force (percent); for the penalty, the most it can take off' })
  weight!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'weight × achievement (between 0 and 120 %), to 2 decimals; the penalty’s are negative; null when not scored',
  })
  points!: number | null;
}

@ObjectType({ description: 'A customer manager’s scorecard (考核) for a month: each measure, the weights in force, the total' })
export class Scorecard {
  managerId!: number;

  /** set when the card was asked for through its manager; else the field resolver loads it */
  @Field(() => CustomerManager)
  manager?: CustomerManager;

  @Field({ description: 'YYYY-MM (a Beijing calendar month)' })
  period!: string;

  @Field({ description: 'the first day of the month, YYYY-MM-DD; the stocks grow from the previous month’s end' })
  from!: string;

  @Field({ description: 'the last day of the month, YYYY-MM-DD: the stocks are month-end balances' })
  to!: string;

  @Field(() => Int, { description: 'customers measured: the manager’s current portfolio within your scope' })
  customers!: number;

  @Field(() => [ScorecardLine], { description: 'every measure in card order, the penalty included' })
  lines!: ScorecardLine[];

  @Field(() => Float, {
    nullable: true,
    description: 'Σ points of the scored measures less the penalty, to 2 decimals; null when no measure is scored (no targets)',
  })
  total!: number | null;

  @Field(() => Float, { description: 'Σ weights of the measures scored: the total is out of this (up to 120 % of it)' })
  scoredWeight!: number;

  @Field(() => Int, { description: 'surveys with a CSAT in the month (what satisfaction averages)' })
  surveys!: number;

  @Field(() => Int, { description: 'tasks due in the month up to today, not cancelled' })
  tasksDue!: number;

  @Field(() => Int, { description: 'of those, done by their due date (Beijing day)' })
  tasksOnTime!: number;

  @Field(() => ScorecardWeights, { description: 'the weights in force for the manager’s unit in the month' })
  weights!: ScorecardWeights;

  @Field(() => ManagerTarget, { nullable: true, description: 'the month’s targets (with their version); null when none are set' })
  targets!: ManagerTarget | null;
}

@ObjectType()
export class ScorecardPage extends Paged(Scorecard) {}

@ObjectType({ description: 'The weights in force for a unit now, and every version that applies or applied to it' })
export class ScorecardWeightsHistory {
  @Field(() => ScorecardWeights, { description: 'in force this month' })
  current!: ScorecardWeights;

  @Field(() => [ScorecardWeights], {
    description: 'the versions of the unit and of the units above it (the bank-wide default included), latest month first',
  })
  history!: ScorecardWeights[];
}

@ObjectType('ManagerTierCount')
export class ManagerTierCount {
  @Field(() => Tier)
  tier!: Tier;

  @Field(() => Int)
  customers!: number;
}

@ObjectType({ description: 'A customer manager’s figures in a unit’s roll-up: what their customers bring and how they fare' })
export class ManagerFigures {
  managerId!: number;

  @Field(() => CustomerManager, { description: 'resolved by the field resolver' })
  manager?: CustomerManager;

  @Field(() => Int, { description: 'customers in the manager’s portfolio now (within your scope)' })
  customers!: number;

  @Field(() => Float, {
    description: 'contribution (贡献度) of those customers over the 12 months to contributionAsOf, CNY (analysis’s definition)',
  })
  contribution!: number;

  @Field(() => String, {
    nullable: true,
    description: 'the scored date the contribution is as of: the latest on or before the month’s end (null: none)',
  })
  contributionAsOf!: string | null;

  @Field(() => [ManagerTierCount], { description: 'the customers per tier (latest tiers), top tiers first' })
  tiers!: ManagerTierCount[];

  @Field(() => Int, { description: 'complaints (service cases) of those customers opened in the month' })
  complaints!: number;
}
