import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { InteractionChannel } from './interaction.entity';

@InputType()
export class RecordInteractionInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => InteractionChannel)
  channel!: InteractionChannel;

  @Field(() => Date, { nullable: true, description: 'Default: now; not in the future' })
  @IsOptional()
  occurredAt?: Date;

  @Field()
  @MaxLength(2000, { message: 'summary must be at most 2000 characters' })
  summary!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'outcome must be at most 500 characters' })
  outcome?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: 'nextStep must be at most 500 characters' })
  nextStep?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before the day of the contact' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'nextStepDue must be a date YYYY-MM-DD' })
  nextStepDue?: string;
}
