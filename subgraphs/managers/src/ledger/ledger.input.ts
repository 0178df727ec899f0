import { Field, InputType, Int } from 'type-graphql';
import { BadUserInputError } from '@crm/kit';
import { Tier } from './ledger.enums';

/** The furthest a ledger looks ahead for maturities: a quarter, the horizon of a manager's call plan. */
export const MAX_MATURING_DAYS = 90;
/** Ten years: longer than any contact history the bank keeps (as the customer list's filter). */
export const MAX_SILENT_DAYS = 3650;
const MAX_TIERS = Object.keys(Tier).length;

@InputType({ description: 'Which customers of the ledger: all parts optional, combined with AND; your data scope always applies' })
export class LedgerFilter {
  @Field(() => [Tier], {
    nullable: true,
    description:
      'Only customers in one of these tiers as the bank stands now (analysis_api.customer_tier); a customer not tiered matches none',
  })
  tiers?: Tier[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only customers flagged at churn risk on the latest scored date' })
  churnRiskOnly?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: `Only customers with a time deposit maturing or a loan falling due within this many days (1 to ${MAX_MATURING_DAYS}): from today to today + days, Beijing calendar`,
  })
  maturingWithinDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Not contacted for at least this many days (1 to ${MAX_SILENT_DAYS}): no contact since that many days before today (Beijing calendar), never contacted included`,
  })
  notContactedForDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: the latest contact’s next step has fallen due (due today or earlier, Beijing calendar); false: it has not (no next step, no due date, or due later)',
  })
  hasNextStepDue?: boolean | null;
}

/** A filter checked and normalised: what the SQL binds, what the export log records. */
export interface CheckedLedgerFilter {
  tiers: Tier[] | null;
  churnRiskOnly: boolean;
  maturingWithinDays: number | null;
  notContactedForDays: number | null;
  hasNextStepDue: boolean | null;
}

function wholeDays(value: number | null | undefined, field: string, max: number): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(`${field} must be a whole number of days from 1 to ${max}`, field);
  }
  return value;
}

/** Each refusal is BAD_USER_INPUT naming the field (`filter.maturingWithinDays`, …). */
export function checkLedgerFilter(filter?: LedgerFilter | null): CheckedLedgerFilter {
  if ((filter?.tiers?.length ?? 0) > MAX_TIERS) throw new BadUserInputError(`filter.tiers: at most ${MAX_TIERS}`, 'filter.tiers');
  const tiers = filter?.tiers?.length ? [...new Set(filter.tiers)].sort() : null;
  return {
    tiers,
    churnRiskOnly: filter?.churnRiskOnly === true,
    maturingWithinDays: wholeDays(filter?.maturingWithinDays, 'filter.maturingWithinDays', MAX_MATURING_DAYS),
    notContactedForDays: wholeDays(filter?.notContactedForDays, 'filter.notContactedForDays', MAX_SILENT_DAYS),
    hasNextStepDue: filter?.hasNextStepDue ?? null,
  };
}
