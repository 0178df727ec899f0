import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { raw, type ObjectQuery } from '@mikro-orm/core';
import { BadUserInputError, MAX_YUAN, parseId, pgArray, type OrgScope } from '@crm/kit';
import { Tier, TIER_VALUE_DESCRIPTIONS } from '@crm/shared-types';
import { PiiField } from '../pii/pii.types';
import { Customer, CustomerKind, CustomerStatus } from './customer.entity';

/** Ten years: longer than any contact history the bank keeps. */
export const MAX_SILENT_DAYS = 3650;
/** A select of managers, not a list of every manager of a branch. */
export const MAX_MANAGER_IDS = 50;

@InputType({ description: 'All parts are optional and combine with AND; your data scope always applies' })
export class CustomerFilter {
  @Field({
    nullable: true,
    description:
      'Customer number, ID number, phone (the whole number, its last four digits, or the masked form the list shows: 138****5678) or part of the name',
  })
  @IsOptional()
  @MaxLength(64)
  search?: string;

  @Field(() => CustomerKind, { nullable: true })
  @IsOptional()
  kind?: CustomerKind;

  @Field(() => CustomerStatus, { nullable: true })
  @IsOptional()
  status?: CustomerStatus;

  @Field(() => ID, { nullable: true, description: 'Only customers whose home unit is this one' })
  @IsOptional()
  homeOrgUnitId?: string;

  @Field(() => [Tier], {
    nullable: true,
    description:
      'Only customers in one of these tiers, as the bank stands now (analysis_api.customer_tier: the latest scored date, the active policy); a customer not tiered matches none',
  })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'tiers: at most 10' })
  tiers?: Tier[];

  @Field(() => Float, { nullable: true, description: `AUM at least this many yuan (0 to ${MAX_YUAN})` })
  @IsOptional()
  aumMin?: number;

  @Field(() => Float, { nullable: true, description: `AUM at most this many yuan (0 to ${MAX_YUAN}, not below aumMin)` })
  @IsOptional()
  aumMax?: number;

  // A branch manager asks "whom have we not spoken to for 90 days?" (the churn rule's 90 days, a
  // quarterly call plan, a VIP's monthly visit): a count of days, so a saved link means the same
  // tomorrow, and it must include the customers never contacted at all — a date range misses both.
  @Field(() => Int, {
    nullable: true,
    description: `Not contacted for at least this many days (${MAX_SILENT_DAYS} at most): no interaction since that many days before today (Beijing calendar), never contacted included`,
  })
  @IsOptional()
  notContactedForDays?: number;

  // "Whose customers are these?" and "who has no manager yet?": portfolios are the managers
  // subgraph's, read through its published view (managers_api.primary_manager) when the query runs
  @Field(() => [ID], {
    nullable: true,
    description: `Only customers whose primary customer manager is one of these (CustomerManager ids, at most ${MAX_MANAGER_IDS}); your data scope still applies`,
  })
  @IsOptional()
  managerIds?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only customers with no primary customer manager; false: only those with one. true cannot be combined with managerIds',
  })
  @IsOptional()
  unassigned?: boolean;
}

registerEnumType(Tier, { name: 'Tier', valuesConfig: TIER_VALUE_DESCRIPTIONS });

const BANK_TIME_ZONE = 'Asia/Shanghai';

function yuan(value: number | null | undefined, field: string): number | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || value < 0 || value > MAX_YUAN) {
    throw new BadUserInputError(`${field} must be an amount from 0 to ${MAX_YUAN} yuan`, field);
  }
  return value;
}

/** The list's new filter parts, checked: each refusal is BAD_USER_INPUT naming the field. */
export function checkListFilter(filter?: CustomerFilter | null) {
  const aumMin = yuan(filter?.aumMin, 'filter.aumMin');
  const aumMax = yuan(filter?.aumMax, 'filter.aumMax');
  if (aumMin != null && aumMax != null && aumMax < aumMin) {
    throw new BadUserInputError('filter.aumMax must not be below filter.aumMin', 'filter.aumMax');
  }
  const days = filter?.notContactedForDays;
  if (days != null && (!Number.isInteger(days) || days < 1 || days > MAX_SILENT_DAYS)) {
    throw new BadUserInputError(
      `filter.notContactedForDays must be a whole number of days from 1 to ${MAX_SILENT_DAYS}`,
      'filter.notContactedForDays',
    );
  }
  const tiers = filter?.tiers?.length ? [...new Set(filter.tiers)].sort() : null;
  const managerIds = filter?.managerIds?.length ? [...new Set(filter.managerIds.map((id) => parseId(id, 'filter.managerIds')))] : null;
  if (managerIds && managerIds.length > MAX_MANAGER_IDS) {
    throw new BadUserInputError(`filter.managerIds takes at most ${MAX_MANAGER_IDS} managers`, 'filter.managerIds');
  }
  const unassigned = filter?.unassigned ?? null;
  // "no manager" and "one of these managers" at once would always be empty: say so instead
  if (unassigned === true && managerIds) {
    throw new BadUserInputError('filter.unassigned cannot be combined with filter.managerIds', 'filter.unassigned');
  }
  return { aumMin, aumMax, notContactedForDays: days ?? null, tiers, managerIds, unassigned };
}

const ID_NUMBER = /^(\d{17}[\dXx]|[0-9A-HJ-NPQRTUWXY]{18})$/;
const PHONE = /^1\d{10}$/;
const CUSTOMER_NO = /^C\d{6,}$/i;
const PHONE_LAST4 = /^\d{4}$/;
/** the masked form the list shows (maskPhone): first three digits, asterisks, last four */
const PHONE_MASKED = /^(\d{3})[*＊]+(\d{4})$/;

/** A search by part of a phone number: the last four digits, or the masked form (prefix + last four). */
export type PartialPhone = { form: 'LAST4'; last4: string } | { form: 'MASKED'; prefix: string; last4: string };

export function partialPhone(search: string | null | undefined): PartialPhone | null {
  const s = search?.trim();
  if (!s) return null;
  if (PHONE_LAST4.test(s)) return { form: 'LAST4', last4: s };
  const m = PHONE_MASKED.exec(s);
  return m ? { form: 'MASKED', prefix: m[1], last4: m[2] } : null;
}

/**
 * The personal data a search confirms: a list narrowed by a full ID number or phone number tells the
 * searcher that this value is this customer's, so it is audited like a reveal (pii/pii.service.ts).
 * Customer numbers and parts of names are not personal data here.
 */
export function piiSearched(filter?: CustomerFilter | null): PiiField.ID_NUMBER | PiiField.PHONE | null {
  const search = filter?.search?.trim();
  if (!search || CUSTOMER_NO.test(search)) return null;
  if (ID_NUMBER.test(search)) return PiiField.ID_NUMBER;
  if (PHONE.test(search)) return PiiField.PHONE;
  return null;
}

/** The SQL filter for a customer list: the caller's scope first, then what they asked for. */
export function customerWhere(scope: OrgScope, filter?: CustomerFilter | null): ObjectQuery<Customer> {
  const where: ObjectQuery<Customer> & Record<string, unknown> = { homeOrgPath: scope.where() };
  const list = checkListFilter(filter);
  if (filter?.kind) where.kind = filter.kind;
  if (filter?.status) where.status = filter.status;
  if (filter?.homeOrgUnitId) where.homeOrgUnitId = parseId(filter.homeOrgUnitId, 'filter.homeOrgUnitId');
  const search = filter?.search?.trim();
  if (search) {
    if (CUSTOMER_NO.test(search)) where.customerNo = search.toUpperCase();
    else if (ID_NUMBER.test(search)) where.idNumber = search.toUpperCase();
    else if (PHONE.test(search)) where.phone = search;
    else if (partialPhone(search)) {
      const p = partialPhone(search)!;
      // matches the expression index customer_phone_last4 (migration 0006)
      where[raw((alias) => `right(${alias}.phone, 4)`)] = p.last4;
      if (p.form === 'MASKED') where.phone = { $like: `${p.prefix}%` };
    } else where.name = { $ilike: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
  }
  // the maintained figures (migration 0008): plain column ranges on the customer row
  if (list.aumMin != null || list.aumMax != null) {
    where.aum = { ...(list.aumMin != null ? { $gte: list.aumMin } : {}), ...(list.aumMax != null ? { $lte: list.aumMax } : {}) };
  }
  if (list.notContactedForDays != null) {
    // before the start of the bank day `days - 1` days ago: contacted on none of the last `days` days
    where.$and = [
      {
        $or: [
          { lastContactAt: null },
          {
            lastContactAt: {
              $lt: raw(`((now() at time zone '${BANK_TIME_ZONE}')::date - ?::int + 1)::timestamp at time zone '${BANK_TIME_ZONE}'`, [
                list.notContactedForDays,
              ]),
            },
          },
        ],
      },
    ];
  }
  if (list.tiers) {
    // tiering is analysis's: read through its published view, never its tables
    where.id = {
      $in: raw(`(select ft.customer_id from analysis_api.customer_tier ft where ft.tier = any(?::text[]))`, [pgArray(list.tiers)]),
    };
  }
  // portfolios are the managers subgraph's: its published view, never its tables. Written as
  // [not] exists with no value ([]: the ORM adds no "= ?"), so PostgreSQL plans a semi or anti join
  // on the view's partial index by customer — "no manager" over a million customers never builds a
  // NOT IN list of every assigned one
  if (list.managerIds) {
    where[
      raw(
        (alias) =>
          `exists (select 1 from managers_api.primary_manager pm where pm.customer_id = ${alias}.id and pm.manager_id = any(?::int[]))`,
        [pgArray(list.managerIds)],
      )
    ] = [];
  }
  if (list.unassigned != null) {
    where[
      raw(
        (alias) =>
          `${list.unassigned ? 'not ' : ''}exists (select 1 from managers_api.primary_manager pm where pm.customer_id = ${alias}.id)`,
      )
    ] = [];
  }
  return where;
}
