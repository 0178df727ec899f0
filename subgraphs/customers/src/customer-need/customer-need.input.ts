import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { NeedCategory, NeedPriority } from './customer-need.entity';

@InputType()
export class CaptureNeedInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => NeedCategory)
  category!: NeedCategory;

  @Field()
  @MaxLength(1000, { message: 'description must be at most 1000 characters' })
  description!: string;

  @Field(() => NeedPriority, { nullable: true, description: 'Default MEDIUM' })
  @IsOptional()
  priority?: NeedPriority;
}
