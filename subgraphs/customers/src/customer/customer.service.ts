import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError, parseId, type OrgScope, type RequestContext } from '@crm/kit';
import { orgUnitView } from '../org-unit/org-unit.view';
import { confirmDuplicates, requireDuplicateBudget } from '../pii/duplicate-confirmations';
import { PiiField } from '../pii/pii.types';
import { Customer, CustomerStatus } from './customer.entity';
import { nextCustomerNumbersSql } from './customer-number';
import {
  checkCustomerChanges,
  checkNewCustomer,
  type CustomerChanges,
  type FieldError,
  type NewCustomerFields,
} from './customer.validation';

const fail = (e: FieldError) => new BadUserInputError(e.reason, e.field);

/** What a duplicate check needs of the existing record. */
export interface ExistingCustomer {
  id: number;
  customer_no: string;
  name: string;
  home_org_path: string;
  status: string;
}

/** The answer for a customer outside the caller's scope: neither its number, nor its name, nor its unit. */
export const DUPLICATE_OUT_OF_SCOPE = 'duplicate of a customer you cannot see';

/**
 * "One customer, one record": the message names the existing customer when the caller may see it,
 * and says nothing about it otherwise. Either way it confirms the ID number, so callers pass it
 * through confirmDuplicates (audited, budgeted) before answering.
 */
export function duplicateReason(existing: ExistingCustomer, scope: OrgScope): string {
  if (!scope.contains(existing.home_org_path)) return DUPLICATE_OUT_OF_SCOPE;
  const merged = existing.status === CustomerStatus.MERGED ? ' (a merged record)' : '';
  return `a customer with this ID number already exists: ${existing.customer_no} ${existing.name}${merged}`;
}

async function existingByIdNumber(em: EntityManager, idNumber: string): Promise<ExistingCustomer | undefined> {
  const [row] = await em.execute<ExistingCustomer[]>(
    'select id, customer_no, name, home_org_path, status from customers.customer where id_number = ?',
    [idNumber],
  );
  return row;
}

/** The duplicate answer, recorded (and counted) first. */
async function duplicateError(ctx: RequestContext, existing: ExistingCustomer): Promise<BadUserInputError> {
  await confirmDuplicates(ctx, [{ customerId: existing.id, field: PiiField.ID_NUMBER }], 'duplicate check: createCustomer');
  return new BadUserInputError(duplicateReason(existing, ctx.scope), 'idNumber');
}

/** The unit a new customer belongs to: the caller's own, or one inside their scope. */
export async function homeUnitFor(ctx: RequestContext, homeOrgUnitId?: string | null): Promise<{ id: number; path: string }> {
  if (homeOrgUnitId == null || homeOrgUnitId === '') return { id: Number(ctx.user.orgUnitId), path: ctx.user.orgPath };
  const id = parseId(homeOrgUnitId, 'homeOrgUnitId');
  const unit = await orgUnitView(ctx).load(id);
  if (!unit || !ctx.scope.contains(unit.path))
    throw new BadUserInputError('homeOrgUnitId must be your unit or a unit below it', 'homeOrgUnitId');
  return { id: unit.id, path: unit.path };
}

export async function createCustomer(ctx: RequestContext, input: NewCustomerFields & { homeOrgUnitId?: string | null }): Promise<Customer> {
  const { draft, errors } = checkNewCustomer(input);
  if (errors.length) throw fail(errors[0]);
  const home = await homeUnitFor(ctx, input.homeOrgUnitId);
  await requireDuplicateBudget(ctx);
  try {
    return await ctx.em.transactional(async (em) => {
      const existing = await existingByIdNumber(em, draft.idNumber);
      if (existing) throw await duplicateError(ctx, existing);
      const [{ customer_no }] = await em.execute<{ customer_no: string }[]>(nextCustomerNumbersSql('1'));
      const { consentChannel, ...fields } = draft;
      const customer = em.create(Customer, {
        ...fields,
        customerNo: customer_no,
        homeOrgUnitId: home.id,
        homeOrgPath: home.path,
        status: CustomerStatus.ACTIVE,
        marketingConsentChannel: consentChannel,
        marketingConsentAt: draft.marketingConsent || consentChannel ? new Date() : null,
      } as never);
      await em.flush();
      return customer;
    });
  } catch (e) {
    // two clerks registering the same person at once: the unique index decides, the loser is told who won
    if (e instanceof UniqueConstraintViolationException) {
      const existing = await existingByIdNumber(ctx.em.fork(), draft.idNumber);
      if (existing) throw await duplicateError(ctx, existing);
    }
    throw e;
  }
}

/**
 * An edit at `version`: stale → CONFLICT (checked on read, and again by the versioned UPDATE, so two
 * edits from the same version cannot both land).
 */
export async function updateCustomer(ctx: RequestContext, idArg: string, version: number, input: CustomerChanges): Promise<Customer> {
  const id = parseId(idArg);
  return ctx.em.transactional(async (em) => {
    const customer = await em.findOne(Customer, { id, homeOrgPath: ctx.scope.where() });
    if (!customer) throw new NotFoundError('Customer');
    await em.lock(customer, LockMode.OPTIMISTIC, version);
    const { set, errors } = checkCustomerChanges(customer, input);
    if (errors.length) throw fail(errors[0]);
    em.assign(customer, set);
    await em.flush();
    return customer;
  });
}
