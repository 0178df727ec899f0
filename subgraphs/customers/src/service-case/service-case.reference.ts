import { parseId, type ReferenceResolver } from '@crm/kit';
import { serviceCaseLoader } from './service-case.loader';

/** ServiceCase for other subgraphs: null when the caller may not read customers or its customer is outside their scope. */
export const serviceCaseReference: ReferenceResolver = {
  permit: ['CUSTOMER_READ'],
  resolve: (ref, ctx) => serviceCaseLoader(ctx).load(parseId(ref.id)),
};
