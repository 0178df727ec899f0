import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@crm/kit';
import { piiSearched, type CustomerFilter } from '../customer/customer.filter';
import { recordPiiAccess } from './pii-access-log';
import { PiiField } from './pii.types';

/**
 * Records a search by full ID number or phone (whatever it found, none included: a miss answers
 * too). Every list that takes a CustomerFilter calls it with what the filter matched.
 */
export async function auditPiiSearch(
  em: EntityManager, ctx: RequestContext, filter: CustomerFilter | null | undefined, matched: { count: number; onlyId?: number },
): Promise<void> {
  const field = piiSearched(filter);
  if (!field) return;
  await recordPiiAccess(em, ctx, {
    action: 'SEARCH', customerId: matched.count === 1 ? matched.onlyId ?? null : null, customerCount: matched.count, fields: [field],
    purpose: field === PiiField.ID_NUMBER ? 'search by ID number' : 'search by phone number',
  });
}
