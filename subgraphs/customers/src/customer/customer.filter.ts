import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { raw, type ObjectQuery } from '@mikro-orm/core';
import { parseId, type OrgScope } from '@crm/kit';
import { PiiField } from '../pii/pii.types';
import { Customer, CustomerKind, CustomerStatus } from './customer.entity';

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
  return where;
}
