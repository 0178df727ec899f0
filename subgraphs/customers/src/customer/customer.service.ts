import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError, parseId, type OrgScope, type RequestContext } from '@crm/kit';
import { orgUnitView } from '../org-unit/org-unit.view';
import { Customer, CustomerStatus } from './customer.entity';
import { nextCustomerNumbersSql } from './customer-number';
import { checkCustomerChanges, checkNewCustomer, type CustomerChanges, type FieldError, type NewCustomerFields } from './customer.validation';

const fail = (e: FieldError) => new BadUserInputError(e.reason, e.field);

/**
 * "One customer, one record": the message names the existing customer when the caller may see it,
 * and only says that it exists elsewhere when not (no name leaks across units).
 */
export function duplicateReason(existing: { customer_no: string; name: string; home_org_path: string; status: string }, scope: OrgScope): string {
  if (!scope.contains(existing.home_org_path)) return 'a customer with this ID number already exists at another unit of the bank';
  const merged = existing.status === CustomerStatus.MERGED ? ' (a merged record)' : '';
  return `a customer with this ID number already exists: ${existing.customer_no} ${existing.name}${merged}`;
}

async function existingByIdNumber(em: EntityManager, idNumber: string) {
  const [row] = await em.execute<{ customer_no: string; name: string; home_org_path: string; status: string }[]>(
    'select customer_no, name, home_org_path, status from customers.customer where id_number = ?', [idNumber]);
  return row;
}

/** The unit a new customer belongs to: the caller's own, or one inside their scope. */
export async function homeUnitFor(ctx: RequestContext, homeOrgUnitId?: string | null): Promise<{ id: number; path: string }> {
  if (homeOrgUnitId == null || homeOrgUnitId === '') return { id: Number(ctx.user.orgUnitId), path: ctx.user.orgPath };
  const id = parseId(homeOrgUnitId, 'homeOrgUnitId');
  const unit = await orgUnitView(ctx).load(id);
  if (!unit || !ctx.scope.contains(unit.path)) throw new BadUserInputError('homeOrgUnitId must be your unit or a unit below it', 'homeOrgUnitId');
  return { id: unit.id, path: unit.path };
}

export async function createCustomer(ctx: RequestContext, input: NewCustomerFields & { homeOrgUnitId?: string | null }): Promise<Customer> {
  const { draft, errors } = checkNewCustomer(input);
  if (errors.length) throw fail(errors[0]);
  const home = await homeUnitFor(ctx, input.homeOrgUnitId);
  try {
    return await ctx.em.transactional(async (em) => {
      const existing = await existingByIdNumber(em, draft.idNumber);
      if (existing) throw new BadUserInputError(duplicateReason(existing, ctx.scope), 'idNumber');
      const [{ customer_no }] = await em.execute<{ customer_no: string }[]>(nextCustomerNumbersSql('1'));
      const { consentChannel, ...fields } = draft;
      const customer = em.create(Customer, {
        ...fields, customerNo: customer_no, homeOrgUnitId: home.id, homeOrgPath: home.path, status: CustomerStatus.ACTIVE,
        marketingConsentChannel: consentChannel, marketingConsentAt: draft.marketingConsent || consentChannel ? new Date() : null,
      } as never);
      await em.flush();
      return customer;
    });
  } catch (e) {
    // two clerks registering the same person at once: the unique index decides, the loser is told who won
    if (e instanceof UniqueConstraintViolationException) {
      const existing = await existingByIdNumber(ctx.em.fork(), draft.idNumber);
      if (existing) throw new BadUserInputError(duplicateReason(existing, ctx.scope), 'idNumber');
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
