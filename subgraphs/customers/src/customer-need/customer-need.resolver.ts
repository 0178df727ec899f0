import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Permit, StaffReference, type RequestContext } from '@crm/kit';
import { CustomerNeed, NeedStatus } from './customer-need.entity';
import { CaptureNeedInput } from './customer-need.input';
import { captureNeed, updateNeedStatus } from './customer-need.service';

@Resolver(() => CustomerNeed)
export class CustomerNeedResolver {
  @FieldResolver(() => StaffReference, { description: 'Who captured it' })
  capturedBy(@Root() n: CustomerNeed) {
    return StaffReference.of(n.capturedByStaffId);
  }

  @FieldResolver(() => Int, { description: 'Pass it back to updateNeedStatus; a stale one is CONFLICT' })
  version(@Root() n: CustomerNeed) {
    return n.version;
  }

  @Permit('CUSTOMER_READ', 'CUSTOMER_EDIT')
  @Mutation(() => CustomerNeed)
  captureNeed(@Arg('input', () => CaptureNeedInput) input: CaptureNeedInput, @Ctx() ctx: RequestContext) {
    return captureNeed(ctx, input);
  }

  @Permit('CUSTOMER_READ', 'CUSTOMER_EDIT')
  @Mutation(() => CustomerNeed)
  updateNeedStatus(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => NeedStatus) status: NeedStatus,
    @Ctx() ctx: RequestContext,
  ) {
    return updateNeedStatus(ctx, id, version, status);
  }
}
