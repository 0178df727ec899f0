import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Permit, type RequestContext } from '@crm/kit';
import { Customer } from '../customer/customer.entity';
import { customerLoader } from '../customer/customer.loader';
import { AddRelationshipInput, CustomerRelationshipView } from './customer-relationship.types';
import { addRelationship, removeRelationship } from './customer-relationship.service';

/** What relatedName says for a customer the caller may not see: never that customer's name. */
export const OUT_OF_SCOPE_NAME = '其他机构客户 (another unit’s customer)';

@Resolver(() => CustomerRelationshipView)
export class CustomerRelationshipResolver {
  @FieldResolver(() => Customer, { nullable: true, description: 'The other customer; null when outside your scope' })
  related(@Root() r: CustomerRelationshipView, @Ctx() ctx: RequestContext) {
    return customerLoader(ctx).load(r.relatedId);
  }

  @FieldResolver(() => String, { description: 'The other customer’s name, or a neutral label when outside your scope' })
  async relatedName(@Root() r: CustomerRelationshipView, @Ctx() ctx: RequestContext) {
    return (await customerLoader(ctx).load(r.relatedId))?.name ?? OUT_OF_SCOPE_NAME;
  }

  @Permit('CUSTOMER_READ', 'CUSTOMER_EDIT')
  @Mutation(() => CustomerRelationshipView, { description: 'Both customers must be in your scope; read back from the "from" side' })
  addRelationship(@Arg('input', () => AddRelationshipInput) input: AddRelationshipInput, @Ctx() ctx: RequestContext) {
    return addRelationship(ctx, input);
  }

  @Permit('CUSTOMER_READ', 'CUSTOMER_EDIT')
  @Mutation(() => Boolean)
  removeRelationship(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return removeRelationship(ctx, id);
  }
}
