import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, pgArray, type RequestContext } from '@crm/kit';
import { partialPhone, piiSearched, type CustomerFilter } from '../customer/customer.filter';
import { PiiField, PiiRevealPurpose } from './pii.types';

export const MIN_PURPOSE = 4;
export const MAX_PURPOSE = 500;
export const MAX_NOTE = 200;

/** The stated reason for an export: at least 4 characters, so "x" is not a purpose. */
export function checkPurpose(purpose: string | null | undefined): string {
  const p = (purpose ?? '').trim();
  if (p.length < MIN_PURPOSE)
    throw new BadUserInputError(`purpose must say why you need the data (at least ${MIN_PURPOSE} characters)`, 'purpose');
  if (p.length > MAX_PURPOSE) throw new BadUserInputError(`purpose must be at most ${MAX_PURPOSE} characters`, 'purpose');
  return p;
}

/** A reveal's purpose must be one of the bank's list (GraphQL checks the enum; this guards other callers). */
export function checkRevealPurpose(purpose: unknown): PiiRevealPurpose {
  if (typeof purpose !== 'string' || !Object.values<string>(PiiRevealPurpose).includes(purpose))
    throw new BadUserInputError(`purpose must be one of ${Object.values(PiiRevealPurpose).join(', ')}`, 'purpose');
  return purpose as PiiRevealPurpose;
}

/** The optional note beside the purpose: trimmed, empty is none, at most MAX_NOTE characters. */
export function checkNote(note: string | null | undefined): string | null {
  const n = (note ?? '').trim();
  if (n.length > MAX_NOTE) throw new BadUserInputError(`note must be at most ${MAX_NOTE} characters`, 'note');
  return n || null;
}

export interface PiiAccess {
  /** DUPLICATE and SEARCH confirm a value without showing it, which is as good as a reveal to someone guessing */
  action: 'REVEAL' | 'EXPORT' | 'DUPLICATE' | 'SEARCH';
  customerId: number | null;
  customerCount: number;
  fields: string[];
  purpose: string;
  /** REVEAL: the purpose from the list, and the note beside it */
  purposeCode?: PiiRevealPurpose;
  note?: string | null;
}

/**
 * Appends one row to customers.pii_access_log — who (from the verified token), what, why. Call it on
 * the same transaction as the read it records, so there is never a read without its audit row.
 * The table's triggers refuse UPDATE, DELETE and TRUNCATE.
 */
export async function recordPiiAccess(tx: EntityManager, ctx: RequestContext, access: PiiAccess): Promise<void> {
  await tx.execute(
    `insert into customers.pii_access_log (staff_id, staff_username, org_unit_id, org_path, action, customer_id, customer_count, fields, purpose, purpose_code, note)
     values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?)`,
    [
      Number(ctx.user.sub),
      ctx.user.username,
      Number(ctx.user.orgUnitId),
      ctx.user.orgPath,
      access.action,
      access.customerId,
      access.customerCount,
      pgArray(access.fields),
      access.purpose,
      access.purposeCode ?? null,
      access.note ?? null,
    ],
  );
}

/**
 * Records a search by full ID number or phone (whatever it found, none included: a miss answers
 * too). Every list that takes a CustomerFilter calls it with what the filter matched.
 */
export async function auditPiiSearch(
  em: EntityManager,
  ctx: RequestContext,
  filter: CustomerFilter | null | undefined,
  matched: { count: number; onlyId?: number },
): Promise<void> {
  const field = piiSearched(filter);
  if (!field) {
    // part of a phone number is personal data once it narrows the list to one person: it confirms
    // that person's number ends so (the masked form: starts and ends so)
    const partial = partialPhone(filter?.search);
    if (partial && matched.count === 1)
      await recordPiiAccess(em, ctx, {
        action: 'SEARCH',
        customerId: matched.onlyId ?? null,
        customerCount: 1,
        fields: [PiiField.PHONE],
        purpose: partial.form === 'LAST4' ? 'search by phone number (last four digits)' : 'search by phone number (masked form)',
      });
    return;
  }
  await recordPiiAccess(em, ctx, {
    action: 'SEARCH',
    customerId: matched.count === 1 ? (matched.onlyId ?? null) : null,
    customerCount: matched.count,
    fields: [field],
    purpose: field === PiiField.ID_NUMBER ? 'search by ID number' : 'search by phone number',
  });
}
