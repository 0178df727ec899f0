import { Arg, Ctx, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Paged, Permit, StaffReference, type RequestContext } from '@crm/kit';
import { OrgUnitReference } from '../org-unit/org-unit.reference';
import { Interaction } from './interaction.entity';
import { RecordInteractionInput } from './interaction.input';
import { recordInteraction } from './interaction.service';

@ObjectType()
export class InteractionPage extends Paged(Interaction) {}

@Resolver(() => Interaction)
export class InteractionResolver {
  @FieldResolver(() => StaffReference, { description: 'Who spoke with the customer (org-hierarchy resolves name and position)' })
  staff(@Root() i: Interaction) {
    return StaffReference.of(i.staffId);
  }

  @FieldResolver(() => OrgUnitReference, { description: 'The unit the staff member acted for' })
  orgUnit(@Root() i: Interaction) {
    return OrgUnitReference.of(i.orgUnitId);
  }

  @Permit('CUSTOMER_READ', 'CUSTOMER_EDIT')
  @Mutation(() => Interaction, { description: 'Record a contact; you and your unit are taken from your login' })
  recordInteraction(@Arg('input', () => RecordInteractionInput) input: RecordInteractionInput, @Ctx() ctx: RequestContext) {
    return recordInteraction(ctx, input);
  }
}
