import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Permit, type RequestContext } from '@crm/kit';
import { Customer } from '../customer/customer.entity';
import { mergeCustomers } from './customer-merge.service';

@Resolver()
export class CustomerMergeResolver {
  @Permit('CUSTOMER_READ', 'CUSTOMER_MERGE')
  @Mutation(() => Customer, {
    description:
      'Folds a duplicate record (mergedId) into survivorId: accounts, transactions, interactions, needs, cases, surveys and relationships move; ' +
      'the merged record stays with status MERGED and mergedInto. Both must be in your scope',
  })
  mergeCustomers(
    @Arg('survivorId', () => ID) survivorId: string,
    @Arg('mergedId', () => ID) mergedId: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return mergeCustomers(ctx, survivorId, mergedId, reason);
  }
}
