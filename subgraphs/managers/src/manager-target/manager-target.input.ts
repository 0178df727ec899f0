import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'One manager’s targets for the month' })
export class ManagerTargetInput {
  @Field(() => ID)
  managerId!: string;

  @Field(() => Float, { description: 'month-end deposits, CNY, ≥ 0' })
  depositStock!: number;

  @Field(() => Float, { description: 'deposits gained over the month, CNY, ≥ 0' })
  depositGrowth!: number;

  @Field(() => Float, { description: 'month-end loans and card balances owed, CNY, ≥ 0' })
  loanStock!: number;

  @Field(() => Float, { description: 'loans gained over the month, CNY, ≥ 0' })
  loanGrowth!: number;

  @Field(() => Float, { description: 'fees of the month, CNY, ≥ 0' })
  intermediaryIncome!: number;

  @Field(() => Int, { description: 'basic accounts opened in the month, ≥ 0' })
  newBasicAccounts!: number;

  @Field(() => Float, { description: 'mean CSAT of the month’s surveys, 1–5' })
  satisfaction!: number;

  @Field(() => Float, { description: 'share of the month’s tasks done by their due date, 0–1' })
  onTimeTaskRate!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'the version of this manager’s targets for the month as you read them; omit when none are set. Stale → CONFLICT',
  })
  version?: number | null;
}

@InputType({ description: 'Targets of several managers for one month, set together (all or nothing)' })
export class SetManagerTargetsInput {
  @Field({ description: 'YYYY-MM, a Beijing calendar month' })
  period!: string;

  @Field(() => [ManagerTargetInput])
  targets!: ManagerTargetInput[];
}
