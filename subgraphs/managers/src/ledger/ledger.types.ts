import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CustomerReference, Paged } from '@crm/kit';
import { AccountKind, Tier } from './ledger.enums';

/** Accounts falling due in a window: how many, how much (CNY accounts), the first date. */
@ObjectType({ description: 'Accounts falling due in the next 30 days (Beijing calendar, today included)' })
export class LedgerDue {
  @Field(() => Int, { description: 'accounts (every currency)' })
  count!: number;

  @Field(() => Float, { description: 'their balance, CNY accounts only (as the balances)' })
  amount!: number;

  @Field(() => String, { nullable: true, description: 'the first of their dates, YYYY-MM-DD; null when none' })
  firstDate!: string | null;
}

/**
 * One customer of a manager's ledger (台账). Figures come from the published views (customers_api,
 * analysis_api), defined as customers and analysis define them; `customer` is the key only — the
 * gateway asks customers for the name and the rest, under the caller's scope there too.
 */
@ObjectType({ description: 'One customer of a manager’s ledger (台账)' })
export class LedgerRow {
  @Field(() => CustomerReference, { description: 'The customer (name, status … from the customers subgraph)' })
  customer!: CustomerReference;

  @Field()
  customerNo!: string;

  @Field(() => Tier, { nullable: true, description: 'Tier as the bank stands now (analysis_api.customer_tier); null: not tiered' })
  tier!: Tier | null;

  @Field(() => Int, { nullable: true, description: '1 for the top tier of the active scheme (VIP / GOLD) downwards' })
  tierRank!: number | null;

  @Field(() => Float, {
    description: 'Demand, time, settlement and basic accounts not closed, CNY — the customer’s balances.deposits in the customers subgraph',
  })
  depositBalance!: number;

  @Field(() => Float, {
    description: 'Loans and credit cards not closed, CNY — balances.loans + balances.creditCardDebt in the customers subgraph',
  })
  loanBalance!: number;

  @Field(() => [Float], {
    description: 'Month-end deposits of the 12 months ending with the last complete month (Beijing calendar), oldest first; 0 where none',
  })
  depositTrend!: number[];

  @Field(() => [Float], { description: 'Month-end loans and card debt of the same 12 months, oldest first' })
  loanTrend!: number[];

  @Field(() => LedgerDue, { description: 'Time deposits maturing in the next 30 days' })
  maturingDeposits!: LedgerDue;

  @Field(() => LedgerDue, { description: 'Loans falling due in the next 30 days' })
  loansDue!: LedgerDue;

  @Field(() => [AccountKind], { description: 'Kinds of account held (not closed), in AccountKind order' })
  productsHeld!: AccountKind[];

  @Field(() => Date, { nullable: true, description: 'The latest contact; null when never contacted' })
  lastContactAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The next step written at the latest contact' })
  nextStep!: string | null;

  @Field(() => String, { nullable: true, description: 'Its due date, YYYY-MM-DD' })
  nextStepDue!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Flagged at churn risk on the latest scored date; null when not scored' })
  churnRisk!: boolean | null;
}

@ObjectType({ description: 'A page of a manager’s ledger' })
export class LedgerPage extends Paged(LedgerRow) {
  @Field(() => [String], { description: 'The trends’ 12 months, YYYY-MM, oldest first' })
  trendMonths!: string[];
}

@ObjectType({ description: 'A manager’s whole ledger in figures: the customers of their portfolio in your scope' })
export class LedgerSummary {
  @Field(() => Int)
  customers!: number;

  @Field(() => Float, { description: 'Σ depositBalance, CNY' })
  deposits!: number;

  @Field(() => Float, { description: 'Σ loanBalance, CNY' })
  loans!: number;

  @Field(() => LedgerDue, { description: 'Time deposits maturing in the next 30 days' })
  maturingDeposits!: LedgerDue;

  @Field(() => LedgerDue, { description: 'Loans falling due in the next 30 days' })
  loansDue!: LedgerDue;

  @Field(() => Int, { description: 'Customers flagged at churn risk on the latest scored date' })
  atChurnRisk!: number;
}

@ObjectType({ description: 'A ledger as CSV (UTF-8 with BOM); the export is recorded in the ledger export log' })
export class LedgerExport {
  @Field()
  filename!: string;

  @Field()
  contentType!: string;

  @Field(() => Int, { description: 'customers in the file' })
  rows!: number;

  @Field()
  csv!: string;
}
