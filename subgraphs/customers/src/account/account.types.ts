import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Sums over the customer’s accounts that are not closed, in CNY' })
export class CustomerBalances {
  @Field(() => Float, { description: 'Demand, time, settlement and basic accounts' })
  deposits!: number;

  @Field(() => Float, { description: 'Outstanding loan principal' })
  loans!: number;

  @Field(() => Float)
  wealth!: number;

  @Field(() => Float, { description: 'What the customer owes on credit cards' })
  creditCardDebt!: number;
}
