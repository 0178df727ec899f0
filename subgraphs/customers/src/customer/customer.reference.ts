import { parseId, type ReferenceResolver } from '@crm/kit';
import { customerLoader } from './customer.loader';

/** Customer for other subgraphs: null when the caller may not read customers or it is outside their scope. */
export const customerReference: ReferenceResolver = {
  permit: ['CUSTOMER_READ'],
  resolve: (ref, ctx) => customerLoader(ctx).load(parseId(ref.id)),
};
