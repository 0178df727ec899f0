import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { RelationshipDirection, RelationshipKind } from './customer-relationship.entity';

/** A relationship as seen from one of its two customers (`related` is the other one). */
@ObjectType('CustomerRelationship', { description: 'A relationship with another customer, seen from this one' })
export class CustomerRelationshipView {
  @Field(() => ID)
  id!: number;

  @Field(() => RelationshipKind)
  kind!: RelationshipKind;

  @Field(() => RelationshipDirection)
  direction!: RelationshipDirection;

  @Field(() => String, { nullable: true })
  note?: string | null;

  /** the customer at the other end; `related`/`relatedName` resolve it through the scoped loader */
  relatedId!: number;

  /** the customer this view is seen from */
  customerId!: number;

  static of(values: Omit<CustomerRelationshipView, never>): CustomerRelationshipView {
    return Object.assign(new CustomerRelationshipView(), values);
  }
}

@InputType()
export class AddRelationshipInput {
  @Field(() => ID)
  fromCustomerId!: string;

  @Field(() => ID)
  toCustomerId!: string;

  @Field(() => RelationshipKind)
  kind!: RelationshipKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'note must be at most 500 characters' })
  note?: string;
}
