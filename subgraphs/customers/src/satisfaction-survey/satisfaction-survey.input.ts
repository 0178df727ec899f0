import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Touchpoint } from './satisfaction-survey.entity';

@InputType({ description: 'csat and/or nps — at least one' })
export class RecordSurveyInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => Touchpoint)
  touchpoint!: Touchpoint;

  @Field(() => Int, { nullable: true, description: '1–5' })
  @IsOptional()
  @Min(1, { message: 'csat must be from 1 to 5' })
  @Max(5, { message: 'csat must be from 1 to 5' })
  csat?: number;

  @Field(() => Int, { nullable: true, description: '0–10' })
  @IsOptional()
  @Min(0, { message: 'nps must be from 0 to 10' })
  @Max(10, { message: 'nps must be from 0 to 10' })
  nps?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'comment must be at most 2000 characters' })
  comment?: string;

  @Field(() => ID, { nullable: true, description: 'The case this survey follows up; must be this customer’s' })
  @IsOptional()
  serviceCaseId?: string;

  @Field(() => Date, { nullable: true, description: 'Default: now; not in the future' })
  @IsOptional()
  surveyedAt?: Date;
}
