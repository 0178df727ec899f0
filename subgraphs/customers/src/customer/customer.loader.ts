import { idLoader, type RequestContext } from '@crm/kit';
import { Customer } from './customer.entity';

/** A customer outside the caller's scope is reported exactly like one that does not exist. */
export const customerLoader = (ctx: RequestContext) => idLoader(ctx, Customer, { homeOrgPath: ctx.scope.where() });
