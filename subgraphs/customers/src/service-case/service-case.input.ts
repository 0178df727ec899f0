import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { CaseCategory, CaseSeverity, CaseStatus } from './service-case.entity';

const NOT_BLANK = /\S/;

@InputType({ description: 'A complaint or bad-service report about a customer in your scope' })
export class OpenServiceCaseInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => CaseCategory)
  category!: CaseCategory;

  @Field(() => CaseSeverity, { description: 'sets the SLA: CRITICAL 4 h, HIGH 24 h, MEDIUM 72 h, LOW 168 h' })
  severity!: CaseSeverity;

  @Field()
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  title!: string;

  @Field()
  @Length(1, 4000, { message: 'description must be 1 to 4000 characters' })
  @Matches(NOT_BLANK, { message: 'description must not be blank' })
  description!: string;
}

@InputType({ description: 'All parts optional; the queue always holds only cases handled within your scope' })
export class ServiceCaseQueueFilter {
  @Field(() => [CaseStatus], { nullable: true, description: 'default: the open ones (OPEN, ACKNOWLEDGED)' })
  @IsOptional()
  status?: CaseStatus[];

  @Field(() => [CaseSeverity], { nullable: true })
  @IsOptional()
  severity?: CaseSeverity[];

  @Field({ nullable: true, description: 'only open cases past their SLA due time' })
  @IsOptional()
  breachedOnly?: boolean;
}
